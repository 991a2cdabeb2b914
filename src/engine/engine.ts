/**
 * The answer engine: understands a question, ranks the corpus's sentences for
 * it, groups near-identical reports, and says "not found" when nothing in the
 * corpus answers. One Engine serves one corpus version and never changes; a
 * reload builds a new one and swaps it in.
 */
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { PassageIndex, type QuestionTerm, type TermMatch } from '../search/passageIndex.js';
import { CASUALTY_TERM, casualtyTermOfPeople, questionWording, terms, termSet, withTokenCache } from '../text/terms.js';
// Casualty figures and the timeline live in their own modules; the engine only asks them.
import { CasualtyIndex, type CasualtyEvent, type Figure, type FigureLine, type TollSeries } from './casualties/index.js';
import type { FigureKind } from './casualties/extract.js';
import { asksAboutTollChange, narrowedTo } from './casualties/events.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';
import { EntityIndex, type Entity, type EntityKind } from './entities.js';
import { countryNames, isCountryName } from '../text/countries.js';
import { isPersonNoun, lexiconLoads } from '../text/lexicon.js';
import { nlpLoads } from '../text/nlp.js';
import { spellingLoads } from '../text/spelling.js';
import { casualtyNotes, type Note } from './notes.js';
import { computeFeatures, HAS_NUMBER, restoreFeatures, saveFeatures, type SentenceFeatures } from './features.js';
import type { EngineSnapshot } from './snapshot.js';
import { directionOf, type Direction } from './direction.js';
import { ASKS_AGE, askedLandNoun, tellsWhatIsAhead } from './answerTypes.js';
import { askedOfIncident, asksForLatest, asksForOverview, asksWhatNext, detectIntent, isOverviewWord, verbAskedOfIt, wantsTimeOfDay, type Intent } from './question.js';
import { QuoteGrouper } from './grouping.js';
import { countsInClause, countsQueryTerm, namesUncounted } from './cues.js';
import { findAcronyms, nameWithInitials } from './acronyms.js';
import { analyzeQuestion, type QuestionAnalysis, figureKindOfTopic, mainIncidentTerms, tellsAnotherIncident, leansOnPrevious, mainIncidentWord, answerable, answers, bestMatch, clauseAgreement, intentBonus, namesGiven, rank, type RankingSources, type SentenceFigure } from './ranking.js';
import { RELATED_WEIGHT, W } from './weights.js';
import { MEMO_SIZES } from '../text/memo.js';

/** An event's words for matching a topic (see Engine.wordsOf). */
interface EventWords {
  own: ReadonlySet<string>;
  all: ReadonlySet<string>;
  places: [string, ReadonlySet<string>][];
}

/** A quote: one or more whole sentences of one paragraph, verbatim, and every article that reports it. */
export interface Quote {
  text: string;
  articleId: string;
  paragraph: number;
  start: number;
  end: number;
  /** The article and paragraph of each report of this quote; the first is the quote's own. */
  sources: { articleId: string; paragraph: number }[];
  score: number;
}

export interface Answer {
  /** The question as understood (follow-ups resolved). */
  question: string;
  intent: Intent;
  quotes: Quote[];
  /** True when nothing in the corpus answers the question. */
  notFound: boolean;
  /** Remarks for the reader, as data (src/render/notes.ts words them): reports disagree, a toll changed. */
  notes: Note[];
  /** Casualty events touched by the answer, with every figure (for disagreements). */
  casualties?: CasualtyEvent[];
  /** People, groups and places the question names. */
  about: Entity[];
  /** For a question asking for a name ("Which company …?"): the names the answer gives, likeliest first. */
  named?: Entity[];
}

export type { TimelineEvent } from './timeline.js';

/** Two maps with the same keys. */
function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

/** Terms of the casualty words (src/text/terms.ts): a question made only of these and toll words asks for the toll. */
const CASUALTY_TERMS: ReadonlySet<string> = new Set(Object.values(CASUALTY_TERM));
/** Words asking whether a toll changed ("has the toll risen") or for where it ended ("the final toll"): the toll series answers them. */
const isTollChangeWord = termSet('rise risen rose rising increase increased climb climbed change changed update updated revise revised final latest total overall');

function isTollWord(term: string): boolean {
  return CASUALTY_TERMS.has(term) || isTollChangeWord(term);
}

/** The figure of the earliest report (the first of them on a tie), as a list of at most one. */
function firstPublished(figures: Figure[]): Figure[] {
  let first: Figure | undefined;
  for (const f of figures) if (!first || f.published < first.published) first = f;
  return first ? [first] : [];
}

/** "Not found": no quote answers the question (a note may say why). */
function notFound(question: string, intent: Intent, about: Entity[], notes: Note[] = []): Answer {
  return { question, intent, quotes: [], notFound: true, notes, about };
}

/** Answers remembered per engine (first in, first out). */
const ANSWER_CACHE_SIZE = 1000;

/** A sentence that needs the one before it to say who: "He stated …", "It added …" (not "It is not clear …"). */
const PRONOUN_START = /^(He|She|They|These|His|Her|Their|It (said|says|added|noted|insisted|stated|went on|claimed)|This (move|action|attack)|The (group|ministry|official|statement|move))\b/;

/** A casualty word, or a noun for the people a casualty figure counts ("victims"). */
function isCasualtyWord(term: string): boolean {
  return CASUALTY_TERMS.has(term) || casualtyTermOfPeople(term) !== undefined;
}

/** A measure written in at most this many words ("102 mph", "a depth of about 18.5 km") is written tight. */
const TIGHT_MEASURE_WORDS = 5;

export class Engine implements RankingSources {
  readonly corpus: Corpus;
  readonly index: PassageIndex;
  readonly entities: EntityIndex;
  private readonly features = new Map<string, SentenceFeatures>();
  /** Casualty figures and their events (src/engine/casualties/). */
  readonly casualties: CasualtyIndex;
  /** Folded country names and demonyms → country ("iranian" → "Iran"). */
  readonly countries = new Map<string, string>();
  private readonly directions = new Map<string, Direction>();
  /** Acronyms the reports use, with the names they stand for. */
  readonly acronyms: Map<string, string[]>;

