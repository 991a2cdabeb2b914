import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loader.js';
import type { Corpus } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine/engine.js';
import { ENGINE_VERSION, corpusHash, loadOrBuildEngine } from '../../src/engine/snapshot.js';

const QUESTIONS = [
  'How many people died in the Pakistani strikes?',
  'When did Iran strike Pakistan?',
  'who is the chinese foriegn ministry spokesprson',
  'Where were the terrorist hideouts?',
  'Why did Pakistan attack Iran?',
  'What is the capital of Australia?',
];

/** Everything a user could see from an engine, as plain data. */
function seen(engine: Engine) {
  return {
    answers: QUESTIONS.map((q) => engine.ask(q)),
    events: engine.casualtyEvents().map((e) => ({ key: e.key, label: e.label, disputed: e.disputed, figures: e.figures.map((f) => [f.text, f.count, f.kind, f.sentenceId]) })),
    timeline: engine.timeline(),
    actors: engine.actors().map((e) => [e.name, e.kind, e.roles, e.mentions]),
    quotes: engine.quotesBy('Mao Ning').quotes,
  };
}

let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus('corpus');
});

describe('engine snapshots (prebuilt, versioned index)', () => {
  it('an engine loaded from its snapshot answers exactly like the one that was built', () => {
    const built = new Engine(corpus);
    const loaded = new Engine(corpus, JSON.parse(JSON.stringify(built.toSnapshot())));
    expect(seen(loaded)).toEqual(seen(built));
  });

  it('saves a snapshot for the corpus, loads it next time, and rebuilds when the corpus changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    const first = loadOrBuildEngine(corpus, { cacheDir: dir, minSentences: 0 });
    const files = readdirSync(dir);
    expect(files).toEqual([`engine-v${ENGINE_VERSION}-${corpusHash(corpus)}.json`]);
    const second = loadOrBuildEngine(corpus, { cacheDir: dir, minSentences: 0 });
    expect(seen(second)).toEqual(seen(first));

    const changed = loadCorpus('corpus');
    changed.articles[0].title = 'A changed title';
    expect(corpusHash(changed)).not.toBe(corpusHash(corpus));
    loadOrBuildEngine(changed, { cacheDir: dir, minSentences: 0 });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('rebuilds, without failing, when a snapshot is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    const file = join(dir, `engine-v${ENGINE_VERSION}-${corpusHash(corpus)}.json`);
    writeFileSync(file, '{"version": 1, "corpus": "trunc');
    const engine = loadOrBuildEngine(corpus, { cacheDir: dir, minSentences: 0 });
    expect(engine.ask('Who is Mao Ning?').quotes[0].text).toMatch(/Mao Ning/);
    expect(existsSync(file)).toBe(true);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });
});

describe('rebuilding after a report is added', () => {
  it('reuses the reading of unchanged reports and answers exactly as a fresh build', async () => {
    const { loadCorpus, buildCorpus } = await import('../../src/corpus/loader.js');
    const { Engine } = await import('../../src/engine/engine.js');
    const seed = loadCorpus('corpus');
    const before = new Engine(buildCorpus(seed.dir, seed.articles.slice(0, 4)));
    const after = new Engine(seed, undefined, { reuse: before });
    const fresh = new Engine(seed);
    const unchanged = seed.sentences.filter((s) => s.articleId !== seed.articles[4].id).length;
    expect(after.reusedSentences).toBe(unchanged);
    expect(fresh.reusedSentences).toBe(0);
    for (const q of ['How many people were killed?', 'When did Iran strike Pakistan?', 'Who is Mao Ning?', 'Where were the hideouts?', 'why did Pakistan strike Iran']) {
      expect(after.ask(q).quotes.map((x) => x.text)).toEqual(fresh.ask(q).quotes.map((x) => x.text));
    }
    const lines = (e: InstanceType<typeof Engine>) => e.casualtyEvents().map((ev) => [ev.label, ev.lines.map((l) => `${l.kind} ${l.text} ${l.figures.length}`)]);
    expect(lines(after)).toEqual(lines(fresh));
  });
});
