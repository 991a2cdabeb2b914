/**
 * Understanding a question: what kind of answer it asks for (a person, a time,
 * a place, a count of dead …) and which words carry its topic.
 */
import { expandShorthand, questionWording, termSet } from '../text/terms.js';

export type Intent = 'who' | 'what' | 'when' | 'where' | 'why' | 'casualties';

export const INTENTS: readonly Intent[] = ['who', 'what', 'when', 'where', 'why', 'casualties'];

const CASUALTY_WORDS = /\b(kill\w*|dead|deaths?|died|die|fatalit\w*|casualt\w*|injur\w*|wounded|hurt|victims|toll|lives)\b/i;
const COUNT_WORDS = /\b(how many|number of|death toll|toll|casualt\w*|figures?|count)\b/i;
const WHEN = /^(when|what time|at what time|what day|which day|what date|on what day|on which day|how long ago|since when)\b|\b(what time|which day|what day|what date|when)\b/i;
const TIME_OF_DAY = /\b(what time|at what time|hour|o'clock)\b/i;
const WHERE = /^where\b|\b(in |at |near )?(which|what) ([\p{L}-]+ )?(city|town|province|country|village|region|place|area|border|location|part)\b|\bwhere\b/iu;
/** Nouns for a person or a body that a "which …" question asks to be named. */
const OFFICIAL_NOUNS = String.raw`group|organi[sz]ation|person|official|officials|minister|spokes\w+|agency|leader`;
// "Which officials …" asks for people; "what did the people there leave behind?" asks what they did: after an auxiliary comes who acts.
const WHO = new RegExp(String.raw`^(who|whom|whose)\b|\b(which|what) ((?!(?:did|do|does|has|have|had|will|would|can|could)\b)[\p{L}-]+ ){0,2}?(${OFFICIAL_NOUNS}|militants?|analyst|country|countries|side|people)\b|\bwho\b`, 'iu');
const WHY = /^why\b|\b(reason|motive|purpose|aim|goal|objective|justif\w*|why)\b/i;

/** A question that opens by asking for a reason, a time, a place or a person: a toll it mentions is not what it asks. */
const ASKS_REASON_TIME_PERSON = new RegExp(String.raw`^(why|when|where|what time|at what time|who|whom|whose|which\s+(?:[\w-]+\s+){0,2}?(?:${OFFICIAL_NOUNS}|ministry|authority))\b`, 'i');

/** "What did the mayor say about …", "what did she tell reporters …": a question for someone's words. */
const ASKS_WORDS = /^\s*what\s+(?:did|does|do|has|have|had)\s+.+?\s+(?:say|said|tell|told|write|wrote|post|posted|claim|claimed)\b/i;

/** "Who was killed?", "did anyone die?", "were there any casualties?", "have people been hurt?": the harmed, asked about. */
const ASKS_WHO_WAS_HARMED = /^(?:who|did|was|were|has|have|had|are|is)\s+(?:(?:was|were|is|are|has|have|had|any|anyone|anybody|someone|somebody|nobody|there|people|more|many|others?|the)\s+){0,2}(?:been\s+|get\s+|got\s+)?(?:killed|died|die|dead|injured|wounded|hurt|victims|casualties|fatalities)\b/i;

/** "What caused …", "what started the fire?": the verb asks for a cause; it is the question's form, not its topic. */
export const CAUSE_ASKED = /^(?:what|which)\s+(caused|causes|led to|leads to|triggered|sparked|prompted|started|starts|set off|sets off|ignited|touched off|brought on|brought about|made|makes)\b(?!\s+up\b)/i;

/** The intent a question's wording asks for; a command (/who …) may force one. */
export function detectIntent(question: string, forced?: Intent): Intent {
  if (forced) return forced;
  // "the WHO" is an organisation, not the word "who".
  const q = questionWording(question.trim()).replace(/\bWHO\b/g, 'W.H.O.');
  if (CAUSE_ASKED.test(q)) return 'why';
  // "What was the point of building the dams?", "what's the thinking behind …": a purpose is asked for.
  if (/^what\s+(?:is|was|were|are|'s)\s+the\s+(point|idea|thinking|rationale|logic|motivation)\s+(of|behind|for)\b/i.test(q)) return 'why';
  // "Why did the UN lower its death toll?", "When did the toll reach 79?", "Who announced the toll?", "Which official gave
  // the figure?": the first words ask for a reason, a day or a person, not a count.
  // "What did the mayor say about the number of victims?" asks for someone's words about the toll.
  if (!ASKS_REASON_TIME_PERSON.test(q) && !ASKS_WORDS.test(q) && CASUALTY_WORDS.test(q) && COUNT_WORDS.test(q)) return 'casualties';
  // "Who was killed?", "Did anyone die in Pakistan?", "Was anyone hurt?": the victims, told by the casualty figures.
  // The casualty word is what is asked about, within the question's first words: not "who was the youngest victim?"
  // or "did Modi announce relief money for the victims' families?".
  if (ASKS_WHO_WAS_HARMED.test(q) && !/^who\s+(killed|injured|wounded|hurt)\b/i.test(q)) return 'casualties';
  // "What is the name of the man who lived where …": the question's own first words decide, not a relative clause.
  const what = /^(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:[\w-]+\s+){0,2}?(\w+)/i.exec(q);
  if (what) {
    const noun = what[1].toLowerCase();
    if (/^(name|names|person|man|woman|group|organi[sz]ation|company|firm|agency|official|minister|leader|spokes\w+)$/.test(noun)) return 'who';
    if (/^(time|day|date|year|month|hour)$/.test(noun)) return 'when';
    if (/^(city|town|village|province|country|region|place|area|location|district|county|street|building|site)$/.test(noun)) return 'where';
    if (/^(reason|reasons|cause|motive|purpose)$/.test(noun)) return 'why';
  }
  // "How far was the yard from where he left his car?": a measure, whatever its relative clause says.
  if (/^how\s+(far|long|deep|big|large|wide|tall|high|much|many|strong|fast|heavy|hot|cold|old)\b/i.test(q)) return 'what';
  if (/^(when|what time|at what time|what day|which day|what date)\b/i.test(q)) return 'when';
  if (/^where\b/i.test(q)) return 'where';
  if (/^(who|whom|whose)\b/i.test(q)) return 'who';
  if (/^why\b/i.test(q)) return 'why';
  const main = q.slice(0, q.length - (subordinateClause(q)?.length ?? 0));
  if (WHEN.test(main)) return 'when';
  if (WHERE.test(main)) return 'where';
  if (WHO.test(main)) return 'who';
  if (WHY.test(main)) return 'why';
  return 'what';
}

/**
 * "What did Choi say when he visited Muan?", "what is the name of the man who …": after a what-, which- or
 * how-question, a later "when", "where", "who" or "why" opens a clause of the question; it is not what the question
 * asks. "… and where is it?" is a second question, not a clause.
 */
function subordinateClause(question: string): string | undefined {
  if (!/^\s*(what|which|how)\b/i.test(question)) return undefined;
  return /(?<!\b(?:and|or),?)\s(?:when|where|who|whom|whose|why)\b.*$/is.exec(question)?.[0];
}

/** The question asks for a time of day, not only a day. */
export function wantsTimeOfDay(question: string): boolean {
  return TIME_OF_DAY.test(question);
}

/** "What's the latest?", "any updates?": the newest reports first, not the first. */
export function asksForLatest(question: string): boolean {
  return /\b(latest|newest|most recent|updates?|any news)\b/i.test(expandShorthand(question));
}

/** "What happens next?", "what's next?", "what are the next steps?", "what now?" (general English). */
const WHAT_NEXT = /^\s*(?:(?:and|so|ok|okay)\s*,?\s+)?(?:what\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen|comes|will\s+come)\s+(?:next|now)|what\s+is\s+next|what\s+are\s+the\s+next\s+steps|what\s+now)\s*[?.!]*\s*$/i;

/** A question about what is still to come, asking no topic of it: told by what the newest reports say lies ahead. */
export function asksWhatNext(question: string): boolean {
  return WHAT_NEXT.test(questionWording(question));
}

/**
 * A word (an index term) that asks for the story as a whole rather than names a topic of it ("update", "news"), or
 * only places it ("held", "took place"); general English.
 */
export const isOverviewWord = termSet('update updates news latest newest recent summary overview story gist hold occur locate situate take_place start begin hit strike break_out');

/**
 * "What happened?", "summary", "what's going on": a question about the incident as a whole. Not one asking for an
 * amount of it: "how long after the fire was reported did the blasts happen?" asks for a span.
 */
export function asksForOverview(question: string): boolean {
  const q = expandShorthand(question);
  return (/\b(happen\w*|going on|summary|summari[sz]e|overview|the news|any news|updates?|latest|the story|about (it|this|that)|tell me (about it|more)|the gist)\b/i.test(q) || PLACES_EVENT.test(q) || asksOnsetOfIt(q)) && !ASKS_AMOUNT.test(q);
}

/**
 * "Where was the festival held?", "when did the crush occur?": where or when the incident took place, as "where did it
 * happen?" asks.
 */
const PLACES_EVENT = /^\s*(?:and\s+|so\s+)?(?:where|when)\b.*\b(?:held|take place|took place|taking place|occur|occurs|occurred|located|situated)\b/i;

/** "When did it start?", "what time did it collapse?": a when-question whose subject is the incident itself, with its verb. */
const WHEN_IT = /^\s*(?:and\s+|so\s+)?(?:when|(?:at\s+)?what\s+time)\s+(?:did|does|was)\s+(?:it|this|that)\s+([a-z]+)\b(\s+out\b)?/i;
/** Verbs of an incident's start (general English): starting, hitting or breaking out is when it happened. */
const ONSET = /^(?:start|begin|started|begun|hit|strike|struck)$/i;

/** The verb of a when-question asked of the incident itself ("collapse" of "what time did it collapse?"), or undefined. */
export function verbAskedOfIt(question: string): string | undefined {
  return WHEN_IT.exec(question)?.[1];
}

/** "When did it start?", "what time did it hit?", "when did it break out?": when the incident happened. */
function asksOnsetOfIt(question: string): boolean {
  const m = WHEN_IT.exec(question);
  return m !== null && (ONSET.test(m[1]!) || (m[2] !== undefined && /^(?:break|broke)$/i.test(m[1]!)));
}

/** "How long", "how many", "how far" …: a question asking for an amount (general English). */
const ASKS_AMOUNT = /\bhow\s+(?:long|many|much|far|big|large|deep|high|tall|wide|old|often|fast|soon|close|near)\b/i;

/**
 * A why-question that names no topic, asked of the incident in the reports' word for it: "what caused it?" → "what
 * caused the fire?", "why did it happen?" → "why did the fire happen?", "what was the cause?" → "what was the cause of
 * the fire?", "why?" → "why the fire?", "who is responsible?" → "who is responsible for the fire?".
 */
export function askedOfIncident(question: string, word: string): string {
  const q = question.trim().replace(/[?!.\s]+$/, '');
  const named = q.replace(/\b(?:it|this|that)\b/i, `the ${word}`);
  if (named !== q) return `${named}?`;
  if (/\b(?:responsible|to blame|at fault)$/i.test(q)) return `${q} for the ${word}?`;
  return /\bwhy$/i.test(q) ? `${q} the ${word}?` : `${q} of the ${word}?`;
}