  /** The terms of the reports' name whose initials spell an acronym they never use ("EU" for "European Union"). */
  nameWithInitials(acronym: string): string[] | undefined {
    return nameWithInitials(this.corpus, acronym);
  }
  private timelineEvents?: TimelineEvent[];
  /** The articles, earliest published first (the overview's order). */
  private byPublication?: Article[];

  /**
   * Build the engine for a corpus; with a snapshot of the same corpus (see
   * toSnapshot and src/engine/snapshot.ts), load the analysis instead of redoing it.
   */
  constructor(corpus: Corpus, snapshot?: EngineSnapshot, options: { reuse?: Engine } = {}) {
    this.corpus = corpus;
    // Index and entities tokenize the same sentences: tokens are shared while both are built.
    [this.index, this.entities] = snapshot
      ? [new PassageIndex(corpus, snapshot.index), new EntityIndex(corpus, snapshot.entities)]
      : withTokenCache(() => [new PassageIndex(corpus), new EntityIndex(corpus)] as const);

    this.index.setPersonNames(this.entities.all('person').map((e) => e.name));
    this.acronyms = findAcronyms(corpus);
    const kinds = new Map<string, Set<EntityKind>>();
    // A country is no sign that a sentence is about a place (every sentence names one), but it is a name that can answer.
    const namesCountry = new Set<string>();
    const roles = new Set<string>();
    for (const entity of this.entities.all()) {
      for (const id of entity.mentions) {
        const set = kinds.get(id) ?? new Set<EntityKind>();
        // Country names are everywhere in this kind of news: they do not make a sentence about a place.
        if (!(entity.kind === 'place' && isCountryName(entity.name.toLowerCase()))) set.add(entity.kind);
        else namesCountry.add(id);
        kinds.set(id, set);
        if (entity.kind === 'person' && entity.roles.length > 0) roles.add(id);
      }
    }
    // Every name, demonym and capital of the countries the reports name (the whole table would make
    // every direction pattern needlessly long).
    const named = new Set<string>();
    for (const [alias, country] of countryNames()) if (alias.split(' ').every((w) => this.index.usesWord(w))) named.add(country);
    for (const [alias, country] of countryNames()) if (named.has(country)) this.countries.set(alias, country);
    // A rebuild reuses what the previous engine read of each sentence of an unchanged report (the costly
    // part: dates, values); what depends on the whole corpus (entities, countries) is read anew.
    const previous = options.reuse && !snapshot ? options.reuse : undefined;
    const sameCountries = previous !== undefined && sameKeys(previous.countries, this.countries);
    corpus.sentences.forEach((sentence, i) => {
      const article = this.article(sentence.articleId);
      const old = previous?.unchangedSentence(article, sentence);
      const saved = snapshot?.sentences[i];
      const features = saved
        ? restoreFeatures(saved.features, sentence.id, kinds, roles)
        : old
          ? restoreFeatures(saveFeatures(old.features), sentence.id, kinds, roles)
          : computeFeatures(sentence, article, kinds, roles);
      if (namesCountry.has(sentence.id)) features.kinds.add('place');
      this.features.set(sentence.id, features);
      const direction = saved ? { attackers: new Set(saved.attackers), targets: new Set(saved.targets) } : old && sameCountries ? old.direction : directionOf(sentence.text, this.countries);
      this.directions.set(sentence.id, direction);
      if (old) this.reusedSentences++;
    });
    this.casualties = new CasualtyIndex(corpus, snapshot?.casualties, previous?.casualties);
  }

  /** Sentences whose reading was taken from the previous engine on a rebuild (see the constructor's `reuse`). */
  reusedSentences = 0;

  /** What this engine read of a sentence, when its report is unchanged in `article` (same text and date). */
  unchangedSentence(article: Article, sentence: Sentence): { features: SentenceFeatures; direction: Direction } | undefined {
    const mine = this.corpus.byId.get(article.id);
    if (!mine || mine.body !== article.body || mine.published !== article.published) return undefined;
    const features = this.features.get(sentence.id);
    const direction = this.directions.get(sentence.id);
    return features && direction ? { features, direction } : undefined;
  }

  /** The engine's analysis as plain data (JSON), aligned with corpus.sentences: see the constructor. */
  toSnapshot(): EngineSnapshot {
    return {
      index: this.index.toSnapshot(),
      entities: this.entities.toSnapshot(),
      sentences: this.corpus.sentences.map((sentence) => {
        const direction = this.directions.get(sentence.id)!;
        return {
          features: saveFeatures(this.features.get(sentence.id)!),
          attackers: [...direction.attackers],
          targets: [...direction.targets],
        };
      }),
      casualties: this.casualties.toSnapshot(),
    };
  }

  article(id: string): Article {
    const article = this.corpus.byId.get(id);
    if (!article) throw new Error(`unknown article ${id}`);
    return article;
  }

  featuresOf(sentence: Sentence): SentenceFeatures {
    return this.features.get(sentence.id)!;
  }

  directionOf(sentence: Sentence): Direction {
    return this.directions.get(sentence.id)!;
  }

  figureEvents(sentenceId: string): SentenceFigure[] {
    // Read for every candidate of every casualty question: worked out once per sentence.
    let list = this.figureEventsBySentence.get(sentenceId);
    if (!list) {
      list = this.casualties.figuresOf(sentenceId).map((f) => ({ hasCount: f.count !== undefined, kind: f.kind, event: this.casualties.eventOf(f), start: f.start, end: f.end }));
      this.figureEventsBySentence.set(sentenceId, list);
    }
    return list;
  }

  private readonly figureEventsBySentence = new Map<string, SentenceFigure[]>();

  figureSentences(kind: string): Sentence[] {
    let list = this.figureSentencesByKind.get(kind);
    if (!list) {
      const ids = new Set(this.casualties.allFigures().filter((f) => f.kind === kind).map((f) => f.sentenceId));
      list = [...ids].flatMap((id) => this.index.sentence(id) ?? []);
      this.figureSentencesByKind.set(kind, list);
    }
    return list;
  }

