/**
 * Ranking: reads a question once (analyzeQuestion), then scores the
 * retrieved candidate sentences for it (rank). Every weight comes from
 * weights.ts. Two passes: cheap precomputed signals for every candidate, then
 * signals that read the sentence's text again for the best few only.
 */
import type { Article, Sentence } from '../corpus/types.js';
import type { Candidate, PassageIndex, QuestionTerm } from '../search/passageIndex.js';
import { ASKS_AGAIN, CASUALTY_TERM, fitsPart, fold, personCompoundForms, questionWording, relatedTerms, terms, termSet, tokenize } from '../text/terms.js';
import { countryOf, multiwordCountryPattern } from '../text/countries.js';
import { AUXILIARY, askedKindNoun, askedSpeaker, asksLength, personNounAskedWho, isGroupOrPlaceNoun, thingNameAsked, asksAboutFuture, asksAboutOutcome, speaksOfFuture, asksForPersonOrGroup, carriesType, expectedTypes, NAME_OF, SPEECH_VERBS, type AnswerType } from './answerTypes.js';
import type { CasualtyEvent } from './casualties/index.js';
import type { FigureKind } from './casualties/extract.js';
import { INCIDENT_KINDS, incidentOf, wordsForIncidentKind } from './casualties/context.js';
import { clauseAfter, clauseAround, clauseBefore, clauseTermsAround, countsOfQueryTerm, dimensionAsked, measureAsked, measureRequired } from './cues.js';
import { directionAgreement, directionOf, type Direction } from './direction.js';
import { COMPASS_WORD, GROUP_NOUNS, ROLE_WORDS, roleQualifiers, type Entity, type EntityIndex } from './entities.js';
import { CAUSE, locationPhrases, REASON, type SentenceFeatures } from './features.js';
import { CAUSE_ASKED, wantsTimeOfDay, type Intent } from './question.js';
import { namesDay } from './dates.js';
import { RELATED_WEIGHT, W } from './weights.js';
import { escapeRegExp } from '../text/regexp.js';
import { MEMO_SIZES, memo, memoPerText } from '../text/memo.js';
import { nounPhraseHead } from '../text/nlp.js';
import { isBuiltPlaceNoun, isPersonNoun, isWord, lemma } from '../text/lexicon.js';

/** A casualty figure of a sentence as ranking reads it: its kind, whether it has a count, its event, where it stands in the text. */
export interface SentenceFigure {
  hasCount: boolean;
  kind: string;
  event?: CasualtyEvent;
  start: number;
  end: number;
}

/** What ranking reads of the engine's analysis of the corpus. */
export interface RankingSources {
  index: PassageIndex;
  entities: EntityIndex;
  countries: Map<string, string>;
  featuresOf(sentence: Sentence): SentenceFeatures;
  directionOf(sentence: Sentence): Direction;
  /** The casualty figures a sentence gives. */
  figureEvents(sentenceId: string): SentenceFigure[];
  /** The sentences that give a casualty figure of a kind ("injured"), in corpus order. */
  figureSentences(kind: string): Sentence[];
  /** How recent an article is among the corpus's publication days: 0 the first day, 1 the last. */
  recency(articleId: string): number;
  /** The event most figures are about: the incident itself, not background. */
  mainEvent(): CasualtyEvent | undefined;
  /** Acronym term → the terms of the name it stands for (see acronyms.ts). */
  acronyms: Map<string, string[]>;
  /** The terms of the name whose initials spell an acronym the reports never use (see acronyms.ts). */
  nameWithInitials(acronym: string): string[] | undefined;
  article(id: string): Article;
  /** Share of the reports that use a term (0–1). */
  articleShare(term: string): number;
  /** Whether the first report (the earliest published) uses a term. */
  inFirstReport(term: string): boolean;
  /** The day the first report was published (YYYY-MM-DD). */
  firstDay: string;
}

/** A question as ranking reads it. */
export interface QuestionAnalysis {
  question: string;
  intent: Intent;
  terms: QuestionTerm[];
  /** The question's terms as a set: read for every candidate. */
  termSet: Set<string>;
  weight: (t: QuestionTerm) => number;
  totalWeight: number;
  /** The weight of the question's words, without the two-word phrases that repeat them: what a missing word is a share of. */
  wordWeight: number;
  expected: AnswerType[];
  timeOfDay: boolean;
  /** "What year was the tower built?": only a sentence that writes a year ("in 1974", "the 1970s") gives it. */
  yearAsked: boolean;
  counting: boolean;
  /** "Who is the new president?": the one who holds a role now, told by the latest reports. */
  holderNow: boolean;
  /** Pairs of the question's words that stand next to each other ("crew chief"), as "a b" term pairs. */
  pairs: string[];
  measure?: RegExp;
  /**
   * Words of the question's form, not its topic: "cause", "reason"; and, when a measure is asked, the verb that
   * restates it ("how fast was the meteor travelling?"). They weigh little and are never missing.
   */
  formTerms: ReadonlySet<string>;
  /** "How much money will families get?": the words for money and for getting it, which an amount in the sentence stands for. */
  moneyTerms: ReadonlySet<string>;
  /** "How old …", "how fast was the bus going?": only a sentence giving that measure (`measure`) answers. */
  measureOnly: boolean;
  /** "How deep": a length said to be a depth ("13,000 feet deep", "a depth of 10 km"). */
  dimension?: RegExp;
  direction: Direction;
  askedRole?: AskedRole;
  /** People, groups and places the question names. */
  about: Entity[];
  /** "What did Biden tell Han?": the person or group whose words are asked for. */
  speaker?: Entity;
  /** Each term of a name the question uses, with the other terms of that name: any of them names the whole. */
  nameOf: Map<string, string[]>;
  /** Each word of a two-word phrase the question uses ("rule" of "rule_out") → that phrase: a sentence saying the phrase in other words ("eliminated") says its words too. */
  phraseOf: Map<string, QuestionTerm[]>;
  /** Each term of a name the question uses → the entities of that name: a sentence mentioning one has the term. */
  namedBy: Map<string, Entity[]>;
  /** Terms that stand for a question term when all are present: an acronym's name, or a name's acronym. */
  spelledOut: Map<string, string[]>;
  /**
   * The answer is a name the question does not give ("Which company made the
   * panels?", "What was the name of the soldier?"), not a role of one it gives
   * ("Who is Mao Ning?").
   */
  needsNewName: boolean;
  /** The kind of casualty figure asked for ("killed", "injured"), when the question's words say. */
  figureKind?: FigureKind;
  /** "Who is the leader of X?": the role asked about; a sentence answers only when it names the role (itself or as a person's role). */
  heldRole?: string;
  /** "Who runs Colonial Pipeline?": any title of one who leads answers (its first term), standing by what is led. */
  leads: boolean;
  /** "What was the name of the policeman …": a name asked for by a noun for it. */
  asksNameOf: boolean;
  /** "How many drones …": the terms that name the thing counted (the word, its synonyms and derivations). */
  counted?: string[];
  /** The term of the noun naming the kind of answer ("company" in "Which company made …"): a name of that kind stands for it, and it is never missing. */
  answerNoun?: string;
  /** The question names a day ("by Wednesday", "on 31 July"): a figure of that day, not the latest, answers it. */
  namesDay: boolean;
  /** The question asks about something said ("When did the governor confirm the toll?"): the day of the saying answers it. */
  asksStatement: boolean;
  /** "When did the ferry sink?": every word of the question is one most reports use, so it asks about the incident itself. */
  aboutIncident: boolean;
  /** "What is the name of the storm?": a pattern for the thing whose name is asked, written as part of a name ("Storm Daniel"). */
  namedThing?: RegExp;
  /** "What was the name of the ship?": the name of a thing (no person, group or place) is asked for. */
  namesThing: boolean;
  /** "What is the localizer?": a pattern for a sentence that says what the thing is ("the localizer, an antenna that …"). */
  definedThing?: RegExp;
  /** "What kind of ship is the Galaxy Leader?": the terms that may stand for the thing whose kind is asked (kindAsked). */
  kindOf?: ReadonlySet<string>;
  /**
   * "Where was the ship going?", "where was the flight coming from?": an end of a journey is asked for, and this is
   * the pattern of a sentence that gives it by name ("bound for Singapore", "returning from Bangkok").
   */
  journeyEnd?: RegExp;
  /** "Which group was behind the attack?": who did it is asked, and this is the pattern of a sentence that says so ("said its fighters carried out the attack"). */
  responsibility?: RegExp;
  /**
   * "When will the hall reopen?": the question's most telling term ("reopen"); only a sentence that speaks of what
   * is to come and has it answers. Undefined for a question not about the future.
   */
  future?: QuestionTerm;
  /**
   * "What did the final report conclude?": how something turned out is asked. A sentence that gives it as still
   * to come ("a final report, which will set out the cause, …") does not answer.
   */
  outcome: boolean;
  /**
   * "Who is Prigozhin?", "/who Mary Landry": the people the question asks what they are. A sentence that gives one
   * of them a role ("Yevgeny Prigozhin, the founder of Wagner, …") says it.
   */
  introduced: Entity[];
}

export interface Scored {
  sentence: Sentence;
  /** The sentence leans on the one before ("The nominee, …", "He said …"), or that one gave some of the question's words: quote both. */
  withPrevious: boolean;
  /** The next sentence of the paragraph gave some of the question's words: quote both. */
  withNext: boolean;
  /** Share of the question's weighted words the sentence (or, less, its context) has. */
  coverage: number;
  /**
   * The sentence itself (or the one before, which it leans on) has a word of the question other than its form words.
   * "What caused the fire?" is not answered by "… because of the disruption it would have caused", a sentence about
   * sprinklers that says "fire" nowhere: its reason is another thing's.
   */
  saysAskedWord: boolean;
  /** Whether the sentence gives the kind of answer asked for. */
  typed: boolean;
  /** "What was the name of the ship?", "who was the landlord?": the sentence writes the asked thing with its name beside it (QuestionAnalysis.namedThing). */
  namesAskedThing: boolean;
  /** Share of the question's weight in its heaviest word that neither the sentence nor its context has. */
  missing: number;
  /** "How many firefighters …": a number stands right before the asked thing ("300 firefighters"). */
  countsAskedThing?: boolean;
  /** A why-question's sentence that gives a reason, but of something else than what is asked ("the search was suspended because …"). */
  otherReason?: boolean;
  score: number;
}

/**
 * Read a question: its terms and their weights, the kind of answer it wants,
 * and the cues ranking uses. `context` names what a follow-up's pronouns stood
 * for, which weigh less than the words the follow-up itself asks about.
 */
export function analyzeQuestion(src: RankingSources, question: string, intent: Intent, contextNames: string[] = []): QuestionAnalysis {
  // "What started the fire?" asks what caused it, as "what caused" does: the verb is the question's form, not its topic.
  const causeVerb = intent === 'why' ? CAUSE_ASKED.exec(question.trim())?.[1] : undefined;
  const wording = causeVerb ? question.replace(causeVerb, 'caused') : question;
  // "What caused …": a word of the question's form meets its own family only, not its synonyms ("case", "lawsuit").
  const leads = LEADS.test(question);
  const found = withIncidentWords(src, src.index.questionTerms(wording));
  const measure = measureAsked(question);
  // "How long is the drive …" measures the drive: the word after "how long is the" is the thing, not a restating verb.
  const restating = measure !== undefined && !asksLength(question);
  // "Who is responsible?", "who is to blame?": the words ask who did it, which reports tell in other words ("accused of negligence").
  // (Only when the question asks who: "what did the coroner say about who was to blame?" is about the blame.)
  const asksResponsible = ASKS_RESPONSIBLE.test(question);
  const asksWhoIsResponsible = asksResponsible && /^\s*(?:and\s+)?(?:who|whom|which)\b/i.test(question);
  // "How many people died?": "people" is what a toll counts ("the death of two children"), not a word it must use.
  // "How much money did the disaster cost?", "how much cash will families get?": the word for money is what the answer
  // gives ("6.87 billion yuan"), not its topic.
  const asksMoney = HOW_MUCH.test(question);
  // "Who is the new president?": "new" asks for the one who holds the role now, a word the reports need not write.
  const isMoneyForm = (term: string) => asksMoney && (isMoneyWord(term) || isReceivingWord(term));
  const isForm = (term: string) => isFormWord(term) || isMoneyForm(term) || (intent === 'who' && isHolderAge(term)) || (restating && restatesMeasure(term)) || (asksWhoIsResponsible && isResponsibilityWord(term)) || (intent === 'casualties' && term === 'people');
  const asked = (leads ? withLeaderWords(src, question, found) : found).map((t) =>
    isForm(t.term) ? { ...t, matches: t.matches.filter((m) => m.weight >= RELATED_WEIGHT.d) } : t,
  );
  // "Where was the train headed?": the verb of going is the question's form, not its topic ("head" is no chief).
  // "What was the train's destination?" asks where it was going as a where-question does.
  const journeyEnd = intent === 'where' || DESTINATION_ASKED.test(question) ? (ASKS_DESTINATION.test(question) ? DESTINATION : ASKS_ORIGIN.test(question) ? ORIGIN : undefined) : undefined;
  const topical = journeyEnd ? asked.filter((t) => !isJourneyWord(t.term)) : asked;
  const about = src.entities.mentionedIn(question);
  const queryTerms = withNamesOfDescribed(question, about, withShortNames(src, topical.length > 0 ? topical : asked, about));
  // Names in the question weigh more: a question about Kakar is about Kakar. A word the
  // reports never use weighs more too: a question about something else is not answered here.
  const context = new Set(contextNames.flatMap((name) => terms(name)));
  // A name of several words weighs like one name: "Han Duck-soo" is one person, not three topics.
  const nameParts = new Map<string, number>();
  const nameOf = new Map<string, string[]>();
  const namedBy = new Map<string, Entity[]>();
  const termSet = new Set(queryTerms.map((t) => t.term));
  for (const e of about) {
    // "Delta" alone for Delta Air Lines is one word of the question, weighing as one.
    const parts = terms(e.name).filter((t) => termSet.has(t));
    for (const t of parts) namedBy.set(t, [...(namedBy.get(t) ?? []), e]);
    for (const t of parts) {
      nameParts.set(t, Math.max(nameParts.get(t) ?? 1, parts.length));
      // Only a part no other name shares stands for the whole ("Brown" for Nicholas Paget-Brown, not "Nicholas").
      if (parts.length > 1) nameOf.set(t, parts.filter((p) => src.entities.namesWithTerm(p) === 1));
    }
  }
  // "Which company made …": the noun says what kind of name answers; the answer may name it without the word.
  const answerNoun = askedKindNoun(question) ?? whoNoun(question);
  const expansions = spelledOut(src, queryTerms, question);
  const computeWeight = (t: QuestionTerm) => {
    // "NTSB" of reports that only write "National Transportation Safety Board": a name they use, weighed as its words are.
    const written = t.known ? undefined : expansions.get(t.term);
    if (written && written.length > 0) return (W.name * written.reduce((sum, x) => sum + src.index.idf(x), 0)) / written.length;
    // "What caused …", "the reason for …": words of the question's form; a sentence saying "the cause" helps, one without it may still answer.
    if (isForm(t.term)) return W.formWord * src.index.idf(t.term);
    // A two-word phrase repeats its words, which count on their own: it adds, but less.
    if (t.term.includes('_') && !t.phraseAlone) return W.phrase * src.index.idf(t.term);
    const parts = nameParts.get(t.term);
    const base = src.index.idf(t.term) * (context.has(t.term) ? W.followUpContext : parts || t.name ? W.name : t.known ? 1 : W.unknownWord);
    return parts ? base / Math.sqrt(parts) : base;
  };
  // Worked out once per term: ranking reads it for every candidate.
  const weights = new Map(queryTerms.map((t) => [t, computeWeight(t)]));
  const weight = (t: QuestionTerm) => weights.get(t) ?? computeWeight(t);
  const expected = expectedTypes(question, intent);
  // "Which hospital was he treated at?": a built place's name ("Texas Children's Hospital") answers, as "the name of" asks.
  const thingNamed = thingNameAsked(question) ?? builtPlaceAsked(question);
  // "How long will the state of emergency last?" is answered by the length it was given ("a three-month state of
  // emergency"), told as past as often as not: a duration asked for is no question about the future.
  const future = asksAboutFuture(question) && !/\bhow\s+long\b/i.test(question);
  // "Who is the leader of X?" asks for a name; "Who is Mao Ning?" asks what a named one is.
  const asksName = asksForName(question, intent, about);
  return {
    question,
    intent,
    terms: queryTerms,
    termSet,
    weight,
    totalWeight: queryTerms.reduce((sum, t) => sum + weight(t), 0),
    wordWeight: queryTerms.reduce((sum, t) => sum + (t.term.includes('_') && !t.phraseAlone ? 0 : weight(t)), 0) || 1,
    expected,
    timeOfDay: wantsTimeOfDay(question),
    yearAsked: YEAR_ASKED.test(question),
    counting: /\b(how many|how much|number of)\b/i.test(question),
    holderNow: intent === 'who' && queryTerms.some((t) => isHolderAge(t.term) || isStandIn(t.term)),
    pairs: wordPairs(question),
    measure,
    formTerms: new Set(queryTerms.filter((t) => isForm(t.term)).map((t) => t.term)),
    moneyTerms: new Set(queryTerms.filter((t) => isMoneyForm(t.term)).map((t) => t.term)),
    measureOnly: measureRequired(question),
    dimension: dimensionAsked(question),
    direction: directionOf(question, src.countries),
    askedRole: roleAsked(src, question),
    about,
    speaker: speakerAsked(src, question),
    nameOf,
    phraseOf: phrasesByWord(queryTerms),
    namedBy,
    spelledOut: expansions,
    // "How many died?", and any how-many question for a kind of figure ("How many were evacuated?").
    figureKind: intent === 'casualties' || /\b(how many|number of)\b/i.test(question) ? figureKindAsked(queryTerms) : undefined,
    needsNewName: asksName && expected.some((t) => t === 'person' || t === 'organisation' || t === 'place'),
    answerNoun,
    heldRole: heldRoleAsked(question),
    leads,
    counted: countedThing(question, queryTerms),
    asksNameOf: NAME_OF.test(question),
    asksStatement: SPEECH_WORD.test(question),
    namedThing: namePattern(thingNamed) ?? appositionPattern(personNounAskedWho(question)),
    journeyEnd,
    responsibility: asksResponsible ? RESPONSIBLE : undefined,
    namesThing: thingNamed !== undefined && namedThingIsAThing(thingNamed),
    definedThing: definitionPattern(question),
    kindOf: kindAsked(question),
    namesDay: namesDay(question),
    aboutIncident: intent === 'when' && asksAboutIncident(src, question, queryTerms),
    // "Why won't WorkSafe name them?" asks the reason for a refusal, which a report gives in any tense.
    future: intent !== 'why' && future ? mostTelling(queryTerms, weight) : undefined,
    outcome: !future && asksAboutOutcome(question),
    introduced: intent === 'who' && !asksName ? about.filter((e) => e.kind === 'person' && e.roles.length > 0) : [],
  };
}

