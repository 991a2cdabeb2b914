/**
 * What each sentence offers a question: times and days, places, people,
 * casualty counts, reasons, definitions. Computed once per corpus version and
 * used by the ranker to favour sentences that answer the kind of question asked.
 */
import type { Article, Sentence } from '../corpus/types.js';
import type { EntityKind } from './entities.js';
import { findDates, type DateMention } from './dates.js';
import { valueMentions, type ValueType } from '../text/nlp.js';
import { SPEECH_VERBS, type AnswerType } from './answerTypes.js';
import { SMALL_NUMBER_WORDS } from '../text/numberWords.js';
import { isBuiltPlaceNoun } from '../text/lexicon.js';

export interface SentenceFeatures {
  dates: DateMention[];
  hasTime: boolean;
  hasDay: boolean;
  entityKinds: Set<EntityKind>;
  /** A person is named with a role in this sentence. */
  hasRole: boolean;
  /** A count of killed or injured people. */
  hasCasualtyCount: boolean;
  hasReason: boolean;
  /** A cause or occasion is named: "after days of criticism", "as a result of", "following". */
  hasCause: boolean;
  hasDefinition: boolean;
  hasNumber: boolean;
  /** Text inside quotation marks: someone's own words. */
  hasQuotation: boolean;
  /** Someone's words reported: "said", "told", "warned" … */
  hasSpeech: boolean;
  /** A location in common words: "in a fourth-floor flat", "at the scene". */
  hasLocation: boolean;
  /** Counts, money, percentages, measures, durations, dates and times (wink-nlp). */
  values: ValueType[];
  /** Every kind of answer the sentence can give (see answerTypes.ts). */
  kinds: Set<AnswerType>;
}

/** The kinds of answer a sentence can give, from what the text and the entity index found in it. */
function kindsOf(f: Omit<SentenceFeatures, 'kinds'>): Set<AnswerType> {
  const kinds = new Set<AnswerType>([...f.entityKinds, ...f.values]);
  if (f.hasDay) kinds.add('date');
  if (f.hasTime) kinds.add('time');
  if (f.hasReason || f.hasCause) kinds.add('cause');
  if (f.hasQuotation || f.hasSpeech) kinds.add('statement');
  if (f.hasLocation) kinds.add('place');
  if (f.hasCasualtyCount) kinds.add('count');
  // "named its operation …", "known as …", "codenamed …": a name given to something.
  if (f.hasDefinition) kinds.add('name');
  return kinds;
}

export const NUMBER = String.raw`(?:\d[\d,.]*|${SMALL_NUMBER_WORDS}|hundred|dozens|scores|hundreds|single|sole|lone|both)`;
const CASUALTY_WORDS = /\b(kill\w*|dead|death|deaths|died|die|fatalit\w*|casualt\w*|deceased|lives|injur\w*|wound\w*|hurt)\b/i;
const COUNT = new RegExp(String.raw`\b${NUMBER}\b(?:\s+\S+){0,3}?\s+(people|persons|individuals|civilians|women|children|girls|boys|men|nationals|citizens|soldiers|troops|militants|casualties|dead|lives|victims)\b|\b(?:several|numerous|a number of|dozens of)\s+\S*\s*(terrorists|militants|people)`, 'i');
/**
 * A cause given in other words, general English: "the heat had hastened the melting", "contributed to", "the worst
 * possible conditions for", "played a role in". Both REASON and CAUSE read it.
 */
