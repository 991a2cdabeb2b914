/**
 * Small readings of sentence text the ranker uses: clauses around a position,
 * counts next to a word, and the kind of measure a question asks for.
 */
import { MEMO_SIZES, memo, memoPerText } from '../text/memo.js';
import { terms } from '../text/terms.js';
import { isSubstanceNoun } from '../text/lexicon.js';
import { NUMBER } from './features.js';
import { ASKS_AGE, asksLength } from './answerTypes.js';

/** Where a text's clauses are cut: commas, semicolons, dashes and "after/before/following". Worked out once per text. */
const clauseCuts = memo(MEMO_SIZES.clauseCuts, (text: string) => [...text.matchAll(/[,;–—]|\b(?:after|before|following|while|whereas)\b/g)].map((m) => m.index));

/** Where the last clause cut before a position stands (0: the text's start). */
const lastCutBefore = (text: string, at: number) => Math.max(0, ...clauseCuts(text).filter((c) => c < at));
/** Where the first clause cut after a position stands (the text's end: none). */
const firstCutAfter = (text: string, at: number) => Math.min(text.length, ...clauseCuts(text).filter((c) => c > at));

/** The clause of a sentence around a position: cut at commas, semicolons, dashes and "after/before/following". */
export function clauseAround(text: string, at: number): string {
  return text.slice(lastCutBefore(text, at), firstCutAfter(text, at));
}

/** Units of a small length ("40 centimetres", "6 inches"): a size or a length. */
const SMALL_UNITS = String.raw`centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|inch(?:es)?`;
/** "When was the bridge built?", "what year was the dam constructed?". */
const BUILT_WHEN = /\b(?:when|what\s+year)\s+(?:was|were|is|are|did)\b[^?]*\b(?:built|constructed|erected|build|construct)\b/i;

/** A length, depth or height as written: a number and a unit of length. */
const LENGTH = String.raw`\d[\d,.]*(?:\s+to\s+\d[\d,.]*)?[-\s]*(?:kilomet\w*|km|miles?|met(?:er|re)s?|m|${SMALL_UNITS}|feet|foot|ft|yards?)`;
const SIZE_GIVEN = new RegExp(String.raw`\b\d[\d,.]*\s*(hectares?|acres?|square|sq|km2|metres?|meters?|${SMALL_UNITS}|feet|foot|storeys?|stories|floors?)\b`, 'i');
const LENGTH_GIVEN = new RegExp(String.raw`\b${LENGTH}\b`, 'i');