  private readonly figureSentencesByKind = new Map<string, Sentence[]>();

  recency(articleId: string): number {
    if (!this.recencies) {
      const days = this.publicationDays();
      const order = new Map(days.map((day, i) => [day, i]));
      this.recencies = new Map(this.corpus.articles.map((a) => [a.id, days.length > 1 ? order.get(a.published)! / (days.length - 1) : 1]));
    }
    return this.recencies.get(articleId) ?? 0;
  }

  private recencies?: Map<string, number>;

  /** Share of the reports that use a term, in their text or headline (0–1). Worked out on the first question that needs it. */
  articleShare(term: string): number {
    return (this.termUse().counts.get(term) ?? 0) / Math.max(1, this.corpus.articles.length);
  }

  /** Whether the first report (the earliest published) uses a term, in its text or headline ("Freight train … derails"). */
  inFirstReport(term: string): boolean {
    return this.termUse().first.has(term);
  }

  /** How many reports use each term, and the terms of the first report. */
  private termUse(): { counts: Map<string, number>; first: Set<string> } {
    if (!this.termUseCache) {
      const counts = new Map<string, number>();
      const first = new Set<string>();
      for (const article of this.corpus.articles) {
        const own = new Set(this.index.titleTermsOf(article.id));
        for (const p of article.paragraphs) for (const sentence of p.sentences) for (const t of this.index.termsOf(sentence)) own.add(t);
        for (const t of own) counts.set(t, (counts.get(t) ?? 0) + 1);
        if (article.published === this.firstDay) for (const t of own) first.add(t);
      }
      this.termUseCache = { counts, first };
    }
    return this.termUseCache;
  }

  private termUseCache?: { counts: Map<string, number>; first: Set<string> };

  /** The day the first report was published (YYYY-MM-DD). */
  get firstDay(): string {
    return this.publicationDays()[0] ?? '';
  }

  /** The days reports were published on (YYYY-MM-DD), earliest first, each once: read by recency and firstDay. */
  private publicationDays(): string[] {
    return (this.days ??= [...new Set(this.corpus.articles.map((a) => a.published))].sort());
  }

  private days?: string[];

  /**
   * The corpus-wide readings the engine otherwise works out on the first question that needs them (which reports
   * use each term, the casualty events and their notes, the incident's toll quotes, the timeline), as separate
   * steps: the bot runs them after start, one per turn of the event loop, so that no user's question pays for
   * them (on 10,000 reports they take seconds) and no interaction waits behind more than one.
   */
  preparations(): (() => void)[] {
    return [
      // The word lists and the NLP model answering loads on first use, one per step (the largest, 0.3 s).
      ...lexiconLoads,
      ...spellingLoads,
      ...nlpLoads,
      () => this.termUse(),
      () => this.casualtyEvents().forEach((event) => this.notesFor(event)),
      () => this.mainEvent() && this.tollQuotes(this.mainEvent()!),
      () => this.timeline(),
    ];
  }

  mainEvent(): CasualtyEvent | undefined {
    return this.casualtyEvents()[0];
  }

  /**
   * Answer a free question. `intent` forces the kind of answer (the /who, /when …
   * commands); `context` names what a follow-up's pronouns stood for, which
   * weigh less than the words the follow-up itself asks about.
   */
  ask(question: string, options: { intent?: Intent; context?: string[] } = {}): Answer {
    // An engine never changes, so the same question gets the same answer: popular questions are served from memory.
    const key = `${options.intent ?? ''}\u0000${(options.context ?? []).join('\u0001')}\u0000${question}`;
    const cached = this.answers.get(key);
    if (cached) return cached;
    const answer = this.answer(question, options);
    if (this.answers.size >= ANSWER_CACHE_SIZE) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
    return answer;
  }

  private readonly answers = new Map<string, Answer>();

  /** Forget remembered answers (benchmarks measure the work of answering, not the memory of it). */
  clearAnswerCache(): void {
    this.answers.clear();
  }

  /** A question read as the reports would spell it ("capatin" → "captain"), answered under the words the user typed. */
  private answer(asked: string, options: { intent?: Intent; context?: string[] }): Answer {
    const answer = this.answerWording(this.index.correctedWording(questionWording(asked)), options);
    return answer.question === asked ? answer : { ...answer, question: asked };
  }

