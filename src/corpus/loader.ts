/**
 * Loading an incident corpus: every `*.md` file in a folder is read safely
 * (see ./readFile.ts), validated and split into paragraphs and sentences.
 * The corpus is untrusted input: a bad file is named with its problem and
 * left out, never allowed to hang, crash or exhaust the process.
 *
 * `readCorpusFolder` loads what is good and lists what is not (the bot starts
 * with the good files); `loadCorpus` is the strict form (check-corpus, eval,
 * tests): the first bad file is an error.
 */
import { readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from './schema.js';
import type { Article, Corpus, Paragraph } from './types.js';
import { splitParagraphs, splitSentences } from '../text/split.js';
import { DEFAULT_LIMITS, readCorpusFile, tooLargeBytes, type CorpusLimits } from './readFile.js';

/** A corpus problem a person can fix: the message names the file and what is wrong. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'CorpusError';
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Paragraphs (runs of non-blank lines), counted line by line without splitting sentences; stops past `stopAt`. */
function countParagraphs(body: string, stopAt: number): number {
  let count = 0;
  let previousBlank = true;
  for (const line of body.split('\n')) {
    const blank = line.trim() === '';
    if (!blank && previousBlank && ++count > stopAt) break;
    previousBlank = blank;
  }
  return count;
}

/**
 * Parse one corpus file's text. `file` is used in error messages and to check
 * the id. An article over the size or paragraph cap is refused before any
 * splitting, so the work done on a hostile file stays bounded.
 */
export function parseArticle(file: string, raw: string, limits: CorpusLimits = DEFAULT_LIMITS): Article {
  // Editors on some systems save a byte-order mark and CRLF line ends: neither is part of the article.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new CorpusError(file, 'no front matter: the file must start with a line "---", YAML fields, and a closing "---"');
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (err) {
    throw new CorpusError(file, `front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CorpusError(file, 'front matter must be YAML fields such as "title: ..."');
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.');
    const problem =
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in front matter (allowed: id, title, published, outlet, url, language, added)`
        : issue.code === 'invalid_type' && (data as Record<string, unknown>)[field] === undefined
          ? `missing "${field}" in front matter`
          : issue.code === 'invalid_type' && typeof (data as Record<string, unknown>)[field] !== 'string'
            ? // YAML reads id: 001 as the number 1.
              `"${field}" must be text: put it in quotes, e.g. ${field}: "${field === 'id' ? basename(file).replace(/\.md$/, '') : '…'}"`
            : `"${field}" ${issue.message}`;
    throw new CorpusError(file, problem);
  }
  const meta = parsed.data;
  const stem = basename(file).replace(/\.md$/, '');
  if (meta.id !== stem) throw new CorpusError(file, `id "${meta.id}" must equal the file name "${stem}"`);

  const body = text.slice(match[0].length).replace(/^\s*\n/, '').replace(/\s+$/, '');
  if (body.trim().length === 0) throw new CorpusError(file, 'empty body: the article text must follow the front matter');
  const bytes = Buffer.byteLength(body);
  if (bytes > limits.maxBytes) throw new CorpusError(file, tooLargeBytes(bytes, limits.maxBytes));
  if (countParagraphs(body, limits.maxParagraphs) > limits.maxParagraphs) {
    throw new CorpusError(file, `more than ${limits.maxParagraphs.toLocaleString('en')} paragraphs (the limit, CORPUS_MAX_PARAGRAPHS): split it into several reports`);
  }

  const paragraphs: Paragraph[] = splitParagraphs(body).map((span, i) => {
    const number = i + 1;
    const sentences = splitSentences(body, span.start, span.end).map((s, index) => ({
      id: `${meta.id}#${number}.${index}`,
      articleId: meta.id,
      paragraph: number,
      index,
      start: s.start,
      end: s.end,
      text: body.slice(s.start, s.end),
    }));
    return { number, start: span.start, end: span.end, sentences };
  });

  return {
    id: meta.id,
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    url: meta.url,
    language: meta.language,
    added: meta.added,
    body,
    file,
    paragraphs,
  };
}

/** Build a corpus from parsed articles; rejects duplicate ids. */
export function buildCorpus(dir: string, articles: Article[]): Corpus {
  const byId = new Map<string, Article>();
  for (const article of articles) {
    const other = byId.get(article.id);
    if (other) throw new CorpusError(article.file, `duplicate id "${article.id}" (also in ${other.file})`);
    byId.set(article.id, article);
  }
  const sorted = [...articles].sort((a, b) => a.id.localeCompare(b.id));
  return { dir, articles: sorted, byId, sentences: sorted.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences)) };
}

