/**
 * Every tunable weight of answering, in one place, each documented where it
 * is declared. Scores are on the scale of coverage: the share (0–1) of the
 * question's weighted words a sentence has.
 */
import type { Relation } from '../text/lexicon.js';

/**
 * How much a WordNet relative counts against the word itself (1): a synonym
 * ("vow" for "pledge") or a derivation ("evacuation" for "evacuate") nearly as
 * much, a broader term ("vehicle" for "truck") less.
 */
export const RELATED_WEIGHT: Record<Relation, number> = { s: 0.7, d: 0.8, b: 0.5 };

/**
 * A question's word that the reports never use, nor any synonym or derivation
 * of it, meets the reports' broader words at this weight ("manufactured" →
 * "made"). Only then: a broader word is a weak sign ("people" is no answer
 * about a "population").
 */
export const BROADER_FOR_UNUSED_WORD = 0.4;

/**
 * A question's word the reports never use meets the reports' broader words at
 * this weight when some relative of it is in the reports already, perhaps
 * through another of its senses ("dispatched" meets "murder" as a synonym, and
 * "sent" as its broader word, here).
 */
export const BROADER_BESIDE_RELATIVES = 0.25;

/**
 * A word of the same family by Lancaster's stem ("nominee" for "nominate"),
 * where WordNet lists no link: below a WordNet derivation.
 */
export const WORD_FAMILY_WEIGHT = 0.6;

/** A name the reports spell a letter or two differently ("Balochistan" for "Baluchestan") counts this much against the name itself. */
export const NAME_VARIANT_WEIGHT = 0.8;