/** The casualty terms (src/text/terms.ts folds casualty words onto them) and the figure kinds they stand for. */
const FIGURE_KIND_OF_TERM = new Map<string, string>(Object.entries(CASUALTY_TERM).map(([kind, term]) => [term, kind]));

/**
 * Words that ask for a kind of answer rather than name a topic ("cause", "reason"), only say that something took part
 * ("how many trains were involved?", "how many states were affected?"), or ask which ranks first ("which town was hit
 * worst?", "who attacked first?"), which reports answer without the word; general English.
 */
export const isFormWord = termSet('cause reason motive purpose point rationale motivation country countries involved affected first worst hardest biggest largest greatest highest lowest');

/** "How much …", "what amount …", "how many dollars …": a question asking for an amount (general English). */
const HOW_MUCH = /\bhow\s+much\b|\bwhat\s+(?:amount|sum)\b|\bhow\s+many\s+(?:dollars|euros|pounds)\b/i;
/** Taking up a role, general English: "was sworn in as Sri Lanka's eighth executive president", "was elected mayor". */
const TAKES_ROLE = /\b(?:sworn in|elected|appointed|named|chosen|installed|became|becomes|took over|takes over|succeeded|succeeds|replaced|replaces)\b/i;

/** Whether a text tells someone taking up the role a "who is the new …" question asks about. */
function takesAskedRole(q: QuestionAnalysis, text: string): boolean {
  const at = TAKES_ROLE.exec(text);
  if (!at) return false;
  const roles = q.terms.filter((t) => !q.formTerms.has(t.term) && !t.name);
  if (roles.length === 0) return false;
  const after = new Set(terms(text.slice(at.index, at.index + 90)));
  return roles.every((t) => after.has(t.term));
}

/** Words for when someone holds a role ("the new president", "the current chief"), general English. */
const isHolderAge = termSet('new current incoming');
/** Titles of one holding a role for now ("the interim president"): words a report writes, so no form words. */
const isStandIn = termSet('acting interim');
/** Words for money in general, which a question for an amount uses and its answer need not (general English). */
const isMoneyWord = termSet('money cash fund funds sum amount dollar dollars euro euros');
/** Verbs of getting or being given money (general English): "how much will families get?" is answered by "would pay 100,000 zlotys to each family". */
// (Its forms are listed: "get" itself is a stop word, which the term set would drop; "getting" is read as "get".)
const isReceivingWord = termSet('gets getting got receive received receiving');

/** The form words that ask for a reason ("cause", "motive"): a sentence giving one says them, in whatever words. */
const isReasonWord = termSet('cause reason motive purpose rationale motivation');

/**
 * Verbs that restate the measure a question asks for ("how fast was it travelling?", "how high did the water rise?",
 * "how much did it weigh?"): the sentence giving the measure need not use them. General English.
 */
const restatesMeasure = termSet('travel move fly drive run rise climb reach sink dive diving fall spread extend stretch measure weigh build construct erect');

/** The question's most telling term: the one of highest weight ("reopen" in "When will the hall reopen?"). */
function mostTelling(queryTerms: QuestionTerm[], weight: (t: QuestionTerm) => number): QuestionTerm | undefined {
  let top: QuestionTerm | undefined;
  for (const t of queryTerms) if (!top || weight(t) > weight(top)) top = t;
  return top;
}

/** A short name at least this long may stand for the one person whose name begins with it ("Sully" for Sullenberger). */
const SHORT_NAME_LETTERS = 4;

/**
 * "When did Sully retire?" of reports that never write "Sully": a capitalised word no report uses, which begins a
 * word of exactly one person's name, is that person (and is added to the people the question names).
 */
function withShortNames(src: RankingSources, queryTerms: QuestionTerm[], about: Entity[]): QuestionTerm[] {
  if (!queryTerms.some((t) => t.name && !t.known && t.term.length >= SHORT_NAME_LETTERS)) return queryTerms;
  const people = src.entities.all('person');
  return queryTerms.map((t) => {
    if (!t.name || t.known || t.term.length < SHORT_NAME_LETTERS) return t;
    // A pet form's ending is no part of the name: "Sully" begins "Sullenberger" as "Sull".
    const stem = t.term.replace(/(?:ie|y)$/, '');
    if (stem.length < SHORT_NAME_LETTERS) return t;
    const begins = (part: string) => part.length > stem.length && part.startsWith(stem);
    const begun = people.filter((e) => terms(e.name).some(begins));
    if (begun.length !== 1) return t;
    const person = begun[0];
    if (!about.includes(person)) about.push(person);
    const parts = terms(person.name).filter(begins);
    return { ...t, known: true, matches: [...t.matches, ...parts.map((term) => ({ term, weight: 1 }))] };
  });
}

/** Person nouns that say nothing of who someone is: general English. */
const ANY_PERSON = /^(?:man|men|woman|women|person|people|boy|girl|child|children|kid|guy|lady|gentleman|individual|someone|youth|baby)$/;
/**
 * "What did the lawyer K Balu say?": a person noun written right before a name
 * only says who the named one is, and a report that names him need not repeat
 * it ("Balu welcomed the ruling"). Such a word is matched by the name too.
 */
function withNamesOfDescribed(question: string, about: Entity[], queryTerms: QuestionTerm[]): QuestionTerm[] {
  const people = about.filter((e) => e.kind === 'person');
  if (people.length === 0) return queryTerms;
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const described = new Map<string, string[]>();
  for (const e of people) {
    const parts = new Set(terms(e.name));
    const first = words.findIndex((w) => terms(w).some((t) => parts.has(t)));
    // Skip an initial ("the lawyer K Balu"): the noun before it describes the name.
    let before = first - 1;
    while (before >= 0 && before >= first - 2 && /^\p{Lu}\.?$/u.test(words[before]!)) before--;
    const noun = words[before]?.toLowerCase() ?? '';
    // "the man Erdogan is accused of punching": a bare man or woman is someone else, not a description.
    if (first < 1 || before < 0 || !isPersonNoun(noun) || ANY_PERSON.test(noun)) continue;
    for (const t of terms(words[before]!)) if (!parts.has(t)) described.set(t, [...(described.get(t) ?? []), ...parts]);
  }
  if (described.size === 0) return queryTerms;
  return queryTerms.map((t) => withMatches(t, described.get(t.term) ?? [], W.describedByName));
}

/** A question term that index terms it does not yet have also meet, at `weight`: the same term when it has them all. */
function withMatches(t: QuestionTerm, extra: readonly string[], weight: number): QuestionTerm {
  const added = extra.filter((term, k) => extra.indexOf(term) === k && !t.matches.some((m) => m.term === term));
  return added.length > 0 ? { ...t, matches: [...t.matches, ...added.map((term) => ({ term, weight }))] } : t;
}

/** The weight of a question term's best match among a set of index terms (0 when none is there). */
export function bestMatch(t: QuestionTerm, present: ReadonlySet<string>): number {
  let best = 0;
  for (const m of t.matches) if (m.weight > best && present.has(m.term)) best = m.weight;
  return best;
}

/**
 * A sentence that opens with a pronoun or a definite description ("He said",
 * "It added", "The nominee, …", "The ship is owned by …") names its subject in
 * the sentence before, in the same paragraph.
 */
const LEANS_ON_PREVIOUS = /^(?:He|She|They|It|Its|His|Her|Their|This|These|Those|Both|Each|All|Neither|Either|Such|The\s+[a-z][\p{L}-]*)\b/u;

export function leansOnPrevious(sentence: Sentence): boolean {
  return sentence.index > 0 && LEANS_ON_PREVIOUS.test(sentence.text);
}

/** The sentence before, across a paragraph break: what "It" or "The ship" refers to. */
export function previousSentence(src: RankingSources, sentence: Sentence): Sentence | undefined {
  const article = src.article(sentence.articleId);
  if (sentence.index > 0) return article.paragraphs[sentence.paragraph - 1].sentences[sentence.index - 1];
  const before = article.paragraphs[sentence.paragraph - 2];
  return before?.sentences[before.sentences.length - 1];
}

/**
 * How much of the question a sentence covers: each term counts fully when
 * the sentence has it (or a WordNet relative, weighted lower), and in part
 * when only its context has it: its paragraph, the sentence before, or its
 * article's title and lede (first paragraph).
 */
export function coverage(
  src: RankingSources,
  q: QuestionAnalysis,
  sentence: Sentence,
): { coverage: number; rankCoverage: number; withPrevious: boolean; withNext: boolean; missing: number; saysAskedWord: boolean } {
  const own = src.index.termsOf(sentence);
  const siblings = src.article(sentence.articleId).paragraphs[sentence.paragraph - 1].sentences;
  const nextSibling = siblings[sentence.index + 1];
  let next: ReadonlySet<string> | undefined;
  let withNext = false;
  const paragraph = src.index.paragraphTermsOf(sentence);
  const title = src.index.titleTermsOf(sentence.articleId);
  const leans = leansOnPrevious(sentence);
  // "… before it hit the atmosphere at about 18 kilometres per second": a sentence that refers back ("it") and gives the
  // very measure asked (of the dimension asked: "25 kilometres above the ground" for "how high") takes its subject's
  // words from its context, as one leaning on the sentence before does. Not one that refers to nothing ("sea levels are
  // rising by 4 millimetres every year" is no speed of the bus), nor a name ("a wall of ice 60 metres high" is not the
  // height of the Marmolada its paragraph names).
  const givesMeasure = q.measureOnly && REFERS_BACK.test(sentence.text) && (q.dimension ?? q.measure)!.test(sentence.text);
  let before: Sentence | undefined;
  let previous: Set<string> | undefined;
  let covered = 0;
  // The same share with ranking's weights for words found only near the sentence (W.rankContext).
  let rankCovered = 0;
  let withPrevious = false;
  let missing = 0;
  let saysAskedWord = false;
  for (const t of q.terms) {
    const w = q.weight(t);
    // Part of a name stands for the whole name: "Biden told Han" names Han Duck-soo.
    const inSentence =
      bestMatch(t, own) ||
      phraseMatch(q, t, own) ||
      (q.nameOf.get(t.term)?.some((part) => own.has(part)) ? 1 : 0) ||
      // …and so does any mention the entity index resolved to the named one ("Biden told Han" after "Han Duck-soo").
      (q.namedBy.get(t.term)?.some((e) => src.entities.inSentence(sentence.id).includes(e)) ? 1 : 0) ||
      (spellsOut(q, t, own) ? 1 : 0) ||
      // "Three firefighters were treated for smoke inhalation" is a figure of the injured, whatever its words.
      // …and "How many are without shelter?" is answered by a figure of the displaced, in whatever words.
      (givesFigureOfKind(src, sentence, figureKindOfTerm(t.term, q)) ? 1 : 0) ||
      // "How much money will families get?" by "would pay 100,000 zlotys to each family": an amount says "money", "get".
      (q.moneyTerms.has(t.term) && src.featuresOf(sentence).kinds.has('money') ? 1 : 0) ||
      // "What was the cause of the leak?" is answered by "the leak was the result of …": a reason given says "cause".
      (q.intent === 'why' && isReasonWord(t.term) && src.featuresOf(sentence).hasReason ? 1 : 0) ||
      // …and "what type of plane?" by a model's designation ("the Airbus A320"), in a report that speaks of planes.
      (q.kindOf?.has(t.term) && MODEL_DESIGNATION.test(sentence.text) && usedInArticle(src, q, t, sentence.articleId) ? 1 : 0) ||
      // …and "who is responsible?" by "accused of negligence", "blamed the company".
      (q.responsibility && isResponsibilityWord(t.term) && q.responsibility.test(sentence.text) ? 1 : 0);
    if (inSentence > 0) {
      covered += w * inSentence;
      rankCovered += scorePart(t.name ? 'cov.ownName' : 'cov.own', (w * inSentence) / q.totalWeight);
      saysAskedWord ||= !q.formTerms.has(t.term);
      continue;
    }
    before ??= previousSentence(src, sentence) ?? sentence;
    previous ??= src.index.termsOf(before);
    // "The commander fought back tears … He said he had gone up to the top floor": the person the sentence before
    // names in other words ("the commander" of Commander Stuart Cundy) is the one this sentence speaks of.
    const inPrevious = bestMatch(t, previous) || (leans && q.namedBy.get(t.term)?.some((e) => src.entities.inSentence(before!.id).includes(e)) ? 1 : 0);
    if (leans && inPrevious > 0) {
      // The sentence before says who or what this one is about: together they are the answer.
      covered += w * W.leaningOnPrevious * inPrevious;
      rankCovered += scorePart('cov.leaning', (w * W.rankContext.leaningOnPrevious * inPrevious) / q.totalWeight);
      withPrevious = true;
      saysAskedWord ||= !q.formTerms.has(t.term);
      continue;
    }
    // The sentence next to it in the paragraph has the word: the two together answer, and are quoted together.
    const inPreviousSibling = sentence.index > 0 ? inPrevious : 0;
    next ??= nextSibling ? src.index.termsOf(nextSibling) : NO_TERMS;
    const inNext = bestMatch(t, next);
    const inAdjacent = Math.max(inPreviousSibling, inNext);
    if (inAdjacent > 0) {
      covered += w * W.adjacent * inAdjacent;
      rankCovered += scorePart('cov.adjacent', (w * W.rankContext.adjacent * inAdjacent) / q.totalWeight);
      if (inPreviousSibling >= inNext) withPrevious = true;
      else withNext = true;
      continue;
    }
    // A person the sentence names holds a role the question asks about ("the suspect" of a sentence naming him).
    // "Which company made the panels?": a company the sentence names stands for the word "company".
    const inRoles = bestMatch(t, src.entities.roleTermsOf(sentence.id)) || (t.term === q.answerNoun && namesSomethingNew(src, q, sentence) ? 1 : 0);
    if (inRoles > 0) {
      covered += w * W.entityRole * inRoles;
      rankCovered += scorePart('cov.roles', (w * W.rankContext.entityRole * inRoles) / q.totalWeight);
      continue;
    }
    const inContext = Math.max(bestMatch(t, paragraph), inPrevious, bestMatch(t, title), bestMatch(t, src.index.ledeTermsOf(sentence.articleId)));
    covered += w * (givesMeasure && !t.name ? W.leaningOnPrevious : W.context) * inContext;
    rankCovered += scorePart('cov.context', (w * W.rankContext.context * inContext) / q.totalWeight);
    // A word the sentence's whole article never uses is missing: the sentence is about something else.
    if (inContext === 0 && !q.formTerms.has(t.term) && t.term !== q.answerNoun && !usedInArticle(src, q, t, sentence.articleId)) missing = Math.max(missing, w);
  }
  return { coverage: covered / q.totalWeight, rankCoverage: rankCovered, withPrevious, withNext, missing: missing / q.wordWeight, saysAskedWord };
}

