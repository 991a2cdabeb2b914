/**
 * The application context both front doors share: the engine for the current
 * corpus (swapped atomically on reload) and the conversation store.
 */
import type { Logger } from 'pino';
import { loadGoodCorpus, type FileProblem } from '../corpus/loader.js';
import { corpusLimits } from '../corpus/readFile.js';
import { ConversationStore } from '../engine/conversation.js';
import type { Engine } from '../engine/engine.js';
import { loadOrBuildEngine } from '../engine/snapshot.js';
import { fromPackageRoot } from '../packageRoot.js';
import type { AppContext } from './types.js';

export class MutableAppContext implements AppContext {
  private current: Engine;
  readonly conversations: ConversationStore;
  /** Where a command's failure is logged (src/app/dispatch.ts). */
  readonly logger?: Logger;

  constructor(engine: Engine, conversations = new ConversationStore(), logger?: Logger) {
    this.current = engine;
    this.conversations = conversations;
    this.logger = logger;
  }

  get engine(): Engine {
    return this.current;
  }

  /** Put a fully built engine in service; requests already running keep the one they started with. */
  swap(engine: Engine): void {
    this.current = engine;
  }
}

export interface ContextOptions {
  corpusDir: string;
  logger?: Logger;
  /** Folder of prebuilt engine snapshots; defaults to INDEX_CACHE_DIR (see indexCacheDir). */
  cacheDir?: string;
}

/**
 * Where prebuilt engine snapshots live: INDEX_CACHE_DIR, `.cache/engine` in the
 * package (not the working directory) when it is unset, none when it is "off". Every corpus uses it, whatever its size
 * (see src/engine/snapshot.ts).
 */
export function indexCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.INDEX_CACHE_DIR?.trim();
  if (value === undefined || value === '') return fromPackageRoot('.cache', 'engine');
  return value.toLowerCase() === 'off' ? undefined : value;
}

/**
 * Load the corpus and build the engine, starting with what is good: every
 * valid file is used, each bad one is logged with its problem (and listed in
 * `problems`). Throws CorpusError (one clear line) only when no file is valid.
 */
export function createAppContext(options: ContextOptions): MutableAppContext & { problems: FileProblem[] } {
  const started = performance.now();
  const { corpus, problems } = loadGoodCorpus(options.corpusDir, corpusLimits());
  for (const p of problems) options.logger?.error({ event: 'corpus-rejected', file: p.file, reason: p.problem }, `corpus file rejected: ${p.file}: ${p.problem}`);
  const engine = loadOrBuildEngine(corpus, { cacheDir: options.cacheDir ?? indexCacheDir(), logger: options.logger });
  options.logger?.info(
    { articles: corpus.articles.length, sentences: corpus.sentences.length, rejected: problems.length, ms: Math.round(performance.now() - started) },
    problems.length ? `corpus loaded; ${problems.length} file${problems.length === 1 ? '' : 's'} left out` : 'corpus loaded',
  );
  return Object.assign(new MutableAppContext(engine, undefined, options.logger), { problems });
}