  private answerWording(question: string, options: { intent?: Intent; context?: string[]; incidentNamed?: boolean }): Answer {
    const intent = detectIntent(question, options.intent);
    const q = analyzeQuestion(this, question, intent, options.context);
    // "What is the latest death toll?", "has the toll risen?": the incident's toll over time, when nothing narrower is asked.
    // A kind of people many sentences name ("firefighters" of a port fire) is a group within the toll, not the toll.
    const broad = (t: QuestionTerm) => isTollWord(t.term) || (this.index.share(t.term) >= W.overviewShare && !isPersonNoun(t.term));
    // So is a plain "how many died?" when later reports changed the incident's death toll: the latest figure leads;
    // and "how many were infected?" when they changed that count. (A count of the infected is no answer to how many died.)
    const tollKind = q.figureKind ?? 'killed';
    const tollChanged = () => this.mainEvent()?.series.some((series) => series.changed && series.kind === tollKind) ?? false;
    // The series is the incident's death toll: a question about the injured is ranked like any other.
    const asksInjured = q.terms.some((t) => t.term === CASUALTY_TERM.injured);
    // "How many had died by Wednesday?" asks the figure of that day: ranked like any other question.
    if (intent === 'casualties' && !asksInjured && !q.namesDay && q.terms.every(broad) && (asksAboutTollChange(question) || tollChanged())) {
      // "How many died in Syria?" of an earthquake in Turkey and Syria: the toll the reports give for Syria.
      // "How many died in Madagascar?", when the incident's toll is Malawi's: no toll of the incident; the figures
      // of the place asked are ranked like any other answer.
      const main = this.mainEvent();
      const placesAsked = q.about.filter((e) => e.kind === 'place').map((e) => e.name);
      const part = placesAsked.find((name) => main?.series.some((s) => s.place === name));
      const ofMainEvent = (name: string) => !main || main.places.includes(name) || main.countries.includes(name);
      const toll = main && part ? this.tollAnswer(question, intent, tollKind, this.narrowed(main, part)) : placesAsked.every(ofMainEvent) ? this.tollAnswer(question, intent, tollKind) : undefined;
      if (toll) return toll;
    }
    // "What was the motive?", "what caused it?", "why?": a reason for the incident itself, when no topic is named.
    // Asked in the reports' own word for it ("what caused the fire?"), else told by the reports' openings.
    // So is "who is responsible?", "who is to blame?", which is never told by an opening.
    const responsible = q.responsibility !== undefined;
    if ((intent === 'why' || responsible) && q.terms.every((t) => q.formTerms.has(t.term))) {
      const word = mainIncidentWord(this);
      const named = word && !options.incidentNamed ? this.answerWording(askedOfIncident(question, word), { ...options, intent, incidentNamed: true }) : undefined;
      if (named && !named.notFound) return { ...named, question };
      return responsible ? notFound(question, intent, q.about) : this.overview(question, intent);
    }
    // "What happens next?", "what's next?": what the newest reports say lies ahead.
    if (asksWhatNext(question)) return this.stillToCome(question, intent);
    // "What happened?", "what happened in Lewiston?" (a name on every page): the incident itself, told by each report's opening.
    // The words that ask for the story ("any updates?", "latest news") name no topic of it.
    if (!options.incidentNamed && asksForOverview(question) && q.terms.every((t) => isOverviewWord(t.term) || this.index.share(t.term) >= W.overviewShare)) return this.overview(question, intent);
    // "What time did it collapse?", "when did it erupt?": the incident's own verb, asked of "it", asks when it happened.
    const itsVerb = intent === 'when' ? terms(verbAskedOfIt(question) ?? '') : [];
    if (!options.incidentNamed && itsVerb.some((t) => mainIncidentTerms(this).has(t)) && q.terms.every((t) => itsVerb.includes(t.term))) return this.overview(question, intent);
    // "Which countries were affected?", "which towns were hit?": where the incident itself struck, as its openings tell.
    const land = askedLandNoun(question);
    if (!options.incidentNamed && land && q.terms.every((t) => q.formTerms.has(t.term) || isOverviewWord(t.term) || terms(land).includes(t.term))) return this.overview(question, 'where');
    if (this.notAboutReports(question, q)) return notFound(question, intent, q.about);
    // "What was the magnitude?", "how strong was the quake?": naming only the measure or the incident, a measure of the
    // incident itself (not "a magnitude 3.9 aftershock").
    if (q.terms.length > 0 && this.asksMeasureOfIncident(q)) return this.measureOfIncident(question, intent, q);
    if (q.terms.length === 0) {
      // "Where did it?", "when was it?": a place or a day of the incident itself, as "where did it happen?" asks.
      if (asksForOverview(question) || intent === 'when' || intent === 'where') return this.overview(question, intent);
      // "How deep was it?", "how strong was it?": a measure of the incident itself.
      if (q.dimension || q.measure) return this.measureOfIncident(question, intent, q);
      return notFound(question, intent, []);
    }
    const { about, direction, counting } = q;
    const scored = rank(this, q);
    const best = scored[0];
    // "Why did the bridge collapse?", "what caused the collapse?": of the incident itself, when no sentence gives a
    // reason for it nor speaks of its cause ("a fridge had exploded, although … too early to say what had caused it"),
    // the reports' openings tell how it came about ("A container ship lost power and struck a pillar").
    const top = scored.slice(0, W.answerAmong);
    if (intent === 'why' && !top.some((s) => (s.typed && !s.otherReason) || this.featuresOf(s.sentence).hasCause) && this.asksOfIncidentItself(q)) return this.overview(question, intent);
    if (!best || !answerable(q, scored.slice(0, W.answerAmong), Math.max(0, ...scored.slice(0, W.reranked).map((s) => s.coverage)))) {
      return (intent === 'casualties' && asksAboutTollChange(question) && this.tollAnswer(question, intent)) || notFound(question, intent, about);
    }
    const kept = scored.filter((s) => s.coverage >= Math.max(W.minCoverage * W.keptCoverage, best.coverage * W.relativeCoverage));
    const quotes = this.group(kept.slice(0, W.maxQuotes * 2).map((s) => this.quoteFor(s.sentence, s.score, s.withPrevious, s.withNext)), W.maxQuotes);
    const queryTerms = q.terms;

    // "How many drones did the IRGC fire?": the best quote names drones without a number, and none counts them: that is the answer.
    const counted = q.counted;
    // A word of its family with a number counts it too: "All 155 people aboard survived" for "how many survivors?".
    const family = counted ? q.terms.filter((t) => counted.includes(t.term)).flatMap((t) => t.matches.filter((m) => m.weight >= RELATED_WEIGHT.d).map((m) => m.term)) : [];
    if (intent !== 'casualties' && counted && namesUncounted(quotes[0].text, counted) && !quotes.slice(0, W.answerAmong).some((quote) => countsQueryTerm(quote.text, counted) || countsInClause(quote.text, family))) {
      return notFound(question, intent, about, [{ kind: 'neverCounted' }]);
    }
    // "Which company freed the ship?" … "when did they finish?": "they" is the company the answer named.
    const named = q.needsNewName ? namesGiven(this, q, (scored.slice(0, W.answerAmong).find((s) => answers(q, s)) ?? best).sentence) : undefined;
    const answer: Answer = { question, intent, quotes, notFound: false, notes: [], about, named };
    if (intent === 'casualties') this.attachCasualties(answer, direction, q.figureKind);
    else if (counting && !quotes.slice(0, 3).some((q) => countsQueryTerm(q.text, queryTerms.map((t) => t.term)) || HAS_NUMBER.test(q.text))) {
      // "What number of missiles …": say plainly that no number is given, rather than let a quote seem to answer.
      // A quote with a number in other words ("gave the total as 477") may be the answer: no such claim then.
      answer.notes.push({ kind: 'noNumber' });
    }
    if (intent === 'when') {
      const note = this.dayDisagreement(direction, quotes.slice(0, 5));
      if (note) answer.notes.push(note);
    }
    return answer;
  }

