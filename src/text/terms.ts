/**
 * Turning text into index terms: tokenize, drop stop words, reduce each word
 * to its dictionary form (lemma) and stem it; WordNet's related words are
 * offered beside (relatedTerms). The same functions serve indexing and
 * questions, so a question's "rose" meets an article's "risen".
 */
import { lancasterStemmer } from 'lancaster-stemmer';
import { stemmer } from 'stemmer';
import { countryNames } from './countries.js';
import { isPhrase, isWord, lemma, relatedWords, type Relation } from './lexicon.js';
import { withoutMarks } from './marks.js';
import { MEMO_SIZES, memo } from './memo.js';
import { NUMBER_WORD_VALUES, SCALE_WORD_VALUES } from './numberWords.js';

/**
 * Words, numbers and times; a possessive ’s is dropped so "Iran’s" is "Iran". A number keeps its
 * separators ("1,301", "1.6"), so it is one token, the same however a question writes it.
 */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu;

/**
 * A possessive or a contraction's tail: "Iran’s" is "Iran", "weren’t" is
 * "were not" (so no "weren" term), "they’re" is "they". "won’t" and "can’t"
 * keep a stop word before "not" ("wo", "ca" are single syllables no report indexes).
 */
const CONTRACTION = /['’](?:s|re|ve|ll|d|m)\b|(n['’]t)\b/gi;

/** "U.S.", "U.N.": capital letters with dots are the acronym ("US"), not letters too short to index. */
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;

export function tokenize(text: string): string[] {
  const cached = buildCache?.get(text);
  if (cached) return cached;
  const tokens =
    text
      .replace(CONTRACTION, (_match, neg: string | undefined) => (neg ? ' not' : ''))
      .replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, ''))
      .match(TOKEN) ?? [];
  buildCache?.set(text, tokens);
  return tokens;
}

/** While an index is built, each sentence is tokenized by several passes: remember the tokens meanwhile. */
let buildCache: Map<string, string[]> | undefined;

/** Run `build` with tokens remembered across its passes; the memory is dropped afterwards. */
export function withTokenCache<T>(build: () => T): T {
  if (buildCache) return build();
  buildCache = new Map();
  try {
    return build();
  } finally {
    buildCache = undefined;
  }
}

export const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing done down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom whose why will with would you your yours yourself ' +
    'yourselves many much tell told say says said give gave given get got know ever exactly anyone someone ' +
    'something thing things please us according there\'s what\'s who\'s one\'s did\'nt didnt dont don\'t happen happened happening ' +
    'go goes went gone going come comes came coming really actually exactly also anything anybody everyone everything somebody any ' +
    'might must shall wo ca still yet already even supposed else ' +
    // Prepositions: where a question's "near Saravan" or "inside the tower" puts its topic, not the topic.
    'near inside outside across around within without toward towards among amongst along beside besides behind beyond upon onto via amid amidst despite per throughout underneath alongside ' +
    // Prefixes a hyphen splits from their word ("co-pilot", "ex-president", "pre-dawn"): no topic of their own. Not
    // "non-" nor "anti-", which turn the word round.
    'co ex re pre mid semi multi'
  ).split(/\s+/),
);

/**
 * Casualty words, folded onto one term each: every incident's reports count
 * their dead and injured in these words, and a reader asks in any of them
 * ("how many died" of a report that says "killed"). General English; WordNet
 * does not join them (kill causes death, it is not a synonym).
 */
const CASUALTY_GROUPS = {
  kill: ['kill', 'killed', 'killing', 'kills', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'deaths', 'deceased', 'fatalities', 'fatality', 'fatal', 'casualty', 'casualties', 'lives', 'toll', 'perish', 'perished', 'perishing', 'bodies'],
  injur: ['injure', 'injured', 'injuring', 'injures', 'injury', 'injuries', 'wound', 'wounded', 'wounding', 'wounds', 'hurt', 'hurting'],
} satisfies Record<string, string[]>;

