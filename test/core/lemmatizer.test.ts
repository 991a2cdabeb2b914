/**
 * The lemmatizer reads wink-lemmatizer's data from data/lemmas.json instead of
 * loading the package (src/text/lemmatizer.ts). It must give the package's
 * answer for every word it may be asked about: every word of every report and
 * question in the repository, every irregular form, and every regular ending
 * on every base noun and verb.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkLemmatizer from 'wink-lemmatizer';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/text/dataFile.js';
import { isBaseVerb, nounLemma, UNDOUBLED, verbLemma } from '../../src/text/lemmatizer.js';
import { lemma } from '../../src/text/lexicon.js';

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(md|json|txt|ya?ml)$/.test(name) ? [path] : [];
  });
}

/** The words the lemmatizer is asked about: lower case letters only, three or more (src/text/lexicon.ts). */
const asked = (w: string) => /^[a-z]{3,}$/.test(w);

function wordsToCheck(): string[] {
  const words = new Set<string>();
  for (const file of [...textFiles('corpus'), ...textFiles('test/fixtures')]) {
    for (const w of readFileSync(file, 'utf8').toLowerCase().split(/[^a-z]+/)) if (asked(w)) words.add(w);
  }
  const data = readDataFile<{ nouns: string; verbs: string; nounExceptions: Record<string, string>; verbExceptions: Record<string, string> }>('lemmas.json');
  for (const table of [data.nounExceptions, data.verbExceptions]) for (const [form, base] of Object.entries(table)) (words.add(form), words.add(base));
  for (const verb of data.verbs.split('\n')) {
    const stem = verb.replace(/e$/, '');
    for (const form of [verb, `${verb}s`, `${verb}es`, `${verb}ed`, `${verb}d`, `${verb}ing`, `${stem}ing`, `${stem}ed`, verb.replace(/y$/, 'ies')]) words.add(form);
  }
  for (const noun of data.nouns.split('\n')) {
    for (const form of [noun, `${noun}s`, `${noun}es`, noun.replace(/y$/, 'ies'), noun.replace(/fe?$/, 'ves'), noun.replace(/man$/, 'men')]) words.add(form);
  }
  return [...words].filter(asked);
}

describe('lemmatizer', () => {
  const words = wordsToCheck();

  it('gives wink-lemmatizer\'s verb and noun forms for every word it may be asked about, but "fined" is "fine", not "fin"', () => {
    expect(words.length).toBeGreaterThan(200_000);
    // wink takes "fin" for "fined" and "hop" for "hoped"; a one-syllable verb doubles its consonant before -ed and -ing.
    const winkVerb = (w: string) => {
      const base = winkLemmatizer.verb(w);
      return /(?:ed|ing)$/.test(w) && w.startsWith(base) && UNDOUBLED.test(base) && isBaseVerb(`${base}e`) && w.slice(base.length).match(/^(?:ed|ing)$/) ? `${base}e` : base;
    };
    const differ = words.filter((w) => verbLemma(w) !== winkVerb(w) || nounLemma(w) !== winkLemmatizer.noun(w));
    expect(differ.slice(0, 20)).toEqual([]);
  });

  it('reads a verb of one syllable with an e from its undoubled forms', () => {
    expect(['fined', 'hoped', 'staring', 'rated', 'riding', 'hopped', 'starring', 'visited', 'opened'].map(verbLemma)).toEqual(['fine', 'hope', 'stare', 'rate', 'ride', 'hop', 'star', 'visit', 'open']);
  });

  it('reads irregular and regular forms as one word', () => {
    expect(['rose', 'fled', 'began', 'children', 'warnings', 'evacuated', 'knives', 'churches'].map(lemma)).toEqual(['rise', 'flee', 'begin', 'child', 'warn', 'evacuate', 'knife', 'church']);
  });
});
