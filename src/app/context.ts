/**
 * The application context both front doors share: the engine for the current
 * corpus (swapped atomically on reload) and the conversation store.
 */
import type { Logger } from 'pino';
import { loadCorpus } from '../corpus/loader.js';
import { ConversationStore } from '../engine/conversation.js';
import type { Engine } from '../engine/engine.js';
import { loadOrBuildEngine } from '../engine/snapshot.js';
import { fromPackageRoot } from '../packageRoot.js';
import type { AppContext } from './types.js';

export class MutableAppContext implements AppContext {
  private current: Engine;
  readonly conversations: ConversationStore;

  constructor(engine: Engine, conversations = new ConversationStore()) {
    this.current = engine;
    this.conversations = conversations;
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

/** Load and validate the corpus, build the engine. Throws CorpusError (one clear line) on a bad file. */
export function createAppContext(options: ContextOptions): MutableAppContext {
  const started = performance.now();
  const corpus = loadCorpus(options.corpusDir);
  const engine = loadOrBuildEngine(corpus, { cacheDir: options.cacheDir ?? indexCacheDir(), logger: options.logger });
  options.logger?.info(
    { articles: corpus.articles.length, sentences: corpus.sentences.length, ms: Math.round(performance.now() - started) },
    'corpus loaded',
  );
  return new MutableAppContext(engine);
}
