/**
 * The live corpus: re-reading the corpus folder while the bot runs, and
 * putting a new engine in service without ever blocking the answers.
 *
 * `reloadCorpus` is the one reload used by both the folder watcher and the
 * /reload command:
 *  1. It waits until no corpus file has changed for `settleMs` (a report being
 *     written is never read half-way; one still changing after `maxSettleMs`
 *     is left out this time, named as such).
 *  2. A worker thread (./buildWorker.ts) reads and validates every file —
 *     regular files inside the folder only, with a size and paragraph cap —
 *     and reports what it found. Files with a problem are named (log and
 *     /reload) and left out; a file that was in service and is now invalid
 *     keeps its previous version in service. Every valid file is used.
 *  3. When something changed, the worker builds the new engine and hands back
 *     its snapshot; the main thread restores the engine from it (cheap) and
 *     swaps it in at once. Until then every question is answered by the old
 *     engine; a request already running keeps the engine it started with.
 * Reloads never overlap: one asked for while another runs waits for it, and
 * several waiting share one run.
 *
 * About "added" in /sources: it comes only from the front matter (`npm run
 * ingest` writes it). We deliberately do NOT fall back to the file's mtime:
 * a git checkout, a copy or an editor save all reset mtimes, so every
 * original report would claim to have been "added" at the last checkout.
 */