  /** The articles, earliest published first (worked out once). */
  private publicationOrder(): Article[] {
    return (this.byPublication ??= [...this.corpus.articles].sort((a, b) => a.published.localeCompare(b.published)));
  }

  /**
   * Whether a question asks of the incident itself: it names it by the reports' word for its kind ("the collapse"),
   * and its other words are the question's form or words on many pages ("the bridge" of a bridge's collapse).
   */
  private asksOfIncidentItself(q: QuestionAnalysis): boolean {
    const incident = mainIncidentTerms(this);
    return q.terms.some((t) => incident.has(t.term)) && q.terms.every((t) => q.formTerms.has(t.term) || incident.has(t.term) || this.index.share(t.term) >= W.overviewShare);
  }

  /**
   * A measure asked of the incident itself: every word of the question is the measure's own name ("magnitude",
   * "depth", which its pattern looks for) or the reports' word for the incident's kind.
   */
  private asksMeasureOfIncident(q: QuestionAnalysis): boolean {
    const pattern = q.dimension ?? q.measure;
    if (!pattern) return false;
    const incident = mainIncidentTerms(this);
    // The incident in the question's word or in a word WordNet relates to the reports' ("the quake" of "earthquake").
    // An age is asked of someone, never of the incident ("how old was the shooter?" of a shooting's "gunman").
    if (ASKS_AGE.test(q.question)) return false;
    return q.terms.every((t) => bestMatch(t, incident) > 0 || pattern.source.includes(t.term));
  }

  /** Sentences that name the incident by its kind ("collapsed", "the collapse"), earliest report first. */
  private sentencesNamingIncident(): Sentence[] {
    return this.publicationOrder().flatMap((article) => article.paragraphs.flatMap((p) => p.sentences.filter((s) => this.namesIncident(s))));
  }

  /** Whether a sentence names the incident by its kind, in the reports' words for it (none known: no). */
  private namesIncident(sentence: Sentence): boolean {
    const own = this.index.termsOf(sentence);
    for (const t of mainIncidentTerms(this)) if (own.has(t)) return true;
    return false;
  }

  /**
   * A question no report is about, whatever sentence would rank first. "How many jets does Copa Airlines fly?": a
   * name no report uses anywhere (an acronym, "the KNCHR", may be one the reports only spell out). "Who was arrested?"
   * of reports that never write "arrest", only "stopped" or "picked up" (relatives through its other senses): no word
   * the question asks about is in the reports as itself or in its family ("survived" for "survivors"), nor a casualty
   * word, which the reports may say in words of their own ("victims" of reports that only say who was killed).
   */
  private notAboutReports(question: string, q: QuestionAnalysis): boolean {
    const acronyms = new Set(question.match(/\b[A-Z]{2,}\b/g)?.map((a) => a.toLowerCase()));
    if (q.terms.some((t) => t.name && !t.known && !acronyms.has(t.term) && !q.spelledOut.has(t.term) && t.matches.every((m) => this.index.share(m.term) === 0))) return true;
    if (q.intent === 'casualties') return false;
    const asked = q.terms.filter((t) => !q.formTerms.has(t.term) && !t.term.includes('_'));
    // A synonym or a narrower word anchors a noun ("the skipper", "the aviator" of reports that say "the captain", "the
    // pilot"), not a verb, whose synonyms are of many senses ("arrested": "stopped", "picked up"; "charged": "billed").
    const anchoredBy = (t: QuestionTerm, m: TermMatch) => m.weight >= RELATED_WEIGHT.d || (t.part === 'n' && m.weight >= RELATED_WEIGHT.b);
    const anchored = (t: QuestionTerm) =>
      this.index.share(t.term) > 0 || t.matches.some((m) => anchoredBy(t, m) && this.index.share(m.term) > 0) || isCasualtyWord(t.term) || acronyms.has(t.term) || q.spelledOut.has(t.term);
    return asked.some((t) => !t.name) && !asked.some(anchored);
  }

  /** What the reports say is still to come (plans, dates ahead, what is expected), the newest report first, each in its order. */
  private stillToCome(question: string, intent: Intent): Answer {
    const newestFirst = [...this.publicationOrder()].reverse();
    const ahead = newestFirst.flatMap((article) => article.paragraphs.flatMap((p) => p.sentences)).filter((s) => tellsWhatIsAhead(s.text));
    const quotes = this.group(ahead.slice(0, W.maxQuotes * 2).map((s, order) => this.quoteFor(s, -order)), W.maxQuotes);
    return { question, intent, quotes, notFound: quotes.length === 0, notes: [], about: [] };
  }

  /**
   * The incident as the reports open it: each article's first sentences, in
   * corpus order, ranked for the kind of answer asked (a day for "when").
   */
  overview(question: string, intent: Intent): Answer {
    // A reason may stand anywhere in a report's opening paragraphs: for "why", every sentence of them that gives one.
    // …in a report's opening paragraph, or naming the incident: "the search was suspended because the water was too
    // dangerous", further down, is another thing's reason.
    const givesIncidentReason = (s: Sentence) => this.featuresOf(s).hasReason && (s.paragraph === 1 || mainIncidentTerms(this).size === 0 || this.namesIncident(s));
    const opening = (article: Article) =>
      intent === 'why'
        ? article.paragraphs.slice(0, W.overviewReasonParagraphs).flatMap((p) => p.sentences.filter((s, k) => k === 0 || givesIncidentReason(s)))
        : article.paragraphs.slice(0, 2).map((p) => p.sentences[0]);
    // "What's the latest?": the newest report's opening first.
    const order = asksForLatest(question) ? [...this.publicationOrder()].reverse() : this.publicationOrder();
    const ledes = order.flatMap((article) => opening(article).filter((s) => s.text.length >= 40));
    // "What time did it happen?": an opening seldom gives the hour, a sentence naming the incident anywhere may
    // ("The dam … collapsed at 12:28 pm on 25 January 2019").
    const timeAsked = intent === 'when' && wantsTimeOfDay(question);
    const timed = new Set(timeAsked ? this.sentencesNamingIncident().filter((s) => this.featuresOf(s).hasTime) : []);
    const ranked = [...new Set([...ledes, ...timed])]
      // The earliest report's opening first, among those that carry what is asked (a day, a place, the hour asked
      // for): it tells the incident itself, where a later report's opening dates what came after ("eight days after the storm").
      .map((sentence, order) => {
        const features = this.featuresOf(sentence);
        const carries = intent !== 'what' && intentBonus(intent, features, timeAsked) > 0 && (intent !== 'why' || givesIncidentReason(sentence)) ? 1 : 0;
        // …and of those giving an hour, one naming the incident ("collapsed at 12:28 pm") before one that does not ("The alarm sounded at 5:30").
        return { sentence, score: carries + (timeAsked && features.hasTime ? 1 : 0) + (timed.has(sentence) ? 0.5 : 0) - order * 1e-3 };
      })
      .sort((a, b) => b.score - a.score);
    const quotes = this.group(ranked.map((r) => this.quoteFor(r.sentence, r.score)), W.maxQuotes);
    return { question, intent, quotes, notFound: quotes.length === 0, notes: [], about: [] };
  }