/** A number word's term is its digits, so "sixty" in a question meets "60" in a report. */
const NUMBER_WORDS = new Map<string, string>(
  Object.entries({ ...NUMBER_WORD_VALUES, hundred: SCALE_WORD_VALUES.hundred }).map(([word, value]) => [word, String(value)]),
);

/**
 * Nouns for the people a casualty figure counts, which reports may never write: "the victims" of reports that only
 * say who was killed (general English). A question's "victims" meets the reports' words for the dead as a relative.
 */
const CASUALTY_PEOPLE = new Map<string, keyof typeof CASUALTY_GROUPS>([
  ['victim', 'kill'],
  ['victims', 'kill'],
]);

/** The casualty term a noun for casualties stands near ("victims" → "kill"), if it is one. */
export function casualtyTermOfPeople(word: string): string | undefined {
  return CASUALTY_PEOPLE.get(word.toLowerCase());
}

/** The term each casualty kind's words fold onto: what a question's "died" or "hurt" becomes. */
export const CASUALTY_TERM = { killed: 'kill', injured: 'injur' } as const satisfies Record<string, keyof typeof CASUALTY_GROUPS>;

const CASUALTY_TERMS = new Map<string, string>();
for (const [canonical, words] of Object.entries(CASUALTY_GROUPS)) for (const w of words) CASUALTY_TERMS.set(w, canonical);

/**
 * Chat shorthand a question may use, written out before anything else reads it
 * ("how many ppl died", "wat happened", "the pakistani fm spokesperson").
 */
const SHORTHAND = new Map<string, string>(Object.entries({
  ppl: 'people', ppls: 'people', tv: 'television', mny: 'many', ceo: 'chief executive', u: 'you', r: 'are', ur: 'your', y: 'why', wat: 'what', wht: 'what', wut: 'what', wen: 'when', whn: 'when', whr: 'where', meny: 'many',
  wher: 'where', hw: 'how', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', b4: 'before', govt: 'government',
  gov: 'government', pm: 'prime minister', fm: 'foreign ministry', mins: 'minister', intl: 'international', info: 'information',
  wich: 'which', whic: 'which', whos: "who's", pls: 'please', plz: 'please', thx: 'thanks', tho: 'though', w: 'with', wrt: 'about', smth: 'something', sth: 'something',
  cud: 'could', wud: 'would', shud: 'should', spox: 'spokesperson', bcoz: 'because', becuz: 'because', dat: 'that', dis: 'this', thru: 'through',
  // Contractions typed without the apostrophe ("whats the toll", "why hasnt it been released").
  whats: "what's", thats: "that's", theres: "there's", hows: "how's", wheres: "where's", whens: "when's", whys: "why's",
  isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", doesnt: "doesn't", didnt: "didn't", hasnt: "hasn't", havent: "haven't",
  hadnt: "hadn't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", cant: "can't", wont: "won't",
  // Chat asides that ask nothing.
  lol: '', lmao: '', idk: '', btw: '', tbh: '',
}));

/** A question about something done again ("open again", "build back"): the reports may say "reopen", "rebuild". */
export const ASKS_AGAIN = /\b(?:again|back)\b/i;

/** Abbreviations reports and questions both use, read as the word they stand for on both sides ("state TV" meets "television"). */
const ABBREVIATIONS = new Map<string, string>([['tv', 'television'], ['govt', 'government'], ['intl', 'international']]);

export function expandShorthand(text: string): string {
  return shorthandExpanded(text);
}

