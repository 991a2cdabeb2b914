/**
 * General English knowledge for matching words that a stemmer cannot see as
 * one: a lemmatizer for inflections, irregular ones included (rose → rise,
 * began → begin, children → child; src/text/lemmatizer.ts), and WordNet's synonyms, derivations and
 * broader terms (vow ~ pledge, evacuate ~ evacuation, truck → vehicle),
 * preprocessed by scripts/build-lexicon.ts into data/related.txt and data/lexicon.json.
 * Nothing here knows any incident.
 */
import { readDataFile, readDataText } from './dataFile.js';
import { MEMO_SIZES, memo } from './memo.js';
import { SortedLines } from './sortedLines.js';
import { lemmasLoaded, loadLemmas, nounLemma, verbLemma } from './lemmatizer.js';

/** The loads answering needs, one per step, so that a warm-up can spread them over turns of the event loop. */
export const lexiconLoads: (() => void)[] = [() => void loadLemmas(), () => void relatedLines(), () => void nounKinds()];

/** How a related word relates to a word: a synonym, a derivation, or a broader term. */
export type Relation = 's' | 'd' | 'b';

/**
 * WordNet's relatives of each word, one sorted line per word ("abandon<TAB>give_up:s:v abandonment:d:v …"), found
 * by binary search: the 61,000 entries are never parsed into objects (data/related.txt, made by
 * scripts/build-lexicon.ts). Read on the first question.
 */
let related: SortedLines | undefined;
let phrases: Set<string> | undefined;
let nouns: { persons: Set<string>; places: Set<string>; substances: Set<string> } | undefined;

function relatedLines(): SortedLines {
  return (related ??= new SortedLines(readDataText('related.txt')));
}

/** A word's relatives as WordNet's line writes them ("give_up:s:v abandonment:d:v"); undefined for a word it does not list. */
const relativesLine = memo(MEMO_SIZES.wordnetLines, (word: string): string | undefined => relatedLines().find(word));

/** The nouns whose first sense is a person, a built place or a substance (data/lexicon.json): short lists, asked of every candidate. */
function nounKinds(): { persons: Set<string>; places: Set<string>; substances: Set<string> } {
  if (!nouns) {
    const data = readDataFile<{ persons: string[]; places: string[]; substances: string[] }>('lexicon.json');
    nouns = { persons: new Set(data.persons), places: new Set(data.places), substances: new Set(data.substances) };
  }
  return nouns;
}

/** A noun whose most frequent sense in WordNet is a person ("pilot", "captain", "nominee"; not "crew" or "company"). */
export function isPersonNoun(word: string): boolean {
  const { persons } = nounKinds();
  return persons.has(word) || persons.has(lemma(word));
}

/** A noun whose most frequent sense in WordNet is a substance ("fuel", "acid", "oil", "sewage"; not "money" or "aid"). */
export function isSubstanceNoun(word: string): boolean {
  const { substances } = nounKinds();
  return substances.has(word) || substances.has(lemma(word));
}

/** A noun whose most frequent sense in WordNet is a built place: a structure or facility ("prison", "stadium", "airport"). */
export function isBuiltPlaceNoun(word: string): boolean {
  const { places } = nounKinds();
  return places.has(word) || places.has(lemma(word));
}

/**
 * The dictionary form of a lower-case word: a verb's when the word is an
 * inflected verb ("rose", "fled", "killed", "warning"), else a noun's ("children").
 */
export const lemma = memo(MEMO_SIZES.lemmas, (word: string): string => {
  if (!/^[a-z]+$/.test(word) || word.length <= 2) return word;
  const verb = verbLemma(word);
  const out = verb !== word ? verb : nounLemma(word);
  // "warnings" → "warning" → "warn": a plural of a noun in -ing has the lemma its singular has ("warning" → "warn").
  return out !== word && out.endsWith('ing') ? verbLemma(out) : out;
});

/**
 * Words related to a lemma, with how and through which of its parts of speech (letters of n, v, a, r: "ship" meets
 * "vessel" as a noun, "send" as a verb): [word, relation, parts][] (empty for words WordNet does not list).
 */
export function relatedWords(lemmaWord: string): [string, Relation, string][] {
  const list = relativesLine(lemmaWord);
  return list ? list.split(' ').map((entry) => entry.split(':') as [string, Relation, string]) : [];
}

/** A verb in its past tense ("won", "resigned", "fled"), as the lemmatizer reads it. */
export function isPastTenseVerb(word: string): boolean {
  return /^[a-z]+$/.test(word) && !word.endsWith('s') && !word.endsWith('ing') && verbLemma(word) !== word;
}

/** A word WordNet knows only as an adverb ("eventually", "wrongly"): all its relatives come through adverb senses. */
export function isAdverb(word: string): boolean {
  const related = relatedWords(word);
  return related.length > 0 && related.every(([, , parts]) => parts === 'r');
}

/** A common word WordNet lists (one with related words). */
export function isWord(word: string): boolean {
  return relativesLine(word) !== undefined;
}

/** Every word WordNet lists relatives of, in order (for what needs English as a whole: spelling.ts). */
export function listedWords(): Iterable<string> {
  return relatedLines().words();
}

/** A two-word verb WordNet knows as one ("call_off", "break_out"), written with an underscore. */
export function isPhrase(joined: string): boolean {
  // A set, not a search: every pair of words the reports write is asked about while the index is built.
  if (!phrases) {
    phrases = new Set();
    for (const word of relatedLines().words()) if (word.includes('_')) phrases.add(word);
  }
  return phrases.has(joined);
}

/** Whether the lemmatizer or WordNet has been loaded (a start from a snapshot needs neither; test/core/startLight.test.ts). */
export function lexiconLoaded(): boolean {
  return lemmasLoaded() || related !== undefined;
}
