/**
 * A prebuilt, versioned engine: the analysis of a corpus (index, entities,
 * sentence features, casualty figures) saved as JSON and loaded at start-up
 * instead of rebuilt, which at tens of thousands of articles takes tens of
 * seconds. The file name holds the engine version and a hash of the corpus,
 * so a changed corpus (or a changed engine) is never served from a stale file:
 * it is rebuilt and saved again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Corpus } from '../corpus/types.js';
import type { PassageSnapshot } from '../search/passageIndex.js';
import type { CasualtySnapshot } from './casualties/index.js';
import { Engine } from './engine.js';
import type { Entity } from './entities.js';
import type { SavedFeatures } from './features.js';

/** Bump when the engine's analysis changes, so that old snapshots are not loaded. */
export const ENGINE_VERSION = 2;

/** Below this many sentences building is as quick as loading: no snapshot is written or read. */
export const SNAPSHOT_MIN_SENTENCES = 2000;

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
 * corpus and engine version is there, else built (and, for a large corpus,
 * saved for next time). A snapshot that cannot be read is rebuilt, never fatal.
 */
export interface SnapshotOptions {
  /** Folder of snapshots; none: always build. */
  cacheDir?: string;
  /** Smallest corpus (in sentences) worth a snapshot. */
  minSentences?: number;
  logger?: Logger;
}

export function loadOrBuildEngine(corpus: Corpus, options: SnapshotOptions = {}): Engine {
  const { cacheDir, logger, minSentences = SNAPSHOT_MIN_SENTENCES } = options;
  if (!cacheDir || corpus.sentences.length < minSentences) return new Engine(corpus);
  const hash = corpusHash(corpus);
  const file = join(cacheDir, `engine-v${ENGINE_VERSION}-${hash}.json`);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
    if (saved.version === ENGINE_VERSION && saved.corpus === hash && saved.engine.sentences.length === corpus.sentences.length) {
      const engine = new Engine(corpus, saved.engine);
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
    writeFileSync(temp, JSON.stringify({ version: ENGINE_VERSION, corpus: hash, engine: engine.toSnapshot() } satisfies SnapshotFile));
    renameSync(temp, file); // atomic: a reader never sees half a file
    logger?.info({ event: 'engine-snapshot', file, outcome: 'saved' }, 'engine snapshot saved');
  } catch (err) {
    logger?.warn({ event: 'engine-snapshot', file, err: (err as Error).message }, 'could not save the engine snapshot');
  }
  return engine;
}
