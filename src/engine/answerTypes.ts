/**
 * Answer types: what kind of thing a question asks for, and what kinds a
 * sentence can give. A sentence answers only when it carries the kind asked
 * for ("when" wants a date or time; "how far" a measure), whatever the
 * incident. Question forms are general English; sentence kinds come from the
 * entity index (people, organisations, places), chrono (days) and wink-nlp
 * (counts, money, percentages, measures).
 */
import type { EntityKind } from './entities.js';
import type { ValueType } from '../text/nlp.js';
import type { Intent } from './question.js';
import { expandShorthand, terms } from '../text/terms.js';
import { isPersonNoun, lemma } from '../text/lexicon.js';
import { isCurrencyWord } from '../text/countries.js';

export type AnswerType = EntityKind | ValueType | 'cause' | 'statement' | 'name';

/** Auxiliaries: after "what did", "which was", the noun is who acts or what is said of it, not the answer asked for. */
export const AUXILIARY = 'did|do|does|has|have|had|will|would|can|could|should|is|was|were|are';
const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARY})$`, 'i');
/** "Which engineer", "what official": nouns for a person in a question's "which/what …". */
const PERSON_NOUN = new RegExp(
  String.raw`\b(?:which|what|names? of the|names? of a)\s+(?:(?!(?:${AUXILIARY})\b)\w+\s+)?(person|people|man|men|woman|women|official|officials|minister|leader|engineer|expert|officer|spokes\w+|doctor|judge|lawmaker|politician|president|commander|general|suspect|victim|resident|witness|governor|mayor|chief|head|director|member|worker|firefighter|reporter|journalist|analyst|professor|scientist|student|soldier|survivor|candidate|lawyer|prosecutor)s?\b`,
  'i',
);
const ORG_NOUNS = 'group|groups|organi[sz]ations?|agency|agencies|company|companies|firm|party|parties|ministry|department|body|bodies|authority|authorities|court|council|union|charity|hospital|team|unit|force|army|militia|newspaper|outlet|broadcaster|network|country|countries|government|side|nation|state';
const PLACE_NOUNS = 'city|cities|town|towns|village|province|country|region|place|area|border|location|district|county|state|street|neighbou?rhood|building|site|hospital|island|river|part';
const ORG_NOUN = new RegExp(`\\b(?:which|what|names? of the|names? of a)\\s+(?:\\w+\\s+)?(${ORG_NOUNS})\\b`, 'i');
const PLACE_NOUN = new RegExp(`\\b(?:which|what)\\s+(?:\\w+\\s+)?(${PLACE_NOUNS})\\b`, 'i');
const GROUP_OR_PLACE_WORD = new RegExp(`^(?:${ORG_NOUNS}|${PLACE_NOUNS})$`, 'i');
/** "Which countries were affected?", "what towns were hit?": the land an incident covered, in the nouns for it (general English). */
const WHICH_LAND = /^\s*(?:and\s+|so\s+)?(?:which|what)\s+(countries|country|cities|city|towns?|villages?|provinces?|regions?|areas?|districts?|counties|county|states?|islands?)\b/i;

/** The noun of a question asking which countries, towns or regions (of the incident), or undefined. */
export function askedLandNoun(question: string): string | undefined {
  return WHICH_LAND.exec(question)?.[1];
}

/** A noun for a group or a place ("company", "town"): what kind of name answers "the name of the …". */
export function isGroupOrPlaceNoun(word: string): boolean {
  return GROUP_OR_PLACE_WORD.test(word);
}

/**
 * A question about what is still to come: "When will the hall reopen?", "how much will it cost?". General
 * English: a future auxiliary, a schedule ("is due to", "is expected on"), or "when is … coming out / starting"
 * (the present progressive of what is planned). ("When does the trial start?" may ask about one that has started: not read so.)
 */
const ASKS_FUTURE =
  /\b(?:will|won't|shall|going to|gonna)\b|'ll\b|\b(?:is|are)\s+(?:\w+\s+){0,6}?(?:due|expected|scheduled|set|planned)\s+(?:to|for|on|in)\b|\bwhen\s+(?:is|are)\s+(?:\w+\s+){1,8}?(?:due|expected|scheduled|coming|going|happening|starting|beginning|opening|reopening|resuming|returning|arriving|taking place)\b/i;
/** Words a report uses for what is still to come: a future or conditional verb, a plan, a schedule, an expectation. */
const SPEAKS_FUTURE =
  /\b(?:will|would|shall|won't|wouldn't|going to|expected|expects|expect|due|scheduled|schedule|plans?|planned|planning|set to|next|until|intends?|intended|aims? to|hopes? to|promised|pledged|vowed|could|may|might|likely|estimated?|projected|forecast|later this|coming (?:days|weeks|months|year)|soon|upcoming|future|yet to|ahead of)\b|'ll\b/i;

/** Words asking how something turned out: a final report or toll, a conclusion, a conviction, a winner. */
const ASKS_OUTCOME = /\b(?:final|in the end|ultimately|eventually|conclude[sd]?|conclusions?|convicted|conviction|sentenced|won|wins?|winners?|verdict)\b/i;

/** "What did the final report conclude?", "were the engineers convicted?": a question about how something turned out. */
export function asksAboutOutcome(question: string): boolean {
  return ASKS_OUTCOME.test(expandShorthand(question));
}

export function asksAboutFuture(question: string): boolean {
  return ASKS_FUTURE.test(expandShorthand(question));
}

/** Whether a text speaks of what is still to come (see SPEAKS_FUTURE); a past event alone never answers a question about the future. */
export function speaksOfFuture(text: string): boolean {
  return SPEAKS_FUTURE.test(text);
}

/**
 * Plans and dates still ahead, told firmly (general English): "will", "is due to", "are expected to", "plans to",
 * "next week", "in the coming days". Not "could" or "may", nor "said it would" (told as past).
 */
const TELLS_WHAT_IS_AHEAD =
  /\b(?:will|shall)\s+(?!not\b|never\b)[a-z]|\b(?:is|are)\s+(?:now\s+|also\s+)?(?:due|expected|scheduled|set|planned|going)\s+to\b|\b(?:plans?|intends?|aims?)\s+to\b|\b(?:next|coming)\s+(?:week|month|year|weekend|days|weeks|months)\b|\bin\s+the\s+coming\b/i;

export function tellsWhatIsAhead(text: string): boolean {
  return TELLS_WHAT_IS_AHEAD.test(text);
}

/** Verbs of saying, general English: what someone's words are reported with. */
export const SPEECH_VERBS = 'say|says|said|tell|tells|told|warn|warns|warned|admit|admits|admitted|announce|announces|announced|claim|claims|claimed|add|added|promise|promised|pledge|pledged|vow|vowed|write|wrote|post|posted|state|stated|declare|declared|insist|insisted|urge|urged|describe|described|call|called|ask|asked|demand|demanded|confirm|confirmed|deny|denied|explain|explained|threaten|threatens|threatened|accuse|accuses|accused|condemn|condemns|condemned|criticise|criticised|criticize|criticized|blame|blamed|praise|praised|reply|replied|respond|responded|argue|argues|argued|note|notes|noted|acknowledge|acknowledges|acknowledged|stress|stressed|concede|conceded|assert|asserted|suggest|suggested|saying|telling|adding|claiming|insisting|announcing|declaring|stating|denying|confirming|explaining|warning|urging|arguing|noting|describing|accusing';
/** Verbs asking for a view: "Does Kugelman think …", "what did analysts believe …" ask for someone's words. */
export const OPINION_VERBS = 'think|thinks|thought|believe|believes|believed|reckon|reckons|reckoned';
const ASKS_FOR_WORDS = new RegExp(`(?:\\bwhat (did|does|do|has|have|had|was|is|were)|^\\s*(does|did|do|has|have|had))\\s+(.+?)\\s+(${SPEECH_VERBS}|${OPINION_VERBS})\\b`, 'i');

/** The speaker a question asks the words or view of: "What did Biden tell Han?", "Does Kugelman think …?" → "Biden", "Kugelman". */
export function askedSpeaker(question: string): string | undefined {
  const asked = ASKS_FOR_WORDS.exec(expandShorthand(question));
  if (!asked) return undefined;
  const auxiliary = asked[1] ?? asked[2] ?? '';
  const speaker = asked[3]!;
  // "What was he accused of?", "what has she been told?": said to them, not by them ("what was he saying?" is by him).
  if ((/^(?:was|is|were)$/i.test(auxiliary) && !/ing$/i.test(asked[4]!)) || /\bbeen$/i.test(speaker)) return undefined;
  // "What was the name of the firefighter who first responded …" asks for a name, not for words.
  return !/\bnames?\s+of\b/i.test(speaker) ? speaker : undefined;
}

/**
 * "How long was the bridge?", "how long is the runway": a length, the thing measured ending the question. "How long
 * was the session delayed?", "how long were they trapped in the mine?" ask for a time.
 */
export function asksLength(question: string): boolean {
  const thing = /\bhow long (?:is|was|are|were) (?:the|its|a|an)\s+((?:[\p{L}\d’'-]+\s*){1,8})[?.!]*\s*$/iu.exec(question)?.[1];
  if (!thing) return false;
  const words = thing.trim().toLowerCase().split(/\s+/);
  // The thing measured is the words before a preposition ("the border between Nigeria and Niger"), at most four.
  const cut = words.findIndex((w, i) => i > 0 && LENGTH_OF_PLACE.has(w));
  const head = cut > 0 ? words.slice(0, cut) : words;
  if (head.length > 4) return false;
  // "… the session delayed", "… the road closed", "… the bridge over the river shut": a verb's participle ends the
  // thing or the whole question, and time is asked.
  return ![head.at(-1)!, words.at(-1)!].some((w) => (/(?:ed|en|wn|ght|eld|ung)$/.test(w) && lemma(w) !== w) || SAME_AS_PARTICIPLE.has(w));
}

/** Verbs whose participle is written as the verb ("the airport shut", "power cut"), which the lemmatizer cannot tell apart: general English. */
const SAME_AS_PARTICIPLE = new Set(['shut', 'cut', 'put', 'hit', 'set', 'spread', 'hurt', 'burst', 'split', 'shed', 'quit', 'upset']);

/** Prepositions that place or relate the thing whose length is asked ("the border between …", "the tunnel under …"): general English. */
const LENGTH_OF_PLACE = new Set(['between', 'of', 'from', 'to', 'in', 'at', 'on', 'across', 'along', 'under', 'over', 'through', 'near']);

/** "How old was the plane?", "what age was the victim?": an age is asked for. */
export const ASKS_AGE = /\bhow old\b|\bwhat age\b/i;

/** The kinds of answer a question asks for; empty when any sentence may answer. */
export function expectedTypes(question: string, intent: Intent): AnswerType[] {
  const q = expandShorthand(question).toLowerCase();
  // "What was the operation called?", "what did Pakistan name its operation?": a name given to something; not "what
  // did Becker tell investors on that Thursday call" (a call, the noun).
  if (/^\s*what\s+(?:is|was|are|were)\s+.+\s(?:called|named|codenamed|dubbed|known as)\s*\??\s*$|^\s*what\s+(?:did|do|does)\s+\S+(?:\s+\S+){0,3}?\s+(?:call|name|dub|codename)\s+(?!about|with|to|on|at|in|for)\S/.test(q)) return ['name'];
  if (askedSpeaker(q)) return ['statement'];
  // "Who announced how much weaponry was returned?": the question's first word asks; a "how much" inside it does not.
  const measured = LED_BY_WHO_WHEN_WHERE.test(q) ? undefined : amountAsked(q);
  if (measured) return measured;
  // "When did the governor confirm the number of dead?" asks for a day, whatever it mentions.
  // "What time did the blast go off?": a clock time; a day alone does not say it.
  if (intent === 'when' && /^\s*(what time|at what time)\b/.test(q)) return ['time'];
  if (intent === 'when' && /^\s*(when|what time|at what time|what day|which day|what date|what year|on what day|on which day)\b/.test(q)) return ['date', 'time', 'duration'];
  if (/\bhow many\b|\bnumber of\b/.test(q) || intent === 'casualties') return ['count'];
  if (intent === 'when' || /\b(what|which) (year|month|day|date|time)\b/.test(q)) return ['date', 'time', 'duration'];
  // A centre, church or hospital is named like an organisation but is where things happen.
  // …unless a noun for a person follows it: "which state official" asks for the official.
  const placeWord = PLACE_NOUN.exec(q);
  if (intent === 'where' || (placeWord && !isPersonNoun(q.slice(placeWord.index + placeWord[0].length).match(/^\s+([a-z-]+)/)?.[1] ?? ''))) return ['place', 'organisation'];
  // "Who was the pilot?", "who were the pilots flying the jet?": a noun for a person asks for a person, not a group.
  if (intent === 'who' && personNounAskedWho(q) !== undefined) return ['person'];
  // "Which company", "the name of the man": the kind of name the head noun asks for.
  const personWord = personNounOf(q);
  const personNoun = personWord !== undefined;
  const orgMatch = ORG_NOUN.exec(q);
  const orgWord = orgMatch?.[1];
  const orgNoun = orgWord !== undefined;
  // "Which government official", "which company spokesman": the group noun only qualifies the person asked for.
  if (personNoun && (!orgNoun || q.includes(`${orgWord} ${personWord}`))) return ['person'];
  // "Which country": a country answers; "which company": only an organisation does.
  if (orgNoun && !personNoun) return /\b(country|countries|nation|state|side|government)\b/.test(orgMatch![0]) ? ['organisation', 'place'] : ['organisation'];
  if (intent === 'who' || personNoun || orgNoun || /\b(what|which) (?:was|is|were|are) the names? of\b/.test(q)) return ['person', 'organisation', 'place'];
  if (intent === 'why') return ['cause'];
  return [];
}

/** Questions led by "who", "when" or "where" ask for a name, a time or a place, whatever amount they mention. */
const LED_BY_WHO_WHEN_WHERE = /^\s*(?:and\s+|so\s+)?(?:who|whom|whose|when|where)\b/;

/** Nouns for an amount of money (general English). */
const MONEY_NOUN = /\b(?:fines?|penalt(?:y|ies)|settlements?|ransoms?|bail|compensation|payouts?|fees?|bills?|budgets?|costs?|prices?|bonus(?:es)?|salar(?:y|ies)|wages?|donations?|grants?|loans?|bribes?|damages|rewards?|bount(?:y|ies)|sums?|funding)\b/;

/** An age, a measure, a share or an amount of money asked for ("how deep", "what magnitude", "how much did the US pledge"). */
function amountAsked(q: string): AnswerType[] | undefined {
  // "How old was the plane?": an age, which is a span of years ("flying for 15 years") or a measure ("a 15-year-old jet").
  if (ASKS_AGE.test(q)) return ['duration', 'measure', 'count'];
  // "How big was the fine?", "how large was the settlement?": an amount of money, which a noun for one names.
  if (/\bhow (?:big|large|high|much)\b/.test(q) && MONEY_NOUN.test(q)) return ['money'];
  // "How tall was the dam?", "how fast was the bus going?": a measure with a unit; a bare count ("52 people") is none.
  if (/\bhow (far|deep|tall|high|wide|heavy|fast|cold|hot|warm)\b/.test(q) || /\bhow much\b.*\bweigh/.test(q)) return ['measure'];
  if (/\bhow (big|large|strong|powerful|quick|quickly|close|near)\b/.test(q) || asksLength(q)) return ['measure', 'count'];
  if (/\bhow long\b/.test(q)) return ['duration', 'date', 'measure'];
  // "What magnitude was the quake?", "what was the height of the bridge?", "what were the top wind speeds?": a measure.
  const measured = /\b(what|which)\s+(?:(?:was|were|is|are)\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(magnitude|size|height|length|depth|speeds?|temperatures?|distance|weight|intensity)\b/.exec(q);
  // A speed or a depth is a measure with a unit; a count of people is no answer to it.
  if (measured) return /^(magnitude|size|intensity)$/.test(measured[2]) ? ['measure', 'count'] : ['measure'];
  if (/\b(what|which) (percentage|percent|share|proportion)\b/.test(q)) return ['percent', 'count'];
  // "How much did the US pledge?", "how much has the Red Cross raised?": money, not a count of anything.
  if (/\bhow much\b/.test(q) && /\b(pledg|pa(?:y|id)|rais|spen[dt]|donat|fund|cost|worth|pric|budget|compensat|fine[ds]?\b|owe|lost?\b|money|cash|dollars?|euros?|pounds?|rupees?)/.test(q)) return ['money'];
  if (/\bhow much\b|\bcost\b|\bprice\b/.test(q)) return ['money', 'count', 'measure', 'percent'];
  // "How many dollars a second …", "how many rupees": an amount of money is counted.
  const counted = /\bhow many\s+([\p{L}]+)/u.exec(q)?.[1];
  if (counted && isCurrencyWord(counted)) return ['money'];
  return undefined;
}

/** The words after "which", "what", "the name of the": one of them may be a noun for a person. */
const WHICH_NOUN = /\b(?:which|what|names? of the|names? of a)\s+(?:([a-z-]+)\s+)?([a-z-]+)\b/gi;
/** "What was the name of the …", "the name of González's …": a name asked for by a noun for it. */
export const NAME_OF = /\bnames?\s+of\s+(?:the|a|an|this|that|his|her|their|its|(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+(?:'s|’s))(?=\s)/iu;

const NAME_OF_WORD = new RegExp(String.raw`${NAME_OF.source}\s+([\p{L}-]+)`, 'iu');
/** "What is the sub called?", "what was Iran's operation against Pakistan called?": the name of the noun is asked. */
const CALLED = /^\s*what(?:'s|’s|s|\s+(?:is|was|are|were))\s+(?:the|this|that|its|their|his|her|[\p{L}.-]+(?:'s|’s))\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:of|in|on|at|for|from|against|by|that|which|who)\b[^?]*?)?\s+called\s*[?.!]*\s*$/iu;

/**
 * "What was the name of the ship …?", "what is the ship called?": the noun whose name is asked ("ship"). A capitalised word there is a name the
 * question gives ("the name of the Coromandel Express"), not the thing named: undefined then.
 */
export function thingNameAsked(question: string): string | undefined {
  // The head noun, not the first word: "the names of the two German tourists who were injured" asks tourists' names.
  const word = NAME_OF_HEAD.exec(question)?.[1] ?? NAME_OF_WORD.exec(question)?.[1] ?? CALLED.exec(question)?.[1];
  return word && /^\p{Ll}/u.test(word) ? word : undefined;
}
/**
 * The head noun of "the name of …": the last word before a relative, a verb, a preposition or the end ("the name
 * of the Coromandel Express driver", "the name of González's wife", "the name of the 15-year-old killed in …").
 */
const NAME_OF_HEAD = new RegExp(
  String.raw`${NAME_OF.source}\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{L}-]+)(?=\s+(?:who|whom|whose|that|which|killed|shot|arrested|injured|hurt|in|at|on|of|for|from|with|was|is|were|are|did|had|has)\b|\s*[?.!]*\s*$)`,
  'iu',
);
/** Words after "which/what" that are never the noun asked about. */
const NOT_ASKED_NOUN = /^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|the|a|an|time|day|date|year|month|hour)$/;

/**
 * The noun for a person a "which/what …" question asks about ("which engineer",
 * "what kind of pilot"): one WordNet lists as a person first, or one of the
 * common ones below (general English) whose first sense is a group.
 */
function personNounOf(q: string): string | undefined {
  const fromList = PERSON_NOUN.exec(q)?.[1];
  if (fromList) return fromList;
  const head = NAME_OF_HEAD.exec(q)?.[1];
  if (head && isPersonNoun(head.toLowerCase())) return head;
  for (const m of q.matchAll(WHICH_NOUN)) {
    // "What did inspectors find …": after an auxiliary comes the subject, not the thing asked for.
    if (m[1] !== undefined && AUXILIARY_WORD.test(m[1])) continue;
    // The head noun comes last ("which senior official", not "the Yugoslav company"), before "who", "that", a verb …
    // ("which diver found …": a word the lemmatizer changes and no person noun is a verb).
    const after = m[2].toLowerCase();
    const verbAfter = /^(?:who|whom|whose|that|which|was|is|were|are|in|at|on|of|for|with|from|did|does|had|has)$/.test(after) || (lemma(after) !== after && !isPersonNoun(after));
    const noun = m[1] !== undefined && verbAfter ? m[1] : m[2];
    if (!NOT_ASKED_NOUN.test(noun) && noun.length > 2 && isPersonNoun(noun.toLowerCase())) return noun;
  }
  return undefined;
}

/** The noun phrase of "who is the …": its words up to a preposition, a relative or a verb in -ing. */
const WHO_IS_THE = /^\s*(?:who|whom)\s+(?:is|was|are|were)\s+(?:the|a|an|its|their|his|her)\s+([a-z][a-z\s-]*?)(?=\s+(?:of|on|in|at|for|who|that|whose|from|with|behind|aboard|inside|during|[a-z]+ing)\b|\s*[?.,!]|\s*$)/;

/**
 * The noun for a person "who is the …" asks about, one WordNet knows as a person: "landlord" in "Who was the
 * landlord?", "chief" in "who was the crew chief on the helicopter?".
 */
export function personNounAskedWho(question: string): string | undefined {
  const words = WHO_IS_THE.exec(question.toLowerCase())?.[1].split(/\s+/) ?? [];
  return words.length > 0 && words.length <= 3 ? [...words].reverse().find((w) => w.length > 2 && isPersonNoun(w)) : undefined;
}

/** "Which engineer warned …", "what agency …": the answer is a person or group of that kind. */
export function asksForPersonOrGroup(question: string): boolean {
  // "What did people say" asks for words, not for a name: the noun must follow which/what (or an adjective), not a verb.
  const q = expandShorthand(question).toLowerCase().replace(/\b(which|what)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b.*/, '');
  return personNounOf(q) !== undefined || ORG_NOUN.test(q);
}

/** The term of the noun a "which/what …" question asks a name of: "company" in "Which company made the panels?". */
export function askedKindNoun(question: string): string | undefined {
  const q = expandShorthand(question).toLowerCase();
  const noun = personNounOf(q) ?? ORG_NOUN.exec(q)?.[1] ?? PLACE_NOUN.exec(q)?.[1];
  return noun ? (terms(noun)[0] ?? undefined) : undefined;
}

/** Whether a sentence's kinds include one the question asks for (always, when it asks for none). */
export function carriesType(expected: AnswerType[], kinds: ReadonlySet<AnswerType>): boolean {
  return expected.length === 0 || expected.some((t) => kinds.has(t));
}
