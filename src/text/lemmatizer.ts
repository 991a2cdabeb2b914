/**
 * Dictionary forms of nouns and verbs: WordNet's Morphy rules, as
 * wink-lemmatizer applies them, over WordNet's exception lists and base words.
 * The data is wink-lemmatizer's own, preprocessed by scripts/build-lexicon.ts
 * into data/lemmas.json (0.7 MB of sorted lists, searched as read: src/text/sortedLines.ts): the
 * package itself compiles 3 MB of JavaScript tables at every start (about
 * 250 ms, a quarter of the console's first answer). test/core/lemmatizer.test.ts
 * checks that both give the same form for every word they may be asked about.
 */
import { readDataFile } from './dataFile.js';
import { MEMO_SIZES, memo } from './memo.js';
import { SortedLines } from './sortedLines.js';

interface LemmaData {
  nouns: string;
  verbs: string;
  nounExceptions: Record<string, string>;
  verbExceptions: Record<string, string>;
}

interface Lemmas {
  nouns: SortedLines;
  verbs: SortedLines;
  nounExceptions: Map<string, string>;
  verbExceptions: Map<string, string>;
}

let lemmas: Lemmas | undefined;

/** The lists, read on first use. */
export function loadLemmas(): Lemmas {
  if (!lemmas) {
    const data = readDataFile<LemmaData>('lemmas.json');
    lemmas = {
      nouns: new SortedLines(data.nouns),
      verbs: new SortedLines(data.verbs),
      nounExceptions: new Map(Object.entries(data.nounExceptions)),
      verbExceptions: new Map(Object.entries(data.verbExceptions)),
    };
  }
  return lemmas;
}

/** Whether the lists have been read (a start from an engine snapshot needs none; test/core/startLight.test.ts). */
export function lemmasLoaded(): boolean {
  return lemmas !== undefined;
}

/**
 * Endings a noun's plural may have, and what its singular ends with instead, tried in this order. Morphy's "men" →
 * "man" is not among them: wink-lemmatizer lists it but never applies it (it takes a rule only when the word's length
 * changes), so "policemen" stays as it is, as it always has here.
 */
const NOUN_ENDINGS: [string, string][] = [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 's'], ['ves', 'f'], ['ches', 'ch'], ['shes', 'sh'], ['ies', 'y']];

/** Whether a lower-case word is a verb's base form in WordNet. */
export function isBaseVerb(word: string): boolean {
  return loadLemmas().verbs.has(word);
}

/** A stem of one syllable ending in one vowel and one consonant that doubles ("fin", "hop", "star"; not "open", "box"). */
export const UNDOUBLED = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** The base form of a lower-case verb ("fled" → flee, "rose" → rise, "warning" → warn); the word itself when none is known. */
export const verbLemma = memo(MEMO_SIZES.lemmas, (verb: string): string => verbLemmaUncached(verb));

function verbLemmaUncached(verb: string): string {
  const { verbs, verbExceptions } = loadLemmas();
  const exception = verbExceptions.get(verb);
  if (exception) return exception;
  if (verb.endsWith('s') && verbs.has(verb.slice(0, -1))) return verb.slice(0, -1);
  if (verb.endsWith('ies') && verbs.has(`${verb.slice(0, -3)}y`)) return `${verb.slice(0, -3)}y`;
  const ending = /(?:es|ed|ing)$/.exec(verb);
  if (ending) {
    const stem = verb.slice(0, ending.index);
    // "fined", "hoped", "staring": a short verb ending in one vowel and one consonant doubles it before -ed and -ing
    // ("finned", "hopped", "starring"), so an undoubled one is the verb with an e ("fine", "hope", "stare").
    // wink-lemmatizer takes the first verb it finds ("fin", "hop", "star").
    if (ending[0] !== 'es' && UNDOUBLED.test(stem) && verbs.has(`${stem}e`)) return `${stem}e`;
    if (verbs.has(stem)) return stem;
    if (verbs.has(`${stem}e`)) return `${stem}e`;
  }
  return verb;
}

/** The singular of a lower-case noun ("children" → child, "lives" → life); the word itself when none is known. */
export function nounLemma(noun: string): string {
  const { nouns, nounExceptions } = loadLemmas();
  const exception = nounExceptions.get(noun);
  if (exception) return exception;
  for (const [ending, by] of NOUN_ENDINGS) {
    if (!noun.endsWith(ending)) continue;
    const singular = noun.slice(0, -ending.length) + by;
    if (nouns.has(singular)) return singular;
  }
  return noun;
}
