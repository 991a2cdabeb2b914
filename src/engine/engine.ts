/**
 * The answer engine: understands a question, ranks the corpus's sentences for
 * it, groups near-identical reports, and says "not found" when nothing in the
 * corpus answers. One Engine serves one corpus version and never changes; a
 * reload builds a new one and swaps it in.
 */
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { PassageIndex } from '../search/passageIndex.js';
import { withTokenCache } from '../text/terms.js';
import { findFigures, groupFigures, type CasualtyEvent, type CasualtyFigure } from './casualties.js';
import { EntityIndex, type Entity, type EntityKind } from './entities.js';
import { countryNames, isCountryName } from '../text/countries.js';
import { longDay } from './dates.js';
import { computeFeatures, restoreFeatures, saveFeatures, type SentenceFeatures } from './features.js';
import type { EngineSnapshot } from './snapshot.js';
import { directionOf, type Direction } from './direction.js';
import { asksForOverview, detectIntent, wantsTimeOfDay, type Intent } from './question.js';
import { nearIdentical, wording, type Wording } from './similarity.js';
import { countsQueryTerm } from './cues.js';
import { findAcronyms } from './acronyms.js';
import { analyzeQuestion, answerable, bestMatch, clauseAgreement, intentBonus, rank, type RankingSources } from './ranking.js';
import { W } from './weights.js';

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
  /** Plain remarks for the reader, e.g. that reports disagree. */
  notes: string[];
  /** Casualty events touched by the answer, with every figure (for disagreements). */
  casualties?: CasualtyEvent[];
  /** People, groups and places the question names. */
  about: Entity[];
}

export interface TimelineEntry {
  day: string;
  /** The date words as written in the quote ("on Tuesday"). */
  when: string;
  quote: Quote;
}

/** Answers remembered per engine (first in, first out). */
const ANSWER_CACHE_SIZE = 1000;

/** A sentence that needs the one before it to say who: "He stated …", "It added …" (not "It is not clear …"). */
const PRONOUN_START = /^(He|She|They|These|His|Her|Their|It (said|says|added|noted|insisted|stated|went on|claimed)|This (move|action|attack)|The (group|ministry|official|statement|move))\b/;

export class Engine implements RankingSources {
  readonly corpus: Corpus;
  readonly index: PassageIndex;
  readonly entities: EntityIndex;
  private readonly features = new Map<string, SentenceFeatures>();
  readonly figures: CasualtyFigure[] = [];
  private readonly eventLabels = new Map<string, string>();
  /** Folded country names and demonyms → country ("iranian" → "Iran"). */
  readonly countries = new Map<string, string>();
  private readonly directions = new Map<string, Direction>();
  private readonly figuresBySentence = new Map<string, CasualtyFigure[]>();
  /** Acronyms the reports use, with the names they stand for. */
  readonly acronyms: Map<string, string[]>;
  private allEvents?: CasualtyEvent[];