/** The clause after a sentence's last "but" or semicolon: what it says stands now, after what was said before. */
function lastClause(text: string): string {
  const parts = text.split(/,?\s+but\s+|;\s+/);
  return parts[parts.length - 1]!;
}

/** "What year", "which year", "in what year": a year is asked for, not a day or a time. */
const YEAR_ASKED = /\b(?:what|which)\s+year\b/i;
/** A year as written: "1974", "the 1970s", "in '74" is too rare to read. */
const YEAR = /\b(?:1[0-9]|20)\d\ds?\b/;

/** The least coverage at which whether a sentence gives the kind of answer asked for makes any difference. */
const KIND_READ_FROM = Math.min(W.signalsFrom, W.minCoverage, W.minCoverageAnyKind, W.minCoverageUntyped);
/** The terms of no sentence (the sentence after a paragraph's last one). */
const NO_TERMS: ReadonlySet<string> = new Set<string>();

/** Ranking's parts, for scripts/fit-weights.ts: each candidate's score split by the weight that gave it. Off in the bot. */
export type RankTracer = (src: RankingSources, q: QuestionAnalysis, candidates: { scored: Scored; parts: Record<string, number> }[]) => void;
let tracer: RankTracer | undefined;
let tracing: Record<string, number> | undefined;
const traced = new WeakMap<Scored, Record<string, number>>();
/** Trace every ranking (all candidates get the second pass) until called again with undefined. */
export function traceRanking(t: RankTracer | undefined): void {
  tracer = t;
}
/** A part of a candidate's score, recorded under its name while tracing. */
function scorePart(name: string, value: number): number {
  if (tracing && value !== 0) tracing[name] = (tracing[name] ?? 0) + value;
  return value;
}

/** A pronoun that stands for something named before: the sentence's subject may be its report's. */
const REFERS_BACK = /\b(?:it|its|they|their|he|his|she|her)\b/i;

/** A measure or a model may be given in a sentence that uses none of the question's words: its reports are searched for it in this many of the first candidates. */
const ANSWER_SOURCES = 40;

/**
 * "How fast was the meteor travelling?" — "… before it hit the atmosphere at about 18 kilometres per second": the
 * sentences giving the measure asked for (or the model, for "what type of plane"), in the reports of the first
 * candidates, are candidates too.
 */
function withAnswerSentences(src: RankingSources, q: QuestionAnalysis, candidates: Candidate[]): Candidate[] {
  // "How many were injured?" of reports that only say "74 people were being treated in hospitals": the word asked is
  // nowhere, so no search finds them; the sentences that give a figure of that kind are the candidates.
  const kind = q.figureKind;
  if (kind && q.terms.some((t) => FIGURE_KIND_OF_TERM.get(t.term) === kind && !t.known)) {
    const searched = new Set(candidates.map((c) => c.sentence.id));
    candidates = [...candidates, ...src.figureSentences(kind).flatMap((sentence) => (searched.has(sentence.id) ? [] : [{ sentence, score: 0 }]))];
  }
  // "What type of plane was it?": "The Airbus A320, flying as Flight 1549, …" names no plane; a model's designation is the answer.
  const pattern = q.measure ?? (q.kindOf ? MODEL_DESIGNATION : undefined);
  if (!pattern) return candidates;
  const seen = new Set(candidates.map((c) => c.sentence.id));
  const articles = new Set(candidates.slice(0, ANSWER_SOURCES).map((c) => c.sentence.articleId));
  const added: Candidate[] = [];
  for (const id of articles)
    for (const paragraph of src.article(id).paragraphs)
      for (const sentence of paragraph.sentences)
        if (!seen.has(sentence.id) && pattern.test(sentence.text)) {
          seen.add(sentence.id);
          added.push({ sentence, score: 0 });
        }
  return added.length > 0 ? [...candidates, ...added] : candidates;
}

export function rank(src: RankingSources, q: QuestionAnalysis): Scored[] {
  const candidates = withAnswerSentences(src, q, src.index.candidates(withSpelledOut(q)));
  const maxBm25 = Math.max(1e-9, ...candidates.map((c) => c.score));
  const intentPart = `intent.${q.intent}`;
  // First pass: coverage and the cheap, precomputed signals for every candidate.
  const scored: Scored[] = candidates.map(({ sentence, score }) => {
    if (tracer) tracing = {};
    const { coverage: cover, rankCoverage, withPrevious, withNext, missing, saysAskedWord } = coverage(src, q, sentence);
    const features = src.featuresOf(sentence);
    // "What was the name of the ship?": "the ship, the Meridian Star," gives it, whatever kind of name it is.
    // A thing's name (a ship's, a storm's) is given only so: a person named near the word does not answer.
    // "Who is the president?" — "Vice President Fuat Oktay said": the asked role only as a lesser or a past one names
    // no holder of it.
    const otherRole = q.needsNewName && q.expected[0] === 'person' && askedOnlyAsOtherRole(q, sentence.text);
    const namesAskedThing = !otherRole && (q.namedThing?.test(sentence.text) ?? false);
    // "What year …": a day or a time is no year; a sentence without one neither answers nor gains for its dates.
    const yearMissing = q.yearAsked && !YEAR.test(sentence.text);
    // "Why is it taking so long to identify the dead?" — "Identifying the dead has proved slow. Many of the victims
    // carried no papers …": a sentence that goes on from one saying what is asked explains it, without a "because".
    const explainsPrevious = q.intent === 'why' && withPrevious && sentence.index > 0;
    // Below every coverage the kind of answer counts at (a bonus, `answers`), it is not worked out.
    const typed =
      cover >= KIND_READ_FROM &&
      !otherRole &&
      (namesAskedThing ||
        (!q.namesThing &&
          (carriesType(q.expected, features.kinds) || (q.expected.includes('person') && !q.asksNameOf && namesRole(q, sentence)) || explainsPrevious) &&
          (!q.needsNewName || namesSomethingNew(src, q, sentence)))) &&
      (!q.heldRole || holdsRole(src, q, sentence)) &&
      !yearMissing &&
      !countsOtherFigure(src, q, sentence) &&
      namesAskedPerson(src, q, sentence) &&
      (!q.future || (speaksOfFuture(sentence.text) && bestMatch(q.future, src.index.termsOf(sentence)) > 0));
    let bonus = 0;
    if (cover >= W.signalsFrom) {
      // "The number of people killed … climbed to 2,946": a casualty count the figure reader finds, in words no pattern of features has.
      const countsCasualties = q.intent === 'casualties' && !features.hasCasualtyCount && src.figureEvents(sentence.id).some((f) => f.hasCount && (f.kind === 'killed' || f.kind === 'injured'));
      bonus += q.intent === 'where' ? scorePart('where', namesNewPlace(src, q, sentence, false) ? W.where : 0) + scorePart('locates', WHERE_IS.test(q.question) && LOCATES.test(sentence.text) ? W.locates : 0) : yearMissing ? 0 : scorePart(intentPart, countsCasualties ? W.casualtyCount : intentBonus(q.intent, features, q.timeOfDay));
      // A question asking for a name ("Who is the suspect?", "Where is the plant?") is not answered by a sentence without one.
      // …nor one asking for an amount of money ("how much will each family get?") by a sentence without one.
      if (q.expected.length > 0) bonus += typed ? scorePart('typed', W.typed) : q.needsNewName || moneyOnly(q) ? scorePart('noNewName', -W.noNewName) : scorePart('untyped', -W.typed);
      // An exact count ("seven people") answers "how many" better than "a number of terrorists".
      if (q.intent === 'casualties' && !src.figureEvents(sentence.id).some((f) => f.hasCount)) bonus += scorePart('vagueCount', -W.vagueCount);
      bonus += scorePart('latestFigure', latestFigureBonus(src, q, sentence));
      // "How many were hurt?": a figure of the injured, not of the dead.
      if (q.figureKind) bonus += scorePart('figureKind', src.figureEvents(sentence.id).some((f) => f.kind === q.figureKind) ? W.figureKind : 0);
      bonus += scorePart('direction', W.direction * directionAgreement(q.direction, src.directionOf(sentence)));
      if (q.intent === 'casualties') bonus += scorePart('eventDirection', W.direction * eventAgreement(src, q.direction, sentence)) + scorePart('mainEvent', aboutMainEvent(src, sentence) ? W.mainEvent : 0);
      if (q.intent === 'casualties' && !q.namesDay && !q.about.some((e) => e.kind === 'place') && givesWholeToll(src, sentence)) bonus += scorePart('wholeToll', W.wholeToll);
      if (q.introduced.length > 0) bonus += scorePart('introduces', W.who.introduces * introduction(src, q.introduced, sentence));
    }
    // The article's own headline repeated in its text says nothing the title does not.
    const headline = scorePart('headline', isHeadline(src, sentence) ? -W.headlineLine : 0);
    const s: Scored = { sentence, withPrevious, withNext, missing, saysAskedWord, coverage: cover, typed, namesAskedThing, score: rankCoverage + bonus + scorePart('bm25', W.bm25 * (score / maxBm25)) + headline };
    if (tracing) traced.set(s, tracing);
    return s;
  });
  scored.sort((a, b) => b.score - a.score);
  // Who and which-person questions; a place's support would favour the places every report names.
  if (q.needsNewName && q.expected[0] !== 'place') addNameSupport(src, q, scored.slice(0, tracer ? scored.length : W.reranked));
  // Second pass: signals that read the sentence's text again, for the best candidates only.
  // A count may stand before a word of the counted noun's family: "60,000 rescue workers" for "how many rescuers?".
  const termList = q.terms.flatMap((t) => [t.term, ...t.matches.filter((m) => m.weight >= RELATED_WEIGHT.d && m.term !== t.term).map((m) => m.term)]);
  // The reports' words for the incident's kind, where its figures name one, for telling "a second quake" apart; not
  // when the question asks of another.
  const kind = mainKind(src);
  const incidentTerms = !asksOfAnother(q.question) && kind ? incidentTermsInReports(src, kind) : undefined;
  for (const s of scored.slice(0, tracer ? scored.length : W.reranked)) {
    if (s.coverage < W.signalsFrom) continue;
    if (tracer) tracing = traced.get(s);
    const sentence = s.sentence;
    if (q.counting && countsAskedThing(src, q, sentence, termList)) {
      s.score += scorePart('countsAskedThing', W.countsAskedThing);
      s.countsAskedThing = true;
    }
    if (q.measure && q.measure.test(sentence.text)) s.score += scorePart('measure', W.measure);
    // "How fast …": only a sentence giving a speed answers (see answers), and none without one leads.
    else if (q.measureOnly) s.score += scorePart('noMeasure', -W.measure);
    if (q.dimension?.test(sentence.text)) s.score += scorePart('dimension', W.dimension);
    // "… won Venezuela's July presidential election, arrived in Spain": a date naming another event dates nothing asked,
    // and the sentence ranks as one without a date.
    if (q.intent === 'when' && s.typed && onlyDatesOtherEvents(src, q, sentence)) s.score += scorePart('otherEventDate', -typedBonus(src, q, sentence));
    else if (q.intent === 'when') {
      s.score += scorePart('datedClauseDirection', W.direction * datedClauseAgreement(src, q.direction, sentence)) + scorePart('datedClause', W.datedClause * datedClauseCoverage(src, q, sentence));
      // "Floyd, 46, died on May 25, 2020": the day stands next to the asked words, not in a clause that only mentions them.
      if (s.typed) s.score += scorePart('dateNextToAsked', W.dateNextToAsked * dateNextToAskedWords(src, q, sentence));
      // "… the head of the administration said on Monday": the day something was said, not the day it happened.
      if (!q.asksStatement && onlyReportingDates(src, sentence)) s.score += scorePart('reportingDate', -W.reportingDate);
      // "At 6.08 pm on Tuesday, a week after the blast, …": the day of something else, counted from the event asked about.
      if (datesAfterAskedEvent(q, sentence)) s.score += scorePart('relativeDate', -W.relativeDate);
      // "When did the ferry sink?": the incident itself happened before its first report; a sentence whose every day is
      // later dates something after it ("the captain of the ferry that sank … apologized on Thursday").
      if (q.aboutIncident && onlyDaysAfter(src.featuresOf(sentence), src.firstDay)) s.score += scorePart('laterDay', -W.laterDay);
    }
    // "González won the most votes", "declared Maduro the winner": the name stands next to the asked words, not in
    // another clause ("Machado …, saying the opposition had already won").
    if (q.needsNewName && q.expected[0] !== 'place' && s.typed) {
      s.score += scorePart('nameNextToAsked', W.nameNextToAsked * nameNextToAskedWords(src, q, sentence));
      // "Who was the bomber?" — "Hashem Abedi, the bomber's brother": the asked word only as another person's kin or aide.
      if (askedOnlyAsPossessor(q, sentence.text)) s.score += scorePart('askedAsPossessor', -W.askedAsPossessor);
    }
    // "Officials would not say when the order might be lifted": the sentence says the answer is not known.
    // …or the sentence before, which the quote takes in for the asked words ("… to establish what caused the leak. Its members include …").
    const notKnown = s.typed && (saysNotKnown(q, sentence.text) || (s.withPrevious && saysNotKnown(q, (previousSentence(src, sentence) ?? sentence).text)));
    if (notKnown) s.score += scorePart('notKnown', -typedBonus(src, q, sentence));
    if (q.askedRole) s.score += scorePart('roleOwner', W.roleOwner * roleOwnerAgreement(src, q.askedRole, sentence));
    // "… because it did not identify the parties" for "Why won't WorkSafe identify the parties?": the reason of something
    // else, so the sentence ranks as one that gives no reason.
    if (q.intent === 'why' && s.typed && (reasonIsTheAskedEvent(src, q, sentence) || !s.saysAskedWord)) {
      s.score += scorePart('otherReason', -typedBonus(src, q, sentence));
      s.otherReason = true;
    }
    // "The dam failed because of …", "… set off the derailment": the reason is given for the asked thing itself
    // (not "could not explain what caused the fire", which only names it).
    else if (q.intent === 'why' && s.typed && !notKnown && reasonOfAskedEvent(q, sentence.text)) s.score += scorePart('reasonOfAskedEvent', W.reasonOfAskedEvent);
    // A statement of someone else's ("…, police said.") is not the asked one's either.
    if (q.speaker) {
      const byOther = toldByOther(q.speaker, sentence.text);
      s.score += !byOther && speaks(src, q.speaker, sentence, s.withPrevious) ? scorePart('speaker', W.speaker) : src.featuresOf(sentence).kinds.has('statement') && !byOther ? 0 : scorePart('notSpeaker', -W.speaker);
    }
    // "Who is the new president?": "President Ravi Perera" of an earlier report names the role's former holder.
    if (s.namesAskedThing && !(q.holderNow && !takesAskedRole(q, sentence.text))) s.score += scorePart('namedThing', W.namedThing);
    if (q.leads && titleOfAsked(src, q, q.terms[0], sentence)) s.score += scorePart('leaderTitle', W.leaderTitle);
    if (q.definedThing?.test(sentence.text)) s.score += scorePart('definedThing', W.definedThing);
    if (q.kindOf && classifies(q.kindOf, sentence.text)) s.score += scorePart('kindOf', W.kindOf);
    // "Where was the plane coming from?": a sentence with no journey's end ("from", "bound for") says where something else is.
    if (q.journeyEnd) s.score += q.journeyEnd.test(sentence.text) ? scorePart('journeyEnd', W.journeyEnd) : scorePart('noJourneyEnd', -W.journeyEnd);
    if (q.responsibility?.test(sentence.text)) s.score += scorePart('responsibility', W.responsibility);
    // "Who shot the gunman?" — "The gunman was shot dead by a Border Patrol agent": the asked verb, done by someone.
    if (q.intent === 'who' && doneByWhom(q, sentence.text)) s.score += scorePart('doneBy', W.doneBy);
    // "What was the magnitude?" — "A second quake of magnitude 7.5 hit …": another of the incident's kind, not the incident.
    if (incidentTerms && tellsAnotherIncident(incidentTerms, sentence.text)) s.score += scorePart('anotherIncident', -W.anotherIncident);
    // "Who was the crew chief?": the question's words side by side in the sentence, as in the question.
    if (q.pairs.length > 0) {
      const own = wordPairSet(sentence.text);
      s.score += scorePart('wordPair', (W.wordPair * q.pairs.filter((p) => own.has(p)).length) / q.pairs.length);
    }
  }
  scored.sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
  tracing = undefined;
  tracer?.(src, q, scored.map((s) => ({ scored: s, parts: traced.get(s) ?? {} })));
  return scored;
}

