/**
 * Turning text into index terms: tokenize, drop stop words, fold synonyms onto
 * one term, and stem. The same functions serve indexing and questions, so a
 * question's "died" meets an article's "killed".
 */
import { stemmer } from 'stemmer';

/** Words, numbers and times; a possessive ’s is dropped so "Iran’s" is "Iran". */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  const cached = buildCache?.get(text);
  if (cached) return cached;
  const tokens = text.replace(/['’]s\b/g, '').match(TOKEN) ?? [];
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
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom whose why will with would you your yours yourself ' +
    'yourselves many much tell told say says said give gave given get got know show shows showed ever exactly anyone someone ' +
    'something thing things please us according there\'s what\'s who\'s one\'s did\'nt didnt dont don\'t happen happened happening ' +
    'go goes went gone going come comes came coming really actually exactly also anything anybody everyone everything somebody any'
  ).split(/\s+/),
);

/**
 * Words that mean the same for this kind of news, folded onto one term. Keep a
 * group tight: folding two words that a question must tell apart costs more
 * than it gains.
 */
const SYNONYM_GROUPS: Record<string, string[]> = {
  kill: ['kill', 'killed', 'killing', 'kills', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'deaths', 'deceased', 'fatalities', 'fatality', 'fatal', 'casualty', 'casualties', 'lives', 'toll', 'perished'],
  injur: ['injure', 'injured', 'injuring', 'injury', 'injuries', 'wound', 'wounded', 'wounding', 'wounds', 'hurt', 'hurting'],
  strike: ['strike', 'strikes', 'struck', 'striking', 'airstrike', 'airstrikes', 'attack', 'attacks', 'attacked', 'attacking', 'raid', 'raids', 'assault', 'assaults', 'hit', 'hits', 'bombing', 'bombings', 'bombed', 'offensive', 'barrage', 'operation', 'operations'],
  blast: ['blast', 'blasts', 'explosion', 'explosions', 'explode', 'exploded'],
  militant: ['militant', 'militants', 'insurgent', 'insurgents', 'rebel', 'rebels', 'guerrilla', 'guerrillas', 'fighter', 'fighters', 'separatist', 'separatists'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen'],
  condemn: ['condemn', 'condemned', 'condemns', 'condemnation', 'denounce', 'denounced', 'decried', 'decry'],
  retaliat: ['retaliate', 'retaliated', 'retaliating', 'retaliation', 'retaliatory', 'reprisal', 'revenge'],
  name: ['name', 'named', 'names', 'codenamed', 'called', 'dubbed'],
  town: ['city', 'cities', 'town', 'towns', 'village', 'villages'],
  woman: ['woman', 'women'],
  child: ['child', 'children', 'kids'],
  visit: ['visit', 'visits', 'visiting', 'visited', 'trip', 'trips', 'journey', 'tour'],
  curtail: ['curtail', 'curtails', 'curtailing', 'curtailed', 'shorten', 'shortened', 'shortening'],
  interim: ['interim', 'caretaker', 'acting', 'provisional'],
  ambassador: ['ambassador', 'ambassadors', 'envoy', 'envoys'],
  iran: ['iran', 'iranian', 'iranians'],
  pakistan: ['pakistan', 'pakistani', 'pakistanis'],
  china: ['china', 'chinese'],
  missile: ['missile', 'missiles', 'rocket', 'rockets'],
  drone: ['drone', 'drones', 'uav', 'uavs'],
  warplane: ['warplane', 'warplanes', 'jet', 'jets', 'aircraft', 'fighter-jets'],
  mediat: ['mediate', 'mediation', 'mediator', 'mediating'],
  respond: ['respond', 'responded', 'responding', 'responds', 'response', 'responses', 'react', 'reacted', 'reaction', 'reply', 'replied'],
  mean: ['mean', 'means', 'meaning', 'meant', 'translate', 'translates', 'translated', 'signify', 'signifies', 'refer', 'refers', 'stands'],
};

/**
 * Broader words a question may use for narrower words in the reports
 * ("weapons" for missiles and drones). Used on the question side only: the
 * question term is answered by any of these index terms.
 */
export const BROADER_TERMS: Record<string, string[]> = {
  weapon: ['missile', 'drone', 'warplane', 'munit', 'bomb'],
  offici: ['minist', 'spokesperson', 'governor', 'ambassador', 'diplomat'],
  victim: ['kill', 'injur', 'woman', 'child'],
  armi: ['militari', 'forc'],
  peopl: ['individu', 'civilian', 'woman', 'child', 'person', 'nation'],
  leader: ['minist', 'presid', 'premier', 'chief', 'head', 'command'],
  civilian: ['citizen', 'woman', 'child', 'nation', 'innoc', 'individu'],
};

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', dozen: '12',
};

const SYNONYMS = new Map<string, string>();
for (const [canonical, words] of Object.entries(SYNONYM_GROUPS)) for (const w of words) SYNONYMS.set(w, canonical);

/**
 * Chat shorthand a question may use, written out before anything else reads it
 * ("how many ppl died", "wat happened", "the pakistani fm spokesperson").
 */
const SHORTHAND: Record<string, string> = {
  ppl: 'people', ppls: 'people', u: 'you', r: 'are', ur: 'your', y: 'why', wat: 'what', wht: 'what', wut: 'what', wen: 'when',
  wher: 'where', hw: 'how', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', b4: 'before', govt: 'government',
  gov: 'government', pm: 'prime minister', fm: 'foreign ministry', mins: 'minister', intl: 'international', info: 'information',
  pls: 'please', plz: 'please', thx: 'thanks', tho: 'though', w: 'with', wrt: 'about', smth: 'something', sth: 'something',
};

/** Phrases that mean one word of the reports ("cut short" a visit is to curtail it). */
const PHRASES: [RegExp, string][] = [
  [/\bcut(?:ting|s)? short\b/gi, 'curtailed'],
  [/\bdeath toll\b/gi, 'killed'],
  [/\bcall(?:ed|ing|s)? off\b/gi, 'cancelled'],
];

export function expandShorthand(text: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => SHORTHAND[w.toLowerCase()] ?? w);
}

/** A question's words as the reports would put them: shorthand written out, phrases as their one word. */
export function questionWording(text: string): string {
  let out = expandShorthand(text);
  for (const [re, word] of PHRASES) out = out.replace(re, word);
  return out;
}

/** Every word the synonym, number and stop lists know, for typo correction of questions. */
export function knownWords(): Iterable<string> {
  return [...SYNONYMS.keys(), ...Object.keys(NUMBER_WORDS)];
}

/** Lower-case and strip accents, so "Baluchestán" and "baluchestan" meet. */
export function fold(word: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
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
  const synonym = SYNONYMS.get(word);
  if (synonym) return synonym;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  if (/^\d/.test(word)) return word;
  // Porter leaves "add" but stems "added" to "ad": undo doubled final consonants so both meet.
  return stemmer(word).replace(/([^aeiouylsz])\1$/, '$1');
}

/** All index terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}