  /**
   * "How deep was it?", "how strong was it?": the sentences giving the measure asked for (a depth, a magnitude), those
   * naming the incident by its kind first and those telling another of its kind ("a second quake of magnitude 7.5")
   * last, the earliest report first.
   */
  private measureOfIncident(question: string, intent: Intent, q: QuestionAnalysis): Answer {
    const incident = mainIncidentTerms(this);
    const sentences = this.publicationOrder()
      .slice(0, W.measureReports)
      .flatMap((article) => article.paragraphs.flatMap((p) => p.sentences));
    // Each sentence with the measure, as written there.
    const giving = (pattern: RegExp | undefined) =>
      pattern ? sentences.flatMap((sentence) => (pattern.exec(sentence.text)?.slice(0, 1) ?? []).map((written) => ({ sentence, written }))) : [];
    // "at a depth of 18 km" answers "how deep"; "95 km to the north" only where no sentence gives a depth.
    const dimensioned = giving(q.dimension);
    const ranked = (dimensioned.length > 0 ? dimensioned : giving(q.measure))
      .map(({ sentence, written }, order) => {
        const another = tellsAnotherIncident(incident, sentence.text) ? 2 : 0;
        // "slowed only to 102 mph" before "at 8 a.m. on Thursday, about a day": a measure written tight, a number and
        // its unit within a few words, before one the pattern found spread over a clause.
        const tight = written.split(/\s+/).length <= TIGHT_MEASURE_WORDS ? 1 : 0;
        return { sentence, score: (this.namesIncident(sentence) ? 1 : 0) + tight - another - order * 1e-3 };
      })
      .sort((a, b) => b.score - a.score);
    // "It was shallow, at a depth of about 18.5 km": quoted with the sentence before, which says what "it" is.
    const quotes = this.group(ranked.map((r) => this.quoteFor(r.sentence, r.score, leansOnPrevious(r.sentence))), W.maxQuotes);
    return { question, intent, quotes, notFound: quotes.length === 0, notes: [], about: [] };
  }

  /**
   * "When did Iran strike Pakistan?": the day each report gives for that strike,
   * read from the clauses about it. Reports that give different days are named
   * with their day ("late on Tuesday" in one, "early hours of Wednesday" in another).
   */
  private dayDisagreement(direction: Direction, quotes: Quote[]): Note | undefined {
    if (direction.attackers.size === 0 && direction.targets.size === 0) return undefined;
    const byDay = new Map<string, Set<string>>();
    for (const quote of quotes) {
      for (const sentence of this.sentencesOf(quote)) {
        for (const date of this.featuresOf(sentence).dates) {
          if (!date.day || !date.specific || date.day > this.article(sentence.articleId).published || clauseAgreement(this, direction, sentence, date.index) <= 0) continue;
          const titles = byDay.get(date.day) ?? new Set<string>();
          for (const s of quote.sources) titles.add(this.article(s.articleId).title);
          byDay.set(date.day, titles);
        }
      }
    }
    if (byDay.size < 2) return undefined;
    const days = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
    return { kind: 'daysDiffer', days: days.map(([day, titles]) => ({ day, titles: [...titles] })) };
  }

  /**
   * The quote for a sentence: the sentence itself, with the sentence before it
   * when it opens with a pronoun ("He stated that …") so the quote says who.
   */
  quoteFor(sentence: Sentence, score = 0, withPrevious = false, withNext = false): Quote {
    const article = this.article(sentence.articleId);
    const paragraph = article.paragraphs[sentence.paragraph - 1];
    let start = sentence.start;
    if (sentence.index > 0 && (withPrevious || PRONOUN_START.test(sentence.text))) start = paragraph.sentences[sentence.index - 1].start;
    const end = withNext ? (paragraph.sentences[sentence.index + 1] ?? sentence).end : sentence.end;
    return {
      text: article.body.slice(start, end),
      articleId: article.id,
      paragraph: sentence.paragraph,
      start,
      end,
      sources: [{ articleId: article.id, paragraph: sentence.paragraph }],
      score,
    };
  }

  /** Merges near-identical quotes from different reports (grouping.ts), with its wording memory. */
  private readonly grouper = new QuoteGrouper((id) => this.article(id).body);

  /** Merge near-identical quotes from different articles into one with several sources. */
  group(quotes: Quote[], limit = Infinity): Quote[] {
    return this.grouper.group(quotes, limit);
  }

