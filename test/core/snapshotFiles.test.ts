/** The snapshot folder over time: snapshots from other engine code are not used, old ones do not pile up. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loader.js';
import { ENGINE_VERSION, SNAPSHOTS_KEPT, corpusHash, engineCode, loadOrBuildEngine } from '../../src/engine/snapshot.js';

describe('engine snapshot files', () => {
  it('are used for the small seed corpus too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    const corpus = loadCorpus('corpus');
    loadOrBuildEngine(corpus, { cacheDir: dir });
    expect(readdirSync(dir)).toEqual([`engine-v${ENGINE_VERSION}-${corpusHash(corpus)}.json`]);
  });

  it('record the engine code that wrote them; a snapshot from other code is rebuilt, never loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    const corpus = loadCorpus('corpus');
    const built = loadOrBuildEngine(corpus, { cacheDir: dir });
    const file = join(dir, readdirSync(dir)[0]!);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.code).toBe(engineCode());
    // Another version of the code, with the same ENGINE_VERSION, left a snapshot whose answers differ.
    saved.code = 'other-code';
    saved.engine.entities = [];
    writeFileSync(file, JSON.stringify(saved));
    const engine = loadOrBuildEngine(corpus, { cacheDir: dir });
    expect(engine.actors().map((a) => a.name)).toEqual(built.actors().map((a) => a.name));
    expect(JSON.parse(readFileSync(file, 'utf8')).code).toBe(engineCode());
  });

  it(`keep only the ${SNAPSHOTS_KEPT} most recently used as the corpus changes`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    const hashes: string[] = [];
    for (let i = 0; i < SNAPSHOTS_KEPT + 3; i++) {
      const corpus = loadCorpus('corpus');
      corpus.articles[0]!.title = `Version ${i}`;
      hashes.push(corpusHash(corpus));
      loadOrBuildEngine(corpus, { cacheDir: dir });
    }
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept).toContain(`engine-v${ENGINE_VERSION}-${hashes.at(-1)}.json`);
    expect(kept).not.toContain(`engine-v${ENGINE_VERSION}-${hashes[0]}.json`);
  });
});
