/**
 * The corpus rebuild, off the main thread (see src/app/liveCorpus.ts). The
 * worker reads and validates the corpus files, tells the main thread what it
 * found, and — when asked — builds the engine and hands back its snapshot
 * and the articles. The main thread keeps answering with the old engine all
 * along and only restores the engine from the snapshot, which is cheap.
 * One worker serves every reload of a process, one at a time:
 *
 *   worker ← 'read'    { dir, names, limits }
 *   worker → 'read'    { problems, found: [{ file, id, title, fingerprint }] }
 *   worker ← 'stop'                       nothing to build
 *   worker ← 'build'   { keep }           old versions of files now rejected, kept in service
 *   worker → 'built'   { articles, snapshot, reusedSentences }   (unchanged reports' reading reused from the last build)
 *   worker → 'failed'  { message }        (instead of either answer)
 */
import { parentPort } from 'node:worker_threads';
import { articleFingerprint, buildCorpus, readCorpusFolder } from '../corpus/loader.js';
import type { CorpusLimits } from '../corpus/readFile.js';
import type { Article } from '../corpus/types.js';
import { Engine } from '../engine/engine.js';

export interface BuildJob {
  dir: string;
  names: string[];
  limits: CorpusLimits;
}

export interface FoundArticle {
  file: string;
  id: string;
  title: string;
  fingerprint: string;
}

export type FromWorker =
  | { type: 'read'; problems: { file: string; problem: string }[]; found: FoundArticle[] }
  | { type: 'built'; articles: Article[]; snapshot: ReturnType<Engine['toSnapshot']>; reusedSentences: number }
  | { type: 'failed'; message: string };

export type ToWorker = ({ type: 'read' } & BuildJob) | { type: 'stop' } | { type: 'build'; keep: Article[] };

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const failed = (err: unknown) => send({ type: 'failed', message: (err as Error)?.message ?? String(err) });

/** The last engine this worker built, whose reading of unchanged reports the next build reuses. */
let previous: Engine | undefined;

/** The job being worked on: what was read, until the main thread says build or stop. */
let current: { dir: string; articles: Article[] } | undefined;

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'read') {
      const { articles, problems } = readCorpusFolder(message.dir, message.limits, message.names);
      current = { dir: message.dir, articles };
      send({ type: 'read', problems, found: articles.map((a) => ({ file: a.file, id: a.id, title: a.title, fingerprint: articleFingerprint(a) })) });
    } else if (message.type === 'build' && current) {
      const { dir, articles } = current;
      current = undefined;
      const all = [...articles, ...message.keep];
      // The previous build's reading of unchanged reports is reused: a new report costs its own analysis, not the corpus's.
      const engine = new Engine(buildCorpus(dir, all), undefined, { reuse: previous });
      previous = engine;
      send({ type: 'built', articles: all, snapshot: engine.toSnapshot(), reusedSentences: engine.reusedSentences });
    } else {
      current = undefined;
    }
  } catch (err) {
    current = undefined;
    failed(err);
  }
});
