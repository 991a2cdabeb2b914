/**
 * The live corpus: re-reading the corpus folder while the bot runs, and
 * putting a new engine in service only when every file is valid.
 *
 * `reloadCorpus` is the one reload used by both the folder watcher and the
 * /reload command. It reads and validates every `*.md` file, compares the
 * result with the corpus in service (added / changed / removed), and when all
 * files are valid builds a new Engine and swaps it in atomically. Until the
 * swap returns, every question is answered by the old engine; a request
 * already running keeps the engine it started with. A file that fails
 * validation is logged with its reason and the previous engine stays in
 * service: nothing is ever half-loaded.
 *
 * Building the engine is synchronous CPU work (tens of milliseconds for a
 * small corpus), so two reloads never overlap.
 *
 * About "added" in /sources: it comes only from the front matter (`npm run
 * ingest` writes it). We deliberately do NOT fall back to the file's mtime:
 * a git checkout, a copy or an editor save all reset mtimes, so every
 * original report would claim to have been "added" at the last checkout.
 */
import { readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';
import type { Logger } from 'pino';
import { buildCorpus, CorpusError, parseArticle } from '../corpus/loader.js';
import type { Article } from '../corpus/types.js';
import { Engine } from '../engine/engine.js';
import type { AppContext } from './types.js';

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
   * `updated`: a new engine is in service. `unchanged`: every file is valid and
   * nothing differs. `rejected`: something is invalid; the previous engine
   * stays in service and the changes found wait until it is fixed.
   */
  status: 'updated' | 'unchanged' | 'rejected';
  added: ArticleChange[];
  /** Same id, but the body or any front-matter field differs. */
  changed: ArticleChange[];
  removed: ArticleChange[];
  rejected: Rejection[];
  /** Reports in service after the reload. */
  articles: number;
  ms: number;
}

function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Files the corpus is made of: `*.md`, not dotfiles (editors' and ingest's temporary files). */
export function isCorpusFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.');
}

function sameArticle(a: Article, b: Article): boolean {
  return (
    a.body === b.body &&
    a.title === b.title &&
    a.published === b.published &&
    a.outlet === b.outlet &&
    a.url === b.url &&
    a.language === b.language &&
    a.added === b.added
  );
}

const change = (a: Article): ArticleChange => ({ id: a.id, title: a.title, file: a.file });

/** Re-read and re-validate the whole folder; swap in a new engine only if every file is valid and something changed. */
export function reloadCorpus(ctx: SwappableContext, dir: string, logger?: Logger): ReloadReport {
  const started = performance.now();
  const old = ctx.engine.corpus;
  const rejected: Rejection[] = [];
  const articles: Article[] = [];

  let names: string[] = [];
  try {
    names = readdirSync(dir).filter(isCorpusFileName).sort();
  } catch (err) {
    rejected.push({ file: shownPath(dir), reason: `cannot read the corpus folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
  }
  for (const name of names) {
    const file = shownPath(join(dir, name));
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      // Removed between listing and reading: it is simply gone (the watcher will see that too).
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      rejected.push({ file, reason: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      continue;
    }
    try {
      articles.push(parseArticle(file, text));
    } catch (err) {
      rejected.push({ file, reason: err instanceof CorpusError ? err.problem : (err as Error).message });
    }
  }
  if (rejected.length === 0 && articles.length === 0) rejected.push({ file: shownPath(dir), reason: 'the corpus folder has no .md articles' });

  const fresh = new Map(articles.map((a) => [a.id, a]));
  const added = articles.filter((a) => !old.byId.has(a.id)).map(change);
  const removed = old.articles.filter((a) => !fresh.has(a.id)).map(change);
  const changed = articles.filter((a) => old.byId.has(a.id) && !sameArticle(old.byId.get(a.id)!, a)).map(change);
  const report = (status: ReloadReport['status']): ReloadReport => ({
    status,
    added,
    changed,
    removed,
    rejected,
    articles: ctx.engine.corpus.articles.length,
    ms: Math.round(performance.now() - started),
  });

  if (rejected.length === 0 && added.length + changed.length + removed.length === 0) {
    const r = report('unchanged');
    logger?.debug({ event: 'corpus-reload', status: r.status, articles: r.articles, ms: r.ms }, 'corpus unchanged');
    return r;
  }

  if (rejected.length === 0) {
    try {
      const engine = new Engine(buildCorpus(dir, articles));
      ctx.swap(engine);
    } catch (err) {
      rejected.push(err instanceof CorpusError ? { file: err.file, reason: err.problem } : { file: shownPath(dir), reason: `could not build the index (${(err as Error).message})` });
    }
  }

  if (rejected.length > 0) {
    const r = report('rejected');
    for (const x of rejected) logger?.error({ event: 'corpus-rejected', file: x.file, reason: x.reason }, `corpus file rejected: ${x.file}: ${x.reason}`);
    logger?.warn(
      { event: 'corpus-reload', status: r.status, articles: r.articles, waiting: { added: ids(added), changed: ids(changed), removed: ids(removed) } },
      `corpus not reloaded (${rejected.length} file${rejected.length === 1 ? '' : 's'} rejected); the previous ${r.articles} reports stay in service`,
    );
    return r;
  }
  const r = report('updated');
  logger?.info(
    { event: 'corpus-reload', status: r.status, added: ids(added), changed: ids(changed), removed: ids(removed), articles: r.articles, ms: r.ms },
    `corpus reloaded: ${added.length} added, ${changed.length} changed, ${removed.length} removed; ${r.articles} reports in service`,
  );
  return r;
}

const ids = (list: ArticleChange[]) => list.map((c) => c.id);

/** Where a context's corpus lives and where its reloads log, as registered by watchCorpus. */
const registry = new WeakMap<AppContext, { dir: string; logger?: Logger }>();

/** The reload /reload runs: the watched folder and logger when there is a watcher, else the folder the corpus came from. */
export function reloadContext(ctx: SwappableContext, logger?: Logger): ReloadReport {
  const live = registry.get(ctx);
  return reloadCorpus(ctx, live?.dir ?? ctx.engine.corpus.dir, live?.logger ?? logger);
}

export interface WatchOptions {
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
 * `*.md` file (debounced). Dotfiles and other names are ignored, so the
 * temporary file `npm run ingest` writes before its rename is never read.
 */
export function watchCorpus(ctx: SwappableContext, dir: string, logger?: Logger, options: WatchOptions = {}): CorpusWatcher {
  const debounceMs = options.debounceMs ?? 150;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const run = () => {
    timer = undefined;
    if (closed) return;
    try {
      const report = reloadCorpus(ctx, dir, logger);
      options.onReload?.(report);
    } catch (err) {
      logger?.error({ event: 'corpus-reload', err }, 'corpus reload failed; the previous corpus stays in service');
    }
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
  registry.set(ctx, { dir, logger });
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