  private attachCasualties(answer: Answer, direction: Direction, kindAsked?: FigureKind): void {
    // "How many died in Iraq?": no report gives a toll for strikes there; say so rather than let another toll seem to answer.
    for (const target of direction.targets) {
      if (!this.casualtyEvents().some((e) => e.countries.includes(target))) {
        answer.notes.push({ kind: 'noFigureFor', place: target });
      }
    }
    // The events of the figures in the first page's paragraphs: looked up per quote, never by scanning every figure.
    const touched = new Set<CasualtyEvent>();
    for (const quote of answer.quotes.slice(0, 5)) {
      for (const sentence of this.article(quote.articleId).paragraphs[quote.paragraph - 1].sentences) {
        for (const f of this.casualties.figuresOf(sentence.id)) touched.add(this.casualties.eventOf(f)!);
      }
    }
    // Only the events the question is about: in the country it names as target, or not in the one it names as attacker.
    const target = (e: CasualtyEvent) => e.countries[0];
    const asked = (e: CasualtyEvent) =>
      direction.targets.size > 0 ? direction.targets.has(target(e) ?? '') : direction.attackers.size > 0 ? !direction.attackers.has(target(e) ?? '') : true;
    const report = this.casualtyEvents().filter((e) => touched.has(e) && asked(e));
    answer.casualties = report;
    for (const event of report) answer.notes.push(...this.notesOfKind(event, kindAsked));
  }

  /** The kind of casualty figure a /casualties topic asks for ("injured", "how many are missing"), if it names one. */
  casualtyKindAsked(topic: string): FigureKind | undefined {
    return figureKindOfTopic(topic, this.index.questionTerms(topic)).kind;
  }

  /** An event's notes, only those of the kind of figure asked where one is: how the count of the infected changed is no answer to "how many died?". */
  notesOfKind(event: CasualtyEvent, kind?: FigureKind): Note[] {
    return this.notesFor(event).filter((note) => !kind || !('figure' in note) || note.figure === kind);
  }

  private readonly notes = new Map<string, Note[]>();

  /** The notes of an event of the whole corpus (a toll that changed, reports that differ), worked out once. */
  notesFor(event: CasualtyEvent): Note[] {
    let notes = this.notes.get(event.key);
    if (notes === undefined) {
      notes = casualtyNotes(event);
      this.notes.set(event.key, notes);
    }
    return notes;
  }

  /**
   * Every casualty event, the incident itself first; with a topic, the events it
   * matches by any place, name or word of their figures' sentences and paragraphs
   * (and the paragraph a figure's place was read from), each with all its figures.
   */
  casualtyEvents(topic?: string): CasualtyEvent[] {
    // "injured", "missing in Derna": a word for a kind of figure says which figures lead (casualtyKindAsked), not which events.
    const asked = topic ? this.index.questionTerms(topic) : [];
    const { kindTerms } = figureKindOfTopic(topic ?? '', asked);
    const topicTerms = asked.filter((t) => !kindTerms.has(t.term));
    if (!topic || topicTerms.length === 0) return this.casualties.events();
    const covers = (present: ReadonlySet<string>) => topicTerms.every((t) => bestMatch(t, present) > 0);
    const matched = this.casualties.events((event) => covers(this.wordsOf(event).all));
    // The events the topic names by their own label or places lead ("Greece": the flood in Greece before the storm's
    // other countries, which the same paragraph names).
    const named = matched.filter((event) => covers(this.wordsOf(event).own));
    const ordered = [...named, ...matched.filter((event) => !named.includes(event))];
    // A topic that names one region or country of an event spread over several ("Tennessee"): that place's figures only.
    return ordered.map((event) => {
      const place = this.wordsOf(event).places.find(([, words]) => covers(words))?.[0];
      return place ? this.narrowed(event, place) : event;
    });
  }

  /**
   * An event's words, gathered once per engine so that a topic is a few set look-ups: its label's and places'
   * (own), those and its paragraphs' (all), and each of the places it keeps figures apart for.
   */
  private wordsOf(event: CasualtyEvent): EventWords {
    let words = this.eventWords.get(event);
    if (!words) {
      const own = new Set(terms(`${event.label} ${event.places.join(' ')}`));
      const all = new Set(own);
      for (const key of event.paragraphs) {
        const [articleId, n] = key.split('#');
        const first = this.corpus.byId.get(articleId)?.paragraphs[Number(n) - 1]?.sentences[0];
        for (const t of first ? this.index.paragraphTermsOf(first) : []) all.add(t);
      }
      const places = [...new Set(event.lines.map((l) => l.place).filter((p): p is string => p !== undefined))].map((p): [string, ReadonlySet<string>] => [p, new Set(terms(p))]);
      words = { own, all, places };
      this.eventWords.set(event, words);
    }
    return words;
  }

  private readonly narrowedEvents = new Map<string, CasualtyEvent>();

  /** An event narrowed to one place, made once per place (its notes are then worked out once too). */
  private narrowed(event: CasualtyEvent, place: string): CasualtyEvent {
    const key = `${event.key}|${place}`;
    let found = this.narrowedEvents.get(key);
    if (!found) {
      found = narrowedTo(event, place);
      this.narrowedEvents.set(key, found);
    }
    return found;
  }

  private readonly eventWords = new WeakMap<CasualtyEvent, EventWords>();

  /** The quotes behind casualty figures, one per sentence: each event's latest toll first, then earlier ones by date, then every other figure's. */
  casualtyQuotes(events: CasualtyEvent[], limit = Infinity, lead?: FigureKind): Quote[] {
    // The same events give the same quotes whatever the question: worked out once (a large corpus's toll has
    // thousands of figures), like their notes. Not a memo: the key names the events, the work needs them.
    const key = `${events.map((e) => e.key).join('\n')}\n${limit}\n${lead}`;
    let quotes = this.casualtyQuoteCache.get(key);
    if (!quotes) {
      if (this.casualtyQuoteCache.size >= MEMO_SIZES.casualtyQuotes) this.casualtyQuoteCache.clear();
      quotes = this.orderedCasualtyQuotes(events, limit, lead);
      this.casualtyQuoteCache.set(key, quotes);
    }
    return [...quotes];
  }

  private readonly casualtyQuoteCache = new Map<string, Quote[]>();

