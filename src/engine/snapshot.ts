/**
 * A prebuilt, versioned engine: the analysis of a corpus (index, entities,
 * sentence features, casualty figures) saved as JSON and loaded at start-up
 * instead of rebuilt, which at tens of thousands of articles takes tens of
 * seconds. The file name holds the engine version and a hash of the corpus,
 * so a changed corpus (or a changed engine) is never served from a stale file:
 * it is rebuilt and saved again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { analysisCodeHash } from '../codeHash.mjs';
import { packageRoot } from '../packageRoot.js';
import type { Corpus } from '../corpus/types.js';
import type { PassageSnapshot } from '../search/passageIndex.js';
import type { CasualtySnapshot } from './casualties/index.js';
import { Engine } from './engine.js';
import type { Entity } from './entities.js';
import type { SavedFeatures } from './features.js';

/** Bump when the engine's analysis changes, so that old snapshots are not loaded. */
export const ENGINE_VERSION = 3;

/**
 * Smallest corpus (in sentences) that gets a snapshot: every size. Even the
 * five seed reports take about 100-200 ms to analyse and about 10 ms to load,
 * which is most of the bot's start-up.
 */
export const SNAPSHOT_MIN_SENTENCES = 0;

/** Written into the bundles by scripts/build.mjs: the analysis code hash at build time. */
declare const __ENGINE_CODE__: string | undefined;

let code: string | undefined;
/** Changes with the engine's code and data (src/codeHash.mjs): a snapshot from other code is rebuilt. */
export function engineCode(): string {
  code ??= typeof __ENGINE_CODE__ === 'string' ? __ENGINE_CODE__ : analysisCodeHash(packageRoot());
  return code;
}

export interface EngineSnapshot {
  index: PassageSnapshot;
  entities: Entity[];
  sentences: {
    features: SavedFeatures;
    attackers: string[];
    targets: string[];
  }[];
  casualties: CasualtySnapshot;
}

interface SnapshotFile {
  version: number;
  /** engineCode() of the code that wrote it. */
  code?: string;
  corpus: string;
  engine: EngineSnapshot;
}

/** A hash of everything the engine reads from a corpus: ids, metadata and text of every article. */
export function corpusHash(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const a of corpus.articles) hash.update(JSON.stringify([a.id, a.title, a.published, a.outlet, a.url, a.language, a.added, a.body]));
  return hash.digest('hex').slice(0, 24);
}

/**
 * The engine for a corpus: loaded from `cacheDir` when a snapshot of this very
 * corpus, engine version and engine code is there, else built (and saved for
 * next time). A snapshot that cannot be read is rebuilt, never fatal.
 */
export interface SnapshotOptions {
  /** Folder of snapshots; none: always build. */
  cacheDir?: string;
  /** Smallest corpus (in sentences) worth a snapshot. */
  minSentences?: number;
  logger?: Logger;
}

/**
 * Snapshots kept in the folder, the most recently used first. Every report
 * added makes a new corpus (and a new snapshot); older ones are never read again.
 */
export const SNAPSHOTS_KEPT = 4;
const SNAPSHOT_NAME = /^engine-v\d+-[0-9a-f]+\.json$/;

function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only cache: the snapshot is still used, only pruning order suffers.
  }
}

/** Delete all but the SNAPSHOTS_KEPT most recently used snapshots (`keep` among them). */
function pruneSnapshots(cacheDir: string, keep: string): void {
  const others = readdirSync(cacheDir)
    .filter((name) => SNAPSHOT_NAME.test(name) && join(cacheDir, name) !== keep)
    .map((name) => ({ path: join(cacheDir, name), used: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of others.slice(SNAPSHOTS_KEPT - 1)) rmSync(old.path, { force: true });
}

export function loadOrBuildEngine(corpus: Corpus, options: SnapshotOptions = {}): Engine {
  const { cacheDir, logger, minSentences = SNAPSHOT_MIN_SENTENCES } = options;
  if (!cacheDir || corpus.sentences.length < minSentences) return new Engine(corpus);
  const hash = corpusHash(corpus);
  const file = join(cacheDir, `engine-v${ENGINE_VERSION}-${hash}.json`);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
    if (saved.version === ENGINE_VERSION && saved.code === engineCode() && saved.corpus === hash && saved.engine.sentences.length === corpus.sentences.length) {
      const engine = new Engine(corpus, saved.engine);
      markUsed(file);
      logger?.info({ event: 'engine-snapshot', file, outcome: 'loaded' }, 'engine loaded from snapshot');
      return engine;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') logger?.warn({ event: 'engine-snapshot', file, err: (err as Error).message }, 'snapshot unreadable: rebuilding');
  }
  const engine = new Engine(corpus);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: ENGINE_VERSION, code: engineCode(), corpus: hash, engine: engine.toSnapshot() } satisfies SnapshotFile));
    renameSync(temp, file); // atomic: a reader never sees half a file
    pruneSnapshots(cacheDir, file);
    logger?.info({ event: 'engine-snapshot', file, outcome: 'saved' }, 'engine snapshot saved');
  } catch (err) {
    logger?.warn({ event: 'engine-snapshot', file, err: (err as Error).message }, 'could not save the engine snapshot');
  }
  return engine;
}