/** A hash of everything shown or analysed of one article: two versions with the same fingerprint are the same report. */
export function articleFingerprint(a: Pick<Article, 'id' | 'title' | 'published' | 'outlet' | 'url' | 'language' | 'added' | 'body'>): string {
  return createHash('sha256').update(JSON.stringify([a.id, a.title, a.published, a.outlet, a.url, a.language, a.added, a.body])).digest('hex');
}

/** A file that was not loaded, and why (one line a person can act on). */
export interface FileProblem {
  file: string;
  problem: string;
}

export interface FolderContents {
  /** Every valid article, by file name. */
  articles: Article[];
  /** Every file left out, each with its problem; the folder itself when it cannot be read. */
  problems: FileProblem[];
}

/** The path shown for a file: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Files the corpus is made of: `*.md`, not dotfiles (editors' and ingest's temporary files). */
export function isCorpusFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.');
}

/** The corpus file names of a folder, sorted; throws CorpusError when the folder cannot be read. */
export function corpusFileNames(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    return readdirSync(dir).filter(isCorpusFileName).sort();
  } catch (err) {
    throw new CorpusError(shownPath(dir), `cannot read the corpus folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * Read and validate every corpus file of `dir` (or only `names`): the good
 * articles, and each bad file with its problem. Never throws for a file;
 * a file removed meanwhile is simply not there.
 */
export function readCorpusFolder(dir: string, limits: CorpusLimits = DEFAULT_LIMITS, names?: string[]): FolderContents {
  const articles: Article[] = [];
  const problems: FileProblem[] = [];
  let list: string[];
  try {
    list = names ?? corpusFileNames(dir);
  } catch (err) {
    const e = err as CorpusError;
    return { articles, problems: [{ file: e.file, problem: e.problem }] };
  }
  const seen = new Map<string, string>();
  for (const name of list) {
    const file = shownPath(join(dir, name));
    const read = readCorpusFile(dir, name, limits);
    if (read.kind === 'gone') continue;
    if (read.kind === 'bad') {
      problems.push({ file, problem: read.problem });
      continue;
    }
    try {
      const article = parseArticle(file, read.text, limits);
      const other = seen.get(article.id);
      if (other) throw new CorpusError(file, `duplicate id "${article.id}" (also in ${other})`);
      seen.set(article.id, file);
      articles.push(article);
    } catch (err) {
      problems.push({ file, problem: err instanceof CorpusError ? err.problem : String((err as Error)?.message ?? err) });
    }
  }
  return { articles, problems };
}

/** Load and validate every `*.md` file in `dir`, strictly: throws a CorpusError naming the first bad file. */
export function loadCorpus(dir: string, limits: CorpusLimits = DEFAULT_LIMITS): Corpus {
  const names = corpusFileNames(dir);
  if (names.length === 0) throw new CorpusError(shownPath(dir), 'the corpus folder has no .md articles');
  const { articles, problems } = readCorpusFolder(dir, limits, names);
  if (problems.length > 0) throw new CorpusError(problems[0].file, problems[0].problem);
  return buildCorpus(dir, articles);
}

/**
 * Load what is good: every valid file, each bad one named in `problems`.
 * Throws a CorpusError only when no file is valid (or the folder cannot be read).
 */
export function loadGoodCorpus(dir: string, limits: CorpusLimits = DEFAULT_LIMITS): { corpus: Corpus; problems: FileProblem[] } {
  const { articles, problems } = readCorpusFolder(dir, limits);
  if (articles.length === 0) {
    if (problems.length === 0) throw new CorpusError(shownPath(dir), 'the corpus folder has no .md articles');
    if (problems.length === 1) throw new CorpusError(problems[0].file, problems[0].problem);
    throw new CorpusError(shownPath(dir), `no valid report: all ${problems.length} files were rejected (first: ${problems[0].file}: ${problems[0].problem})`);
  }
  return { corpus: buildCorpus(dir, articles), problems };
}