  /**
   * Each event's tolls, the series of the kind `lead` first (the dead when none is asked; the others in FIGURE_KINDS
   * order), then its other figures. A kind asked for also brings its figures outside any toll before the other kinds' tolls.
   */
  private orderedCasualtyQuotes(events: CasualtyEvent[], limit: number, asked: FigureKind | undefined): Quote[] {
    const lead = asked ?? 'killed';
    const seen = new Set<string>();
    const quotes: Quote[] = [];
    // Each line's figures by the day they were published, gathered once: a line of a large corpus has thousands.
    const byDay = new Map<FigureLine, Map<string, Figure[]>>();
    const published = (line: FigureLine, day: string) => {
      let days = byDay.get(line);
      if (!days) {
        byDay.set(line, (days = new Map()));
        for (const f of line.figures) {
          const list = days.get(f.published);
          if (list) list.push(f);
          else days.set(f.published, [f]);
        }
      }
      return days.get(day) ?? [];
    };
    for (const event of events) {
      const tolls = (list: TollSeries[]) => list.flatMap((s) => s.days.flatMap((d, i) => d.lines.map((line) => ({ line, day: d.day, latest: i === 0 && !s.disputed }))));
      const lines = (list: FigureLine[]) => list.map((line) => ({ line, day: '', latest: false }));
      const askedLines = asked ? event.lines.filter((l) => l.kind === asked) : [];
      const ordered = [
        ...tolls(event.series.filter((s) => s.kind === lead)),
        ...lines(askedLines),
        ...tolls(event.series.filter((s) => s.kind !== lead)),
        ...lines(event.lines),
      ];
      for (const { line, day, latest } of ordered) {
        // The latest toll, where the latest reports agree on it, is quoted first where it was announced: a later
        // report that gives the same figure mostly mentions it in passing ("the crush that killed 121 people").
        const announced = latest ? firstPublished(line.figures.filter((x) => x.published < day)) : [];
        for (const f of [...announced, ...(day ? published(line, day) : line.figures)]) {
          if (seen.has(f.sentenceId)) continue;
          seen.add(f.sentenceId);
          quotes.push(this.quoteFor(this.index.sentence(f.sentenceId)!));
        }
      }
    }
    return this.group(quotes, limit);
  }

  /**
   * "What is the latest toll?", "has the toll risen?": the incident's tolls over
   * time, when the question's other words do not find an answer.
   */
  private tollAnswer(question: string, intent: Intent, kind: FigureKind = 'killed', main = this.mainEvent()): Answer | undefined {
    if (!main) return undefined;
    return { question, intent, quotes: this.tollQuotes(main, kind), notFound: false, notes: this.notesOfKind(main, kind), casualties: [main], about: [] };
  }

  /** The quotes of an event's tolls, latest first, as a toll answer shows them. */
  private tollQuotes(event: CasualtyEvent, lead: FigureKind = 'killed'): Quote[] {
    return this.casualtyQuotes([event], W.maxQuotes, lead);
  }

  /** Entities the sentences of a quote mention, in order. */
  entitiesOf(quote: Quote): Entity[] {
    const out: Entity[] = [];
    for (const sentence of this.sentencesOf(quote)) {
      for (const e of this.entities.inSentence(sentence.id)) if (!out.includes(e)) out.push(e);
    }
    return out;
  }

  /** The sentences a quote is made of. */
  sentencesOf(quote: Quote): Sentence[] {
    return this.article(quote.articleId).paragraphs[quote.paragraph - 1].sentences.filter((s) => s.start < quote.end && quote.start < s.end);
  }

  /** People and organisations the corpus names, most mentioned first. */
  actors(): Entity[] {
    return this.entities.all().filter((e) => e.kind !== 'place');
  }

  /** Dated events in order, each once, with its best report first (src/engine/timeline.ts). */
  timeline(): TimelineEvent[] {
    return (this.timelineEvents ??= buildTimeline(this.corpus, (s) => this.featuresOf(s).dates, (clause) => directionOf(clause, this.countries)));
  }

  /** What each article says on a topic: its best quotes, article by article. */
  compare(topic: string, perArticle = 2): { article: Article; quotes: Quote[] }[] {
    const answer = this.ask(topic);
    if (answer.notFound) return [];
    // Each report's best quotes from its own text; a quote several reports share is listed once, under its own article.
    return this.corpus.articles
      .map((article) => ({ article, quotes: answer.quotes.filter((q) => q.articleId === article.id).slice(0, perArticle) }))
      .filter((row) => row.quotes.length > 0);
  }

  /** How many reports say something on a topic (counting those that share a quote in near-identical words). */
  reportsOn(rows: { quotes: Quote[] }[]): number {
    return new Set(rows.flatMap((r) => r.quotes.flatMap((q) => q.sources.map((s) => s.articleId)))).size;
  }

  /**
   * Sentences in which a speaker's own words stand in quotation marks, with the speaker named in or just before them;
   * when the reports quote none, the sentences reporting what they said ("Ostrova said rescue teams were struggling …"),
   * marked `reported`.
   */
  quotesBy(speaker: string): { speaker?: Entity; quotes: Quote[]; reported?: boolean } {
    const entity = this.entities.mentionedIn(speaker)[0];
    if (!entity) return { quotes: [] };
    const quotes: Quote[] = [];
    const names = (id: string) => this.entities.inSentence(id).includes(entity);
    for (const id of entity.mentions) {
      const sentence = this.index.sentence(id)!;
      const paragraph = this.article(sentence.articleId).paragraphs[sentence.paragraph - 1];
      // The sentence that names the speaker, and the next one when it goes on with "She added, “…”".
      const next = paragraph.sentences[sentence.index + 1];
      for (const s of [sentence, next]) {
        if (!s || !this.featuresOf(s).hasQuotation) continue;
        if (s === next && !(/^(she|he|they|it)\s+(added|said|stated|noted|declared|went on)\b/i.test(s.text) && !names(s.id))) continue;
        quotes.push(this.quoteFor(s));
      }
    }
    if (quotes.length > 0) return { speaker: entity, quotes: this.group(quotes) };
    const reported = entity.mentions.map((id) => this.index.sentence(id)!).filter((s) => this.featuresOf(s).hasSpeech);
    return { speaker: entity, quotes: this.group(reported.map((s) => this.quoteFor(s))), reported: reported.length > 0 };
  }
}