/** The words after "how much" that end the thing asked about ("how much fuel was …"). */
const AUXILIARIES = 'did|do|does|was|is|were|are|has|have|had|will|would|can|could|of';
const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARIES})$`);
/** "How much rain fell", "how much oil leaked": a noun, then a verb a substance's amount goes with. */
const SUBSTANCE_VERB = new RegExp(
  String.raw`\bhow much\s+(?!(?:${AUXILIARIES}|more|longer|money|cash|damage|time)\b)[a-z]+\s+(?:\w+\s+){0,3}?(?:fell|fall|falls|fallen|leaked|leak|leaks|spilled|spilt|spill|poured|released|dumped|flowed|flow)\b`,
  'i',
);

/** "How much nitric acid was on board?": one of the (up to three) words after "how much" names a substance (WordNet). */
function asksAmountOfSubstance(question: string): boolean {
  const words = /\bhow much\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(question)?.[1].toLowerCase().split(/\s+/) ?? [];
  const cut = words.findIndex((w) => AUXILIARY_WORD.test(w));
  return (cut >= 0 ? words.slice(0, cut) : words).some(isSubstanceNoun);
}

/**
 * The measures a question may ask for: how it asks ("how fast"), or a noun that names the measure ("the speed"),
 * and the pattern of a sentence that gives one. General English, in the order they are tried.
 */
const MEASURES: { how: { test(question: string): boolean }; noun?: RegExp; given: RegExp }[] = [
  {
    how: /\bhow (far|deep|close|near)\b/i,
    noun: /\bdistance\b/i,
    given: /\b(?:\d[\d,.]*(\s+to\s+\d[\d,.]*)?|a|an|half a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hundreds of)\s*(kilomet\w*|km|miles?|met(er|re)s?|feet)\b/i,
  },
  // A height is a length ("between 20 and 25 kilometres above the ground", "1,000 feet") or a count of floors.
  { how: /\bhow (tall|high)\b/i, noun: /\bheight\b/i, given: new RegExp(String.raw`${LENGTH_GIVEN.source}|\b\d[\d,.]*[-\s]*(?:storeys?|stories|floors?)\b`, 'i') },
  { how: /\bhow (big|large|wide)\b/i, noun: /\b(area|size)\b/i, given: SIZE_GIVEN },
  // "How long was the bridge?" asks for a length; "how long did the search take?" for a time.
  { how: { test: asksLength }, noun: /\blength\b/i, given: LENGTH_GIVEN },
  {
    how: /\bhow (strong|powerful)\b/i,
    noun: /\b(magnitude|intensity)\b/i,
    // A quake's magnitude, a blast's energy ("500 kilotons", "20 tons of TNT"), a storm's category, a tornado's rating
    // ("an EF3 tornado"), a wind's speed.
    given: /\bmagnitude(?:\s+(?:of|at|was|is))?[-\s]+\d(?:\.\d)?\b|\b\d(?:\.\d)?[-\s]*magnitude\b|\bM\s?\d\.\d\b|\b\d(?:\.\d)?\s+on the Richter\b|\b\d[\d,.]*\s*(?:kilotons?|megatons?|tons of TNT)\b|\bCategory[-\s]+\d\b|\bE?F-?[0-5]\b|\bwinds?\s+(?:of\s+)?(?:up to\s+|about\s+|around\s+|nearly\s+)?\d[\d,.]*\s*(?:mph|km\/h|kph)\b|\b\d[\d,.]*\s*(?:mph|km\/h|kph)\s+winds?\b/i,
  },
  // A speed, or how fast something grows or flows: a figure per unit of time ("0.4 degrees Celsius every decade",
  // "2,000 cubic metres of water per second").
  {
    how: /\bhow (fast|quick(?:ly)?)\b/i,
    noun: /\bspeed\b/i,
    given: /\b\d[\d,.]*\s*(km\/h|kph|mph|miles? (?:an|per) hour|kilomet(?:re|er)s? (?:an|per) hour|knots|m\/s)\b|\b\d[\d,.]*\s*(?:\S+\s+){0,4}?(?:every|per|a|an|each)\s+(?:second|minute|hour|day|week|month|year|decade)\b/i,
  },
  { how: /\bhow (heavy|much did .* weigh)\b/i, noun: /\bweight\b/i, given: /\b\d[\d,.]*\s*(tonnes?|tons?|kg|kilogra\w*|pounds|lbs?)\b/i },
  // "How much rain fell?", "how much oil leaked?", "how much fuel was on board?": an amount of a substance, a figure
  // with a unit of volume, depth or mass.
  {
    how: { test: (question) => SUBSTANCE_VERB.test(question) || asksAmountOfSubstance(question) },
    given: /\b\d[\d,.]*\s*(?:litres?|liters?|mm|millimet\w*|centimet\w*|cm|inches|gallons?|barrels?|tonnes?|tons?|kg|kilogra\w*|cubic\s+\w+|m3)\b/i,
  },
  // "When was the bridge built?": the year it was built, completed or opened ("The bridge, opened in 1977, …"), or
  // its age ("the 50-year-old bridge").
  {
    how: BUILT_WHEN,
    given: /\b(?:built|constructed|erected|completed|finished|opened|inaugurated)\s+(?:in\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:1[6-9]|20)\d{2}s?\b|\b\d+-year-old\b/,
  },
  { how: /\bhow (hot|cold|warm)\b/i, noun: /\btemperature\b/i, given: /\b-?\d[\d,.]*\s*(°|degrees?)\s*[CF]?\b/i },
  // An age: "a 15-year-old jet", "aged 81", an age between commas ("Buddy Jantoc, 79,"), "had been flying for 15 years", "built in 1994".
  {
    how: ASKS_AGE,
    given: /\b\d+[-\s](?:years?|months?)[-\s]old\b|\baged\s+\d+|\b[\p{L}'-]+,\s+\d{1,3}(?=,|\s+and\b|\.)|\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?\d+\s+years\b|\b(?:built|made|manufactured|delivered|completed|opened)\s+in\s+(?:\w+\s+){0,2}?(?:1[89]|20)\d{2}\b/iu,
  },
  // How long something lasted: "for 33 hours", "close to 90 minutes"; not how long after something else ("nine months after").
  {
    how: /\bhow long\b/i,
    noun: /\bduration\b/i,
    given: /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|many|a few|a couple of)(?:\s+and\s+a\s+half)?[\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+(?:after|later|ago|before|earlier|into|since|old)\b)|\bfor\s+(?:decades|years|months|weeks|days|hours)\b|\bhalf an hour\b|\ban? (?:hour|day|week|month|year) and a half\b/i,
  },
];

/**
 * "How far …", "how long …": the kind of measure asked for, as a pattern for sentences that give one.
 * How the question asks comes before a noun it uses: "how fast are temperatures rising in the area" asks a rate, not an area.
 */
export function measureAsked(question: string): RegExp | undefined {
  return (MEASURES.find((m) => m.how.test(question)) ?? MEASURES.find((m) => m.noun?.test(question)))?.given;
}

/**
 * Measures only a sentence that writes them with their unit answers: an age, a speed or rate, a temperature, a
 * weight, a strength or a height. Not a distance ("an hour's drive south of Boston"), a size ("the size of three
 * school buses") or a length of time.
 */
const UNIT_REQUIRED = /\bhow (?:tall|high|fast|heavy|hot|cold|warm|strong|powerful)\b|\bwhat (?:was |is |were )?the (?:\w+ )?(?:speed|temperature|weight|magnitude)\b/i;

/** "How old was the preacher?", "how fast was the bus going?": only a sentence giving the measure (`measureAsked`) answers. */
export function measureRequired(question: string): boolean {
  // …and so is when a thing was built: the year or the age, not the day a new one was ordered.
  return ASKS_AGE.test(question) || UNIT_REQUIRED.test(question) || BUILT_WHEN.test(question);
}

/** Words that give the dimension a length is of, after it ("13,000 feet deep") or before it ("a depth of 10 km"); general English. */
const DIMENSIONS: [RegExp, string, string, string?][] = [
  [/\bhow deep\b|\bdepth\b/i, 'deep|down|below|beneath|under', 'depths?'],
  // …and a level that rose to it ("the river peaked at 7.8 metres", "crested at 30 feet").
  [/\bhow (?:high|tall)\b|\bheight\b/i, 'high|tall|up|above|into the (?:air|sky)', 'heights?', 'peak(?:ed|ing|s)?|crest(?:ed|ing|s)?'],
  [/\bhow wide\b|\bwidth\b/i, 'wide|across', 'widths?'],
  [/\bhow long was\b|\blength\b/i, 'long', 'lengths?'],
  // "How far did it drop?": a fall, not a distance away ("dropping about 17 feet onto the interstate").
  [/\bhow far\b[^?]*\b(?:drop|fall|fell|plung|plummet|sank|sink|tumbl)/i, 'down|below', 'drops?|falls?', 'drop(?:ped|ping|s)?|f[ae]ll(?:ing|s)?|plung(?:ed|ing|es)?|plummet(?:ed|ing|s)?|tumbl(?:ed|ing|es)?|sank'],
  [/\bhow far\b|\bdistance\b/i, 'away|from|off', 'distances?'],
];

/**
 * "How deep is the water?": a length said to be of the asked dimension ("about 13,000 feet deep",
 * "at a depth of 17.9 km", "put the depth at 35 km"), which a length of something else ("sonar able to listen down to 13,000 feet") is not.
 */
export function dimensionAsked(question: string): RegExp | undefined {
  const found = DIMENSIONS.find(([asked]) => asked.test(question));
  if (!found) return undefined;
  const [, after, noun, before] = found;
  const levelled = before ? String.raw`|\b(?:${before})\s+(?:at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?${LENGTH}\b` : '';
  return new RegExp(String.raw`\b${LENGTH}\s+(?:${after})\b|\b${LENGTH}-(?:${after})\b|\b(?:${noun})\s+(?:of|at|was|is|were)\s+(?:\w+\s+){0,2}?\d${levelled}`, 'i');
}

/** Where a reason's clause ends, on either side of its cue: punctuation, or "while", "whereas". */
const CLAUSE_BOUNDARY = /[,;–—]|\b(?:while|whereas)\b/g;

/** The words after a position up to the end of their clause. */
export function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const cut = rest.search(CLAUSE_BOUNDARY);
  return cut >= 0 ? rest.slice(0, cut) : rest;
}

/** The words before a position back to the start of their clause. */
export function clauseBefore(text: string, to: number): string {
  const head = text.slice(0, to);
  const last = [...head.matchAll(CLAUSE_BOUNDARY)].at(-1);
  return last ? head.slice(last.index + last[0].length) : head;
}

/** A piece of a clause that only places or dates what the piece before it tells: "near Belleville", "Michigan", "on Tuesday". */
const PLACING_PIECE = /^(?:(?:on|in|at|near|outside|inside|by|from|until|since|around|shortly|just|early|late)\b|[A-Z][\p{L}.'-]*(?:\s+[A-Z\d][\p{L}\d.'-]*)?\s*$)/u;

/**
 * The clause a date stands in: the clause around it (see clauseAround), taking in the clause it belongs to when the
 * date's own piece only places or dates it. "Biden joined strikers outside a warehouse near Belleville, Michigan, on
 * Tuesday, September 26": the day is the day Biden joined them.
 */
export function datedClauseAround(text: string, at: number): string {
  const end = firstCutAfter(text, at);
  let start = lastCutBefore(text, at);
  let pieceEnd = end;
  while (start > 0 && PLACING_PIECE.test(text.slice(start, pieceEnd).replace(/^[,;–—]?\s*/, ''))) {
    pieceEnd = start;
    start = lastCutBefore(text, start);
  }
  return text.slice(start, end);
}

/** The terms of the clause a date stands in (see datedClauseAround), worked out once per sentence and position: shared, never to be changed. */
export const clauseTermsAround = memoPerText(MEMO_SIZES.clauseTerms, (text: string, at: number): Set<string> => new Set(terms(datedClauseAround(text, at))));

// The words after a number are looked at, not taken: "19 after eight more bodies" counts "after eight" and "more bodies".
const COUNTED = new RegExp(String.raw`\b${NUMBER}\b(?=((?:\s+[\p{L}-]+){1,2}))`, 'giu');

/** Where each number of a text stands, and the terms of the one or two words after it ("six targets" → ["target"]), once per text. */
const countedTerms = memo(MEMO_SIZES.countedTerms, (text: string) => [...text.matchAll(COUNTED)].map((m) => ({ at: m.index, terms: terms(m[1]) })));

/** Where a text's numbers stand just before one of the question's words: "six targets" for "how many targets". */
export function countsOfQueryTerm(text: string, queryTerms: string[]): number[] {
  const wanted = new Set(queryTerms);
  return countedTerms(text).flatMap((counted) => (counted.terms.some((t) => wanted.has(t)) ? [counted.at] : []));
}

/** A number just before one of the question's words. */
export function countsQueryTerm(text: string, queryTerms: string[]): boolean {
  return countsOfQueryTerm(text, queryTerms).length > 0;
}

/**
 * The text names the thing a how-many question counts, and gives no number in
 * any clause that names it: "launched missiles and drones against targets" for
 * "how many drones". A text that does not name the thing may count it in other
 * words ("18 from the ruling party"), so it is not this.
 */
export function namesUncounted(text: string, counted: string[]): boolean {
  const clauses = clausesNaming(text, counted);
  return clauses.length > 0 && !clauses.some((clause) => NUMBER_WORD.test(clause));
}

/** "All 155 people aboard survived" for "how many survivors": a word of the counted thing's family with a number in its clause. */
export function countsInClause(text: string, words: string[]): boolean {
  return clausesNaming(text, words).some((clause) => NUMBER_WORD.test(clause));
}

const NUMBER_WORD = new RegExp(String.raw`\b${NUMBER}\b`, 'iu');

/** The clause around each word of a text whose term is one of `wanted`. */
function clausesNaming(text: string, wanted: string[]): string[] {
  const set = new Set(wanted);
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}-]+/gu)) if (terms(m[0]).some((t) => set.has(t))) out.push(clauseAround(text, m.index));
  return out;
}
