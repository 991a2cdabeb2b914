/**
 * MiniSearch's BM25+ OR search over terms that are already processed, without
 * what the general search builds for every call and result (merged options,
 * per-term result maps, match objects, stored fields): a fifth of the engine's
 * time per question went there. Scores and order are MiniSearch's own, to the
 * last bit: the same sums in the same order, the same stable sort (checked
 * against MiniSearch.search by test/core/processedSearch.test.ts). It reads
 * MiniSearch 7's index; on an index it does not recognise, or options it does
 * not replicate, it asks MiniSearch.search itself.
 */
import type MiniSearch from 'minisearch';

/** What a MiniSearch 7 instance holds (private fields, read only). */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _options: { fields: string[]; searchOptions: { combineWith?: string; fuzzy?: unknown; prefix?: unknown; boost?: Record<string, number>; boostTerm?: unknown; boostDocument?: unknown; filter?: unknown; bm25?: { k: number; b: number; d: number } } };
}

export interface ProcessedResult {
  id: string;
  score: number;
}

/** The index and options are what this module replicates: one field, OR, no fuzzy or prefix match, no boosts or filter. */
function replicable<T>(search: MiniSearch<T>): Internals | undefined {
  const m = search as unknown as Partial<Internals>;
  const o = m._options?.searchOptions;
  if (!m._index || !m._fieldIds || !m._fieldLength || !m._avgFieldLength || m._documentCount === undefined || !m._documentIds || !o?.bm25) return undefined;
  if (m._options!.fields.length !== 1 || (o.combineWith ?? 'or').toLowerCase() !== 'or' || o.fuzzy || o.prefix || Object.keys(o.boost ?? {}).length > 0 || o.boostTerm || o.boostDocument || o.filter) return undefined;
  return m as Internals;
}

/**
 * Per document (by MiniSearch's short id): the summed score and how many query
 * terms it has. Kept between calls and grown as needed, so that a search
 * allocates nothing per matching document (answering is single-threaded).
 */
let scores = new Float64Array(0);
let counts = new Uint16Array(0);

/**
 * `search.search(terms.join(' '), { processTerm: (t) => t, tokenize: (q) => q.split(' ') })`,
 * its first `limit` results: ids and scores, best first. `terms` are distinct index terms.
 */
export function searchProcessed<T>(search: MiniSearch<T>, terms: readonly string[], limit = Infinity): ProcessedResult[] {
  const m = replicable(search);
  if (!m) return general(search, terms, limit);
  const fieldId = m._fieldIds[m._options.fields[0]];
  const avgFieldLength = m._avgFieldLength[fieldId];
  const { k, b, d } = m._options.searchOptions.bm25!;
  const totalCount = m._documentCount;
  // The documents in the order MiniSearch meets them (its results map's order, which its stable sort keeps for ties).
  const met: number[] = [];
  let discarded = false;
  for (const term of terms) {
    const frequencies = m._index.get(term)?.get(fieldId);
    if (!frequencies) continue;
    const matchingCount = frequencies.size;
    const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
    frequencies.forEach((termFreq, docId) => {
      // A discarded document MiniSearch would clean up while searching: leave that to it.
      if (!m._documentIds.has(docId)) discarded = true;
      const fieldLength = m._fieldLength.get(docId)?.[fieldId] ?? 0;
      const score = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
      if (docId >= scores.length) grow(docId + 1);
      if (counts[docId] === 0) {
        met.push(docId);
        scores[docId] = score;
      } else scores[docId] = scores[docId] + score;
      counts[docId] += 1;
    });
  }
  const total = met.map((docId) => scores[docId] * counts[docId]);
  for (const docId of met) counts[docId] = 0;
  if (discarded) return general(search, terms, limit);
  const order = met.map((_, i) => i).sort((x, y) => total[y] - total[x]);
  const n = Math.min(limit, order.length);
  const results: ProcessedResult[] = new Array(n);
  for (let i = 0; i < n; i++) results[i] = { id: m._documentIds.get(met[order[i]]) as string, score: total[order[i]] };
  return results;
}

function grow(size: number): void {
  const length = Math.max(size, scores.length * 2, 1024);
  const grownScores = new Float64Array(length);
  grownScores.set(scores);
  scores = grownScores;
  const grownCounts = new Uint16Array(length);
  grownCounts.set(counts);
  counts = grownCounts;
}

function general<T>(search: MiniSearch<T>, terms: readonly string[], limit: number): ProcessedResult[] {
  const results = search.search(terms.join(' '), { processTerm: (t) => t, tokenize: (q) => q.split(' ') });
  return results.slice(0, limit).map((r) => ({ id: r.id as string, score: r.score }));
}
