/**
 * Typos of English words the reports do not use: "treatd" → "treated",
 * "replacng" → "replacing". The reports' own words are tried first
 * (PassageIndex); this is the fallback, so that a misspelt question word
 * still meets its WordNet relatives in the reports ("treated" → the reports'
 * "hospital" words, "replacing" → "replaced").
 */
import { isWord, lemma, relatedWords } from './lexicon.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The spellings one edit away, the first letter kept (a typo rarely hits it), in the order typos are common:
 * a letter left out ("treatd"), two letters swapped ("recieve"), one letter for another, a letter too many.
 */
function oneEditAway(word: string): string[][] {
  const inserted: string[] = [];
  const swapped: string[] = [];
  const replaced: string[] = [];
  const deleted: string[] = [];
  for (let i = 1; i <= word.length; i++) {
    for (const c of LETTERS) inserted.push(word.slice(0, i) + c + word.slice(i));
    if (i < word.length) {
      for (const c of LETTERS) if (c !== word[i]) replaced.push(word.slice(0, i) + c + word.slice(i + 1));
      deleted.push(word.slice(0, i) + word.slice(i + 1));
      if (i + 1 < word.length && word[i] !== word[i + 1]) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  return [inserted, swapped, replaced, deleted];
}

/**
 * The English word one typo from `word` (four letters or more, not itself a word), or undefined. Among the
 * spellings of the commonest kind of typo that give a word, one whose term the reports use (`reportsUse`) is
 * taken first, then the one with most WordNet relatives (a word with many senses is a common word).
 */
export function englishWordNear(word: string, reportsUse: (candidate: string) => boolean): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || isWord(lemma(word))) return undefined;
  for (const kind of oneEditAway(word)) {
    let best: string | undefined;
    let bestRank = -1;
    for (const candidate of kind) {
      const base = lemma(candidate);
      if (candidate.length < 3 || !isWord(base)) continue;
      // A word the reports use counts above any other; then the commoner word.
      const rank = (reportsUse(candidate) ? 1_000_000 : 0) + relatedWords(base).length;
      if (rank > bestRank) {
        best = candidate;
        bestRank = rank;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