/**
 * "Who is the suspect?": the name that many good candidates give is likelier
 * the answer than one a single sentence gives in passing. Each new name of the
 * kind asked for gathers the (squared) coverage of the candidates naming it;
 * a sentence gains by the support of its best-supported name.
 */
function addNameSupport(src: RankingSources, q: QuestionAnalysis, best: Scored[]): void {
  const support = new Map<Entity, number>();
  const named = new Map<Scored, Entity[]>();
  // "Who was the gunman?": where some candidates say who the gunman is ("the gunman, Thomas Crooks,"), the names
  // the others give beside the word (the man he shot) are no support.
  const identifying = best.some((s) => s.namesAskedThing && s.coverage >= W.signalsFrom);
  for (const s of best) {
    if (s.coverage < W.signalsFrom) continue;
    if (identifying && !s.namesAskedThing) {
      named.set(s, []);
      continue;
    }
    const names = src.entities.inSentence(s.sentence.id).filter((e) => e.kind !== 'place' && q.expected.includes(e.kind) && !q.about.includes(e));
    named.set(s, names);
    for (const e of names) support.set(e, (support.get(e) ?? 0) + s.coverage ** 2);
  }
  const top = Math.max(0, ...support.values());
  if (top === 0) return;
  for (const [s, names] of named) {
    if (tracer) tracing = traced.get(s);
    s.score += scorePart('nameSupport', W.nameSupport * Math.max(0, ...names.map((e) => support.get(e)! / top)));
  }
}

/**
 * A number right before the asked thing ("400 firefighters were sent" for "how many firefighters were there?"). When
 * the question asks for no casualty figure, a count of the harmed ("one firefighter was seriously hurt") is not it.
 */
function countsAskedThing(src: RankingSources, q: QuestionAnalysis, sentence: Sentence, termList: string[]): boolean {
  const counts = countsOfQueryTerm(sentence.text, termList);
  if (q.intent === 'casualties' || q.figureKind) return counts.length > 0;
  const figures = src.figureEvents(sentence.id);
  return counts.some((at) => !figures.some((f) => HARM_KINDS.has(f.kind) && f.start <= at && at < f.end));
}

/** Figures of people harmed: what a casualty question asks for, and no count of people for any other. */
const HARM_KINDS: ReadonlySet<string> = new Set<FigureKind>(['killed', 'injured', 'missing']);

/**
 * Words that place something (general English): "lies about 330 km southeast of Lima", "is located in", "18 km
 * northeast of the town", "on the edge of".
 */
const LOCATES = new RegExp(String.raw`\b(?:lies|lay|located|situated|\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s*(?:\([^)]{1,20}\)\s*)?${COMPASS_WORD}\s+of|on\s+the\s+(?:edge|outskirts)\s+of)\b`, 'i');

