/**
 * Child process of the bench: load a corpus and build the engine, then print
 * the time it took and memory (after a GC) as one JSON line. Run with
 * `node --expose-gc --import tsx bench/memory.ts <corpus dir>`.
 */
import { loadCorpus } from '../src/corpus/loader.js';
import { Engine } from '../src/engine/engine.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const dir = process.argv[2] ?? 'corpus';
gc();
const before = process.memoryUsage();
const t0 = performance.now();
const corpus = loadCorpus(dir);
const t1 = performance.now();
const engine = new Engine(corpus);
const t2 = performance.now();
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    articles: corpus.articles.length,
    sentences: corpus.sentences.length,
    loadMs: t1 - t0,
    indexMs: t2 - t1,
    rssMB: after.rss / 2 ** 20,
    heapMB: after.heapUsed / 2 ** 20,
    heapPerPassageBytes: (after.heapUsed - before.heapUsed) / corpus.sentences.length,
    keep: engine.corpus.articles.length,
  })}\n`,
);