/** Several passes read each question: its shorthand is written out once. */
const shorthandExpanded = memo(MEMO_SIZES.shorthand, (text: string) =>
  // "what's the length …" reads as "what is the length …", which every reading of a question's form expects.
  text
    .replace(/[\p{L}\p{N}]+/gu, (w) => SHORTHAND.get(w.toLowerCase()) ?? w)
    .replace(/\b(what|who|where|when|how|why)['’]s\b/giu, '$1 is')
    // "were did the drones get spotted?", "were was he born?": "were" before an auxiliary opens no question but "where" does.
    .replace(/^(\s*)were(?=\s+(?:did|do|does|was|is|are|were|has|have|had|will|would|can|could)\b)/i, '$1where')
    // "how manny people …", "how mutch …": after "how", a misspelt "many" or "much" (not the name Manny elsewhere).
    .replace(/\bhow\s+(?:manny|mani|mnay|mant|amny)\b/gi, 'how many')
    .replace(/\bhow\s+(?:mutch|mich|mcuh|muc|mch|muhc)\b/gi, 'how much'),
);

/**
 * Idioms for dying, whose words are no topic of the question: "lost their lives", "how many lives were lost",
 * "passed away", "did not survive" (general English).
 */
const DYING = /\b(?:(?:lost|lose|loses|losing)\s+(?:their|his|her|its|our|your)\s+li(?:fe|ves)|li(?:fe|ves)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?lost|(?:passed|pass|passes|passing)\s+away|(?:did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t)\s+survive)\b/gi;

/**
 * "How many victims?", "the number of victims": a toll asked for in a word the reports may never use (general
 * English). "Where were the victims buried?" keeps its word.
 */
const VICTIMS_COUNTED = /\b(how\s+many|number\s+of|total\s+of)\s+(?:the\s+)?victims\b/gi;

/** "Who did it?", "who was behind this?": who is responsible for the incident, in no word of its own (general English). */
const WHO_DID_IT = /^(\s*(?:and\s+)?who)\s+(?:did|has\s+done|had\s+done|(?:is|was)\s+behind)\s+(?:it|this|that)(?=\s*[?.!]*\s*$)/i;

/** "Who was behind the wheel of the truck?": who was driving it, an idiom whose words are no topic (general English). */
const BEHIND_THE_WHEEL = /\bbehind\s+the\s+wheel(?:\s+of)?\b/gi;

/** "Who spoke for the company?", "who speaks for the ministry?": its spokesperson (general English). */
const SPOKE_FOR = /\b(?:spoke|speaks|speak|was speaking|is speaking)\s+for\b/gi;

/** "What is being done?", "what has been done about it?": the action taken, in no word of its own (general English). */
const WHAT_IS_DONE = /^(\s*(?:and\s+)?what)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:being\s+)?done(?:\s+about\s+(?:it|this|that))?(?=\s*[?.!]*\s*$)/i;

/**
 * A question's words as a report would write them: chat shorthand written out, an idiom for dying as "died", a
 * count of victims as one of the dead, "who did it" as "who is responsible", "what is being done" as the action taken.
 */
export const questionWording = memo(MEMO_SIZES.shorthand, (text: string): string =>
  // Read by several passes of each question (the engine's entry, its intent, its terms): written out once.
  expandShorthand(text)
    .replace(DYING, 'died')
    .replace(VICTIMS_COUNTED, '$1 dead')
    .replace(WHO_DID_IT, '$1 is responsible')
    .replace(BEHIND_THE_WHEEL, 'driving')
    .replace(SPOKE_FOR, 'was the spokesperson for')
    .replace(WHAT_IS_DONE, '$1 action is being taken'),
);

/** Every word the casualty, number and stop lists know, for typo correction of questions. */
export function knownWords(): Iterable<string> {
  return [...CASUALTY_TERMS.keys(), ...NUMBER_WORDS.keys()];
}

/** Lower-case and strip accents, so "Baluchestán" and "baluchestan" meet. */
export function fold(word: string): string {
  return withoutMarks(word).toLowerCase();
}

/** Tokens already processed: natural text repeats its words, and stemming is the cost of indexing. Bounded. */
const processed = new Map<string, string | null>();
const PROCESSED_CACHE_SIZE = 200_000;

/** One token → its index term, or null for a stop word. */
export function processTerm(token: string): string | null {
  let term = processed.get(token);
  if (term === undefined) {
    term = processUncached(token);
    if (processed.size >= PROCESSED_CACHE_SIZE) processed.clear();
    processed.set(token, term);
  }
  return term;
}

function processUncached(token: string): string | null {
  const word = fold(token);
  // A single letter is no topic ("who r the baluch"); a single digit may be a count.
  if (word.length === 1 && !/\d/.test(word)) return null;
  // An acronym is a name even when it spells a stop word: "US" is not "us" (marked, so it cannot meet the stem of "used").
  if (/^\p{Lu}{2,5}$/u.test(token) && STOP_WORDS.has(word)) return `${word}!`;
  if (word.length === 0 || STOP_WORDS.has(word)) return null;
  // A two-word verb read as one ("call_off"): see phraseTokens.
  if (word.includes('_')) return word;
  const short = ABBREVIATIONS.get(word);
  if (short) return short;
  // "tolls", "fatalities" …: a casualty word in any of its forms.
  const casualty = CASUALTY_TERMS.get(word) ?? CASUALTY_TERMS.get(lemma(word));
  if (casualty) return casualty;
  const number = NUMBER_WORDS.get(word);
  if (number) return number;
  // "1,301" and "1301" are one number.
  if (/^\d/.test(word)) return /^\d{1,3}(?:,\d{3})+$/.test(word) ? word.replaceAll(',', '') : word;
  const base = lemma(word);
  // A word WordNet knows is its own term (its derivations meet it through WordNet, weighted); Porter's
  // stem only for the rest, so "preside" and "president" stay apart.
  return isWord(base) ? spellingOf(base) : stem(base);
}

/**
 * One spelling for a word written two ways: of two WordNet synonyms that differ
 * only by British and American spelling ("defence"/"defense",
 * "centre"/"center", "honour"/"honor", "organise"/"organize"), both become the
 * alphabetically first, in reports and questions alike.
 */
function spellingOf(word: string): string {
  let out = word;
  let key: string | undefined;
  for (const [other, relation] of relatedWords(word)) {
    if (relation !== 's' || other >= out || other.includes('_')) continue;
    key ??= spellingKey(word);
    if (spellingKey(other) === key) out = other;
  }
  return out;
}

/** A word with the letters British and American spelling differ in made the same. */
function spellingKey(word: string): string {
  return word
    .replace(/our/g, 'or')
    .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1')
    .replace(/ys(e|ed|es|ing|er|ers)$/, 'yz$1')
    .replace(/([bt])re(s?)$/, '$1er$2')
    .replace(/ence(s?)$/, 'ense$1')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/dgement/, 'dgment')
    .replace(/xion/, 'ction')
    .replace(/ll/g, 'l')
    .replace(/(ae|oe)/g, 'e');
}