  /**
   * Build the engine for a corpus; with a snapshot of the same corpus (see
   * toSnapshot and src/engine/snapshot.ts), load the analysis instead of redoing it.
   */
  constructor(corpus: Corpus, snapshot?: EngineSnapshot) {
    this.corpus = corpus;
    // Index and entities tokenize the same sentences: tokens are shared while both are built.
    [this.index, this.entities] = snapshot
      ? [new PassageIndex(corpus, snapshot.index), new EntityIndex(corpus, snapshot.entities)]
      : withTokenCache(() => [new PassageIndex(corpus), new EntityIndex(corpus)] as const);

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
    corpus.sentences.forEach((sentence, i) => {
      const article = this.article(sentence.articleId);
      const saved = snapshot?.sentences[i];
      const features = saved ? restoreFeatures(saved.features, sentence.id, kinds, roles) : computeFeatures(sentence, article, kinds, roles);
      if (namesCountry.has(sentence.id)) features.kinds.add('place');
      this.features.set(sentence.id, features);
      this.directions.set(sentence.id, saved ? { attackers: new Set(saved.attackers), targets: new Set(saved.targets) } : directionOf(sentence.text, this.countries));
      const figures = saved ? saved.figures.map((f) => ({ ...f, sentence })) : findFigures(sentence, article, this.countries);
      this.figures.push(...figures);
      if (figures.length > 0) this.figuresBySentence.set(sentence.id, figures);
    });
    for (const f of this.figures) {
      if (this.eventLabels.has(f.event)) continue;
      this.eventLabels.set(f.event, f.event === 'bombing' ? 'Earlier bombing' : f.event === 'other' ? 'Other reports' : `Strikes in ${this.countries.get(f.event.replace('strikes-in-', '')) ?? f.event}`);
    }
    // The most specific label seen for the bombing ("Earlier bombing (Kerman)").
    for (const f of this.figures.filter((x) => x.event === 'bombing')) {
      const place = /\b(?:city|town|province) of (\p{Lu}\p{L}+)/u.exec(f.sentence.text)?.[1];
      if (place) this.eventLabels.set('bombing', `Earlier bombing (${place})`);
    }
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
          figures: (this.figuresBySentence.get(sentence.id) ?? []).map(({ sentence: _s, ...rest }) => rest),
        };
      }),
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

  figuresOf(sentenceId: string): readonly CasualtyFigure[] {
    return this.figuresBySentence.get(sentenceId) ?? [];
  }

  mainEventKey(): string | undefined {
    return this.casualtyEvents()[0]?.key;
  }

  eventCountry(eventKey: string): string | undefined {
    return eventKey.startsWith('strikes-in-') ? this.countries.get(eventKey.slice('strikes-in-'.length)) : undefined;
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

  private answer(question: string, options: { intent?: Intent; context?: string[] }): Answer {
    const intent = detectIntent(question, options.intent);
    const q = analyzeQuestion(this, question, intent, options.context);
    // "What happened?", "what happened in Lewiston?" (a name on every page): the incident itself, told by each report's opening.
    if (asksForOverview(question) && q.terms.every((t) => this.index.share(t.term) >= W.overviewShare)) return this.overview(question, intent);
    if (q.terms.length === 0) {
      if (asksForOverview(question)) return this.overview(question, intent);
      return { question, intent, quotes: [], notFound: true, notes: [], about: [] };
    }
    const { about, direction, counting } = q;
    const scored = rank(this, q);
    const best = scored[0];
    if (!best || !answerable(q, scored.slice(0, W.answerAmong))) return { question, intent, quotes: [], notFound: true, notes: [], about };
    const kept = scored.filter((s) => s.coverage >= Math.max(W.minCoverage * W.keptCoverage, best.coverage * W.relativeCoverage));
    const quotes = this.group(kept.slice(0, W.maxQuotes * 2).map((s) => this.quoteFor(s.sentence, s.score, s.withPrevious, s.withNext)), W.maxQuotes);
    const queryTerms = q.terms;

    const answer: Answer = { question, intent, quotes, notFound: false, notes: [], about };
    if (intent === 'casualties') this.attachCasualties(answer, direction);
    else if (counting && !quotes.slice(0, 3).some((q) => countsQueryTerm(q.text, queryTerms.map((t) => t.term)))) {
      // "How many missiles did Iran fire?": say plainly that no number is given, rather than let a quote seem to answer.
      answer.notes.push('No report gives a number for this; these are the closest quotes.');
    }
    if (intent === 'when') {
      const note = this.dayDisagreement(direction, quotes.slice(0, 5));
      if (note) answer.notes.push(note);
    }
    return answer;
  }

  /**
   * The incident as the reports open it: each article's first sentences, in
   * corpus order, ranked for the kind of answer asked (a day for "when").
   */
  overview(question: string, intent: Intent): Answer {
    const ledes = this.corpus.articles.flatMap((article) => article.paragraphs.slice(0, 2).map((p) => p.sentences[0]).filter((s) => s.text.length >= 40));
    const ranked = ledes
      .map((sentence, order) => ({ sentence, score: (intent === 'what' ? 0 : intentBonus(intent, this.featuresOf(sentence), wantsTimeOfDay(question))) - order * 1e-3 }))
      .sort((a, b) => b.score - a.score);
    const quotes = this.group(ranked.map((r) => this.quoteFor(r.sentence, r.score)), W.maxQuotes);
    return { question, intent, quotes, notFound: quotes.length === 0, notes: [], about: [] };
  }

  /**
   * "When did Iran strike Pakistan?": the day each report gives for that strike,
   * read from the clauses about it. Reports that give different days are named
   * with their day ("late on Tuesday" in one, "early hours of Wednesday" in another).
   */
  private dayDisagreement(direction: Direction, quotes: Quote[]): string | undefined {
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
    return `Reports differ on the day: ${days.map(([day, titles]) => `${longDay(day)} in “${[...titles].join('”, “')}”`).join('; ')}.`;
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

  /** Wording of quote texts, cached: the same sentences come back in answer after answer. Bounded. */
  private readonly wordings = new Map<string, Wording>();

  private wordingOf(text: string): Wording {
    let w = this.wordings.get(text);
    if (!w) {
      if (this.wordings.size >= 20_000) this.wordings.clear();
      w = wording(text);
      this.wordings.set(text, w);
    }
    return w;
  }

  /** Merge near-identical quotes from different articles into one with several sources. */
  group(quotes: Quote[], limit = Infinity): Quote[] {
    const out: { quote: Quote; words: Wording }[] = [];
    // Which groups have each word triple: a new quote is compared only with groups it shares wording with.
    const byTriple = new Map<string, number[]>();
    const index = (k: number) => {
      for (const t of out[k].words.triples) {
        const list = byTriple.get(t);
        if (!list) byTriple.set(t, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    };
    for (const quote of quotes) {
      const w = this.wordingOf(quote.text);
      let same = out.find((o) => o.quote.articleId === quote.articleId && overlaps(o.quote, quote));
      if (!same) {
        const sharing = new Set<number>();
        for (const t of w.triples) for (const k of byTriple.get(t) ?? []) sharing.add(k);
        same = [...sharing].sort((a, b) => a - b).map((k) => out[k]).find((o) => o.quote.articleId !== quote.articleId && nearIdentical(o.words, w));
      }
      if (same) {
        if (same.quote.articleId === quote.articleId) {
          // One quote extends the other: keep the union, still whole sentences of one paragraph.
          const body = this.article(quote.articleId).body;
          same.quote.start = Math.min(same.quote.start, quote.start);
          same.quote.end = Math.max(same.quote.end, quote.end);
          same.quote.text = body.slice(same.quote.start, same.quote.end);
          same.words = this.wordingOf(same.quote.text);
          index(out.indexOf(same));
        } else if (!same.quote.sources.some((s) => s.articleId === quote.articleId)) same.quote.sources.push(...quote.sources);
        continue;
      }
      if (out.length >= limit) continue; // still merged into shown quotes above, but no new ones
      out.push({ quote: { ...quote, sources: [...quote.sources] }, words: w });
      index(out.length - 1);
    }
    return out.map((o) => o.quote);
  }

  private attachCasualties(answer: Answer, direction: Direction): void {
    // "How many died in Iraq?": no report gives a toll for strikes there; say so rather than let another toll seem to answer.
    for (const target of direction.targets) {
      if (!this.casualtyEvents().some((e) => e.key === `strikes-in-${target.toLowerCase()}`)) {
        answer.notes.push(`No report gives a casualty figure for strikes in ${target}; these are the closest quotes.`);
      }
    }
    // The events of the figures in the first page's paragraphs: looked up per quote, never by scanning every figure.
    const keys = new Set<string>();
    for (const quote of answer.quotes.slice(0, 5)) {
      for (const sentence of this.article(quote.articleId).paragraphs[quote.paragraph - 1].sentences) {
        for (const f of this.figuresBySentence.get(sentence.id) ?? []) keys.add(f.event);
      }
    }
    // Only the events the question is about: strikes on the country it names as target, or not on the one it names as attacker.
    const target = (e: CasualtyEvent) => (e.key.startsWith('strikes-in-') ? this.countries.get(e.key.slice('strikes-in-'.length)) : undefined);
    const asked = (e: CasualtyEvent) =>
      direction.targets.size > 0 ? direction.targets.has(target(e) ?? '') : direction.attackers.size > 0 ? !direction.attackers.has(target(e) ?? '') : true;
    const report = this.casualtyEvents().filter((e) => keys.has(e.key) && asked(e));
    answer.casualties = report;
    for (const event of report.filter((e) => e.disputed)) answer.notes.push(this.noteFor(event));
  }

  private readonly notes = new Map<string, string>();

  /** The disagreement note of an event of the whole corpus, worked out once. */
  noteFor(event: CasualtyEvent): string {
    let note = this.notes.get(event.key);
    if (note === undefined) {
      note = disagreementNote(event);
      this.notes.set(event.key, note);
    }
    return note;
  }

  /** Every casualty figure, grouped by event; optionally only figures whose paragraph matches a topic. */
  casualtyEvents(topic?: string): CasualtyEvent[] {
    const all = (this.allEvents ??= groupFigures(this.figures, this.eventLabels));
    const topicTerms = topic ? this.index.questionTerms(topic) : [];
    if (!topic || topicTerms.length === 0) return all;
    // The events the topic is about, each with every figure the reports give for it ("Kerman": 84, over 90, dozens).
    const matched = this.ask(topic);
    const paragraphs = new Set(matched.quotes.map((q) => `${q.articleId}#${q.paragraph}`));
    const about = (f: CasualtyFigure) =>
      paragraphs.has(`${f.sentence.articleId}#${f.sentence.paragraph}`) ||
      topicTerms.every((t) => bestMatch(t, this.index.paragraphTermsOf(f.sentence)) > 0);
    return all.filter((event) => event.figures.some(about));
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

  /** Dated events in order, each with its quote; the same day from several articles stays separate. */
  timeline(): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    for (const sentence of this.corpus.sentences) {
      const f = this.featuresOf(sentence);
      const dated = f.dates.find((d) => d.day && d.specific && d.day <= this.article(sentence.articleId).published);
      if (!dated || !/\b(strike|struck|attack|launch|hit|recall|summon|kill|bomb|confirm|announce|exercise|met|visit|condemn|explosion)/i.test(sentence.text)) continue;
      entries.push({ day: dated.day!, when: dated.text, quote: this.quoteFor(sentence) });
    }
    entries.sort((a, b) => a.day.localeCompare(b.day) || a.quote.articleId.localeCompare(b.quote.articleId) || a.quote.start - b.quote.start);
    return entries;
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

  /** Sentences in which a speaker's own words stand in quotation marks, with the speaker named in or just before them. */
  quotesBy(speaker: string): { speaker?: Entity; quotes: Quote[] } {
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
    return { speaker: entity, quotes: this.group(quotes) };
  }
}

/** Two quotes of one article share text (one extends the other with the sentence before it). */
function overlaps(a: Quote, b: Quote): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "Reports differ on Strikes in Iran: 7, 9, at least 9." */
export function disagreementNote(event: CasualtyEvent): string {
  const figures = [...new Set(event.figures.filter((f) => f.count !== undefined).map((f) => (f.qualifier ? `${f.qualifier} ${f.count}` : String(f.count))))];
  return `Reports differ on ${event.label}: ${figures.join(', ')}.`;
}
