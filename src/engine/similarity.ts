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

export function nearIdentical(a: string[], b: string[]): boolean {
  if (longestSharedRun(a, b) >= SHARED_RUN) return true;
  const ta = triples(a);
  const tb = triples(b);
  if (ta.size < 3 || tb.size < 3) return false;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size) >= SHARED_TRIPLES;
}
