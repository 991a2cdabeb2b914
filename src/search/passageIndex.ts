/**
 * The passage index: every sentence of the corpus in MiniSearch, plus the
 * sentence and paragraph term sets and the term statistics the
 * answer engine ranks with. Built once per corpus version; read-only after.
 */
import MiniSearch from 'minisearch';
import type { Article, Corpus, Sentence } from '../corpus/types.js';
import { ASKS_AGAIN, casualtyTermOfPeople, fitsPart, fold, knownWords, phraseTokens, processTerm, questionWording, relatedTerms, STOP_WORDS, terms, tokenize, wordFamily, isPersonCompound, type RelatedTerm } from '../text/terms.js';
import { isAdverb, isWord, lemma, type Relation } from '../text/lexicon.js';
import { countryCode, countryOf, countryWords, multiwordCountryPattern } from '../text/countries.js';
import { BROADER_BESIDE_RELATIVES, BROADER_FOR_UNUSED_WORD, NAME_VARIANT_WEIGHT, RELATED_WEIGHT, WORD_FAMILY_WEIGHT } from '../engine/weights.js';
import { allowedTypos, editDistance } from './editDistance.js';
import { englishWordNear, stopWordNear } from '../text/spelling.js';
import { searchProcessed } from './processedSearch.js';
import { MEMO_SIZES, memo } from '../text/memo.js';

interface IndexedSentence {
  id: string;
  text: string;
}

/**
 * Words that belong to the question's form, not its topic: "how far" asks for a
 * measure, "at the time" means "then", "take place" and a last "go off" mean "happen", "in charge of" asks who heads it, "tell me about" asks for anything,
 * "did he use to drive" asks what he did before. Compound prepositions ("ahead
 * of the storm", "in the wake of") and "in the first place" place the topic;
 * they are not it. "Does Kugelman think …" asks for his view: the verb is form.
 */
