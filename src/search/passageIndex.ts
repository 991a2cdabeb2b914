/**
 * The passage index: every sentence of the corpus in MiniSearch, with its
 * paragraph as context and its article title, plus the term statistics the
 * answer engine ranks with. Built once per corpus version; read-only after.
 */
import MiniSearch from 'minisearch';
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { BROADER_TERMS, fold, knownWords, processTerm, STOP_WORDS, terms, tokenize } from '../text/terms.js';
import { allowedTypos, editDistance } from './editDistance.js';

interface IndexedSentence {
  id: string;
  text: string;
  context: string;
  title: string;
}

export interface QuestionTerm {
  /** The question's term (stemmed, synonyms folded, typos corrected). */
  term: string;
  /** Index terms that count as this term in a sentence. */
  matches: string[];
  /** Whether the corpus uses the term at all. */
  known: boolean;
}

export interface Candidate {
  sentence: Sentence;
  /** MiniSearch's BM25+ score for the query (fields boosted). */
  score: number;
}

/** Field boosts: the sentence itself counts most; its paragraph helps a little (pronouns, context). */
const FIELD_BOOST = { text: 1, context: 0.3, title: 0.1 };

export class PassageIndex {
  readonly corpus: Corpus;
  private readonly search: MiniSearch<IndexedSentence>;
  private readonly sentenceById = new Map<string, Sentence>();
  /** Terms of each sentence, and of each paragraph (key `${article}#${paragraph}`). */
  private readonly sentenceTerms = new Map<string, Set<string>>();
  private readonly paragraphTerms = new Map<string, Set<string>>();
  /** In how many sentences each term occurs. */
  private readonly documentFrequency = new Map<string, number>();
  /** Words as written in the corpus (folded), by length, for correcting typos in questions. */
  private readonly wordsByLength = new Map<number, string[]>();
  private readonly wordFrequency = new Map<string, number>();

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.search = new MiniSearch<IndexedSentence>({
      fields: ['text', 'context', 'title'],
      tokenize,
      processTerm: (term) => processTerm(term) ?? null,
      searchOptions: { boost: FIELD_BOOST, combineWith: 'OR' },
    });
    const docs: IndexedSentence[] = [];
    for (const article of corpus.articles) {
      for (const paragraph of article.paragraphs) {
        const paragraphText = article.body.slice(paragraph.start, paragraph.end);
        const paragraphSet = new Set(terms(paragraphText));
        this.paragraphTerms.set(`${article.id}#${paragraph.number}`, paragraphSet);
        for (const token of tokenize(paragraphText)) {
          const word = fold(token);
          this.wordFrequency.set(word, (this.wordFrequency.get(word) ?? 0) + 1);
        }
        for (const sentence of paragraph.sentences) {
          this.sentenceById.set(sentence.id, sentence);
          const set = new Set(terms(sentence.text));
          this.sentenceTerms.set(sentence.id, set);
          for (const t of set) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
          // The paragraph as context, without repeating the sentence's own words.
          docs.push({ id: sentence.id, text: sentence.text, context: paragraph.sentences.length > 1 ? paragraphText : '', title: article.title });
        }
      }
    }
    this.search.addAll(docs);
    for (const word of knownWords()) if (!this.wordFrequency.has(word)) this.wordFrequency.set(word, 1);
    for (const word of this.wordFrequency.keys()) {
      const list = this.wordsByLength.get(word.length) ?? [];
      list.push(word);
      this.wordsByLength.set(word.length, list);
    }
  }

  get size(): number {
    return this.sentenceById.size;
  }

  sentence(id: string): Sentence | undefined {
    return this.sentenceById.get(id);
  }

  article(id: string): Article | undefined {
    return this.corpus.byId.get(id);
  }

  termsOf(sentence: Sentence): Set<string> {
    return this.sentenceTerms.get(sentence.id) ?? new Set();
  }

  paragraphTermsOf(sentence: Sentence): Set<string> {
    return this.paragraphTerms.get(`${sentence.articleId}#${sentence.paragraph}`) ?? new Set();
  }

  /** Inverse document frequency; a term the corpus never uses gets the highest weight. */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + n / Math.max(df, 0.5));
  }

  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * A question's terms, with typos corrected against the words the corpus
   * (and the synonym lists) actually use: "kiled" → "killed", "spokesprson"
   * → "spokesperson". A word within the typos its length allows of a known
   * word becomes that word (the most frequent on a tie); others stay as typed
   * and simply match nothing. Each term carries the index terms that answer it
   * (itself, or narrower words for a broad one like "weapons").
   */
  questionTerms(text: string): QuestionTerm[] {
    const out: QuestionTerm[] = [];
    const seen = new Set<string>();
    // "how deep", "how far", "how long" ask for a measure: the adverb is part of the question, not its topic.
    for (const token of tokenize(text.replace(/\bhow\s+(deep|far|long|big|large|much|often|old|high|wide|soon|close|serious|bad)\b/gi, ' '))) {
      const word = fold(token);
      if (STOP_WORDS.has(word)) continue;
      // Only a word whose stem the corpus does not know is a typo candidate: "reach" is fine when the text says "reaching".
      const stem = processTerm(word);
      const known = this.wordFrequency.has(word) || (stem !== null && this.documentFrequency.has(stem));
      const term = known ? stem : processTerm(this.correctWord(word));
      if (!term || seen.has(term)) continue;
      seen.add(term);
      const broader = BROADER_TERMS[term] ?? [];
      out.push({ term, matches: [term, ...broader.filter((t) => this.documentFrequency.has(t))], known: this.documentFrequency.has(term) || broader.some((t) => this.documentFrequency.has(t)) });
    }
    return out;
  }

  /** Corrections already worked out; questions repeat their typos. Bounded. */
  private readonly corrections = new Map<string, string>();

  private correctWord(word: string): string {
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.nearestWord(word);
    if (this.corrections.size >= 10_000) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  private nearestWord(word: string): string {
    const max = allowedTypos(word);
    if (max === 0) return word;
    let best = word;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.wordsByLength.get(len) ?? []) {
        if (STOP_WORDS.has(candidate)) continue;
        const d = editDistance(word, candidate, max);
        const frequency = this.wordFrequency.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = d;
          bestFrequency = frequency;
        }
      }
    }
    return bestDistance <= max ? best : word;
  }

  /** Sentences matching any of the (already processed) terms, best BM25 first. */
  candidates(queryTerms: string[], limit = 200): Candidate[] {
    if (queryTerms.length === 0) return [];
    // Terms are already processed: search them as they are.
    const results = this.search.search(queryTerms.join(' '), { processTerm: (t) => t, tokenize: (q) => q.split(' ') });
    return results.slice(0, limit).map((r) => ({ sentence: this.sentenceById.get(r.id as string)!, score: r.score }));
  }

  /** Words of the corpus starting with `prefix` (for autocomplete), most frequent first. */
  suggestTerms(prefix: string, limit = 25): string[] {
    const results = this.search.autoSuggest(prefix, { prefix: true, fuzzy: 0.2 });
    return results.slice(0, limit).map((r) => r.suggestion);
  }
}
