/**
 * Whether two quotes report the same thing in near-identical words: a long run
 * of the same words (a statement two outlets both quote), or most of their
 * word triples in common. Plain words, not stems: near-identical means the
 * wording, not the topic.
 */
import { fold, tokenize } from '../text/terms.js';

/** A shared run of this many words in a row makes two quotes one report. */
const SHARED_RUN = 10;
/** Or this share of word triples (Dice coefficient). */
const SHARED_TRIPLES = 0.6;

export function words(text: string): string[] {
  return tokenize(text).map(fold);
}

function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  const previous = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j] > best) best = previous[j];
      diagonal = above;
    }
  }
  return best;
}

function triples(w: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** A text's words and word triples, worked out once per quote. */
export interface Wording {
  words: string[];
  triples: Set<string>;
}

export function wording(text: string): Wording {
  const w = words(text);
  return { words: w, triples: triples(w) };
}

export function nearIdentical(a: Wording, b: Wording): boolean {
  if (a.triples.size < 3 || b.triples.size < 3) return false;
  let shared = 0;
  for (const t of a.triples) if (b.triples.has(t)) shared++;
  if ((2 * shared) / (a.triples.size + b.triples.size) >= SHARED_TRIPLES) return true;
  // A run of SHARED_RUN words shares SHARED_RUN - 2 triples: only then is the run worth measuring.
  return shared >= SHARED_RUN - 2 && longestSharedRun(a.words, b.words) >= SHARED_RUN;
}