export const W = {
  /** A question word found only in the sentence's context (paragraph, sentence before, title) counts this share. */
  context: 0.35,
  /** …but this share when the sentence leans on the one before ("The nominee, …", "He said …") and that one has it. */
  leaningOnPrevious: 0.8,
  /** …and this share when the sentence next to it in the paragraph has it (the two are then quoted together)… */
  adjacent: 0.6,
  /** …and this share when the word is a role the reports give a person the sentence names ("suspect" for Card). */
  entityRole: 0.7,
  /**
   * Ranking (not answering) counts a word found only near the sentence at these shares instead of the four above.
   * The sentence that gives an answer often leaves its subject to the one before or after it, or to the paragraph;
   * whether it answers at all still takes the shares above (raising those instead cost 12 dev refusals). Fitted by
   * `npm run fit-weights` (scripts/fit-weights.ts) on the dev splits: with incidents held out, traced top-1 rose
   * from 1,181 to 1,204 of 1,772 dev questions; the other weights are within its noise (1,196 → 1,199).
   */
  rankContext: { context: 0.45, leaningOnPrevious: 1.0, adjacent: 0.9, entityRole: 0.55 },
  /** "What did the lawyer K Balu say?": a sentence naming Balu has "lawyer" at this weight; one that writes the word too still leads. */
  describedByName: 0.7,
  /** A sentence must cover this share of the question's weighted words (and give the kind asked for) to answer it. */
  minCoverage: 0.4,
  /** …or this share for a question that asks for no particular kind ("What did the report conclude?"): its words are the only sign. */
  minCoverageAnyKind: 0.5,
  /** …or this share when it does not give the kind asked for (the kind may be there in words no reader of types sees). */
  minCoverageUntyped: 0.7,
  /**
   * …and no word carrying more than this share of the question's weight may be
   * absent from it, its context and its article: "What is the population of
   * Lewiston?" is not answered by a sentence about Lewiston.
   */
  maxMissing: 0.45,
  /** …or this share when the sentence counts the very thing asked about ("300 firefighters" for "how many firefighters were deployed"). */
  maxMissingCounted: 0.65,
  /** …and covers at least this share of what the sentence covering most of the question covers. */
  shareOfBestCoverage: 0.5,
  /** A question is answered when one of this many best-ranked sentences answers it (see ranking.answers). */
  answerAmong: 3,
  /** Lower-ranked quotes are kept while they reach this share of the best quote's coverage… */
  relativeCoverage: 0.45,
  /** …and this share of minCoverage. */
  keptCoverage: 0.7,
  /** Ranking signals (intent, type, direction) apply only to sentences covering this much of the question. */
  signalsFrom: 0.3,
  /** Word weights, times the word's IDF: a name the question uses… */
  name: 1.5,
  /** …a word the reports never use (so a question about something else is not answered)… */
  unknownWord: 1.1,
  /**
   * …and a name a follow-up's pronoun stood for ("what did he see?" after "who is Stuart Cundy?"): less than a name
   * the question writes, more than a plain word, so a sentence about someone else does not lead on the asked words
   * alone (0.6 before: dev top-1 +4, top-3 +3 at 1.2; 0.9 and 1.5 gained less).
   */
  followUpContext: 1.2,
  /** A word of the question's form ("cause", "reason"), times its IDF: it helps, and is never missing. */
  formWord: 0.4,
  /** A two-word phrase ("call_off"), times its IDF: its words count on their own too. */
  phrase: 0.5,
  /** A sentence that gives the kind of answer asked for gains this; one that does not loses it. */
  typed: 0.1,
  /** …and a sentence without a name the question does not give loses this, when the question asks for one ("Who is the suspect?"). */
  noNewName: 0.3,
  /** MiniSearch's BM25 score, scaled to the best candidate's, adds at most this. */
  bm25: 0.1,
  /** The headline repeated as a report's first line loses this: the title already gives its words as context. (A short sentence of the body is a sentence like any other: "Of the ferry's 29 crew, 22 survived.") */
  headlineLine: 0.2,
  /** Casualty answers without an exact count lose this. */
  vagueCount: 0.15,
  /** Casualty answers: a figure from the most recent report gains this (from the first day: nothing), so the latest toll leads. */
  recentReport: 0.15,
  /** …and for "How many are missing?" (a count of one kind, not the toll, which has its own series): this. */
  recentReportOfKind: 0.3,
  /** A casualty question naming a kind ("hurt", "died"): a sentence with a figure of that kind. */
  figureKind: 0.2,
  /** "Who is the suspect?": a sentence naming the name most good candidates give gains up to this (see ranking.addNameSupport). */
  nameSupport: 0.2,
  /** Who-did-what-to-whom agreement with the question (per agreeing country). */
  direction: 0.15,
  /** "How many died?" (no day or place named): a count said to be the whole toll ("bringing the toll to 112"). */
  wholeToll: 0.2,
  /** A casualty figure of the incident's main event. */
  mainEvent: 0.1,
  /** "How many targets": a number right before the asked thing. */
  countsAskedThing: 0.15,
  /** "How far": a distance in the sentence. */
  measure: 0.5,
  /** "How deep": a length said to be a depth ("13,000 feet deep", "a depth of 10 km"), beside the measure's own bonus. */
  dimension: 0.4,
  /** "Where is Chacrapampa?": a sentence that places something ("lies 330 km southeast of Lima", "on the edge of"). */
  locates: 0.2,
  /** "The Pakistani spokesperson": the role held for the asked country. */
  roleOwner: 0.25,
  /** "When did X do Y": times the share of the question the clause around the sentence's date covers. */
  datedClause: 0.15,
  /** When-questions: a day or time standing within dateWindow words of the asked words (their share, names aside). */
  dateNextToAsked: 0.2,
  dateWindow: 5,
  /** Who-questions: a person or group standing within dateWindow words of the asked words (their share, names aside). */
  nameNextToAsked: 0.2,
  /** Who-questions: a sentence writing the asked words only as another's ("the bomber's brother") loses this. */
  askedAsPossessor: 0.3,
  /** "When did the storm hit?": a sentence whose only day is the day something was said ("officials said on Monday") loses this. */
  reportingDate: 0.2,
  /** …and one counting its day from the asked event ("At 6.08 pm on Tuesday, a week after the blast") loses this. */
  relativeDate: 0.4,
  /** A sentence telling another of the incident's kind ("a second quake of magnitude 7.5") loses this, unless the question asks of another. */
  anotherIncident: 0.2,
  /** "When did the ferry sink?" (the incident itself): a sentence whose every day is after the first report's loses this. */
  laterDay: 0.45,
  /** A question whose every word is used by this share of the reports or more is about the incident itself. */
  incidentShare: 0.5,
  /** "Where was the ship going?", "where was it coming from?": a sentence giving that end of the journey by name ("bound for Singapore", "returning from Bangkok") gains this, one with no journey's end loses it. */
  journeyEnd: 0.3,
  /** "Which group was behind the attack?": a sentence saying who carried it out or claimed it ("said its fighters carried out the attack"). */
  responsibility: 0.3,
  /** "Who shot the gunman?": a sentence telling the asked verb in the passive with its doer ("was shot dead by a Border Patrol agent"); 0.3 gained one dev answer, 0.5 three. */
  doneBy: 0.5,
  /** "Who runs Colonial Pipeline?": a sentence giving a leader's title by what the question asks who leads. */
  leaderTitle: 0.2,
  /** "What did Biden say": a sentence giving that speaker's words. */
  speaker: 0.25,
  /** The question's neighbouring words side by side in the sentence ("crew chief"): up to this, by the share of pairs found. */
  wordPair: 0.15,
  /** "What is the name of the storm?": a name with that word in it ("Storm Daniel"). */
  namedThing: 0.3,
  /** "What is the localizer?": a sentence saying what it is ("the localizer, an antenna that …"). */
  definedThing: 0.2,
  /** "What kind of ship is the Galaxy Leader?": a sentence saying what kind it is ("the Galaxy Leader, a … vehicle carrier"). */
  kindOf: 0.2,
  /**
   * "Why won't X name them?": a sentence whose every reason holds the asked thing ("… because it did not name them")
   * explains something else and ranks as one giving no reason. With no direction asked, a reason holds the asked
   * thing when the words after its "because" carry this share of the question's (names aside).
   */
  reasonHoldsQuestion: 0.6,
  /** "The dam failed because of …": a why-question's reason given for the asked thing itself gains this. */
  reasonOfAskedEvent: 0.25,
  /**
   * How near a reason cue the asked thing stands, in words, to be what the reason is given for: before a cue that
   * gives the cause after it ("the crash was presumed to have been caused by"), after one that gives the effect.
   */
  reasonWindow: { before: 10, after: 4 },
  /**
   * Bonuses by the kind of question. who.role: a sentence naming someone the reports give a role; actor: one naming
   * a person or group; introduces:
   * "Who is Prigozhin?" — a sentence that writes out his role ("Yevgeny Prigozhin, the founder of Wagner, …"),
   * in full from fullRoleWords words of role up, in part below ("Governor Andrei Vorobyov").
   */
  who: { role: 0.15, actor: 0.1, introduces: 0.2, fullRoleWords: 3 },
  when: { time: 0.1, timeAsked: 0.35, day: 0.25, dayForTime: 0.05 },
  where: 0.2,
  why: 0.2,
  casualtyCount: 0.3,
  definition: 0.05,
  /** "What happened in X?" is the incident's overview when every word but "happened" is in this share of sentences or more. */
  overviewShare: 0.08,
  /** "What was the motive?" with no topic named: the sentences giving a reason in each report's first this many paragraphs answer. */
  overviewReasonParagraphs: 4,
  /** "How deep was it?": the measure of the incident itself is read from the sentences of this many reports, the earliest first (a bound for large corpora). */
  measureReports: 50,
  /** How many of the best candidates the second, costlier ranking pass reads. */
  reranked: 60,
  /** Quotes per answer at most. */
  maxQuotes: 25,
} as const;