/** Porter's stem of a dictionary form; Porter leaves "add" but stems "added" to "ad": undo doubled final consonants so both meet. */
function stem(word: string): string {
  return stemmer(word).replace(/([^aeiouylsz])\1$/, '$1');
}

/**
 * A text's tokens plus one token for each two-word phrase WordNet knows
 * ("called off" → "call_off", "cut short" → "cut_short"), so "called off"
 * meets "cancelled" through WordNet, in reports and questions alike.
 */
export function phraseTokens(tokens: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const second = fold(tokens[i + 1]);
    // A preposition usually starts a phrase of its own ("voted in the ballot"), not a two-word verb.
    if (second.length < 2 || !/^[a-z]+$/.test(second) || PREPOSITIONS.has(second)) continue;
    const first = fold(tokens[i]);
    const base = lemma(first);
    // An auxiliary starts no phrase: "did it happen" is not WordNet's "do it".
    if (AUXILIARIES.has(base)) continue;
    // The first word as a verb's or noun's dictionary form ("called off" → "call_off"), the second as a noun's ("death tolls").
    for (const joined of [`${base}_${second}`, `${first}_${lemma(second)}`]) {
      if (isPhrase(joined)) {
        (out ??= [...tokens]).push(joined);
        break;
      }
    }
  }
  return out ?? tokens;
}

