/**
 * Acronyms and the names they stand for, read from the corpus itself: a name
 * spelled out with its acronym in brackets ("the National Transportation
 * Safety Board (NTSB)"), or an acronym whose letters are the initials of a
 * name the reports use ("IOM" for "International Organization for
 * Migration"). A question may then use either form.
 */
import type { Corpus } from '../corpus/types.js';
import { processTerm, terms } from '../text/terms.js';
import { isWord, lemma } from '../text/lexicon.js';

/** Small words a name's initials skip ("Office for the Coordination of …"). */
const LINK_WORDS = /^(of|for|and|the|on|in|de|du|la|le|des|to|at|&)$/i;
const BRACKETED = /((?:[\p{Lu}][\p{L}’'.-]*\s+|(?:of|for|and|the|on|in|de|du|to|at|&)\s+){1,10})\(([\p{Lu}][\p{Lu}&]{1,7})\)/gu;
const CAPITALISED_RUN = /(?:[\p{Lu}][\p{L}’'-]*)(?:\s+(?:(?:of|for|and|the|on|in|de|du|to|at|&)\s+)*[\p{Lu}][\p{L}’'-]*){1,9}/gu;
const ALL_CAPS = /\b[\p{Lu}]{2,7}\b/gu;

/**
 * Pairs of common English words inside the reports' longer capitalised runs ("Chief Minister" in "Chief Minister
 * Pinarayi Vijayan"): titles. "Collector Meghashree" is half a role and half a name, so not one.
 */
function titlesOf(reading: Reading): Map<string, string[][]> {
  if (reading.titles) return reading.titles;
  const titles = new Map<string, string[][]>();
  for (const name of reading.names) {
    const words = nameWords(name).filter((w) => !LINK_WORDS.test(w));
    if (words.length < 3) continue;
    for (let k = 0; k + 1 < words.length; k++) {
      const pair = [words[k], words[k + 1]];
      if (!pair.every((w) => isWord(lemma(w.toLowerCase())))) continue;
      const initials = initialsOf(pair);
      titles.set(initials, [...(titles.get(initials) ?? []), pair]);
    }
  }
  return (reading.titles = titles);
}

/** A capitalised run's words; a sentence's opening "The" is no part of the name ("The United Nations cut …"). */
function nameWords(name: string): string[] {
  return name.replace(/^(?:The|A|An)\s+/, '').split(/\s+/);
}

/** The initials of a name's words, its small link words skipped ("Office for the Coordination …" → "OC…"). */
function initialsOf(words: string[]): string {
  return words
    .filter((w) => !LINK_WORDS.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** The name whose initials spell the acronym, read backwards from the end of the words before it. */
function nameFor(words: string[], acronym: string): string[] | undefined {
  const letters = acronym.replace(/&/g, '').toUpperCase();
  let k = letters.length - 1;
  let i = words.length - 1;
  const taken: string[] = [];
  while (i >= 0 && k >= 0) {
    const w = words[i];
    if (LINK_WORDS.test(w)) {
      taken.unshift(w);
      i--;
      continue;
    }
    if (w[0].toUpperCase() !== letters[k]) return undefined;
    taken.unshift(w);
    i--;
    k--;
  }
  while (taken.length > 0 && LINK_WORDS.test(taken[0])) taken.shift();
  return k < 0 ? taken : undefined;
}

/** What the reports' names give: bracketed acronyms, the acronyms they use, and each name by its initials. */
interface Reading {
  bracketed: [string, string[]][];
  used: Set<string>;
  byInitials: Map<string, string[]>;
  /** Plain two-word names by their two initials ("United Nations"), several when names share them. */
  twoWordNames: Map<string, string[][]>;
  /** The capitalised runs of words the reports write: names, and titles before names. */
  names: Set<string>;
  /** Titles inside longer runs by their initials ("Chief Minister"), worked out on the first question that needs them. */
  titles?: Map<string, string[][]>;
}

const readings = new WeakMap<Corpus, Reading>();

function read(corpus: Corpus): Reading {
  let reading = readings.get(corpus);
  if (reading) return reading;
  const bracketed: [string, string[]][] = [];
  const used = new Set<string>();
  const names = new Set<string>();
  for (const sentence of corpus.sentences) {
    for (const m of sentence.text.matchAll(BRACKETED)) {
      const name = nameFor(m[1].trim().split(/\s+/), m[2]);
      if (name) bracketed.push([m[2], name]);
    }
    for (const m of sentence.text.matchAll(ALL_CAPS)) used.add(m[0]);
    for (const m of sentence.text.matchAll(CAPITALISED_RUN)) names.add(m[0]);
  }
  const byInitials = new Map<string, string[]>();
  const twoWordNames = new Map<string, string[][]>();
  for (const name of names) {
    const words = nameWords(name);
    const initials = initialsOf(words);
    if (initials.length >= 3 && !byInitials.has(initials)) byInitials.set(initials, words);
    // Two letters are too easily someone else's initials ("IS" and "Iraq and Syria"): only a plain two-word name
    // ("United Nations" for "UN"), and only when no other name of the reports has the same initials.
    if (initials.length === 2 && words.length === 2) {
      const same = twoWordNames.get(initials) ?? [];
      if (!same.some((other) => other.join(' ') === words.join(' '))) twoWordNames.set(initials, [...same, words]);
    }
  }
  for (const [initials, candidates] of twoWordNames) if (candidates.length === 1 && !byInitials.has(initials)) byInitials.set(initials, candidates[0]);
  reading = { bracketed, used, byInitials, twoWordNames, names };
  readings.set(corpus, reading);
  return reading;
}

/** Acronym term → the index terms of the name it stands for. */
export function findAcronyms(corpus: Corpus): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (acronym: string, name: string[]) => {
    const key = processTerm(acronym);
    const expansion = terms(name.join(' '));
    if (key && expansion.length >= 2 && !found.has(key)) found.set(key, expansion);
  };
  const { bracketed, used, byInitials } = read(corpus);
  for (const [acronym, name] of bracketed) add(acronym, name);
  // Acronyms used without brackets: the initials of a name used somewhere in the reports.
  for (const acronym of used) {
    const words = byInitials.get(acronym);
    if (words) add(acronym, words);
  }
  return found;
}

/**
 * The index terms of the name of the reports whose initials spell an acronym
 * they never use themselves: "EU" in a question, "the European Union" in the
 * reports. Undefined when no name (or, for two letters, more than one) fits.
 */
export function nameWithInitials(corpus: Corpus, acronym: string): string[] | undefined {
  const reading = read(corpus);
  let words = reading.byInitials.get(acronym);
  if (!words && acronym.length === 2) {
    // "CM" for the "Chief Minister" of "Chief Minister Pinarayi Vijayan": a title before a name, when it is the only
    // pair of words with those initials.
    const candidates = [...(reading.twoWordNames.get(acronym) ?? []), ...(titlesOf(reading).get(acronym) ?? [])];
    const distinct = new Set(candidates.map((c) => c.join(' ').toLowerCase()));
    if (distinct.size === 1) words = candidates[0];
  }
  const expansion = words ? terms(words.join(' ')) : [];
  return expansion.length >= 2 ? expansion : undefined;
}