/** "Where is Chacrapampa?", "where's the plant?": where a place or thing lies, not where something was done. */
const WHERE_IS = /^\s*where(?:'s|’s|\s+(?:is|are))\s+(?:the\s+|a\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}\s*\??\s*$/iu;

/** A question that only an amount of money answers ("how much did the US pledge?", "how big was the fine?"). */
function moneyOnly(q: QuestionAnalysis): boolean {
  return q.expected.length === 1 && q.expected[0] === 'money';
}

/**
 * What a sentence gained over an untyped one in the first pass (its kind's bonus, and the typed bonus instead of
 * the untyped penalty): taken back when a second look finds its date or reason is of something else.
 */
function typedBonus(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): number {
  return intentBonus(q.intent, src.featuresOf(sentence), q.timeOfDay) + 2 * W.typed;
}

/**
 * The latest toll leads: of two reports giving a figure, the more recent ranks
 * higher. So does the latest count of one kind ("How many are still missing?").
 */
function latestFigureBonus(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): number {
  if (q.holderNow) return W.recentReport * src.recency(sentence.articleId) + (takesAskedRole(q, sentence.text) ? W.namedThing : 0);
  if (q.intent === 'casualties') return src.figureEvents(sentence.id).some((f) => f.hasCount) ? W.recentReport * src.recency(sentence.articleId) : 0;
  if (!q.figureKind) return 0;
  return src.figureEvents(sentence.id).some((f) => f.hasCount && f.kind === q.figureKind) ? W.recentReportOfKind * src.recency(sentence.articleId) : 0;
}

/** A count said to be the whole toll ("bringing the toll to 112", "the total since the protests began", "the number of people killed … climbed to 2,946"), not one place's or day's. */
const WHOLE_TOLL = /\b(?:toll|total|in all|altogether|overall|cumulative|so far|bringing|since (?:the )?[\p{L}-]+ (?:began|started)|number of (?:[\p{L}-]+ ){0,2}(?:killed|dead|deaths|died|injured))\b/iu;

function givesWholeToll(src: RankingSources, sentence: Sentence): boolean {
  return src.figureEvents(sentence.id).some((f) => f.hasCount) && WHOLE_TOLL.test(sentence.text);
}

/**
 * "Not found" by one rule for every incident: a question is answered when
 * some sentence covers enough of its words (after expansion) and gives the
 * kind of answer asked for.
 */
export function answerable(q: QuestionAnalysis, scored: Scored[], bestCoverage = 0): boolean {
  // The sentence most about the question does not give what it asks ("the girl in the 2000 Agra case", named nowhere):
  // a sentence that only touches the question does not answer it either.
  return scored.some((s) => answers(q, s) && s.coverage >= W.shareOfBestCoverage * bestCoverage);
}

/**
 * One sentence answers: it covers enough of the question, gives the kind
 * asked for (or covers nearly all of it), and misses no word the question
 * turns on. A question asking for a name is answered only by a name.
 */
export function answers(q: QuestionAnalysis, s: Scored): boolean {
  // "When will the hall reopen?": what has happened so far is no answer (typed says whether the sentence speaks of it to come).
  if (q.future && !s.typed) return false;
  // "What did the final report conclude?": a sentence that tells it as still to come does not say how it turned out.
  // Its last clause says how it stands: "… had earlier warned that up to 100,000 might be involved, but it now says about 8,000 were exposed" has turned out.
  if (q.outcome && speaksOfFuture(lastClause(s.sentence.text))) return false;
  // "How old was the preacher?", "how fast was the bus going?": only that measure answers, however much of the question the sentence covers.
  if (q.measureOnly && !q.measure?.test(s.sentence.text)) return false;
  // "What year was the company founded?": only a sentence that writes a year gives it.
  if (q.yearAsked && !YEAR.test(s.sentence.text)) return false;
  // A count of the very thing asked about answers a how-many question whatever verb the question uses.
  if (s.missing > (s.countsAskedThing && q.intent !== 'casualties' ? W.maxMissingCounted : W.maxMissing)) return false;
  // The kind of answer asked for is a second sign; a question that asks for no kind has only its words.
  if (s.typed) return s.coverage >= (q.expected.length > 0 ? W.minCoverage : W.minCoverageAnyKind);
  return !q.needsNewName && s.coverage >= W.minCoverageUntyped;
}

/**
 * How fully the sentence says who one of the people is: it names them and writes out a role the reports give
 * them. "Andrei Vorobyov, the governor of the Moscow region, said …" (1) says more than "Governor Andrei
 * Vorobyov said …" (a third); none written, 0.
 */
function introduction(src: RankingSources, people: Entity[], sentence: Sentence): number {
  const named = src.entities.inSentence(sentence.id);
  let words = 0;
  for (const p of people) if (named.includes(p)) for (const role of p.roles) if (sentence.text.includes(role)) words = Math.max(words, tokenize(role).length);
  return Math.min(1, words / W.who.fullRoleWords);
}

export function intentBonus(intent: Intent, f: SentenceFeatures, timeOfDay: boolean): number {
  switch (intent) {
    case 'who':
      return (f.hasRole ? W.who.role : 0) + (f.entityKinds.has('person') || f.entityKinds.has('organisation') ? W.who.actor : 0);
    case 'when':
      // A day, or a year or decade ("built in the 1970s") that only wink-nlp reads as a date.
      return (f.hasTime ? (timeOfDay ? W.when.timeAsked : W.when.time) : 0) + (f.hasDay || f.values.includes('date') ? (timeOfDay ? W.when.dayForTime : W.when.day) : 0);
    case 'where':
      return f.entityKinds.has('place') ? W.where : 0;
    case 'why':
      return f.hasReason ? W.why : 0;
    case 'casualties':
      return f.hasCasualtyCount ? W.casualtyCount : 0;
    case 'what':
      return f.hasDefinition ? W.definition : 0;
  }
}

export function isHeadline(src: RankingSources, sentence: Sentence): boolean {
  if (sentence.paragraph !== 1 || sentence.index !== 0) return false;
  return folded(sentence.text) === folded(src.article(sentence.articleId).title);
}

/** The location phrases of a sentence ("in a fourth-floor flat"), each with its terms and where it stands: worked out once per text. */
const placePhrases = memo(MEMO_SIZES.headline, (text: string) => locationPhrases(text).map((phrase) => ({ terms: terms(phrase), at: text.indexOf(phrase) })));

/** A sentence in lower case: read for every candidate of a where-question, worked out once per text. */
const lowerCase = memo(MEMO_SIZES.headline, (t: string) => t.toLowerCase());

/** A text's words, lower case, without punctuation: read for every candidate, worked out once per text. */
const folded = memo(MEMO_SIZES.headline, (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

/** A role the question asks about, and whose role it is: a country ("the Pakistani spokesperson"), or a word the reports qualify roles with ("the governor of Ohio"). */
interface AskedRole {
  words: Set<string>;
  /** The country whose role it is ("the Pakistani spokesperson", "Japan's transport minister"). */
  country?: string;
  /** A folded word the reports qualify roles with ("ohio" of "the governor of Ohio", "transport" of "Japan's transport minister"). */
  qualifier?: string;
}

/**
 * "Who is the Pakistani foreign ministry spokesperson?", "Who is the governor
 * of Ohio?": the role words asked for and whose role it is, when the question
 * names both. A country is read by any of its words; any other owner is a word
 * the reports qualify a role with ("Ohio Governor", "Pennsylvania Governor").
 */
function roleAsked(src: RankingSources, question: string): AskedRole | undefined {
  // "the PM of New Zealand": shorthand written out, and a country of several words read as one.
  const wording = questionWording(question);
  const tokens = tokenize(wording);
  const roleTokens = tokens.filter((t) => ROLE_WORDS.test(t));
  if (roleTokens.length === 0) return undefined;
  // The role's words, WordNet's relatives and its other person forms ("spokesperson" for "spokesman").
  const words = new Set([...terms([...roleTokens, ...roleTokens.flatMap(personCompoundForms)].join(' ')), ...roleTokens.flatMap((t) => relatedTerms(t).map((r) => r.term))]);
  if (words.size === 0) return undefined;
  const countryNames = [...wording.matchAll(multiwordCountryPattern())];
  const country = countryNames.map((m) => countryOf(m[0])).find(Boolean) ?? tokens.map((t) => src.countries.get(t.toLowerCase())).find(Boolean);
  // A word of a country's name ("new" of "New Zealand") is the country, not a qualifier of the role.
  const countryWords = new Set(countryNames.flatMap((m) => tokenize(m[0]).map((t) => t.toLowerCase())));
  const qualifiers = src.entities.roleQualifierWords();
  const qualifier = tokens.map((t) => t.toLowerCase()).find((t) => qualifiers.has(t) && !src.countries.has(t) && !countryWords.has(t));
  return country || qualifier ? { words, country, qualifier } : undefined;
}

/**
 * "What was the name of the policeman who died at the hotel?" is not answered
 * by a sentence naming someone else there: when a question asks for the name
 * of a person by a noun, the sentence must use that noun (or a close word for
 * it), or name someone the reports give that role.
 */
function namesAskedPerson(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  const noun = q.answerNoun;
  if (!noun || !q.asksNameOf || !q.expected.includes('person')) return true;
  const asked = q.terms.find((t) => t.term === noun);
  if (asked) {
    if (!givesRole(src, asked, sentence, Number.MIN_VALUE)) return false;
    // "The driver … were treated in hospital, railway spokesman Ravi Kumar said": the name given is of someone in another role.
    return holderNamed(src, q, asked, sentence);
  }
  return src.index.termsOf(sentence).has(noun) || src.entities.roleTermsOf(sentence.id).has(noun);
}

/**
 * "How many were pulled out alive?" is not answered by a count of the dead: a
 * sentence whose only casualty figures are of another kind than the one asked
 * gives no count of it.
 */
function countsOtherFigure(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  if (!q.figureKind || !q.expected.includes('count')) return false;
  const figures = src.figureEvents(sentence.id);
  return figures.length > 0 && figures.every((f) => f.kind !== q.figureKind);
}

/**
 * "Where did the stampede happen?" of reports that call it a crush: a word for
 * the kind of incident the reports are about meets their own words for that
 * kind (context.ts's general list), as a synonym.
 */
function withIncidentWords(src: RankingSources, queryTerms: QuestionTerm[]): QuestionTerm[] {
  const kind = mainKind(src);
  if (!kind || !queryTerms.some((t) => incidentOf(t.term) === kind)) return queryTerms;
  const own = incidentTermsInReports(src, kind);
  return queryTerms.map((t) => {
    if (incidentOf(t.term) !== kind) return t;
    const matches = t.matches.map((m) => (own.has(m.term) ? { ...m, weight: Math.max(m.weight, RELATED_WEIGHT.s) } : m));
    for (const o of own) if (!matches.some((m) => m.term === o)) matches.push({ term: o, weight: RELATED_WEIGHT.s });
    return { ...t, matches };
  });
}

/**
 * The reports' own terms for the kind of incident most figures are about ("collapse" of a dam failure); when no
 * figure says which kind, their terms for any kind of incident.
 */
export function mainIncidentTerms(src: RankingSources): ReadonlySet<string> {
  const kind = mainKind(src);
  return kind ? incidentTermsInReports(src, kind) : incidentTermsInReports(src, ANY_KIND);
}

/** The kind of incident most of the reports' figures are about ("collapse"), or undefined when none says. */
function mainKind(src: RankingSources): string | undefined {
  const kind = src.mainEvent()?.key.split('|')[0];
  return kind && kind !== '?' ? kind : undefined;
}

/**
 * The reports' own commonest word for the incident ("fire", "collapse", "storm"): the kind most figures are about,
 * else any kind. Words that read as a verb ("collided", "shot") are left out: it stands after "the" in a question.
 */
export function mainIncidentWord(src: RankingSources): string | undefined {
  const kind = mainKind(src);
  const kinds = kind ? [kind] : INCIDENT_KINDS;
  let best: { word: string; share: number } | undefined;
  for (const word of kinds.flatMap((k) => wordsForIncidentKind(k))) {
    if (/ed$|^(?:shot|sank|sunk)$/.test(word)) continue;
    const share = Math.max(0, ...terms(word).map((t) => src.index.share(t)));
    if (share > 0 && (!best || share > best.share)) best = { word, share };
  }
  return best?.word;
}

/** "A second quake", "another blast", "the third explosion": a noun told as one more of its kind (general English). */
const ANOTHER_ONE = /\b(?:an?\s+(?:second|third|fourth|fifth|fresh|further)|another|the\s+(?:second|third|fourth|fifth))\s+(?:(?:powerful|strong|smaller|large|big|huge|deadly|major)\s+)?([\p{L}-]+)/giu;
/** A question that asks of one more itself ("the second quake", "another blast", "the next eruption"). */
const ASKS_ANOTHER = /\b(?:second|third|fourth|fifth|another|other|fresh|further|next|later)\b/i;

/**
 * Whether a sentence tells one more incident of the main event's kind ("a second quake of magnitude 7.5 hit …", "a
 * strong aftershock rocked the earthquake-hit province"). An aftershock told after the main quake ("The main
 * earthquake struck at 2:17 a.m. …, and more than 600 aftershocks followed") is not what the sentence tells.
 */
export function tellsAnotherIncident(incidentTerms: ReadonlySet<string>, text: string): boolean {
  if (anotherOnes(text).some((t) => incidentTerms.has(t))) return true;
  const followOn = text.search(FOLLOW_ON);
  return followOn >= 0 && followOnTerms().some((t) => incidentTerms.has(t)) && !terms(text.slice(0, followOn)).some((t) => incidentTerms.has(t));
}

/** A word that is itself one more of a kind (general English): an aftershock is a later quake. */
const FOLLOW_ON = /\baftershocks?\b/i;

/** A question asking of one more of the incident's kind ("the second blast", "the big aftershock"). */
function asksOfAnother(question: string): boolean {
  return ASKS_ANOTHER.test(question) || FOLLOW_ON.test(question);
}
const FOLLOW_ON_OF = 'quake earthquake tremor';

let followOnTermList: string[] | undefined;
const followOnTerms = () => (followOnTermList ??= terms(FOLLOW_ON_OF));

/** The terms of the nouns a sentence tells as one more of their kind: read for every candidate, worked out once per text. */
const anotherOnes = memo(MEMO_SIZES.anotherOnes, (text: string): readonly string[] =>
  [...text.matchAll(ANOTHER_ONE)].flatMap((m) => terms(m[1]!)),
);

/**
 * The reports' terms for a kind of incident ("crush" for crush), or for any kind (ANY_KIND): worked out once per index
 * and kind (read for every sentence where no figure says the kind).
 */
function incidentTermsInReports(src: RankingSources, kind: string): ReadonlySet<string> {
  let byKind = incidentTermsByIndex.get(src.index);
  if (!byKind) incidentTermsByIndex.set(src.index, (byKind = new Map()));
  let own = byKind.get(kind);
  if (!own) {
    own =
      kind === ANY_KIND
        ? new Set(INCIDENT_KINDS.flatMap((k) => [...incidentTermsInReports(src, k)]))
        : new Set(wordsForIncidentKind(kind).flatMap((w) => terms(w)).filter((t) => src.index.share(t) > 0));
    byKind.set(kind, own);
  }
  return own;
}

/** The key of the terms for every kind of incident. */
const ANY_KIND = '*';

const incidentTermsByIndex = new WeakMap<PassageIndex, Map<string, ReadonlySet<string>>>();

/** A text's neighbouring content terms, stop words skipped ("chief on the helicopter" → "chief helicopter"), worked out once per text. */
function wordPairs(text: string): string[] {
  const list = terms(text).filter((t) => !t.includes('_'));
  const out: string[] = [];
  for (let i = 0; i + 1 < list.length; i++) if (list[i] !== list[i + 1]) out.push(`${list[i]} ${list[i + 1]}`);
  return out;
}

/** A candidate sentence's word pairs, as a set: read for every candidate of every question, worked out once per text. */
const wordPairSet = memo(MEMO_SIZES.headline, (text: string): ReadonlySet<string> => new Set(wordPairs(text)));

/**
 * A one-word noun phrase: a word followed by one that ends any noun phrase (an auxiliary, a preposition, an article,
 * a pronoun, a conjunction; general English) or by the question's end. Its head is that word, whatever its part of
 * speech ("how many people were …", "how many injured?"), so the part-of-speech tagger, and its 0.2 s model, is not
 * needed: test/core/wording.test.ts checks both read the same head.
 */
export const ONE_WORD_PHRASE = new RegExp(
  String.raw`^(\p{L}+)(?:\s+(?:${AUXILIARY}|be|been|being|may|might|must|in|on|at|for|to|into|with|from|of|by|after|before|during|since|than|a|an|the|this|that|these|those|it|its|them|they|their|there|and|or|but)\b|\s*[?.!]*\s*$)`,
  'iu',
);

/**
 * The thing a how-many question counts, with its close relatives: the head of
 * the noun phrase after "how many" ("pupils" in "How many Danwon pupils were on
 * the trip?", "drones" in "How many drones did the IRGC fire?").
 */
function countedThing(question: string, queryTerms: QuestionTerm[]): string[] | undefined {
  const m = /\bhow\s+many\s+(?:of\s+(?:the|its|their)\s+)?(?=\p{L})/iu.exec(question);
  if (!m) return undefined;
  const rest = question.slice(m.index + m[0].length);
  const word = ONE_WORD_PHRASE.exec(rest)?.[1] ?? nounPhraseHead(rest) ?? /^[\p{L}-]+/u.exec(rest)?.[0];
  const term = word ? terms(word)[0] : undefined;
  const asked = term ? queryTerms.find((t) => t.term === term) : undefined;
  return asked ? asked.matches.filter((m) => m.weight >= RELATED_WEIGHT.s).map((m) => m.term) : undefined;
}

/** The casualty kind a question's words name: its casualty terms fold onto "kill" and "injur" (src/text/terms.ts). */
export function figureKindAsked(queryTerms: QuestionTerm[]): FigureKind | undefined {
  const asked = new Set(queryTerms.map((t) => t.term));
  const { killed, injured } = CASUALTY_TERM;
  if (asked.has(injured) && !asked.has(killed)) return 'injured';
  if (asked.has(killed) && !asked.has(injured)) return 'killed';
  const kinds = new Set([...asked].map((t) => kindOfFigureWord().get(t)));
  return (Object.keys(FIGURE_KIND_WORDS) as FigureKind[]).find((kind) => kinds.has(kind));
}

/** The other kinds of casualty figure, by the words a question asks with (general English; see casualties/extract.ts). */
const FIGURE_KIND_WORDS: Partial<Record<FigureKind, string>> = {
  injured: 'infected infections sickened',
  missing: 'missing unaccounted',
  rescued: 'rescued saved pulled',
  displaced: 'displaced evacuated homeless fled shelter shelters',
  damage: 'destroyed damaged',
};

let figureWordKinds: Map<string, FigureKind> | undefined;

/** Each term of FIGURE_KIND_WORDS → its kind of figure, the first kind listing it; worked out once. */
function kindOfFigureWord(): Map<string, FigureKind> {
  if (!figureWordKinds) {
    figureWordKinds = new Map();
    for (const [kind, words] of Object.entries(FIGURE_KIND_WORDS) as [FigureKind, string][]) for (const t of terms(words)) if (!figureWordKinds.has(t)) figureWordKinds.set(t, kind);
  }
  return figureWordKinds;
}

/**
 * The kind of casualty figure a /casualties topic names, and its terms that only say so: the dead or the hurt by any
 * of their words ("injured", "deaths"); the other kinds by a word of theirs as written ("missing", "rescued"; not
 * "the cave rescue", which names the incident).
 */
export function figureKindOfTopic(topic: string, topicTerms: QuestionTerm[]): { kind?: FigureKind; kindTerms: Set<string> } {
  const written = new Set(tokenize(topic.toLowerCase()));
  const listed = (t: string) => Object.values(FIGURE_KIND_WORDS).some((words) => words.split(' ').some((w) => written.has(w) && terms(w).includes(t)));
  const kindTerms = new Set(topicTerms.map((t) => t.term).filter((t) => FIGURE_KIND_OF_TERM.has(t) || (kindOfFigureWord().has(t) && listed(t))));
  return { kind: figureKindAsked(topicTerms.filter((t) => kindTerms.has(t.term))), kindTerms };
}

/** The sentence gives a casualty figure of the kind (none asked: no). */
function givesFigureOfKind(src: RankingSources, sentence: Sentence, kind: string | undefined): boolean {
  return kind !== undefined && src.figureEvents(sentence.id).some((f) => f.kind === kind);
}

/** The kind of casualty figure a question's term names: "kill", "injur", and for a count asked the words of FIGURE_KIND_WORDS ("homeless" → displaced). */
function figureKindOfTerm(term: string, q: QuestionAnalysis): string | undefined {
  // The other kinds only for a count asked ("how many … homeless"): "when were the dams damaged" asks no figure.
  return FIGURE_KIND_OF_TERM.get(term) ?? (q.figureKind ? kindOfFigureWord().get(term) : undefined);
}

function asksForName(question: string, intent: Intent, about: Entity[]): boolean {
  // "Who is Mao Ning?" asks what a named person is; "Who is the leader of Jaish al-Adl?" asks for a name.
  // "Who was in charge of the agency?" asks for a name, as "who is the head of …" does.
  // "What is the name of González's wife?" asks for a name all the same, one the question does not give.
  if (/^\s*(who|what)\s+(is|was|are|were)\s+(?!in\s+charge\b|the\s+names?\s+of\b)/i.test(question) && about.some((e) => e.kind !== 'place') && !heldRoleAsked(question) && !asksPossessedPerson(question) && !asksWhoDid(question, about)) return false;
  // "/who Mary Landry": a name alone asks who that is, as "Who is Mary Landry?" does.
  if (onlyNames(question, about)) return false;
  // "Where is Grenfell Tower?": a place other than the one asked about.
  return intent === 'who' || intent === 'where' || /\bnames?\s+of\b/i.test(question) || asksForPersonOrGroup(question);
}

/** The question is a person's or group's name and nothing else ("Mary Landry", "who Mary Landry"). */
export function onlyNames(question: string, about: readonly Entity[]): boolean {
  const named = about.filter((e) => e.kind !== 'place');
  if (named.length === 0) return false;
  const nameTerms = new Set(named.flatMap((e) => terms(e.name)));
  const rest = terms(question.replace(/^\s*(?:who|what)\b(?:\s+(?:is|was|are|were)\b)?/i, ''));
  return rest.length > 0 && rest.every((t) => nameTerms.has(t));
}

/**
 * "Who was arrested by the CBI?", "who is leading the opposition": the copula
 * is a verb's (a passive, a present), and the question asks who did or
 * underwent it, not what a named one is. The word after the copula is a
 * verb form, not a name of the question nor a determiner.
 */
function asksWhoDid(question: string, about: Entity[]): boolean {
  const next = /^\s*(?:who|what)\s+(?:is|was|are|were)\s+([a-z]+)\b/i.exec(question)?.[1];
  if (!next || !/^[a-z]+(?:ed|en|ing)$/.test(next)) return false;
  return !about.some((e) => terms(e.name).includes(terms(next)[0] ?? ''));
}

/** "Who runs Colonial Pipeline?", "who is in charge of the rescue?": the one who leads it is asked for, by any title. */
const LEADS = /^\s*who(?:'s|’s)?\s+(?:runs|ran|heads|headed|leads|led|commands|commanded|chairs|chaired|directs|directed|manages|managed|oversees|oversaw|(?:(?:is|was|are|were)\s+)?(?:now\s+)?(?:in\s+charge\s+of|running|heading|leading|commanding|chairing|directing|managing|overseeing))\b/i;
/** Titles of one who leads, general English: a LEADS question's verb stands for any of them. */
const LEADER_TITLES = ['head', 'leader', 'chief', 'director', 'executive', 'chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'commander', 'boss', 'manager', 'administrator', 'commissioner', 'superintendent', 'ceo', 'governor', 'mayor', 'premier', 'chancellor', 'captain', 'principal', 'warden', 'sheriff', 'coach'];

/**
 * A LEADS question asks for a title its words need not give: its verb ("runs", "heads") also meets every title of
 * one who leads ("The chief executive of Colonial Pipeline, Joseph Blount"); "in charge of" stands for them as "head".
 * Returns the terms, the verb's term first.
 */
function withLeaderWords(src: RankingSources, question: string, queryTerms: QuestionTerm[]): QuestionTerm[] {
  const own = terms(LEADS.exec(question)![0].replace(/^\s*who\s+/i, '')).filter((t) => t !== 'charge');
  const asked = queryTerms.find((t) => own.includes(t.term)) ?? { term: 'head', matches: [], known: false, name: false };
  const titles = LEADER_TITLES.flatMap((w) => terms(w)).filter((t) => src.index.share(t) > 0);
  // "in charge of" asks for a head: the word itself, where the reports use it, counts in full.
  const head = asked.matches.length === 0 && titles.includes(asked.term) ? withMatches(asked, [asked.term], 1) : asked;
  const role = withMatches(head, titles, RELATED_WEIGHT.s);
  return [{ ...role, known: role.known || titles.length > 0 }, ...queryTerms.filter((t) => t !== asked)];
}

/**
 * "The chief executive of Colonial Pipeline, Joseph Blount", "CISA's acting director, Brandon Wales": a leader's title
 * stands within a few words of what the question asks who leads, and of a person's name (so "Colonial's chief
 * executive" alone names nobody, and the director of another agency is not the one asked for).
 */
function titleOfAsked(src: RankingSources, q: QuestionAnalysis, role: QuestionTerm, sentence: Sentence): boolean {
  const tokens = wordTerms(sentence.text);
  const words = tokens.map((w) => w.terms[0] ?? '');
  const titles = new Set(role.matches.map((m) => m.term));
  // What is led, in the question's words or their forms: a synonym of a word ("question" of "inquiry") is too loose here.
  const led = new Set(q.terms.filter((t) => t !== role).flatMap((t) => t.matches.filter((m) => m.weight > RELATED_WEIGHT.s).map((m) => m.term)));
  const names = new Set(src.entities.inSentence(sentence.id).filter((e) => e.kind === 'person' && !q.about.includes(e)).flatMap((e) => e.aliases.flatMap((a) => terms(a))));
  const near = (k: number, set: ReadonlySet<string>) => words.slice(Math.max(0, k - TITLE_REACH), k + TITLE_REACH + 1).some((w) => set.has(w));
  // "The company's chief executive, Troy Propes, …" after a sentence that names the company: the title is of what it leads.
  const ledBefore = () => {
    const before = previousSentence(src, sentence);
    return before !== undefined && wordTerms(before.text).some((w) => led.has(w.terms[0] ?? ''));
  };
  const pointsBack = (k: number) =>
    /^(?:its|their)$/i.test(tokens[k - 1]?.word ?? '') || ([1, 2].some((j) => BODY_NOUN.test(tokens[k - j]?.word ?? '') && /^the$/i.test(tokens[k - j - 1]?.word ?? '')) && POSSESSIVE_BODY.test(sentence.text) && ledBefore());
  return words.some((w, k) => titles.has(w) && near(k, names) && (near(k, led) || pointsBack(k)));
}

/** A body named before, pointed back to: "the company's", "the firm's" (the group nouns entities read, and two more). */
const BODY_NOUNS = `${GROUP_NOUNS}|utility|business`;
const BODY_NOUN = new RegExp(`^(?:${BODY_NOUNS})$`, 'i');
const POSSESSIVE_BODY = new RegExp(`\\bthe\\s+(?:${BODY_NOUNS})['’]s\\s`, 'i');

/** How many words apart a leader's title, what it leads and its holder's name may stand: "the chief executive of Colonial Pipeline". */
const TITLE_REACH = 4;

/** "who is Chauvin's mother", "who was the ship's master": a noun after a possessive, ending the question. */
const POSSESSED_NOUN = /^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+['’]s?\s+(?:(?:new|current|acting|former|top|own)\s+)?([\p{L}-]+)\s*[?.!]*\s*$/iu;

/** "Who is Chauvin's mother?": someone else, a person of the named one, whose name is asked (not what Chauvin is). */
function asksPossessedPerson(question: string): boolean {
  const noun = POSSESSED_NOUN.exec(question)?.[1];
  return noun !== undefined && isPersonNoun(noun.toLowerCase());
}

/** "Who is the leader of Jaish al-Adl?": the role whose holder is asked for ("leader"), as an index term. */
function heldRoleAsked(question: string): string | undefined {
  const noun = /^\s*who\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:(?:new|current|acting|former|top)\s+)?([\p{L}-]+)\s+(?:of|for|at|in)\b/iu.exec(question)?.[1];
  return noun ? terms(noun)[0] : undefined;
}

/** The sentence names a person, group or place the question does not (or a place in common words, for where-questions). */
function namesSomethingNew(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  if (q.expected.includes('place') && namesNewPlace(src, q, sentence)) return true;
  // For a where-question, a group named like a place answers ("Westway Sports Centre"), not the police that found something.
  const fits = (e: Entity) => q.expected.includes(e.kind) && (q.expected[0] !== 'place' || e.kind !== 'organisation' || FACILITY.test(e.name));
  if (src.entities.inSentence(sentence.id).some((e) => fits(e) && !q.about.includes(e))) return true;
  // A role answers "which official said …", but not "what was the name of the officer …".
  return q.expected.includes('person') && !q.asksNameOf && namesRole(q, sentence);
}

/**
 * "Which oil company made a pledge?": the names of the asked kind that a sentence gives and the question does not,
 * nearest the question's own words first ("… L'Oréal …, and the oil company Total pledged …": Total). A follow-up's
 * "they" or "he" stands for the first of them.
 */
export function namesGiven(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): Entity[] {
  // "What city did Wagner take over?": the answer gives a place; a group it names in passing ("the Defense Ministry") is
  // no one the next question's "they" stands for, and must not come before the group asked about.
  if (q.expected[0] === 'place') return [];
  const given = src.entities.inSentence(sentence.id).filter((e) => (e.kind === 'person' || e.kind === 'organisation') && q.expected.includes(e.kind) && !q.about.includes(e));
  if (given.length < 2) return [...given];
  const words = wordTerms(sentence.text);
  // The noun of the kind asked ("company" in "which company owns the rig") stands beside every name of that kind: not a question word to be near.
  const asked = new Set(q.terms.filter((t) => t.term !== q.answerNoun).flatMap((t) => t.matches.map((m) => m.term)));
  const askedAt = words.flatMap((w, k) => (w.terms.some((t) => asked.has(t)) ? [k] : []));
  const folded = words.map((w) => fold(w.word));
  // Words apart from the nearest of the question's words, at the first word of any of the name's forms.
  const distance = (e: Entity) => {
    const firsts = new Set(e.aliases.map((alias) => tokenize(alias)[0]));
    let best = Infinity;
    folded.forEach((w, k) => {
      if (firsts.has(w)) for (const a of askedAt) best = Math.min(best, Math.abs(a - k));
    });
    return best;
  };
  return given.map((e) => ({ e, d: distance(e) })).sort((a, b) => a.d - b.d).map(({ e }) => e);
}

/** The sentence, its paragraph or the sentence before names the asked role, or the reports give it to a person the sentence names. */
function holdsRole(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  const role = q.terms.find((t) => t.term === q.heldRole);
  if (!role) return true;
  const previous = previousSentence(src, sentence);
  // A broader word is no holder of the role: a "representative" is no "president".
  if (!givesRole(src, role, sentence, RELATED_WEIGHT.s, src.index.paragraphTermsOf(sentence), previous ? src.index.termsOf(previous) : undefined)) return false;
  // "… in search of the suspected gunman, Governor Janet Mills said": the one named holds another role.
  return holderNamed(src, q, role, sentence);
}

/**
 * A sentence naming people the question does not answers "who is the <role>"
 * only if one of them may hold it: the reports give them that role, or no
 * role at all.
 */
function holderNamed(src: RankingSources, q: QuestionAnalysis, role: QuestionTerm, sentence: Sentence): boolean {
  const named = src.entities.inSentence(sentence.id).filter((e) => e.kind === 'person' && !q.about.includes(e));
  return named.length === 0 || named.some((e) => e.roles.length === 0 || bestMatch(role, src.entities.roleTermsOfEntity(e)) > 0);
}

/**
 * The sentence uses a role word (or a relative of it weighing at least `min`),
 * or names a person the reports give that role; so may the further term sets
 * given (its paragraph, the sentence before).
 */
function givesRole(src: RankingSources, role: QuestionTerm, sentence: Sentence, min: number, ...more: (ReadonlySet<string> | undefined)[]): boolean {
  return [src.index.termsOf(sentence), src.entities.roleTermsOf(sentence.id), ...more].some((present) => present !== undefined && bestMatch(role, present) >= min);
}

/** "Which official said …": "the deputy governor general said …" answers with a role the question does not give, where no name is given. */
function namesRole(q: QuestionAnalysis, sentence: Sentence): boolean {
  return roleWordTerms(sentence.text).some((t) => !q.termSet.has(t));
}

/** Each word of a text (see tokenize) with its terms, by position: read for many candidates, worked out once per text. */
const wordTerms = memo(MEMO_SIZES.headline, (text: string) => tokenize(text).map((word) => ({ word, terms: terms(word) })));

/** The terms of a text's role words ("governor", "spokesperson"), from its words' terms: worked out once per text. */
const roleWordTerms = memo(MEMO_SIZES.headline, (text: string): string[] => wordTerms(text).filter((w) => ROLE_WORDS.test(w.word)).map((w) => w.terms[0] ?? ''));

/** Words that make an organisation's name a place one can be at, general English. */
const FACILITY = /\b(?:centre|center|hospital|church|school|university|college|mosque|temple|synagogue|stadium|arena|hall|station|airport|prison|jail|camp|base|plant|factory|mine|market|hotel|club|library|museum|theatre|theater|court|office|headquarters|house|tower|works)\b/i;

/** How near (in characters) a place must stand to the named thing a where-question asks about: "Schemengees Bar & Grille on Lincoln Street". */
const NEAR_ASKED = 80;

/**
 * "Where is Grenfell Tower?": a place other than the ones the question names,
 * by name or in common words ("in a fourth-floor flat"), and near the named
 * thing asked about when the sentence names it; countries count unless `countries` is false.
 */
function namesNewPlace(src: RankingSources, q: QuestionAnalysis, sentence: Sentence, countries = true): boolean {
  // "taken to Salisbury District Hospital": a name ending in a word for a building or facility is a place too, whatever else it is.
  const places = src.entities.inSentence(sentence.id).filter((e) => e.kind === 'place' || (e.kind === 'organisation' && namesBuiltPlace(e.name)));
  if (places.length === 0 && !src.featuresOf(sentence).hasLocation) return false;
  const asked = q.about.filter((e) => !src.countries.has(e.name.toLowerCase()));
  const text = asked.length > 0 ? lowerCase(sentence.text) : sentence.text;
  const askedAt = asked.flatMap((e) => e.aliases.map((alias) => text.indexOf(alias))).filter((i) => i >= 0);
  // The place that says where a thing is follows its name: "Schemengees Bar & Grille on Lincoln Street", "the tower, in North Kensington".
  const near = (at: number) => askedAt.length === 0 || askedAt.some((i) => at > i && at - i <= NEAR_ASKED && !/[;:()]/.test(text.slice(i, at)));
  // "Schemengees Bar" is the Schemengees asked about.
  const isAsked = (e: Entity) => q.about.includes(e) || asked.some((a) => e.aliases.some((alias) => a.aliases.some((x) => alias.includes(x))));
  for (const e of places) {
    // Country names are everywhere in this kind of news: they answer, but earn no where-bonus.
    if (isAsked(e) || (!countries && src.countries.has(e.name.toLowerCase()))) continue;
    if (near(Math.max(...e.aliases.map((alias) => text.indexOf(alias))))) return true;
  }
  if (!src.featuresOf(sentence).hasLocation) return false;
  // "at the Harwick chemical plant" does not say where the Harwick chemical plant is.
  return placePhrases(sentence.text).some((phrase) => phrase.terms.some((t) => !q.termSet.has(t)) && near(phrase.at));
}

/** "Salisbury District Hospital", "Kahului Airport": a name whose last word is a built place. */
function namesBuiltPlace(name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(last) && isBuiltPlaceNoun(last.toLowerCase());
}

/** The question's terms for retrieval, an acronym's name or a name's acronym among their matches: "IMD" finds "India Meteorological Department". */
function withSpelledOut(q: QuestionAnalysis): QuestionTerm[] {
  if (q.spelledOut.size === 0) return q.terms;
  return q.terms.map((t) => withMatches(t, q.spelledOut.get(t.term) ?? [], 1));
}

/** Whether terms have every word of the name (or acronym) a question's term is spelled out as ("National Transportation Safety Board" for "NTSB"). */
function spellsOut(q: QuestionAnalysis, t: QuestionTerm, present: ReadonlySet<string>): boolean {
  return q.spelledOut.get(t.term)?.every((x) => present.has(x)) ?? false;
}

/** Whether a sentence's article uses a question word, or spells out the acronym the question writes. */
function usedInArticle(src: RankingSources, q: QuestionAnalysis, t: QuestionTerm, articleId: string): boolean {
  const used = src.index.articleTermsOf(articleId);
  return bestMatch(t, used) > 0 || spellsOut(q, t, used);
}

/** "NTSB" in a question meets "National Transportation Safety Board" in a report, and the other way round. */
function spelledOut(src: RankingSources, queryTerms: QuestionTerm[], question: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const asked = new Set(queryTerms.map((t) => t.term));
  for (const [acronym, name] of src.acronyms) {
    if (asked.has(acronym)) out.set(acronym, name);
    if (name.every((t) => asked.has(t))) for (const t of name) out.set(t, [acronym]);
  }
  // "How much did the EU pledge?" of reports that only say "the European Union": a capitalised word of the question.
  const unknown = queryTerms.filter((t) => !out.has(t.term) && !t.known && /^[a-z]{2,7}$/.test(t.term));
  if (unknown.length === 0) return out;
  const written = new Set(tokenize(question));
  for (const t of unknown) {
    const acronym = t.term.toUpperCase();
    // "what did the ntsb say?": a chat user's lower-case acronym, when it is no English word, of three letters or more
    // (two, "us" or "un", are too easily something else).
    const asAcronym = written.has(acronym) || (t.term.length >= 3 && written.has(t.term) && !isWord(t.term));
    const name = asAcronym ? src.nameWithInitials(acronym) : undefined;
    if (name) out.set(t.term, name);
  }
  return out;
}

/** A passive verb and its doer: "was shot dead by", "were rescued by", "had been hired by". */
const PASSIVE_BY = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?([a-z]+(?:ed|en|wn|t))\s+(?:[a-z]+\s+)?by\s/gi;

/** Whether the text tells who did what the question's verb asks, in the passive ("was shot dead by …"). */
function doneByWhom(q: QuestionAnalysis, text: string): boolean {
  const verbs = q.terms.filter((t) => t.part !== 'n' && !t.name);
  if (verbs.length === 0) return false;
  for (const m of text.matchAll(PASSIVE_BY)) {
    const [term] = terms(m[1]!);
    if (term && verbs.some((t) => t.matches.some((x) => x.term === term && x.weight >= RELATED_WEIGHT.d))) return true;
  }
  return false;
}

/** "Which hospital …", "what prison …": the noun for a built place a question asks the name of. */
function builtPlaceAsked(question: string): string | undefined {
  const noun = /^\s*(?:and\s+)?(?:in\s+|at\s+|to\s+|from\s+)?(?:which|what)\s+([a-z]+)\b/i.exec(question)?.[1]?.toLowerCase();
  return noun && isBuiltPlaceNoun(noun) ? noun : undefined;
}

/**
 * The word written as part of a capitalised name ("Storm Daniel", "the Abu Mansour Dam" for "storm", "dam"), or
 * with the name beside it ("the ship, the Meridian Star,", "the tanker Aurora", "a ship named Dali", "the Rhosus, a cargo ship"). Built once per question.
 */
function namePattern(thing: string | undefined): RegExp | undefined {
  if (!thing) return undefined;
  const lower = escapeRegExp(thing.toLowerCase());
  const word = escapeRegExp(thing.charAt(0).toUpperCase() + thing.slice(1).toLowerCase());
  return new RegExp(`(?<![.!?:]\\s*|^)\\b${word}\\s+\\p{Lu}|\\p{Lu}[\\p{L}'’-]+\\s+${word}\\b|\\b${lower}(?:,\\s+the|\\s+(?:named|called))?\\s+\\p{Lu}[\\p{L}-]+|\\p{Lu}[\\p{L}-]+,\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}${lower}\\b`, 'u');
}

/**
 * "Who was the landlord?": the noun with a name beside it, on either side ("the block's landlord, the Kensington and
 * Chelsea Tenant Management Organisation", "Lee Joon-seok, the captain of the ferry", "O'Hara, 28, was the crew
 * chief", "Captain Lee"), which answers whether the name is a person's or a group's. Not "Gary O'Hara, the crew
 * chief's father": he is someone else.
 */
function appositionPattern(noun: string | undefined): RegExp | undefined {
  if (!noun) return undefined;
  const lower = escapeRegExp(noun);
  const title = escapeRegExp(noun.charAt(0).toUpperCase() + noun.slice(1));
  // "the company's chief executive" is no chief of the fire service: the noun ends the title.
  const ends = `(?!\\s+${TITLE_GOES_ON}\\b)`;
  return new RegExp(
    `\\b${lower}s?(?:,\\s+(?:the\\s+)?|\\s+(?:named|called)\\s+|\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:identified|named)\\s+as\\s+)\\p{Lu}[\\p{L}-]+|\\b(?:identified|named)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}?${lower}s?\\s+as\\s+\\p{Lu}|\\p{Lu}[\\p{L}-]+,\\s+(?:the|its|their|his|her|a|an)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${lower}\\b(?![’']s\\b)${ends}|\\p{Lu}[\\p{L}-]+(?:,\\s+[^,]{1,40}){0,3},?\\s+(?:is|was)\\s+(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?${lower}\\b(?![’']s\\b)${ends}|\\b${title}\\s+(?!${TITLE_GOES_ON}\\b)\\p{Lu}[\\p{L}-]+`,
    'u',
  );
}

/** Words that go on a title rather than start a name after it ("Chief Executive Rajiv Malhotra", "Chief Fire Officer"); general English. */
const TITLE_WORDS = 'executive operating financial technology medical fire police officer minister secretary inspector constable superintendent commissioner director justice judge engineer scientist economist prosecutor whip'.split(' ');
const TITLE_GOES_ON = `(?:${TITLE_WORDS.join('|')}|${TITLE_WORDS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})`;

/**
 * "What is the localizer?", "what is Lahaina?": the thing in apposition to a description ("the localizer, an antenna
 * that …", "Lahaina, home to about 12,000 people, …") or said to be one ("the localizer is an antenna"). Not for a
 * person's noun: "who" asks that.
 */
function definitionPattern(question: string): RegExp | undefined {
  const m = /^\s*what\s+(?:is|was|are|were)\s+(the\s+|a\s+|an\s+)?((?:[\p{L}\d’'-]+\s+){0,2}[\p{L}\d’'-]+)\s*\??\s*$/iu.exec(question);
  // "What is Lahaina?": a name, written as the reports write it ("Lahaina, home to about 12,000 people, …").
  const name = m && !m[1] && /^\p{Lu}/u.test(m[2]) ? escapeRegExp(m[2]) : undefined;
  // …or spelled out before it ("the Electric Reliability Council of Texas, known as ERCOT, …", "… of Texas (ERCOT)").
  if (name) return new RegExp(`\\b${name},\\s+(?:an?|the|home to|once|which|who)\\s+\\p{Ll}|\\b${name}\\s+(?:is|was)\\s+(?:an?|the)\\s+\\p{Ll}|\\bknown as ${name}\\b|\\p{Lu}[\\p{L}-]*\\s+\\(${name}\\)`, 'u');
  const head = m?.[1] ? m[2].split(/\s+/).pop()?.toLowerCase() : undefined;
  if (!head || head.length < 3 || isPersonNoun(head)) return undefined;
  const word = escapeRegExp(head);
  return new RegExp(`\\b${word}s?(?:,\\s+(?:an?|the)\\s+(?!(?:same|first|last|next|other|only)\\b)\\p{Ll}|\\s+(?:is|are|was|were)\\s+an?\\s+\\p{Ll})`, 'iu');
}

/** Nouns that say of someone only that they are a person (general English): "the BP guy", "the man who …". */
const PLAIN_PERSON = /^(?:guys?|man|men|woman|women|person|people|fellows?|dudes?|lady|ladies|gentlem[ae]n|individuals?|blokes?|chaps?|folks?)$/;

/**
 * "Who is the BP guy who keeps briefing reporters?": the noun of "who is the …" that says no more than a person, which
 * any name stands for. A role is not: "who was the cook?" is answered by a sentence that writes "cook" beside a name.
 */
function whoNoun(question: string): string | undefined {
  const noun = personNounAskedWho(question);
  return noun && PLAIN_PERSON.test(noun) ? terms(noun)[0] : undefined;
}

/** "What kind of …", "which model of …": a kind of something asked; the noun follows (general English). */
const KIND_OF = /\b(?:what|which)\s+(?:kinds?|types?|sorts?|makes?|models?|class|brands?|variet(?:y|ies))\s+of\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
/** Words after the asked noun that end its phrase ("what kind of gun did he use", "what type of information was stolen"). */
const AFTER_NOUN = /^(?:is|was|are|were|did|does|do|had|has|have|could|would|can|will|in|on|at|of|for|from|with|by|that|which|who)$/i;
/** "… is the Galaxy Leader?", "… is Dam VI?": the name the question ends on after its verb, the thing whose kind is asked. */
const NAME_ASKED_ABOUT = /\b(?:is|was|are|were)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\d-]*\s*){1,4})\??\s*$/u;

/**
 * "What kind of ship is the Galaxy Leader?", "what type of space rock was it?": the terms that stand for the thing
 * whose kind is asked: the noun's phrase, the noun's synonyms and broader terms in WordNet (a gun is a weapon), and
 * the name the question ends on.
 */
function kindAsked(question: string): ReadonlySet<string> | undefined {
  const m = KIND_OF.exec(question);
  if (!m) return undefined;
  // A second word belongs to the phrase unless it ends it: a verb ("what kind of vessel sank"), an auxiliary or a preposition.
  const second = m[2] && !AFTER_NOUN.test(m[2]) && lemma(m[2].toLowerCase()) === m[2].toLowerCase() ? m[2] : undefined;
  const head = second ?? m[1];
  const out = new Set(terms(second ? `${m[1]} ${second}` : m[1]));
  for (const r of relatedTerms(head)) if (r.relation !== 'd' && fitsPart(r, 'n')) out.add(r.term);
  const name = NAME_ASKED_ABOUT.exec(question)?.[1];
  if (name) for (const t of terms(name)) out.add(t);
  return out.size > 0 ? out : undefined;
}

/**
 * Where a sentence says what kind something is: an apposition ("the Galaxy Leader, a Bahamas-flagged vehicle
 * carrier"), a copula ("the drones were of an industrial specification", "Dam VI is a reservoir") or a class it
 * belongs to ("belonged to the ordinary chondrites").
 */
const CLASSIFYING = /,\s+an?\s+(?!(?:same|first|last|next|other|only|few|lot|number|day|week|month|year|time)\b)\p{L}|\s(?:is|are|was|were)\s+(?:an?|of)\s+\p{L}|\s(?:belong(?:s|ed)?\s+to|(?:identified|classified)\s+as)\s/gu;

/**
 * A maker's model designation, letters and digits together ("A350", "CRJ700", "737-800", "Mi-8"), not a flight's
 * number ("Flight 7C2216"); general for any make of vehicle or machine.
 */
const MODEL_DESIGNATION = /(?<!\b[Ff]light\s)\b(?:[A-Z]{1,4}-?\d{1,4}[A-Z0-9-]*|\d{3}-\d{1,3})\b/;

/** Whether the sentence says what kind the asked thing is: one of its terms stands in the three words before a classifying phrase. */
function classifies(kindOf: ReadonlySet<string>, text: string): boolean {
  // "the Airbus A350", "a Bombardier CRJ700", "a Boeing 737-800": a model's designation says the kind.
  if (MODEL_DESIGNATION.test(text)) return true;
  for (const m of text.matchAll(CLASSIFYING)) {
    const before = tokenize(text.slice(0, m.index)).slice(-3);
    if (terms(before.join(' ')).some((t) => kindOf.has(t))) return true;
  }
  return false;
}

function speakerAsked(src: RankingSources, question: string): Entity | undefined {
  const words = askedSpeaker(question);
  if (!words) return undefined;
  const named = src.entities.mentionedIn(words)[0];
  if (named) return named;
  // "What did the preacher say?": the person the reports give that role ("The preacher, Suraj Pal, …"), the most mentioned.
  const wanted = terms(words);
  if (wanted.length === 0) return undefined;
  return src.entities.all('person').find((e) => e.roles.some((role) => {
    const own = new Set(terms(role));
    return wanted.every((t) => own.has(t));
  }));
}

/** ", police said.", ", the company's lawyer told reporters on Friday.": who a sentence's words are told by, at its end. */
const TRAILING_SAYER = /,\s+((?:[\p{L}'’.-]+\s+){1,6}?)(?:said|says|told\s+\S+|added|reported)(?:\s+on\s+\S+)?\.?["”]?$/u;

/** "Chief Executive Rajiv Malhotra … were questioned …, police said.": someone else tells it (a pronoun may be the speaker). */
function toldByOther(speaker: Entity, text: string): boolean {
  const sayer = TRAILING_SAYER.exec(text)?.[1]?.trim();
  return sayer !== undefined && !/^(?:he|she|they|it|we|i)$/i.test(sayer) && !speaker.aliases.some((a) => sayer.includes(a));
}

/**
 * The sentence gives the entity's words: it names the entity and reports speech or quotes. Quoted with the sentence
 * before, it may name the entity there: "Ruiz toured the valley. She told officials …".
 */
function speaks(src: RankingSources, speaker: Entity, sentence: Sentence, withPrevious = false): boolean {
  if (!src.featuresOf(sentence).kinds.has('statement')) return false;
  const before = withPrevious ? previousSentence(src, sentence) : undefined;
  if (before && src.entities.inSentence(before.id).includes(speaker)) return true;
  // A country speaks by any of its names: "Islamabad" warns as "Pakistan" does.
  const country = src.countries.get(speaker.name.toLowerCase());
  if (src.entities.inSentence(sentence.id).some((e) => e === speaker || (country !== undefined && src.countries.get(e.name.toLowerCase()) === country))) return true;
  // …and a group by its acronym: "the EPA blamed" is the Environment Protection Agency speaking.
  const name = terms(speaker.name).join(' ');
  const own = src.index.termsOf(sentence);
  for (const [acronym, words] of src.acronyms) if (words.join(' ') === name && own.has(acronym)) return true;
  return false;
}

/** +1 when the sentence names a person holding the asked role for the asked country, -1 when only for another country. */
function roleOwnerAgreement(src: RankingSources, asked: AskedRole, sentence: Sentence): number {
  // "Who was the PM of New Zealand?": a sentence naming her and Australia's prime minister neither gains nor loses.
  const agreements = src.entities
    .inSentence(sentence.id)
    .filter((person) => person.kind === 'person')
    .map((person) => {
      // A person holds the role asked when one of their roles is it, whatever else they are.
      const each = person.roles.map((role) => roleAgreement(src, asked, role));
      return each.includes(1) ? 1 : each.includes(-1) ? -1 : 0;
    });
  return Math.max(0, ...agreements) + Math.min(0, ...agreements);
}

/** 1 when a role is the one asked, with the asked country and qualifying word; -1 when it is that role of another; else 0. */
function roleAgreement(src: RankingSources, asked: AskedRole, role: string): number {
  if (!terms(role).some((t) => asked.words.has(t))) return 0;
  const countries = tokenize(role).map((t) => src.countries.get(t.toLowerCase())).filter(Boolean).slice(0, 1);
  const otherCountry = asked.country !== undefined && countries.length > 0 && !countries.includes(asked.country);
  const qualifiers = roleQualifiers(role).filter((t) => !src.countries.has(t));
  // "Japan's transport minister": the Transport Minister, not the Prime Minister, when the role is qualified.
  if (asked.qualifier && qualifiers.length > 0) return qualifiers.includes(asked.qualifier) && !otherCountry ? 1 : -1;
  if (asked.country && countries.length > 0) return otherCountry ? -1 : 1;
  return 0;
}

/** The sentence gives a figure for the most reported event: the incident itself, not background. */
function aboutMainEvent(src: RankingSources, sentence: Sentence): boolean {
  const main = src.mainEvent();
  return main !== undefined && src.figureEvents(sentence.id).some((f) => f.event === main);
}

/** +1 when a sentence's casualty figures belong to strikes on the country the question names as target, -1 for the reverse. */
function eventAgreement(src: RankingSources, direction: Direction, sentence: Sentence): number {
  let best = -Infinity;
  for (const f of src.figureEvents(sentence.id)) {
    const target = f.event?.countries[0];
    if (!target) continue;
    let score = 0;
    if (direction.targets.size > 0) score = direction.targets.has(target) ? 1 : -1;
    else if (direction.attackers.size > 0) score = direction.attackers.has(target) ? -1 : 1;
    best = Math.max(best, score);
  }
  return best === -Infinity ? 0 : best;
}

/**
 * For "when did Iran strike Pakistan": whether a day in the sentence belongs
 * to a clause about the asked direction. In "Pakistan struck Iran early
 * Thursday, one day after Iran’s IRGC hit targets inside Pakistan", Thursday
 * is Pakistan's strike: -1 for that question, +1 when a clause agrees.
 */
function datedClauseAgreement(src: RankingSources, direction: Direction, sentence: Sentence): number {
  if (direction.attackers.size === 0 && direction.targets.size === 0) return 0;
  const dates = src.featuresOf(sentence).dates.filter((d) => d.day);
  if (dates.length === 0) return 0;
  let best = -Infinity;
  for (const date of dates) best = Math.max(best, clauseAgreement(src, direction, sentence, date.index));
  return best;
}

/** A verb of saying anywhere in a text. */
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');

/** "said on Monday", "told reporters late on Tuesday": a day right after a verb of saying dates the saying. */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS})` +
    // whom or where it was said: "told reporters", "told a news conference", "said in a statement", "in Derna", "at City Hall"
    String.raw`(?:\s+(?:(?:in|at|to)\s+)?(?:reporters|journalists|parliament|lawmakers|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:conference|briefing|statement|interview|meeting|hearing|session)))?` +
    String.raw`(?:\s+(?:in|at|to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:\p{Lu}[\w-]*\s*)+?)?` +
    String.raw`\s+(?:late\s+|early\s+)?$`,
  // Case matters: the place is a name ("in Derna"); verbs of saying are written in lower case mid-sentence.
  'u',
);

/** "a week after the blast", "two days after the explosion", "the day after the debris was found": a span counted from an event. */
const SPAN_FROM = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|ten|several|few|the)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|morning|afternoon|evening|night)\s+(?:after|since|before)\s+(?:the\s+|a\s+|its\s+)?([\p{L}-]+)/giu;

/** The sentence counts its day from the very event the question asks the day of ("a week after the blast"). */
function datesAfterAskedEvent(q: QuestionAnalysis, sentence: Sentence): boolean {
  if (!/\b(?:after|since|before)\b/i.test(sentence.text)) return false;
  for (const m of sentence.text.matchAll(SPAN_FROM)) {
    const event = new Set(terms(m[1]));
    if (q.terms.some((t) => bestMatch(t, event) >= RELATED_WEIGHT.s)) return true;
  }
  return false;
}

/** A date written before a noun or with "'s" ("Friday's attack", "the July election"): what follows is the event it names. */
const NAMED_BY_DATE = /^(?:['’]s)?\s+((?:[a-z][\p{L}-]*\s+){0,2}[a-z][\p{L}-]*)/u;
/** Words that end the noun after a date: the date was an adverbial after all ("the day before", "Monday at noon"). */
const NOT_A_NOUN = /^(?:and|or|but|at|in|on|to|of|for|by|from|with|after|before|when|while|as|that|which|who|was|were|is|are|had|has|have|said|says|night|morning|afternoon|evening)$/;

/**
 * Every day the sentence gives names another event by its date ("the opposition candidate who says he won
 * Venezuela's July presidential election, arrived in Spain …" for "When did González arrive in Spain?"):
 * "Tuesday's explosion" dates the explosion, and only a question about the explosion is answered by it.
 */
function onlyDatesOtherEvents(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  const dates = src.featuresOf(sentence).dates.filter((d) => d.day || d.hasTime);
  if (dates.length === 0) return false;
  return dates.every((d) => {
    if (/^(?:on|in|at|by|from|since|until|till|before|after|during|early|late|last|this|next)\b/i.test(d.text)) return false;
    const after = sentence.text.slice(d.index + d.text.length);
    const possessive = /^['’]s\s/.test(after);
    const before = sentence.text.slice(Math.max(0, d.index - 20), d.index);
    if (!possessive && !/(?:\bthe|\ba|\ban|\bits|\btheir|\bthis|\bthat|['’]s)\s+$/i.test(before)) return false;
    const words = NAMED_BY_DATE.exec(after)?.[1]?.split(/\s+/) ?? [];
    const noun: string[] = [];
    for (const w of words) {
      if (NOT_A_NOUN.test(w)) break;
      noun.push(w);
    }
    if (noun.length === 0) return false;
    const named = new Set(terms(noun.join(' ')));
    return !q.terms.some((t) => bestMatch(t, named) >= RELATED_WEIGHT.s);
  });
}

/** The noun after "the name of the" is a thing's: not a person's (WordNet), a group's or a place's ("ship", "storm", "operation"). */
function namedThingIsAThing(thing: string): boolean {
  const word = thing.toLowerCase();
  return !isPersonNoun(lemma(word)) && !isBuiltPlaceNoun(lemma(word)) && !isGroupOrPlaceNoun(word);
}

/** A question about where someone or something was going; general English. */
const ASKS_DESTINATION = /\b(?:going|heading|headed|bound|travell?ing|sailing|flying|driving|destination|en route|on (?:its|their|his|her) way|flee|fled|fleeing|escape|escaped)\b/i;
/**
 * "Where was the flight coming from?", "where did the train leave from?": where a journey began is asked, of the
 * question's own subject ("where is the school the students came from?" asks where the school is).
 */
const ASKS_ORIGIN = /^where\s+(?:was|were|did|does|do|is|are|had|has)\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:come|coming|returning|flying|travell?ing|sailing|driving|arriving|depart(?:ing)?|originat(?:e|ing)|set (?:off|out)|take off|leave|leaving|start) from\b/iu;
/** The terms of the words that ask where someone or something was going or coming from: the question's form, not its topic. */
const isJourneyWord = termSet('going heading headed head bound travelling traveling sailing flying driving destination route coming returning arriving depart departed leaving origin');
/** "Who was behind the hack?", "which group is responsible for the attack?", "who is to blame?": general English for who did something. */
const ASKS_RESPONSIBLE = /\b(?:was|were|is|are)\s+behind\b|\bresponsible\s+for\b|\bresponsible\s*[?.!]*\s*$|\bto\s+blame\b|\bat\s+fault\b/i;
/**
 * A sentence saying who did it or is blamed for it: "said its fighters carried out the attack", "claimed
 * responsibility", "was behind", "blamed the company", "accused of negligence", "charged with"; general English.
 */
const RESPONSIBLE = /\b(?:claim(?:ed|s|ing)?\s+responsibility|responsib(?:le|ility)\s+for|carried\s+out|(?:was|were|is|are)\s+behind|masterminded|orchestrated|perpetrated|blam(?:e|ed|es|ing)|accus(?:ed|es|ing)|charged\s+with|charges\s+of|negligen(?:ce|t)|at\s+fault|held\s+(?:responsible|accountable)|culpab\w+)\b/i;

/** The words a question asks who did it with ("responsible", "blame", "fault"): a sentence that tells it says them. */
const isResponsibilityWord = termSet('responsible responsibility blame fault');
/** "What was the train's destination?": where a journey was going is asked, whatever the question word. */
const DESTINATION_ASKED = /\bdestination\b/i;
/**
 * A destination, given by name: "bound for Singapore", "heading to Wichita", "en route to the capital", "its long run north to Peshawar", or a route
 * from one named place to another ("moving freight from Madison, Illinois, to Conway, Pennsylvania").
 */
const DESTINATION = /\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+to\s+(?:the\s+)?\p{Lu}|\b(?:run|journey|trip|route|voyage|flight|service|way)\s+(?:(?:north|south|east|west)(?:wards?)?\s+)?to\s+(?:the\s+)?\p{Lu}|\b(?:bound for|head(?:ing|ed)? (?:to|for|towards?)|en route (?:to|for)|on (?:its|their|his|her) way to|destined for|destination (?:was|of)|travell?ing to|sailing (?:to|for)|flying to)\s+(?:the\s+)?\p{Lu}|\b(?:fled|flew|flown|fleeing|escaped|went|gone|moved|taken|sent|transferred|evacuated|airlifted|driven|carried)\s+(?:[\p{Ll}]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?\p{Lu}/u;
/** Where a journey began, given by name: "returning from Bangkok", "left Southampton", "out of Incheon". */
const ORIGIN = /\b(?:from|out of|left|departed|departing|leaving)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "When did the ferry sink?": every word of the question (or a close relative of it) is in the first report and in
 * most reports, so the question asks about the incident itself, and in the past ("when will it run again" does not).
 */
function asksAboutIncident(src: RankingSources, question: string, queryTerms: QuestionTerm[]): boolean {
  // "When was the big aftershock?", "when did the second blast happen?": one more of its kind, on a later day.
  if (asksAboutFuture(question) || ASKS_AGAIN.test(question) || asksOfAnother(question)) return false;
  const words = queryTerms.filter((t) => !t.term.includes('_') && !isFormWord(t.term));
  return words.length > 0 && words.every((t) => t.matches.some((m) => m.weight >= RELATED_WEIGHT.s && src.inFirstReport(m.term) && src.articleShare(m.term) >= W.incidentShare));
}

/** Every day the sentence gives is after the given day (YYYY-MM-DD); a time of day alone gives none. */
function onlyDaysAfter(features: SentenceFeatures, day: string): boolean {
  const days = features.dates.filter((d) => d.day && d.specific);
  return days.length > 0 && days.every((d) => d.day! > day);
}

/** A negation or doubt, then a few words, then a question word ("would not say when", "it is unclear why"); general English. */
const notKnown = (word: string) => new RegExp(String.raw`\b(?:not|n['’]t|never|no one|nobody|unclear|unknown|uncertain|undetermined|yet to)\b(?:\s+[\w'’-]+){0,3}?\s+${word}\b`, 'i');
/** For each kind of question, a sentence saying its answer is not known ("did not yet know what had caused the failure"); and for a how-many or how-much question. */
const WHAT_CAUSED = String.raw`(?:why|what\s+(?:had\s+|has\s+)?(?:caused|made|led to|triggered|prompted|sparked))`;
/**
 * A reason still sought, general English: "the cause … was not yet known", "told them to find out exactly what had
 * caused the fire", "an inquiry to determine why".
 */
const REASON_SOUGHT = new RegExp(String.raw`\bcauses?\b(?:\s+[\w'’-]+){0,6}?\s+(?:was|is|were|are|remains?|remained|has not been|had not been)\s+(?:not\s+(?:yet\s+)?(?:known|clear|determined|established)|unknown|unclear|undetermined|under investigation|a mystery)|\b(?:find out|finding out|establish|determine|investigat\w*|examin\w*|look into|looking into|explain|work(?:s|ed|ing)? out|figur(?:e|es|ed|ing) out|pin(?:s|ned|ning)? down)\b(?:\s+[\w'’-]+){0,2}?\s+${WHAT_CAUSED}\b|\bto\s+(?:find out|establish|determine|investigate|examine|look into|identify|pin down)\s+(?:the\s+)?(?:exact\s+|precise\s+)?causes?\b`, 'i');
const NOT_KNOWN: Partial<Record<Intent, RegExp>> = { when: notKnown('when'), why: new RegExp(`${notKnown(WHAT_CAUSED).source}|${REASON_SOUGHT.source}`, 'i'), where: notKnown('where'), who: notKnown('who') };
const NOT_KNOWN_AMOUNT = notKnown('how (?:many|much)');

/** The sentence says that what the question asks is not known or not told: "officials would not say when the order might be lifted". */
function saysNotKnown(q: QuestionAnalysis, text: string): boolean {
  const pattern = q.counting ? NOT_KNOWN_AMOUNT : NOT_KNOWN[q.intent];
  return pattern?.test(text) ?? false;
}

/** Every day and time the sentence gives dates a statement ("officials said on Monday"), none the event. */
function onlyReportingDates(src: RankingSources, sentence: Sentence): boolean {
  const dates = src.featuresOf(sentence).dates.filter((d) => d.day || d.hasTime);
  return dates.length > 0 && dates.every((d) => SAID_BEFORE.test(sentence.text.slice(Math.max(0, d.index - 40), d.index)));
}

/**
 * For "when did the governor confirm the toll": how much of the question the
 * clause around the sentence's best date covers, so the day given is the day
 * of the asked thing and not of another event in the same sentence.
 */
function datedClauseCoverage(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): number {
  let best = 0;
  for (const date of src.featuresOf(sentence).dates) {
    if (!date.day && !date.hasTime) continue;
    best = Math.max(best, weightedCover(q, q.terms, clauseTermsAround(sentence.text, date.index)) / q.totalWeight);
  }
  return best;
}

/**
 * How much of what a when-question asks about (its words but names) stands within a few words of one of the
 * sentence's days or times: "Floyd, 46, died on May 25, 2020" for "When did George Floyd die?", where "A jury on
 * Tuesday found Chauvin guilty … in the death of George Floyd" dates the verdict.
 */
function dateNextToAskedWords(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): number {
  const { asked, total } = askedThing(q);
  if (total === 0) return 0;
  let best = 0;
  for (const date of src.featuresOf(sentence).dates) {
    if (!date.day && !date.hasTime) continue;
    best = Math.max(best, weightedCover(q, asked, termsAround(sentence.text, date.index, date.index + date.text.length)) / total);
  }
  return best;
}

/** The terms of the W.dateWindow words on each side of a span of a text (within 60 characters). */
function termsAround(text: string, start: number, end: number): ReadonlySet<string> {
  return termsAroundSpan(text, `${start}-${end}`);
}

/** termsAround, worked out once per sentence and span: read for every dated or naming candidate of every question. */
const termsAroundSpan = memoPerText(MEMO_SIZES.termsAround, (text: string, span: string): ReadonlySet<string> => {
  const [start, end] = span.split('-').map(Number) as [number, number];
  const before = tokenize(text.slice(Math.max(0, start - 60), start)).slice(-W.dateWindow);
  const after = tokenize(text.slice(end, end + 60)).slice(0, W.dateWindow);
  return new Set(terms([...before, ...after].join(' ')));
});

/** A possessive and the noun after it, an adjective or two between: "the bomber's younger brother". */
const POSSESSIVE = /(?<![\p{L}-])([\p{L}-]+)['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/gu;

/** A noun for one person that the question does not ask for: "brother" of "the bomber's brother", not "chairman" of "who chairs the board?". */
function isOthersPerson(q: QuestionAnalysis, word: string): boolean {
  const own = new Set(terms(word));
  // A stop word is no noun here ("the party's council have resigned": "have" is no person).
  if (own.size === 0 || !isPersonNoun(lemma(word)) || isGroupOrPlaceNoun(word)) return false;
  return !q.terms.some((t) => bestMatch(t, own) > 0);
}

/**
 * The sentence writes the question's words (names aside) only as the possessor of a person noun ("the bomber's
 * brother", "the pilot's lawyer"): the person it names is someone else.
 */
function askedOnlyAsPossessor(q: QuestionAnalysis, text: string): boolean {
  // Most sentences have no apostrophe: the search for a possessive is not run on them.
  if (!text.includes("'") && !text.includes('’')) return false;
  const { asked } = askedThing(q);
  if (asked.length === 0) return false;
  const askedTerms = new Set(asked.map((t) => t.term));
  let possessed = 0;
  for (const m of text.matchAll(POSSESSIVE)) if (terms(m[1]).some((t) => askedTerms.has(t)) && m[2].split(/\s+/).some((w) => isOthersPerson(q, w))) possessed++;
  if (possessed === 0) return false;
  const all = tokenize(text).filter((w) => terms(w).some((t) => askedTerms.has(t))).length;
  return all <= possessed;
}

/** Words that make a role another one: its deputy's, or its past holder's ("Vice President", "former minister"); general English. */
const OTHER_ROLE_BEFORE = new Set(['vice', 'deputy', 'assistant', 'former', 'ex', 'lieutenant']);
const OTHER_ROLE_WORD = new RegExp(String.raw`\b(?:${[...OTHER_ROLE_BEFORE].join('|')})\b`, 'i');

/**
 * The sentence writes the question's person nouns only after a word that makes them another role ("Vice President
 * Fuat Oktay" for "who is the president?"), one the question does not write itself.
 */
function askedOnlyAsOtherRole(q: QuestionAnalysis, text: string): boolean {
  // Most sentences have none of the words: the roles are not looked for in them.
  if (!OTHER_ROLE_WORD.test(text)) return false;
  const { roles, questionWords } = askedRoles(q);
  if (roles.length === 0) return false;
  const tokens = tokenize(text);
  let plain = 0;
  let other = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!terms(tokens[i]).some((t) => roles.some((r) => r.term === t))) continue;
    const before = tokens[i - 1]?.toLowerCase();
    if (before && OTHER_ROLE_BEFORE.has(before) && !questionWords.has(before)) other++;
    else plain++;
  }
  return other > 0 && plain === 0;
}

/** The question's person nouns and its words ("ex" and "former" one qualifier): worked out once per question. */
function askedRoles(q: QuestionAnalysis): { roles: QuestionTerm[]; questionWords: ReadonlySet<string> } {
  let found = askedRolesOf.get(q);
  if (!found) {
    const roles = askedThing(q).asked.filter((t) => isPersonNoun(t.term));
    const questionWords = new Set(tokenize(q.question.toLowerCase()).flatMap((w) => (w === 'ex' || w === 'former' ? ['ex', 'former'] : [w])));
    askedRolesOf.set(q, (found = { roles, questionWords }));
  }
  return found;
}

const askedRolesOf = new WeakMap<QuestionAnalysis, { roles: QuestionTerm[]; questionWords: ReadonlySet<string> }>();

/** Who-questions: the share of the asked words (names aside) standing within dateWindow words of a person or group the question does not name. */
function nameNextToAskedWords(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): number {
  const { asked, total } = askedThing(q);
  if (total === 0) return 0;
  const lower = lowerCase(sentence.text);
  let best = 0;
  for (const e of src.entities.inSentence(sentence.id)) {
    if (e.kind === 'place' || q.about.includes(e)) continue;
    for (const alias of e.aliases) {
      const at = lower.indexOf(alias);
      if (at >= 0) best = Math.max(best, weightedCover(q, asked, termsAround(sentence.text, at, at + alias.length)) / total);
    }
  }
  return best;
}

/**
 * Whether the clause around a position is about the asked strike. An opening
 * adverbial names no one ("In early hours of Wednesday local time, Iran’s
 * IRGC launched …"): it is read with the clause it introduces.
 */
export function clauseAgreement(src: RankingSources, direction: Direction, sentence: Sentence, at: number): number {
  return Math.sign(directionAgreement(direction, clauseDirection(src, sentence.text, at)));
}

/** Who strikes whom in the clause around a position of a sentence (or the clause after, when that one names no country). */
function clauseDirection(src: RankingSources, text: string, at: number): Direction {
  let read = clauseDirections.get(src.countries);
  if (!read) clauseDirections.set(src.countries, (read = memoPerText(MEMO_SIZES.clauseDirections, (t: string, i: number) => clauseDirectionUncached(src.countries, t, i))));
  return read(text, at);
}

function clauseDirectionUncached(countries: Map<string, string>, text: string, at: number): Direction {
  const clause = clauseAround(text, at);
  const found = directionOf(clause, countries);
  if (found.attackers.size > 0 || found.targets.size > 0 || !text.startsWith(clause)) return found;
  return directionOf(clauseAround(text, clause.length + 1), countries);
}

/** clauseDirection's answers, per corpus (its countries): read for every dated candidate of every question. */
const clauseDirections = new WeakMap<Map<string, string>, (text: string, at: number) => Direction>();

/** Reason cues after which comes the effect, not the cause: ", so …", "triggered …", "caused the …", "led to …"; general English. */
const EFFECT_FOLLOWS = /^(?:,\s+so\b|(?:triggered|caus(?:ed|es|ing)|(?:set|sets|setting) off|spark(?:ed|s|ing))(?!\s+by\b)|(?:led|leads|leading) to|result(?:ed|s|ing) in)/i;

/** A be-verb just before a cue: "the fire was caused by", "the collapse is blamed on" (a passive). */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i;

/** Every reason or cause cue of a text (REASON and CAUSE, found again and again). */
const REASONS = new RegExp(`${REASON.source}|${CAUSE.source}`, 'gi');

/** A reason cue of a sentence, with the terms on either side of it that the why-rules read. */
interface ReasonCue {
  /** Where the words after the cue start. */
  end: number;
  /** The terms of the cause's clause: after "because of …", before "… caused" ("the outage led to …"). */
  causeTerms: ReadonlySet<string>;
  /** The terms of the few words on the effect's side, next to the cue ("the dam failed because", "set off the derailment"). */
  effectTerms: ReadonlySet<string>;
}

/** A text's reason cues, each with its two sides: read for every candidate of a why-question, worked out once per text. */
const reasonCues = memo(MEMO_SIZES.reasonCues, (text: string): ReasonCue[] =>
  [...text.matchAll(REASONS)].map((m) => {
    const end = m.index + m[0].length;
    const effectFirst = !EFFECT_FOLLOWS.test(m[0]);
    const cause = effectFirst ? clauseAfter(text, end) : clauseBefore(text, m.index);
    // "The June fire that killed 23 people … was caused by …": a passive's subject is the effect, however long.
    const before = text.slice(0, m.index);
    const passive = effectFirst && PASSIVE_BEFORE.test(before) && !/[,;:]/.test(before);
    const effect = effectFirst ? tokenize(before).slice(passive ? 0 : -W.reasonWindow.before) : tokenize(text.slice(end)).slice(0, W.reasonWindow.after);
    return { end, causeTerms: new Set(terms(cause)), effectTerms: new Set(terms(effect.join(' '))) };
  }),
);

/** The words of the question's two-word phrases, each with its phrases. */
function phrasesByWord(queryTerms: readonly QuestionTerm[]): Map<string, QuestionTerm[]> {
  const byWord = new Map<string, QuestionTerm[]>();
  for (const phrase of queryTerms) {
    if (!phrase.term.includes('_')) continue;
    const words = phrase.term.split('_').flatMap((w) => terms(w));
    // "police officer" meets "officer", which says nothing of "police": the phrase counts for its words only by its own sense.
    const sense = { ...phrase, matches: phrase.matches.filter((m) => !words.includes(m.term)) };
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), sense]);
  }
  return byWord;
}

/** How well a sentence says a question word by saying a phrase it is part of ("eliminated" for the "rule" of "rule out"). */
function phraseMatch(q: QuestionAnalysis, t: QuestionTerm, present: ReadonlySet<string>): number {
  const phrases = q.phraseOf.get(t.term);
  if (!phrases) return 0;
  let best = 0;
  for (const phrase of phrases) best = Math.max(best, bestMatch(phrase, present));
  return best;
}

/** The weight of the given question terms that a set of terms has, each by its best match. */
function weightedCover(q: QuestionAnalysis, list: readonly QuestionTerm[], present: ReadonlySet<string>): number {
  let covered = 0;
  for (const t of list) covered += q.weight(t) * bestMatch(t, present);
  return covered;
}

const askedThings = new WeakMap<QuestionAnalysis, { asked: QuestionTerm[]; total: number }>();

/** The words of a why-question that say what it asks the reason of (names aside, which any clause may repeat), and their weight: worked out once per question. */
function askedThing(q: QuestionAnalysis): { asked: QuestionTerm[]; total: number } {
  let found = askedThings.get(q);
  if (!found) {
    const asked = q.terms.filter((t) => !t.name && !q.formTerms.has(t.term));
    askedThings.set(q, (found = { asked, total: asked.reduce((sum, t) => sum + q.weight(t), 0) }));
  }
  return found;
}

/** The asked thing carries most of the question's weight in a set of terms. */
function holdsAskedThing(q: QuestionAnalysis, present: ReadonlySet<string>): boolean {
  const { asked, total } = askedThing(q);
  return total > 0 && weightedCover(q, asked, present) / total >= W.reasonHoldsQuestion;
}

/**
 * A reason given for the asked thing itself: the question's words (names and form aside) stand just before a cue
 * that gives the cause after it ("the dam failed because of …", "the crash was presumed to have been caused by …"),
 * or just after one that gives the effect after it ("… set off the derailment").
 */
function reasonOfAskedEvent(q: QuestionAnalysis, text: string): boolean {
  return reasonCues(text).some((cue) => holdsAskedThing(q, cue.effectTerms));
}

/**
 * A reason that is the asked event itself explains something else. "Why won't WorkSafe identify the parties?" is
 * not answered by "the report told families little because it did not identify the parties": there the asked
 * thing comes after "because". For "why did Pakistan strike Iran", "killed due to the Pakistani attack" is the same.
 */
function reasonIsTheAskedEvent(src: RankingSources, q: QuestionAnalysis, sentence: Sentence): boolean {
  const reasons = reasonCues(sentence.text);
  if (reasons.length === 0) return false;
  const direction = q.direction;
  if (direction.attackers.size > 0 || direction.targets.size > 0) {
    return reasons.every((cue) => directionAgreement(direction, directionOf(clauseAfter(sentence.text, cue.end), src.countries)) > 0);
  }
  // Without a direction: the reason's own words carry most of the question's (names aside, which any clause may repeat).
  // "because of the fire": the reason's words follow the cue. "The fire caused …", "the outage led to …": they come before it.
  return reasons.every((cue) => holdsAskedThing(q, cue.causeTerms));
}
