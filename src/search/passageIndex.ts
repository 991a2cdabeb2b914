/**
 * The passage index: every sentence of the corpus in MiniSearch, with its
 * paragraph as context and its article title, plus the term statistics the
 * answer engine ranks with. Built once per corpus version; read-only after.
 */
import MiniSearch from 'minisearch';
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { processTerm, terms, tokenize } from '../text/terms.js';
import { allowedTypos, editDistance } from './editDistance.js';

interface IndexedSentence {
  id: string;
  text: string;
  context: string;
  title: string;
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
  private readonly vocabularyByLength = new Map<number, string[]>();

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
    for (const term of this.documentFrequency.keys()) {
      const list = this.vocabularyByLength.get(term.length) ?? [];
      list.push(term);
      this.vocabularyByLength.set(term.length, list);
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
   * The corpus term a query term means: itself if the corpus uses it, else the
   * closest corpus term within the typos its length allows (the most frequent
   * on a tie), else the term unchanged (it will simply match nothing).
   */
  correct(term: string): string {
    if (this.documentFrequency.has(term)) return term;
    const max = allowedTypos(term);
    let best = term;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    for (let len = term.length - max; len <= term.length + max; len++) {
      for (const candidate of this.vocabularyByLength.get(len) ?? []) {
        if (candidate.length < 5) continue;
        const d = editDistance(term, candidate, max);
        const frequency = this.documentFrequency.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && d <= max && frequency > bestFrequency)) {
          best = candidate;
          bestDistance = d;
          bestFrequency = frequency;
        }
      }
    }
    return bestDistance <= max ? best : term;
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
