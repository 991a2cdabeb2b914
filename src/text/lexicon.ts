/**
 * General English knowledge for matching words that a stemmer cannot see as
 * one: a lemmatizer for inflections, irregular ones included (rose → rise,
 * began → begin, children → child; src/text/lemmatizer.ts), and WordNet's synonyms, derivations and
 * broader terms (vow ~ pledge, evacuate ~ evacuation, truck → vehicle),
 * preprocessed by scripts/build-lexicon.ts into data/lexicon.json.
 * Nothing here knows any incident.
 */
import { readDataFile } from './dataFile.js';
import { lemmasLoaded, loadLemmas, nounLemma, verbLemma } from './lemmatizer.js';

/** The loads answering needs, one per step, so that a warm-up can spread them over turns of the event loop. */
export const lexiconLoads: (() => void)[] = [() => void loadLemmas(), () => void table()];

/** How a related word relates to a word: a synonym, a derivation, or a broader term. */
export type Relation = 's' | 'd' | 'b';

/** Each word's relatives as one space-separated string of word:relation:parts ("vessel:s:n ship:b:n"). */
let related: Record<string, string> | undefined;
let phrases: Set<string> | undefined;
let persons: Set<string> | undefined;
let places: Set<string> | undefined;

function table(): Record<string, string> {
  if (!related) {
    const data = readDataFile<{ related: Record<string, string>; persons: string[]; places: string[] }>('lexicon.json');
    // No prototype: a word such as "constructor" must not find Object's own properties.
    related = Object.setPrototypeOf(data.related, null) as Record<string, string>;
    phrases = new Set(Object.keys(related).filter((w) => w.includes('_')));
    persons = new Set(data.persons);
    places = new Set(data.places);
  }
  return related;
}

/** A noun whose most frequent sense in WordNet is a person ("pilot", "captain", "nominee"; not "crew" or "company"). */
export function isPersonNoun(word: string): boolean {
  table();
  return persons!.has(word) || persons!.has(lemma(word));
}

/** A noun whose most frequent sense in WordNet is a built place: a structure or facility ("prison", "stadium", "airport"). */
export function isBuiltPlaceNoun(word: string): boolean {
  table();
  return places!.has(word) || places!.has(lemma(word));
}

const lemmas = new Map<string, string>();

/**
 * The dictionary form of a lower-case word: a verb's when the word is an
 * inflected verb ("rose", "fled", "killed", "warning"), else a noun's ("children").
 */
export function lemma(word: string): string {
  let out = lemmas.get(word);
  if (out === undefined) {
    out = word;
    if (/^[a-z]+$/.test(word) && word.length > 2) {
      const verb = verbLemma(word);
      out = verb !== word ? verb : nounLemma(word);
      // "warnings" → "warning" → "warn": a plural of a noun in -ing has the lemma its singular has ("warning" → "warn").
      if (out !== word && out.endsWith('ing')) out = verbLemma(out);
    }
    if (lemmas.size >= 100_000) lemmas.clear();
    lemmas.set(word, out);
  }
  return out;
}

/**
 * Words related to a lemma, with how and through which of its parts of speech (letters of n, v, a, r: "ship" meets
 * "vessel" as a noun, "send" as a verb): [word, relation, parts][] (empty for words WordNet does not list).
 */
export function relatedWords(lemmaWord: string): [string, Relation, string][] {
  const list = table()[lemmaWord];
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
  return table()[word] !== undefined;
}

/** A two-word verb WordNet knows as one ("call_off", "break_out"), written with an underscore. */
export function isPhrase(joined: string): boolean {
  table();
  return phrases!.has(joined);
}

/** Whether the lemmatizer or WordNet has been loaded (a start from a snapshot needs neither; test/core/startLight.test.ts). */
export function lexiconLoaded(): boolean {
  return lemmasLoaded() || related !== undefined;
}
