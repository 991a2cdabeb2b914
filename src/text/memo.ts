/**
 * Memory for pure functions of text that answering calls again and again
 * with the same arguments (the same sentences come back in answer after
 * answer). Each memory forgets everything once it is full: a miss only
 * costs the work again. Every size is here, in one place.
 */

export const MEMO_SIZES = {
  /** Terms of the words after each number of a sentence (cues.ts countsOfQueryTerm), per sentence text. */
  countedTerms: 50_000,
  /** Clause cut positions, per sentence text (cues.ts clauseAround). */
  clauseCuts: 50_000,
  /** Term sets of the clause around a date, per sentence text (cues.ts clauseTermsAround). */
  clauseTerms: 50_000,
  /** A word's line of WordNet relatives, per lemma (lexicon.ts relatedWords, isWord): searched for once per word. */
  wordnetLines: 100_000,
  /** Dictionary forms, per word (lexicon.ts lemma), and verbs' base forms (lemmatizer.ts verbLemma). */
  lemmas: 100_000,
  /** WordNet relatives of a word, per word as written (terms.ts relatedTerms). */
  relatedTerms: 20_000,
  /** Question text with chat shorthand written out (terms.ts expandShorthand), and with its idioms too (questionWording): a question is read by several passes. */
  shorthand: 256,
  /** First sentences and titles folded for comparing (ranking.ts isHeadline), per text. */
  headline: 50_000,
  /** Terms of the nouns a sentence tells as one more of their kind ("a second quake"), per sentence text (ranking.ts anotherOnes). */
  anotherOnes: 50_000,
  /** Terms on each side of a date or a name in a sentence (ranking.ts termsAround), per sentence text. */
  termsAround: 50_000,
  /** Who strikes whom in the clause around a date, per corpus and sentence text (ranking.ts clauseDirection). */
  clauseDirections: 50_000,
  /** Reason cues of a sentence with the terms on each side (ranking.ts reasonCues), per sentence text: read for every candidate of a why-question. */
  reasonCues: 50_000,
  /** A question word's matches in one index (passageIndex.ts matchesFor), per word, term and part of speech. */
  questionMatches: 10_000,
  /** Typo corrections against one index's words (passageIndex.ts correctWord), per word: questions repeat their typos. */
  corrections: 10_000,
  /** Casualty quotes per set of events (engine.ts casualtyQuotes): bounded by the events a corpus has and the topics users name. */
  casualtyQuotes: 500,
} as const;

/**
 * `compute(text, at)`, remembered per text and, within it, per position or span (a sentence read at each of its
 * dates or names); forgets everything after `max` texts.
 */
export function memoPerText<K, V>(max: number, compute: (text: string, at: K) => V): (text: string, at: K) => V {
  const byText = memo(max, (_text: string) => new Map<K, V>());
  return (text: string, at: K) => {
    const values = byText(text);
    let value = values.get(at);
    if (value === undefined && !values.has(at)) values.set(at, (value = compute(text, at)));
    return value as V;
  };
}

/** `compute`, remembered per key; forgets everything after `max` keys. */
export function memo<K, V>(max: number, compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key: K) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = compute(key);
      if (values.size >= max) values.clear();
      values.set(key, value);
    }
    return value as V;
  };
}