const AUXILIARIES = new Set(['do', 'be', 'have']);
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'over', 'away', 'back', 'through', 'around', 'along']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'to', 'into', 'with', 'from', 'of', 'by', 'about', 'as', 'after', 'before', 'against', 'under', 'between', 'during', 'within', 'without', 'upon']);

/**
 * Index terms related to a token's term in WordNet, with their weight against
 * an exact match (1): synonyms and derivations weigh more than broader terms.
 * The same for reports and questions.
 */
export function relatedTerms(token: string): readonly RelatedTerm[] {
  return relatedRemembered(token);
}

/** A word's relative: its index term, how it relates, and through which parts of speech of the word (see relatedWords). */
export interface RelatedTerm {
  term: string;
  relation: Relation;
  parts?: string;
}

/**
 * Whether a relative came through the part of speech a word has where it stands ("the judge" is a noun and does
 * not meet "believe"; "to ship" is a verb and does not meet "vessel"), or through none that excludes it (always,
 * when either is unknown).
 */
export function fitsPart(r: RelatedTerm, part: 'n' | 'v' | undefined): boolean {
  if (!part || !r.parts) return true;
  return r.parts.includes(part) || !r.parts.includes(part === 'n' ? 'v' : 'n');
}

/** Every question looks its words up again: each word's relatives are worked out once (shared, never changed). */
const relatedRemembered = memo(MEMO_SIZES.relatedTerms, (token: string) => relatedUncached(token));

function relatedUncached(token: string): RelatedTerm[] {
  const word = fold(token);
  // "Chinese" and "China", "Pakistani" and "Pakistan": a demonym meets its country (a one-word name).
  const country = countryOfDemonym(word);
  if (country) return [{ term: country, relation: 's' }];
  if (word.includes('_')) return relatedOf(word);
  // "The eighth body" meets "rose to eight": an ordinal is near its number.
  const cardinal = cardinalOfOrdinal(word);
  if (cardinal !== undefined) return [{ term: String(cardinal), relation: 's' }, ...(/^[a-z]+$/.test(word) ? relatedOf(word) : [])];
  if (!/^[a-z]{3,}$/.test(word) || STOP_WORDS.has(word) || CASUALTY_TERMS.has(word) || PARTICLES.has(word) || PREPOSITIONS.has(word)) return [];
  const related = relatedOf(lemma(word));
  for (const other of NEWS_SYNONYM_OF.get(lemma(word)) ?? []) if (!related.some((r) => r.term === other)) related.unshift({ term: other, relation: 'd' });
  const head = compoundHead(word);
  if (head && !related.some((r) => r.term === head)) related.push({ term: head, relation: 'b' });
  return related;
}

/** Ordinals whose number is not the word before "th" ("third", "eighth"). "First" and "second" have other senses: left out. */
const IRREGULAR_ORDINALS: Readonly<Record<string, string>> = { third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' };

/** The number an ordinal from "third" up stands for: "eighth" and "8th" → 8, "twentieth" → 20. */
function cardinalOfOrdinal(word: string): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]) >= 3 ? Number(digits[1]) : undefined;
  const base = IRREGULAR_ORDINALS[word] ?? (/ieth$/.test(word) ? word.replace(/ieth$/, 'y') : /th$/.test(word) ? word.slice(0, -2) : undefined);
  const value = base === undefined ? undefined : NUMBER_WORD_VALUES[base];
  return value !== undefined && value >= 3 && base !== 'dozen' ? value : undefined;
}

/**
 * Words news uses for one thing that WordNet does not join (general English): being arrested is being detained or
 * taken into custody. Each word meets the others as closely as a derivation (the nearest WordNet relation), in reports
 * and questions alike.
 */