const CAUSE_IN_OTHER_WORDS = String.raw`contribut(?:ed|ing|es) to|hasten(?:ed|s)?|(?:worst|perfect|ideal|right) (?:possible )?conditions for|play(?:ed|s)? a (?:role|part) in|driven by|made worse by|worsened by`;
/** Words after "to" that make it a destination or a share ("to the port", "to date"), not a purpose's verb. */
const TO_NO_VERB = 'the|a|an|his|her|their|its|this|that|these|those|be|date|no|some|all|about|around|more|less|over|under';
// …or a purpose: ", to shield Derna from flash floods" (a comma, then "to" and a verb, not a destination), or one that
// opens the sentence before a comma: "To keep the reservoir from spilling over, engineers opened the gates".
export const REASON = new RegExp(String.raw`\b(because|due to(?!\s+(?:be|have|deliver|arrive|start|begin|end|open|close|meet|report|return|resume|take|make|give|hold|leave|visit|appear|publish|finish|complete|come|go|announce|release|sign|vote|land|expire|face|testify|stand|travel|attend|sit|rule|decide|present|submit)\b)|in response to|in retaliation|in light of|based on|aim(ed)? (of|at|to)|purpose|objective|in order (?:not )?to|in the hopes? (?:that|of)|hoping (?:to|that)|so as (?:not )?to|to (safeguard|protect|defend|prevent|dissuade)|reason|response to|triggered|motivat\w*|(?:as |the |a |the direct |a direct )result of|caused by|caus(?:ed|es|ing)\s+(?:the|a|an|its|their)|(?:set|sets|setting) off\s+(?:the|a|an)|(?:set|touched) off by|(?<!\b(?:into|investigat\w*|determin\w*|establish\w*|examin\w*|identify|identifying|probe|probing|study|studying)\s+)the causes? (?:of|was|is|were|are|remains|has|had)\b|brought (?:on|about) by|sparked by|fuell?ed by|spark(?:ed|s|ing)\s+(?:the|a|an)|(?:led|leads|leading) to|result(?:ed|s|ing) in|owing to|on the grounds|blam(?:e|ed|es|ing)\s+(?:[\w’'-]+\s+){0,4}?(?:on|for)|citing(?!\s+(?:[\w’'-]+\s+){0,2}(?:sources?|officials?|unnamed|anonymous|informed|people|witnesses|media|reports?)\b)|attribut(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,4}?to|stemm(?:ed|ing) from|grudge|grievance|revenge|vendetta|resentment|motive|${CAUSE_IN_OTHER_WORDS})\b|,\s+so\s+(?!far\b|many\b|much\b)|,\s+(?:partly\s+|mainly\s+|largely\s+|both\s+)?to\s+(?!(?:${TO_NO_VERB})\b)[a-z]{3,}\b|^to\s+(?!(?:${TO_NO_VERB}|many|most|me|us|him|them|it)\b)[a-z]{3,}\b(?=[^.;]*,)`, 'i');
/** Words that introduce a cause or occasion, general English: what a why-question's answer says. */
export const CAUSE = new RegExp(String.raw`\b(because|due to|after|following|in response to|as a result of|in retaliation|prompted|caused by|led to|blamed|owing to|amid|over (?:concerns?|fears?|claims?)|since|so that|for failing|for not|${CAUSE_IN_OTHER_WORDS}|depend(?:s|ed)? on|accelerat(?:ed|es)|(?:many|several|multiple|main) causes?|linked to|the result of|a consequence of)\b`, 'i');
const SPEECH = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'i');
/** A preposition, a determiner and up to two words: the start of a place in common words ("in a fourth-floor …"). */
const PLACE_PHRASE_START = String.raw`\b(?:in|at|on|near|inside|outside|into|from|behind|beside|under|above|below)\s+(?:the|a|an|his|her|their|its|one)\s+(?:[\p{L}-]+\s+){0,2}?`;
/** A place named with common nouns, general English: where a where-question's answer may be without a proper name. */
const LOCATION = new RegExp(String.raw`${PLACE_PHRASE_START}(?:flat|apartment|floor|storey|room|building|house|home|kitchen|basement|roof|street|road|area|site|scene|yard|field|village|town|city|camp|school|hospital|office|church|mosque|temple|market|station|plant|factory|mine|warehouse|port|harbou?r|shop|store|restaurant|bar|alley|park|forest|valley|river|lake|coast|sea|border|region|district|neighbou?rhood|compound|base|airport|bridge|tunnel|trailer|car|vehicle|truck|bus|train|ship|boat|stadium|hall|lobby|stairwell|corridor|tower|block|dam|reservoir|parking lot|lot)s?\b`, 'iu');
/**
 * A place in common words whose noun is not in LOCATION's list: a preposition, a determiner, up to two words, and a
 * noun whose most frequent sense in WordNet is a built place ("at a hotel", "in the morgue", "outside the terminal").
 */