const QUESTION_PHRASES = /\bhow\s+(deep|far|long|big|large|much|often|old|high|wide|soon|close|serious|bad|tall|strong|powerful|fast|quick|quickly|heavy|hot|cold|warm)\b|\b(what|which)\s+(?:was|is|were|are)\s+the\s+names?\s+of\b|\bcalled(?=\s*[?.!]*\s*$)|\b(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\b|\bin\s+(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|centimet(?:re|er)s|cm|inches|tonnes|tons|kg|pounds|dollars|euros)(?=\s*[?.!]*\s*$)|\b(what|which|at what)\s+(time|day|date|year|month|hour)\b|\b(latest|current|currently|so far|as of now|right now|up to date|updated|at\s+(?:the|that)\s+time|at\s+the\s+moment)\b|\b(take|takes|took|taken|taking)\s+place\b|\bin\s+charge\s+of\b|\b(?:go|goes|went|gone|going)\s+off\b(?=\s*[?.!]*\s*$)|\b(can|could)\s+you\b|\btell\s+me(\s+about)?\b|\bis\s+there\s+any(thing)?\b|\b(?:used|use)\s+to\b(?=\s+[a-z]+)|\b(?:ahead|prior|previous|due|owing|thanks|instead|regardless)\s+(?:of|to)\b|\bin\s+the\s+(?:first|second)\s+place\b|\bin\s+the\s+(?:wake|aftermath|run-up|lead-up|midst|course)\s+of\b/giu;
/** "Does Kugelman think …": the opinion verb after "do/does/did" and its subject (kept). */
const OPINION_ASKED = /\b((?:do|does|did)\s+(?:[\p{L}'’-]+\s+){1,4}?)(?:think|believe|reckon)\b/giu;

/**
 * "What was the length of the tunnel?": in a what-question the dimension is form too. Tested on its own: as a
 * look-behind in QUESTION_PHRASES it scanned back from every position, 4% of answering a new question.
 */
const DIMENSION_OF = /\bthe\s+(?:length|height|depth|width|breadth|size|area|weight)\s+of\b/giu;

/** The question's words without those of its form (QUESTION_PHRASES, DIMENSION_OF, OPINION_ASKED). */
function withoutFormWords(text: string): string {
  const asksWhat = /^\s*what\b/i.test(text);
  let plain = text.replace(QUESTION_PHRASES, ' ');
  if (asksWhat) plain = plain.replace(DIMENSION_OF, ' ');
  return /\b(?:think|believe|reckon)\b/i.test(plain) ? plain.replace(OPINION_ASKED, '$1') : plain;
}

/** The index of one corpus version as plain data (JSON), aligned with corpus.sentences. */
export interface PassageSnapshot {
  search: unknown;
  terms: string[][];
  words: [string, number][];
  /** Words the reports write in lower case somewhere: common words, not only names. */
  common: string[];
  /**
   * The corpus side of the lexicon, worked out when the index is built so that the first question after a start
   * from a snapshot does not work it out (about 150 ms for five reports): the terms of the common words, their
   * WordNet relatives and their word families (see commonTerms, relatedInCorpus, familyInCorpus).
   */
  commonTerms: string[];
  related: [string, RelatedTerm[]][];
  families: [string, string[]][];
}

/** An index term that counts for a question term, and how much (1 for the term itself). */
export interface TermMatch {
  term: string;
  weight: number;
}

export interface QuestionTerm {
  /** The question's term (lemma, stemmed, typos corrected). */
  term: string;
  /** Index terms that count as this term in a sentence: itself, and WordNet's related words the corpus uses. */
  matches: TermMatch[];
  /** Whether the corpus uses the term at all. */
  known: boolean;
  /** Written with a capital inside the question: a name. */
  name: boolean;
  /** A two-word phrase standing for words of its own that the reports never use ("step down" where they say "resigned"): it weighs as a word. */
  phraseAlone?: boolean;
  /** Where it stands in the question, a noun ("the skipper") or a verb ("was arrested"), when the word before tells. */
  part?: 'n' | 'v';
}

export interface Candidate {
  sentence: Sentence;
  /** MiniSearch's BM25+ score for the query; past MAX_RANKED_POSTINGS the summed rarity of its terms (0 for paragraph neighbours). */
  score: number;
}

/**
 * A term in more than this share of sentences does not pick candidates when
 * the question has rarer terms ("Iran" in a corpus about Iran): it still
 * counts in ranking, but fetching every sentence that has it would make a
 * large corpus slow and add nothing.
 */
const COMMON_TERM_SHARE = 0.05;
/** …but in a small corpus every term is cheap to fetch, so none is left out below this many sentences. */
const COMMON_TERM_MIN = 200;
/**
 * BM25 ranking (MiniSearch) is used while the chosen terms' postings stay under
 * this many sentences; past it, candidates are counted straight from the
 * postings (the sentences with the most of the question's rarer terms, see
 * mostTermsFirst), so that a question of common words stays fast on a large
 * corpus and the engine's own ranking reads at most this many of them.
 */
const MAX_RANKED_POSTINGS = 10_000;
const MAX_UNRANKED_CANDIDATES = 1_000;
/** …picked from this many sentences of the rarest terms' postings (see mostTermsFirst). */
const UNRANKED_POOL = 2_500;
/** Candidates' paragraph neighbours are considered too (a follow-up sentence such as "She added, …"). */
const NEIGHBOUR_SOURCES = 30;

/** Words of size or rank that pick out one of several (general English). */
const DEGREE_WORDS = new Set('big bigger large larger huge massive major main strong stronger powerful great'.split(' '));

/** Words after which a word is a noun ("the judge") or a verb ("to ship", "did … rule" is not read: only the word right after). */
const BEFORE_NOUN = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no)$/i;
const BEFORE_VERB = /^(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|didn't|doesn't|don't|won't|wouldn't|can't|couldn't)$/i;

/** The part of speech the word after another has, where the word before says: a noun after "the", a verb after "to". */
function partOfSpeechAfter(previous: string | undefined, word: string): 'n' | 'v' | undefined {
  if (!previous) return undefined;
  if (BEFORE_NOUN.test(previous)) return 'n';
  // A verb after "will" or "did" is in its base form: an inflected word there is a question's subject ("how much
  // money will families get?"), not a verb.
  return BEFORE_VERB.test(previous) && lemma(word) === word ? 'v' : undefined;
}

/** MiniSearch's options for the passage index: the same for building it and for loading a snapshot. */
const MINISEARCH_OPTIONS = {
  // Sentences only: paragraph context is scored by the engine from paragraphTermsOf, which is far
  // cheaper than indexing each paragraph again with every one of its sentences.
  fields: ['text'],
  tokenize: (text: string) => phraseTokens(tokenize(text)),
  processTerm: (term: string) => processTerm(term) ?? null,
  searchOptions: { combineWith: 'OR' as const },
};

export class PassageIndex {
  readonly corpus: Corpus;
  private readonly search: MiniSearch<IndexedSentence>;
  private readonly sentenceById = new Map<string, Sentence>();
  /** Sentences by ordinal, and each term's postings (ordinals of the sentences that have it). */
  private readonly sentenceList: Sentence[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Terms of each sentence, and of each paragraph (key `${article}#${paragraph}`). */
  private readonly sentenceTerms = new Map<string, Set<string>>();
  private readonly paragraphTerms = new Map<string, Set<string>>();
  /** Each sentence's paragraph term set, by sentence id (read for every candidate: no key to build). */
  private readonly paragraphOfSentence = new Map<string, Set<string>>();
  /** Terms of each article's title: context for every sentence of the article. */
  private readonly titleTerms = new Map<string, Set<string>>();
  /** Terms of each whole article: what it is about, at least in passing. */
  private readonly articleTerms = new Map<string, Set<string>>();
  /** In how many sentences each term occurs. */
  private readonly documentFrequency = new Map<string, number>();
  /** Words as written in the corpus (folded), by length, for correcting typos in questions. */
  private readonly wordsByLength = new Map<number, string[]>();
  private readonly wordFrequency = new Map<string, number>();
  /** Words written in lower case somewhere in the reports: only these have WordNet relatives ("Downing Street" is no "down"). */
  private readonly commonWords = new Set<string>();
  /**
   * For each term, the corpus terms WordNet relates to it, looked up from the
   * corpus side ("vehicle" → the reports' "truck"): with the question side's
   * own lookup (relatedTerms), a relation counts whichever side lists it.
   */
  private relatedInCorpusMap?: Map<string, RelatedTerm[]>;
  private familyInCorpusMap?: Map<string, string[]>;
  private commonTermSet?: Set<string>;

  /** The people the reports name (see setPersonNames); their name-only terms are worked out on the first question. */
  private personNames: string[] = [];
  private personNameTermSet?: Set<string>;

  /**
   * The people the reports name, once the entity index has found them: the
   * terms of their names that the reports never write in lower case are names
   * only, and never stand as a WordNet relative of a question's word.
   */
  setPersonNames(names: string[]): void {
    this.personNames = names;
    this.personNameTermSet = undefined;
  }

  /** Worked out on the first question, not at start-up: term processing loads the lexicon. */
  private get personNameTerms(): Set<string> {
    if (!this.personNameTermSet) {
      const common = this.commonTerms;
      this.personNameTermSet = new Set(this.personNames.flatMap((name) => terms(name)).filter((t) => !common.has(t)));
    }
    return this.personNameTermSet;
  }

  /** The terms of the words the reports write in lower case somewhere. */
  private get commonTerms(): Set<string> {
    if (!this.commonTermSet) {
      const common = new Set<string>();
      for (const word of this.commonWords) {
        const term = processTerm(word);
        if (term) common.add(term);
      }
      this.commonTermSet = common;
    }
    return this.commonTermSet;
  }

  /**
   * The reports' terms by word family, read by Lancaster's stemmer, which cuts
   * deeper than Porter's ("nominee" and "nominate" → "nomin", "evacuee" and
   * "evacuation" → "evacu"), WordNet listing no link between them. Only stems of
   * five letters or more: shorter ones join unrelated words ("general",
   * "generate" → "gen"). Worked out on the first question or for a snapshot.
   */
  private get familyInCorpus(): Map<string, string[]> {
    if (!this.familyInCorpusMap) {
      const map = new Map<string, string[]>();
      for (const word of this.commonWords) {
        const family = wordFamily(word);
        const own = family && processTerm(word);
        if (!family || !own) continue;
        const list = map.get(family);
        if (!list) map.set(family, [own]);
        else if (!list.includes(own)) list.push(own);
      }
      this.familyInCorpusMap = map;
    }
    return this.familyInCorpusMap;
  }

  /** Worked out on the first question or for a snapshot (it needs the lexicon), or loaded from a snapshot. */
  private get relatedInCorpus(): Map<string, RelatedTerm[]> {
    if (!this.relatedInCorpusMap) {
      const map = new Map<string, RelatedTerm[]>();
      for (const word of this.commonWords) {
        const own = processTerm(word);
        if (!own) continue;
        // A synonym or a broader word shares the part of speech of the sense it came through; a derivation does not.
        for (const { term, relation, parts } of relatedTerms(word)) {
          const entry = { term: own, relation, parts: relation === 'd' ? undefined : parts };
          const list = map.get(term);
          if (!list) map.set(term, [entry]);
          else if (!list.some((r) => r.term === own)) list.push(entry);
        }
      }
      this.relatedInCorpusMap = map;
    }
    return this.relatedInCorpusMap;
  }

  /**
   * Index a corpus; with a snapshot (see toSnapshot) of the same corpus, load the
   * index and the sentences' terms instead of processing the text again.
   */
  constructor(corpus: Corpus, snapshot?: PassageSnapshot) {
    this.corpus = corpus;
    if (snapshot) {
      this.search = MiniSearch.loadJS<IndexedSentence>(snapshot.search as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS);
      corpus.sentences.forEach((sentence, i) => this.addSentence(sentence, new Set(snapshot.terms[i])));
      for (const [word, n] of snapshot.words) this.wordFrequency.set(word, n);
      for (const word of snapshot.common) this.commonWords.add(word);
      this.commonTermSet = new Set(snapshot.commonTerms);
      this.relatedInCorpusMap = new Map(snapshot.related);
      this.familyInCorpusMap = new Map(snapshot.families);
    } else {
      this.search = new MiniSearch<IndexedSentence>(MINISEARCH_OPTIONS);
      for (const sentence of corpus.sentences) {
        const set = new Set<string>();
        for (const token of phraseTokens(tokenize(sentence.text))) {
          const word = fold(token);
          this.wordFrequency.set(word, (this.wordFrequency.get(word) ?? 0) + 1);
          if (!/^\p{Lu}/u.test(token)) this.commonWords.add(word);
          const term = processTerm(token);
          if (term) set.add(term);
        }
        this.addSentence(sentence, set);
      }
      this.search.addAll(corpus.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text })));
    }
    for (const word of [...knownWords(), ...STOP_WORDS]) if (!this.wordFrequency.has(word)) this.wordFrequency.set(word, 1);
    for (const word of this.wordFrequency.keys()) {
      const list = this.wordsByLength.get(word.length) ?? [];
      list.push(word);
      this.wordsByLength.set(word.length, list);
    }
  }

  /** Record a sentence's terms: postings, document frequency, and its paragraph's terms. */
  private addSentence(sentence: Sentence, set: Set<string>): void {
    this.sentenceById.set(sentence.id, sentence);
    this.sentenceTerms.set(sentence.id, set);
    const ordinal = this.sentenceList.push(sentence) - 1;
    const key = `${sentence.articleId}#${sentence.paragraph}`;
    let articleSet = this.articleTerms.get(sentence.articleId);
    if (!articleSet) this.articleTerms.set(sentence.articleId, (articleSet = new Set()));
    for (const t of set) articleSet.add(t);
    let paragraphSet = this.paragraphTerms.get(key);
    if (!paragraphSet) this.paragraphTerms.set(key, (paragraphSet = new Set()));
    this.paragraphOfSentence.set(sentence.id, paragraphSet);
    for (const t of set) {
      const list = this.postings.get(t);
      if (list) list.push(ordinal);
      else this.postings.set(t, [ordinal]);
      paragraphSet.add(t);
      this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    }
  }

  /** What it takes to load this index again without processing the text: see the constructor. */
  toSnapshot(): PassageSnapshot {
    return {
      search: this.search.toJSON(),
      terms: this.corpus.sentences.map((s) => [...this.sentenceTerms.get(s.id)!]),
      words: [...this.wordFrequency].filter(([, n]) => n > 0),
      common: [...this.commonWords],
      commonTerms: [...this.commonTerms],
      related: [...this.relatedInCorpus],
      families: [...this.familyInCorpus],
    };
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
    return this.paragraphOfSentence.get(sentence.id) ?? new Set();
  }

  /** Terms of an article's first paragraph, its lede: context for every sentence of the article. */
  ledeTermsOf(articleId: string): Set<string> {
    let lede = this.ledeTerms.get(articleId);
    if (!lede) this.ledeTerms.set(articleId, (lede = this.paragraphTerms.get(`${articleId}#1`) ?? new Set()));
    return lede;
  }

  private readonly ledeTerms = new Map<string, Set<string>>();

  articleTermsOf(articleId: string): Set<string> {
    return this.articleTerms.get(articleId) ?? new Set();
  }

  titleTermsOf(articleId: string): Set<string> {
    let set = this.titleTerms.get(articleId);
    if (!set) this.titleTerms.set(articleId, (set = new Set(terms(this.corpus.byId.get(articleId)?.title ?? ''))));
    return set;
  }

  /** Inverse document frequency; a term the corpus never uses gets the highest weight. */
  idf(term: string): number {
    const n = this.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + n / Math.max(df, 0.5));
  }

  /** Whether the reports use a word (lower case, as written). */
  usesWord(word: string): boolean {
    return (this.wordFrequency.get(word) ?? 0) > 0;
  }

  /** Share of sentences that have the term (0–1). */
  share(term: string): number {
    return (this.documentFrequency.get(term) ?? 0) / Math.max(1, this.size);
  }

  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /**
   * A question with its misspelt words written as the reports write them
   * ("who was the capatin" → "captain", "the bowling aley" → "alley"), for
   * what reads the question's form as well as its terms. Only lower-case words
   * the reports do not use and English does not know are corrected. The engine
   * reads the question's wording first (questionWording), so chat shorthand
   * ("how meny") is written out before it could be taken for a typo of a
   * report's word ("men").
   */
  correctedWording(text: string): string {
    const words = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)];
    const ordinalAt = new Map(words.map((m, k) => [m.index, k]));
    return text.replace(/(?<![\p{L}'’-])[a-z]{3,}(?![\p{L}'’-])/gu, (word, at: number) => {
      if (STOP_WORDS.has(word) || this.wordFrequency.has(word)) return word;
      const term = processTerm(word);
      if (term && this.documentFrequency.has(term)) return word;
      const k = ordinalAt.get(at);
      const neighbours = k === undefined ? [] : [words[k - 1]?.[0], words[k + 1]?.[0]].map((w) => (w ? fold(w) : undefined));
      // A three-letter word that lost a letter ("the broncos hed coach"): too many words are a letter longer, so only
      // one the reports write beside the same neighbour is taken ("head coach").
      // Else a small word of the question's form it misspells ("how many wer there" → "were"), which weighs nothing.
      if (word.length === 3) {
        const near = this.lostLetterWords(word);
        return near.find((w) => this.writtenBeside(w, neighbours)) ?? stopWordNear(word, STOP_WORDS) ?? word;
      }
      const corrected = this.correctWord(word, neighbours);
      // No word of the reports is near: the English word it misspells ("treatd" → "treated") meets their words through WordNet.
      return corrected !== word ? corrected : (this.englishCorrections(word) ?? word);
    });
  }

  /** The reports' words a three-letter word may be with a letter it lost, worked out once per word. */
  private readonly lostLetterWords = memo(MEMO_SIZES.corrections, (word: string) => this.reportWordsNear(word, 1, word.length + 1));

  /** The English word a typo of one the reports never use stands for, worked out once per word (see englishWordNear). */
  private readonly englishCorrections = memo(MEMO_SIZES.corrections, (word: string) => englishWordNear(word, (candidate) => this.knowsTerm(candidate)));

  /** Whether the reports write a word next to one of the question's neighbours of the typo it corrects ("head coach"). */
  private writtenBeside(word: string, [before, after]: (string | undefined)[]): boolean {
    return (before !== undefined && this.twoWordsWritten(`${before} ${word}`)) || (after !== undefined && this.twoWordsWritten(`${word} ${after}`));
  }

  /** Whether a sentence writes two words one after the other, per pair: only sentences with both words' terms are read. */
  private readonly twoWordsWritten = memo(MEMO_SIZES.corrections, (phrase: string): boolean => {
    const [a, b] = phrase.split(' ').map((w) => processTerm(w));
    if (!a || !b) return false;
    const [rarer, other] = [a, b].sort((x, y) => (this.documentFrequency.get(x) ?? 0) - (this.documentFrequency.get(y) ?? 0));
    return (this.postings.get(rarer!) ?? []).some((o) => {
      const sentence = this.sentenceList[o]!;
      return this.termsOf(sentence).has(other!) && sentence.text.toLowerCase().includes(phrase);
    });
  });

  /** Whether the reports use the term of a word (its lemma or stem). */
  private knowsTerm(word: string): boolean {
    const term = processTerm(word);
    return term !== null && this.documentFrequency.has(term);
  }

  /**
   * "the United States" of reports that only say "US", "American" or
   * "Washington": a country named in several words the reports never write
   * becomes its code, whose names in the reports then meet it (nameMatches).
   * A name the reports do write stays, word for word.
   */
  private countriesAsReported(text: string): string {
    if (!/\s/.test(text)) return text;
    return text.replace(multiwordCountryPattern(), (written) => {
      const name = written.toLowerCase().replace(/\s+/g, ' ');
      if (this.corpusWrites(name)) return written;
      const country = countryOf(name);
      return (country && countryCode(country)) ?? written;
    });
  }

  /** Whether some sentence or title of the reports writes a phrase (lower case), worked out once per phrase. */
  private corpusWrites(phrase: string): boolean {
    let found = this.phrasesWritten.get(phrase);
    if (found === undefined) {
      found = this.sentenceList.some((s) => s.text.toLowerCase().includes(phrase)) || this.corpus.articles.some((a) => a.title.toLowerCase().includes(phrase));
      this.phrasesWritten.set(phrase, found);
    }
    return found;
  }

  private readonly phrasesWritten = new Map<string, boolean>();

  /**
   * A question's terms, with typos corrected against the words the corpus
   * (and the synonym lists) actually use: "kiled" → "killed", "spokesprson"
   * → "spokesperson". A word within the typos its length allows of a known
   * word becomes that word (the most frequent on a tie); others stay as typed
   * and simply match nothing. Each term carries the index terms that answer it:
   * itself, and the corpus's words WordNet relates to it, weighted lower.
   */
  questionTerms(text: string): QuestionTerm[] {
    const out: QuestionTerm[] = [];
    const seen = new Set<string>();
    // "how deep", "how far", "how long" ask for a measure: the adverb is part of the question, not its topic.
    const tokens = phraseTokens(tokenize(withoutFormWords(this.countriesAsReported(questionWording(text)))));
    const again = ASKS_AGAIN.test(text);
    for (const [position, token] of tokens.entries()) {
      const word = fold(token);
      const stem = processTerm(token); // as written: "US" is an acronym, "us" a stop word
      if (stem === null) continue;
      // Only a word whose stem the corpus does not know is a typo candidate: "reach" is fine when the text says "reaching".
      const known = this.wordFrequency.has(word) || (stem !== null && this.documentFrequency.has(stem));
      const term = known || word.includes('_') ? stem : processTerm(this.correctWord(word));
      if (!term || seen.has(term)) continue;
      // A capitalised word inside a question is a name: it has no WordNet relatives.
      const isName = (position > 0 && /^\p{Lu}/u.test(token)) || this.writtenAsCountry(word);
      const part = partOfSpeechAfter(tokens[position - 1], word);
      // "The big aftershock", "the main quake": a word of size or rank only picks out which one; its WordNet
      // relatives ("mountainous" of "big") say nothing of it, and where no report writes it, it is no topic.
      const degree = !isName && DEGREE_WORDS.has(word);
      const related = isName ? this.nameMatches(token, term) : this.matchesFor(known ? token : this.correctWord(word), term, part);
      const matches = degree ? related.filter((m) => m.term === term) : related;
      // A two-word phrase is only a term where the reports use it (or a relative of it); its words stand on their own anyway.
      if (word.includes('_') && !matches.some((m) => this.documentFrequency.has(m.term))) continue;
      seen.add(term);
      // "open again", "build back": the reports' "reopen", "rebuild".
      if (!isName && again && /^[a-z]{3,}$/.test(word)) {
        const redone = processTerm(`re${lemma(word)}`);
        const existing = matches.find((m) => m.term === redone);
        if (existing) existing.weight = Math.max(existing.weight, RELATED_WEIGHT.d);
        else if (redone && redone !== term && this.documentFrequency.has(redone)) matches.push({ term: redone, weight: RELATED_WEIGHT.d });
      }
      const inCorpus = matches.some((m) => this.documentFrequency.has(m.term));
      // "What did the military wrongly announce?", "how did it eventually end?": an adverb no report writes says how,
      // not what about; it is no topic the reports lack.
      if (!inCorpus && !isName && (isAdverb(word) || degree)) continue;
      out.push({
        term,
        matches,
        known: inCorpus,
        // A capitalised word inside a question is a name ("the Sarmachars"): it weighs like one.
        name: position > 0 && /^\p{Lu}/u.test(token),
        ...(part ? { part } : {}),
      });
    }
    // "step down" where the reports say "resigned": the phrase answers for its words, and an unused "step" is no topic of its own.
    for (const phrase of out) {
      if (!phrase.term.includes('_') || !phrase.known) continue;
      const words = new Set(phrase.term.split('_').map((w) => processTerm(w)));
      const unused = out.filter((t) => words.has(t.term) && !this.documentFrequency.has(t.term) && !t.name);
      if (unused.length === 0) continue;
      phrase.phraseAlone = true;
      for (const t of unused) out.splice(out.indexOf(t), 1);
    }
    return out;
  }

  /**
   * "why did the american embassy shut": a chat user's lower-case country or
   * people ("american", "rwanda") is the country's name, unless the reports
   * write the word in lower case themselves ("turkey" in a report of a farm).
   */
  private writtenAsCountry(word: string): boolean {
    return /^[a-z]{3,}$/.test(word) && !this.commonWords.has(word) && countryOf(word) !== undefined;
  }

  /**
   * A name's only relatives: every other way the reports name the same country
   * ("China" meets "Chinese", "Washington" meets "US", "London" meets "UK"),
   * from either side.
   */
  private nameMatches(token: string, term: string): TermMatch[] {
    const matches: TermMatch[] = [{ term, weight: 1 }];
    const country = countryOf(token);
    if (country) {
      for (const word of countryWords(country)) {
        const t = processTerm(word);
        if (t && t !== term && this.documentFrequency.has(t) && !matches.some((m) => m.term === t)) matches.push({ term: t, weight: RELATED_WEIGHT.s });
      }
      return matches;
    }
    // Names are spelt many ways in transliteration ("Baluchestan", "Balochistan"): a name the reports
    // write a letter or two differently meets the question's, a little below the name itself.
    const word = fold(token);
    const max = allowedTypos(word);
    if (max > 0 && word.length >= 6) {
      for (const candidate of this.wordsLike(word, max)) {
        if (candidate === word || this.commonWords.has(candidate) || editDistance(word, candidate, max) > max) continue;
        const t = processTerm(candidate);
        if (t && t !== term && this.documentFrequency.has(t) && !matches.some((m) => m.term === t)) matches.push({ term: t, weight: NAME_VARIANT_WEIGHT });
      }
    }
    return matches;
  }

  /** Matches already worked out, keyed by token, term and part of speech: new questions mostly reuse words. */
  private readonly rememberedMatches = memo(MEMO_SIZES.questionMatches, (key: string): readonly TermMatch[] => {
    const [token, term, part] = key.split('\u0000');
    return this.matchesUncached(token, term, (part || undefined) as 'n' | 'v' | undefined);
  });

  /** A question term itself, and the corpus terms WordNet relates to it from either side, best relation first (a fresh copy: callers change it). */
  private matchesFor(token: string, term: string, part?: 'n' | 'v'): TermMatch[] {
    return this.rememberedMatches(`${token}\u0000${term}\u0000${part ?? ''}`).map((m) => ({ ...m }));
  }

  private matchesUncached(token: string, term: string, part?: 'n' | 'v'): TermMatch[] {
    const matches: TermMatch[] = [{ term, weight: 1 }];
    const add = (t: string, relation: Relation) => {
      // A person's name is no relative: "walker" for "walk", but not Jason Walker.
      if (!this.documentFrequency.has(t) || this.personNameTerms.has(t)) return;
      const existing = matches.find((m) => m.term === t);
      const weight = RELATED_WEIGHT[relation];
      if (!existing) matches.push({ term: t, weight });
      else existing.weight = Math.max(existing.weight, weight);
    };
    // A broader word in the reports does not answer a narrower question ("people" is no answer about a
    // "population"); a narrower word answers a broader one ("trucks" for "vehicles").
    // Only relatives through the part of speech the word has where it stands ("the judge" is no "believe").
    const related = relatedTerms(token);
    for (const r of related) if (r.relation !== 'b' && fitsPart(r, part)) add(r.term, r.relation);
    for (const r of this.relatedInCorpus.get(term) ?? []) if (fitsPart(r, part)) add(r.term, r.relation);
    // The reports' words of a word's family, at a weight, unless already matched.
    const addFamily = (word: string, weight: number) => {
      const family = wordFamily(word);
      // "spokesman" for "spokesperson" is the same word for another person: a synonym.
      if (family && isPersonCompound(family)) weight = Math.max(weight, RELATED_WEIGHT.s);
      for (const t of family ? (this.familyInCorpus.get(family) ?? []) : []) {
        if (!matches.some((m) => m.term === t) && !this.personNameTerms.has(t)) matches.push({ term: t, weight });
      }
    };
    // A word of the same family in the reports ("nominee" for "nominated"), below WordNet's own relatives;
    // then a synonym the reports write only in another form of its family: "step down" → "resign" → "resignation".
    addFamily(fold(token), WORD_FAMILY_WEIGHT);
    for (const r of related) if (r.relation === 's' && fitsPart(r, part)) addFamily(r.term, RELATED_WEIGHT.s * WORD_FAMILY_WEIGHT);
    // "the victims" of reports that never write the word meets their words for the dead, as a synonym would.
    const casualty = casualtyTermOfPeople(token);
    if (casualty && !this.documentFrequency.has(term)) add(casualty, 's');
    // A word the reports never use meets its broader words, weakly: "manufactured" → "made", "dispatched" → "sent";
    // more weakly still when a relative of it is in the reports already (through another of its senses, perhaps).
    if (!this.documentFrequency.has(term)) {
      const weight = matches.length === 1 ? BROADER_FOR_UNUSED_WORD : BROADER_BESIDE_RELATIVES;
      for (const r of related) {
        if (r.relation === 'b' && fitsPart(r, part) && this.documentFrequency.has(r.term) && !this.personNameTerms.has(r.term) && !matches.some((m) => m.term === r.term)) matches.push({ term: r.term, weight });
      }
    }
    return matches;
  }

  /** The reports' words a typo may stand for, best first, worked out once per word: questions repeat their typos. */
  private readonly corrections = memo(MEMO_SIZES.corrections, (word: string) => this.nearestWords(word));

  /** The reports' word a typo stands for (the word itself when none is near); a neighbour in the question settles a tie. */
  private correctWord(word: string, neighbours: (string | undefined)[] = []): string {
    const near = this.corrections(word);
    // Of several words as near, the one the reports write beside a neighbour of the typo; else the most frequent.
    return (near.length > 1 ? near.find((w) => this.writtenBeside(w, neighbours)) : undefined) ?? near[0] ?? word;
  }

  /** The reports' words within `max` letters of a word's length that start with its letter: a typo keeps the first letter, and so does another spelling of a name. */
  private *wordsLike(word: string, max: number, minLength = word.length - max): Generator<string> {
    for (let len = minLength; len <= word.length + max; len++) {
      for (const candidate of this.wordsByLength.get(len) ?? []) if (candidate[0] === word[0]) yield candidate;
    }
  }

  /** The reports' words nearest a typo, within `max` edits (none when none is), the most frequent first. */
  private reportWordsNear(word: string, max: number, minLength?: number): string[] {
    let near: string[] = [];
    let nearest = max + 1;
    for (const candidate of this.wordsLike(word, max, minLength)) {
      // Only a long word is taken for a misspelt stop word ("happend").
      if (STOP_WORDS.has(candidate) && word.length < 6) continue;
      const d = editDistance(word, candidate, max);
      if (d > max) continue;
      if (d < nearest) [near, nearest] = [[candidate], d];
      else if (d === nearest) near.push(candidate);
    }
    return near.sort((a, b) => (this.wordFrequency.get(b) ?? 0) - (this.wordFrequency.get(a) ?? 0));
  }

  private nearestWords(word: string): string[] {
    // An English word the reports do not use is no typo of one they use: "mind" is not "mid"; nor is a short
    // inflected verb the lemmatizer knows ("won" is not "on", "led" not "le").
    const base = lemma(word);
    if ((word.length > 3 || base !== word) && isWord(base)) return [];
    // Two letters typed in the wrong order ("teh", "waht", "adn") is the commonest typo of short words.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (swapped !== word && (STOP_WORDS.has(swapped) || (this.wordFrequency.get(swapped) ?? 0) > 1)) return [swapped];
    }
    // A short stop word that lost a letter ("how many are stil missing", "abot"): the one stop word it can be. Not
    // from three letters ("man" is no "many"), and a short word is never taken for a stop word with any other typo.
    if (word.length > 3 && word.length < 6) {
      const lost = [...STOP_WORDS].filter((w) => w.length === word.length + 1 && w[0] === word[0] && editDistance(word, w, 1) === 1);
      if (lost.length === 1) return lost;
    }
    const max = allowedTypos(word);
    const near = max === 0 ? [] : this.reportWordsNear(word, max);
    if (near.length > 0) return near;
    const name = this.nameStartingWith(word);
    return name ? [name] : [];
  }

  /**
   * "pak" for Pakistan, "lew" for Lewiston: a short form a chat user types for
   * a name the reports use (a word they only write with a capital), the most
   * frequent such name that starts with it.
   */
  private nameStartingWith(word: string): string | undefined {
    // An English word is meant as itself: "man" is no short form of "Management".
    if (word.length < 3 || !/^[a-z]+$/.test(word) || isWord(lemma(word))) return undefined;
    let best: string | undefined;
    let bestFrequency = 0;
    for (const [length, words] of this.wordsByLength) {
      if (length <= word.length) continue;
      for (const candidate of words) {
        if (!candidate.startsWith(word) || this.commonWords.has(candidate)) continue;
        const frequency = this.wordFrequency.get(candidate) ?? 0;
        if (frequency > bestFrequency) {
          best = candidate;
          bestFrequency = frequency;
        }
      }
    }
    return best;
  }

  /**
   * Sentences matching the question's terms, best BM25 first: the selective
   * terms pick them (see COMMON_TERM_SHARE), and the paragraph neighbours of the
   * best ones come along, so the ranker can weigh context.
   */
  candidates(queryTerms: QuestionTerm[], limit = 200): Candidate[] {
    const groups = queryTerms
      .map((t) => t.matches.map((m) => m.term).filter((m) => this.documentFrequency.has(m)))
      .filter((g) => g.length > 0)
      .map((g) => ({ terms: g, frequency: g.reduce((n, m) => n + this.documentFrequency.get(m)!, 0) }));
    if (groups.length === 0) return [];
    const common = Math.max(COMMON_TERM_MIN, this.size * COMMON_TERM_SHARE);
    let chosen = groups.filter((g) => g.frequency <= common);
    if (chosen.length === 0) chosen = [...groups].sort((a, b) => a.frequency - b.frequency).slice(0, 2);
    const selective = [...new Set(chosen.flatMap((g) => g.terms))];
    const out: Candidate[] = [];
    if (chosen.reduce((n, g) => n + g.frequency, 0) <= MAX_RANKED_POSTINGS) {
      // Terms are already processed: search them as they are.
      const results = searchProcessed(this.search, selective, limit);
      for (const r of results.slice(0, limit)) out.push({ sentence: this.sentenceById.get(r.id)!, score: r.score });
    } else {
      for (const { ordinal, score } of this.mostTermsFirst(chosen, selective)) out.push({ sentence: this.sentenceList[ordinal], score });
    }
    const seen = new Set(out.map((c) => c.sentence.id));
    for (const c of out.slice(0, NEIGHBOUR_SOURCES)) {
      const paragraph = this.corpus.byId.get(c.sentence.articleId)!.paragraphs[c.sentence.paragraph - 1];
      for (const sibling of paragraph.sentences) {
        if (seen.has(sibling.id)) continue;
        seen.add(sibling.id);
        out.push({ sentence: sibling, score: 0 });
      }
    }
    return out;
  }

  /**
   * Past MAX_RANKED_POSTINGS: a pool of sentences taken from the postings of the rarest terms first (at most
   * UNRANKED_POOL), then the MAX_UNRANKED_CANDIDATES of them with the most of the question's terms, each term
   * (any of its matches) adding its rarity (an idf); ties in pool order. Bounded whatever the corpus's size.
   */
  private mostTermsFirst(groups: { terms: string[]; frequency: number }[], selective: string[]): { ordinal: number; score: number }[] {
    const pool = new Set<number>();
    for (const term of [...selective].sort((a, b) => this.documentFrequency.get(a)! - this.documentFrequency.get(b)!)) {
      for (const ordinal of this.postings.get(term) ?? []) {
        if (pool.size >= UNRANKED_POOL) break;
        pool.add(ordinal);
      }
    }
    const idf = groups.map((g) => Math.log(1 + this.size / Math.max(1, g.frequency)));
    return [...pool]
      .map((ordinal, order) => {
        const present = this.termsOf(this.sentenceList[ordinal]);
        let score = 0;
        for (let k = 0; k < groups.length; k++) if (groups[k].terms.some((t) => present.has(t))) score += idf[k];
        return { ordinal, score, order };
      })
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, MAX_UNRANKED_CANDIDATES);
  }

  /** Words of the corpus starting with `prefix` (for autocomplete), most frequent first. */
  suggestTerms(prefix: string, limit = 25): string[] {
    const results = this.search.autoSuggest(prefix, { prefix: true, fuzzy: 0.2 });
    return results.slice(0, limit).map((r) => r.suggestion);
  }
}
