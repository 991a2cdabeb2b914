/** One article of an incident corpus, as loaded from `corpus/<id>.md`. */
export interface Article {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) the article was published, as its front matter says. */
  published: string;
  outlet?: string;
  url?: string;
  language?: string;
  /** When the article was added to the corpus (ISO date-time), if recorded. */
  added?: string;
  /** The article text exactly as in the file: every quote is a slice of this string. */
  body: string;
  /** Path of the file the article came from, for error messages. */
  file: string;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  /** 1-based paragraph number within the article, as shown to users. */
  number: number;
  start: number;
  end: number;
  sentences: Sentence[];
}

/** A sentence (or a quotation spanning sentences): the unit a quote is made of. */
export interface Sentence {
  /** `${articleId}#${paragraph}.${index}` — stable within one corpus version. */
  id: string;
  articleId: string;
  paragraph: number;
  /** 0-based position within the paragraph. */
  index: number;
  /** Offsets into the article body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
}

export interface Corpus {
  /** Folder the corpus was loaded from. */
  dir: string;
  articles: Article[];
  byId: Map<string, Article>;
  sentences: Sentence[];
}