const BUILT_PLACE_PHRASE = new RegExp(String.raw`${PLACE_PHRASE_START}([\p{L}-]+)\b`, 'giu');

function builtPlacePhrases(text: string): string[] {
  return [...text.matchAll(BUILT_PLACE_PHRASE)].filter((m) => isBuiltPlaceNoun(m[1]!.toLowerCase())).map((m) => m[0]);
}

/** The places in common words a sentence names ("in a fourth-floor flat", "at a hotel"). */
export function locationPhrases(text: string): string[] {
  const listed = [...text.matchAll(new RegExp(LOCATION.source, 'giu'))].map((m) => m[0]);
  const built = builtPlacePhrases(text).filter((phrase) => !listed.some((l) => l.includes(phrase) || phrase.includes(l)));
  return built.length > 0 ? [...listed, ...built] : listed;
}

function hasLocationPhrase(text: string): boolean {
  return LOCATION.test(text) || builtPlacePhrases(text).length > 0;
}
const DEFINITION = /\b(translates? to|means|meaning|signif(y|ies)|refers? to|known as|codenamed|called|named|dubbed|stands for|defined as|is an? [a-z]+ (group|organisation|organization|term|expression))\b/i;
/** Someone's own words: a quotation of some length (the closing mark may be in a later sentence). */
const QUOTATION = /[“"][^”"]{12,}([”"]|$)/;
/** A number in a text, in figures or words. */
export const HAS_NUMBER = /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens)\b/i;

/** Only sentences with a word like these can hold a date or time: chrono is too slow to run on every sentence. */
const MAY_HAVE_DATE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|today|yesterday|tomorrow|tonight|morning|evening|afternoon|night|noon|midnight|week|month|year|ago|hours?)\b|\d{1,2}:\d{2}|\d\s*(am|pm|a\.m\.|p\.m\.)|\b(19|20)\d{2}\b/i;

export function computeFeatures(sentence: Sentence, article: Article, entityKindsBySentence: Map<string, Set<EntityKind>>, roleSentences: Set<string>): SentenceFeatures {
  const dates = MAY_HAVE_DATE.test(sentence.text) ? findDates(sentence.text, article.published) : [];
  const features = {
    dates,
    hasTime: dates.some((d) => d.hasTime),
    hasDay: dates.some((d) => d.day !== undefined),
    entityKinds: entityKindsBySentence.get(sentence.id) ?? new Set(),
    hasRole: roleSentences.has(sentence.id),
    hasCasualtyCount: CASUALTY_WORDS.test(sentence.text) && COUNT.test(sentence.text),
    hasReason: REASON.test(sentence.text),
    hasCause: CAUSE.test(sentence.text),
    hasDefinition: DEFINITION.test(sentence.text),
    hasNumber: HAS_NUMBER.test(sentence.text),
    hasQuotation: QUOTATION.test(sentence.text),
    hasSpeech: SPEECH.test(sentence.text),
    hasLocation: hasLocationPhrase(sentence.text),
    values: [...new Set(valueMentions(sentence.text).map((v) => v.type))],
  };
  return { ...features, kinds: kindsOf(features) };
}

/** Features as plain data for a snapshot: what the sentence's text gives, without what the entity index adds. */
export type SavedFeatures = Omit<SentenceFeatures, 'dates' | 'entityKinds' | 'hasRole' | 'kinds'> & {
  dates: (Omit<DateMention, 'date'> & { date: string })[];
};

export function saveFeatures(f: SentenceFeatures): SavedFeatures {
  const { entityKinds: _entities, hasRole: _role, kinds: _kinds, dates, ...rest } = f;
  return { ...rest, dates: dates.map((d) => ({ ...d, date: d.date.toISOString() })) };
}

export function restoreFeatures(saved: SavedFeatures, sentenceId: string, entityKindsBySentence: Map<string, Set<EntityKind>>, roleSentences: Set<string>): SentenceFeatures {
  const features = {
    ...saved,
    dates: saved.dates.map((d) => ({ ...d, date: new Date(d.date) })),
    entityKinds: entityKindsBySentence.get(sentenceId) ?? new Set<EntityKind>(),
    hasRole: roleSentences.has(sentenceId),
  };
  return { ...features, kinds: kindsOf(features) };
}
