/**
 * Candidates are fetched by src/search/processedSearch.ts, a lean copy of
 * MiniSearch's BM25+ search: it must give MiniSearch's own ids, scores and
 * order, to the last bit, or answers would change (for instance after a
 * MiniSearch upgrade).
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loader.js';
import { searchProcessed } from '../../src/search/processedSearch.js';
import { phraseTokens, processTerm, terms, tokenize } from '../../src/text/terms.js';
import { listIncidents } from '../../scripts/evalLib.js';

const OPTIONS = {
  fields: ['text'],
  tokenize: (text: string) => phraseTokens(tokenize(text)),
  processTerm: (term: string) => processTerm(term) ?? null,
  searchOptions: { combineWith: 'OR' as const },
};

describe('processed search', () => {
  it('gives MiniSearch’s results exactly, on every incident, built or loaded from JSON', () => {
    let compared = 0;
    for (const incident of listIncidents()) {
      const sentences = loadCorpus(incident.corpusDir).sentences;
      const built = new MiniSearch<{ id: string; text: string }>(OPTIONS);
      built.addAll(sentences.map((s) => ({ id: s.id, text: s.text })));
      const loaded = MiniSearch.loadJS<{ id: string; text: string }>(JSON.parse(JSON.stringify(built)), OPTIONS);
      // Queries of one to six distinct terms taken from the reports' own sentences, and a term no report has.
      const queries = sentences.map((s, i) => [...new Set([...terms(s.text).slice(i % 5, (i % 5) + 1 + (i % 6)), ...(i % 7 === 0 ? ['zzzunknown'] : [])])]);
      for (const search of [built, loaded]) {
        for (const q of queries) {
          const expected = search.search(q.join(' '), { processTerm: (t) => t, tokenize: (text) => text.split(' ') }).map((r) => ({ id: r.id, score: r.score }));
          expect(searchProcessed(search, q)).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