import { existsSync, lstatSync, watch, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { articleFingerprint, buildCorpus, corpusFileNames, CorpusError, isCorpusFileName, shownPath } from '../corpus/loader.js';
import { corpusLimits, type CorpusLimits } from '../corpus/readFile.js';
import type { Article } from '../corpus/types.js';
import { Engine } from '../engine/engine.js';
import type { FoundArticle, FromWorker, ToWorker } from './buildWorker.js';
import type { AppContext } from './types.js';

export { isCorpusFileName };

/** A context whose engine can be replaced (MutableAppContext). */
export interface SwappableContext extends AppContext {
  swap(engine: Engine): void;
}

export function isSwappable(ctx: AppContext): ctx is SwappableContext {
  return typeof (ctx as Partial<SwappableContext>).swap === 'function';
}

export interface ArticleChange {
  id: string;
  title: string;
  file: string;
}

export interface Rejection {
  /** The file (or the folder) that was refused. */
  file: string;
  reason: string;
}

export interface ReloadReport {
  /**
   * `updated`: a new engine is in service (bad files, if any, left out).
   * `unchanged`: the valid files are the reports in service. `rejected`: no
   * file could be used (the folder is unreadable or every file is bad, or the
   * build failed); the previous engine stays in service.
   */
  status: 'updated' | 'unchanged' | 'rejected';
  added: ArticleChange[];
  /** Same id, but the body or any front-matter field differs. */
  changed: ArticleChange[];
  removed: ArticleChange[];
  /** Files left out, each with its problem. */
  rejected: Rejection[];
  /** Ids of reports kept in service in their previous version because their file is now invalid. */
  kept: string[];
  /** Reports in service after the reload. */
  articles: number;
  ms: number;
}

export interface ReloadOptions {
  /** A file is read only once it has not changed for this long (default 500 ms). */
  settleMs?: number;
  /** Wait at most this long for files to settle; a file still changing is left out (default 10 s). */
  maxSettleMs?: number;
  /** Size and paragraph caps (default: CORPUS_MAX_BYTES, CORPUS_MAX_PARAGRAPHS). */
  limits?: CorpusLimits;
  /** Give up a build after this long (default 10 min); the previous engine stays. */
  buildTimeoutMs?: number;
  /** Memory the build worker may use, in MB (default 2048): past it the build fails, the bot does not. */
  buildMemoryMb?: number;
}

const fingerprints = new WeakMap<Article, string>();
function fingerprintOf(a: Article): string {
  let f = fingerprints.get(a);
  if (f === undefined) fingerprints.set(a, (f = articleFingerprint(a)));
  return f;
}

const DEFAULT_BUILD_TIMEOUT_MS = 600_000;
const DEFAULT_BUILD_MEMORY_MB = 2048;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The corpus file names once none has changed for `settleMs` (by modification
 * time and size); names still changing after `maxSettleMs` are returned apart.
 */
export async function settledNames(dir: string, settleMs: number, maxSettleMs: number): Promise<{ names: string[]; unsettled: string[] }> {
  const deadline = Date.now() + maxSettleMs;
  for (;;) {
    const names = corpusFileNames(dir);
    const now = Date.now();
    let wait = 0;
    const young: string[] = [];
    for (const name of names) {
      try {
        const age = now - lstatSync(join(dir, name)).mtimeMs;
        if (age < settleMs) {
          young.push(name);
          wait = Math.max(wait, settleMs - age);
        }
      } catch {
        // gone: the next listing will not have it
      }
    }
    if (young.length === 0) return { names, unsettled: [] };
    if (now + wait > deadline) return { names: names.filter((n) => !young.includes(n)), unsettled: young };
    await sleep(Math.min(wait + 5, settleMs));
  }
}

/**
 * The worker: the built `buildWorker.js` beside this file when there is one
 * (the production bundle), else the TypeScript source through tsx's API (on
 * Node 20 a worker does not inherit tsx's `--import` hooks, so it imports the
 * source with `tsImport` instead).
 */
function workerScript(): { script: URL | string; eval: boolean } {
  const built = new URL('./buildWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { script: built, eval: false };
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const source = new URL('./buildWorker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, eval: true };
}

/**
 * The build worker, started once and kept for every reload (starting one
 * costs about half a second under tsx). A worker that fails, runs out of
 * memory or takes too long is terminated; the next reload starts a new one.
 */
class BuildWorker {
  private worker?: Worker;
  private waiting?: (m: FromWorker) => void;
  private memoryMb = 0;

  private ensure(memoryMb: number): Worker {
    if (this.worker && this.memoryMb === memoryMb) return this.worker;
    this.reset();
    const { script, eval: isCode } = workerScript();
    const worker = new Worker(script, { eval: isCode, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, stdout: false, stderr: false });
    worker.on('message', (m: FromWorker) => this.deliver(m));
    worker.on('error', (err) => {
      const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.deliver({ type: 'failed', message: oom ? `out of memory (over ${memoryMb} MB)` : err.message });
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.deliver({ type: 'failed', message: `the build stopped (exit code ${code})` });
    });
    worker.unref(); // never keeps the process alive (after the listeners, which would ref it again)
    this.worker = worker;
    this.memoryMb = memoryMb;
    return worker;
  }

  private deliver(m: FromWorker): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.(m);
  }

  /** Start the worker ahead of the first reload. */
  warm(memoryMb: number): void {
    this.ensure(memoryMb);
  }

  /** Send a message and wait for the answer (or a failure, or the timeout). */
  ask(message: ToWorker, memoryMb: number, timeoutMs: number): Promise<FromWorker> {
    const worker = this.ensure(memoryMb);
    return new Promise<FromWorker>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        this.reset();
        resolve({ type: 'failed', message: `took longer than ${Math.round(timeoutMs / 1000)} s` });
      }, timeoutMs);
      timer.unref();
      this.waiting = (m) => {
        clearTimeout(timer);
        if (m.type === 'failed') this.reset();
        resolve(m);
      };
      worker.postMessage(message);
    });
  }

  tell(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  reset(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }
}

const builder = new BuildWorker();

const change = (a: { id: string; title: string; file: string }): ArticleChange => ({ id: a.id, title: a.title, file: a.file });
const ids = (list: ArticleChange[]) => list.map((c) => c.id);

/** Where each context's reload runs: one at a time, the next one shared by everyone waiting. */
const queues = new WeakMap<SwappableContext, { running: Promise<unknown>; next?: Promise<ReloadReport> }>();

/**
 * Re-read the folder (in a worker) and swap in a new engine when the valid
 * files differ from the reports in service. Never rejects: every problem is
 * in the report.
 */
export function reloadCorpus(ctx: SwappableContext, dir: string, logger?: Logger, options: ReloadOptions = {}): Promise<ReloadReport> {
  const queue = queues.get(ctx);
  if (queue?.next) return queue.next;
  const run = (queue?.running ?? Promise.resolve()).then(() => {
    const q = queues.get(ctx);
    if (q) q.next = undefined;
    return reloadNow(ctx, dir, logger, options);
  });
  queues.set(ctx, { running: run.catch(() => undefined), next: run });
  return run;
}