const NEWS_SYNONYMS: readonly (readonly string[])[] = [['arrest', 'detain', 'detention', 'custody', 'apprehend']];
const NEWS_SYNONYM_OF = new Map(NEWS_SYNONYMS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)));

/** The term of the country a demonym names ("chinese" → "china"), when the country's name is one word. */
function countryOfDemonym(word: string): string | undefined {
  const country = countryNames().get(word);
  if (!country || country.toLowerCase() === word || /\s/.test(country)) return undefined;
  return processTerm(country) ?? undefined;
}

/**
 * The head of a closed compound, as a broader term: "airstrikes" → "strike",
 * "floodwater" → "water". Both parts must be words WordNet knows.
 */
function compoundHead(word: string): string | undefined {
  if (word.length < 7) return undefined;
  for (let k = 3; k <= word.length - 4; k++) {
    const head = lemma(word.slice(k));
    if (isWord(word.slice(0, k)) && isWord(head)) return processTerm(head) ?? undefined;
  }
  return undefined;
}

function relatedOf(lemmaWord: string): RelatedTerm[] {
  const own = processTerm(lemmaWord);
  const out: RelatedTerm[] = [];
  const seen = new Set<string>(own ? [own] : []);
  for (const [word, relation, parts] of relatedWords(lemmaWord)) {
    // "down" for "demolish" (knock down), "up" for "rise": a particle alone means nothing.
    // Nor does a casualty word: the groups above say exactly what counts as one ("damaged" is no injury, "cost" no death).
    if (word.length < 3 || PREPOSITIONS.has(word) || PARTICLES.has(word) || CASUALTY_TERMS.has(word)) continue;
    const term = processTerm(word);
    if (!term || seen.has(term)) continue;
    seen.add(term);
    out.push({ term, relation, parts });
  }
  return out;
}

/** All index terms of a text, in order, stop words removed (two-word verbs after their words). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of phraseTokens(tokenize(text))) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/**
 * A test for the index terms of a list of general English words ("cause reason motive"), the list's terms worked out
 * on first use: term processing loads the lexicon, which a start from a snapshot does not need.
 */
export function termSet(words: string): (term: string) => boolean {
  let set: Set<string> | undefined;
  return (term) => (set ??= new Set(terms(words))).has(term);
}

const PERSON_COMPOUND = '+person';
/** The words for a person that end a compound ("spokesperson", "chairman", "congresswomen"). */
const PERSON_ENDINGS = ['person', 'persons', 'people', 'man', 'men', 'woman', 'women'];
const PERSON_ENDED = new RegExp(`^([a-z]{4,}?)(?:${PERSON_ENDINGS.join('|')})$`);

/** A family of words for a person that differ only in the word for the person ("spokesperson", "spokesman"). */
export function isPersonCompound(family: string): boolean {
  return family.endsWith(PERSON_COMPOUND);
}

/** "spokesman" → "spokesperson", "spokeswoman", …: every word of its person-compound family; none for other words. */
export function personCompoundForms(word: string): string[] {
  const family = wordFamily(word.toLowerCase());
  if (!family || !isPersonCompound(family)) return [];
  const stem = family.slice(0, -PERSON_COMPOUND.length);
  return PERSON_ENDINGS.map((end) => stem + end);
}

/**
 * A word's family, by Lancaster's stemmer ("nominee", "nominate" → "nomin"), or
 * undefined when its stem is under five letters: short stems join unrelated
 * words ("general", "generate" → "gen").
 */
export function wordFamily(word: string): string | undefined {
  if (!/^[a-z]{5,}$/.test(word) || STOP_WORDS.has(word) || CASUALTY_TERMS.has(word)) return undefined;
  // "spokesperson", "spokesman", "spokeswoman": one family, whichever word for a person ends it.
  const compound = PERSON_ENDED.exec(word);
  if (compound) return `${compound[1]}${PERSON_COMPOUND}`;
  const family = lancasterStemmer(word);
  return family.length >= 5 ? family : undefined;
}