async function reloadNow(ctx: SwappableContext, dir: string, logger: Logger | undefined, options: ReloadOptions): Promise<ReloadReport> {
  const started = performance.now();
  const old = ctx.engine.corpus;
  const rejected: Rejection[] = [];
  const report = (status: ReloadReport['status'], parts: Partial<ReloadReport> = {}): ReloadReport => ({
    status,
    added: [],
    changed: [],
    removed: [],
    kept: [],
    ...parts,
    rejected,
    articles: ctx.engine.corpus.articles.length,
    ms: Math.round(performance.now() - started),
  });
  const logRejected = () => {
    for (const x of rejected) logger?.error({ event: 'corpus-rejected', file: x.file, reason: x.reason }, `corpus file rejected: ${x.file}: ${x.reason}`);
  };

  let names: string[];
  try {
    const settled = await settledNames(dir, options.settleMs ?? 500, options.maxSettleMs ?? 10_000);
    names = settled.names;
    for (const name of settled.unsettled) rejected.push({ file: shownPath(join(dir, name)), reason: 'still being written: it will be read once it stops changing' });
  } catch (err) {
    rejected.push(err instanceof CorpusError ? { file: err.file, reason: err.problem } : { file: shownPath(dir), reason: String((err as Error)?.message ?? err) });
    return finish(report('rejected'));
  }

  const memoryMb = options.buildMemoryMb ?? DEFAULT_BUILD_MEMORY_MB;
  const timeoutMs = options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS;
  const read = await builder.ask({ type: 'read', dir, names, limits: options.limits ?? corpusLimits() }, memoryMb, timeoutMs);
  if (read.type !== 'read') {
    rejected.push({ file: shownPath(dir), reason: `could not read the corpus (${read.type === 'failed' ? read.message : 'unexpected answer'})` });
    return finish(report('rejected'));
  }
  for (const p of read.problems) rejected.push({ file: p.file, reason: p.problem });

  // A file in service that is now invalid (or still being written) keeps its previous version.
  const found = new Map<string, FoundArticle>(read.found.map((f) => [f.id, f]));
  const refused = new Set(rejected.map((r) => r.file));
  const keep = old.articles.filter((a) => refused.has(a.file) && !found.has(a.id));
  const next = new Map<string, { id: string; title: string; file: string; fingerprint: string }>(found);
  for (const a of keep) next.set(a.id, { id: a.id, title: a.title, file: a.file, fingerprint: fingerprintOf(a) });

  const added = [...next.values()].filter((a) => !old.byId.has(a.id)).map(change);
  const removed = old.articles.filter((a) => !next.has(a.id)).map(change);
  const changed = [...next.values()].filter((a) => old.byId.has(a.id) && fingerprintOf(old.byId.get(a.id)!) !== a.fingerprint).map(change);
  // How many sentences' reading the worker reused from its previous build (unchanged reports): logged.
  let reusedSentences = 0;
  const kept = keep.map((a) => a.id);

  if (next.size === 0) {
    builder.tell({ type: 'stop' });
    if (rejected.length === 0) rejected.push({ file: shownPath(dir), reason: 'the corpus folder has no .md articles' });
    return finish(report('rejected', { kept }), { added, changed, removed });
  }
  if (added.length + changed.length + removed.length === 0) {
    builder.tell({ type: 'stop' });
    return finish(report('unchanged', { kept }));
  }

  const built = await builder.ask({ type: 'build', keep }, memoryMb, timeoutMs);
  if (built.type === 'built') reusedSentences = built.reusedSentences;
  if (built.type !== 'built') {
    rejected.push({ file: shownPath(dir), reason: `could not build the index (${built.type === 'failed' ? built.message : 'unexpected answer'})` });
    return finish(report('rejected', { kept }), { added, changed, removed });
  }
  try {
    ctx.swap(new Engine(buildCorpus(dir, built.articles), built.snapshot));
  } catch (err) {
    rejected.push(err instanceof CorpusError ? { file: err.file, reason: err.problem } : { file: shownPath(dir), reason: `could not build the index (${(err as Error).message})` });
    return finish(report('rejected', { kept }), { added, changed, removed });
  }
  return finish(report('updated', { added, changed, removed, kept }));

  function finish(r: ReloadReport, waiting?: { added: ArticleChange[]; changed: ArticleChange[]; removed: ArticleChange[] }): ReloadReport {
    logRejected();
    if (r.status === 'rejected') {
      if (waiting) Object.assign(r, waiting);
      logger?.warn(
        { event: 'corpus-reload', status: r.status, articles: r.articles, waiting: { added: ids(r.added), changed: ids(r.changed), removed: ids(r.removed) } },
        `corpus not reloaded; the previous ${r.articles} reports stay in service`,
      );
    } else if (r.status === 'unchanged') {
      logger?.debug({ event: 'corpus-reload', status: r.status, articles: r.articles, rejected: rejected.length, ms: r.ms }, 'corpus unchanged');
    } else {
      logger?.info(
        { event: 'corpus-reload', status: r.status, added: ids(r.added), changed: ids(r.changed), removed: ids(r.removed), kept: r.kept, rejected: rejected.length, articles: r.articles, ms: r.ms, reusedSentences },
        `corpus reloaded: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed${rejected.length ? `, ${rejected.length} file${rejected.length === 1 ? '' : 's'} rejected` : ''}; ${r.articles} reports in service`,
      );
    }
    return r;
  }
}

/** Where a context's corpus lives and where its reloads log, as registered by watchCorpus. */
const registry = new WeakMap<AppContext, { dir: string; logger?: Logger; options: ReloadOptions }>();

/** The reload /reload runs: the watched folder and logger when there is a watcher, else the folder the corpus came from. */
export function reloadContext(ctx: SwappableContext, logger?: Logger): Promise<ReloadReport> {
  const live = registry.get(ctx);
  return reloadCorpus(ctx, live?.dir ?? ctx.engine.corpus.dir, live?.logger ?? logger, live?.options);
}

export interface WatchOptions extends ReloadOptions {
  /** Quiet time after the last file event before reloading (default 150 ms). */
  debounceMs?: number;
  /** Called after every reload the watcher runs. */
  onReload?: (report: ReloadReport) => void;
}

export interface CorpusWatcher {
  readonly dir: string;
  /** Stop watching (idempotent). */
  close(): void;
}

/**
 * Watch the corpus folder and reload on every add, change or removal of an
 * `*.md` file (debounced, then settled: see reloadCorpus). Dotfiles and other
 * names are ignored, so the temporary file `npm run ingest` writes before its
 * rename is never read.
 */
export function watchCorpus(ctx: SwappableContext, dir: string, logger?: Logger, options: WatchOptions = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 150;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const run = () => {
    timer = undefined;
    if (closed) return;
    reloadCorpus(ctx, dir, logger, options).then(
      (report) => {
        if (!closed) options.onReload?.(report);
      },
      (err: unknown) => logger?.error({ event: 'corpus-reload', err }, 'corpus reload failed; the previous corpus stays in service'),
    );
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
    timer.unref();
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { persistent: false }, (_event, filename) => {
      if (filename && !isCorpusFileName(filename.toString())) return;
      schedule();
    });
    watcher.on('error', (err) => logger?.error({ event: 'corpus-watch', err, dir }, 'watching the corpus folder failed; use /reload'));
  } catch (err) {
    logger?.error({ event: 'corpus-watch', err, dir }, 'cannot watch the corpus folder; use /reload to pick up changes');
  }
  registry.set(ctx, { dir, logger, options });
  builder.warm(options.buildMemoryMb ?? DEFAULT_BUILD_MEMORY_MB);
  logger?.info({ event: 'corpus-watch', dir }, 'watching the corpus folder for new and changed reports');
  // Catch anything that landed between loading the corpus and starting to watch.
  schedule();

  return {
    dir,
    close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
      if (registry.get(ctx)?.dir === dir) registry.delete(ctx);
    },
  };
}
