/**
 * Loading an incident corpus: every `*.md` file in a folder is validated and
 * split into paragraphs and sentences. Any bad file stops the whole load with
 * one line naming the file and the problem, so nothing is ever half-indexed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from './schema.js';
import type { Article, Corpus, Paragraph } from './types.js';
import { splitParagraphs, splitSentences } from '../text/split.js';

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

/** Parse one corpus file's text. `file` is used in error messages and to check the id. */
export function parseArticle(file: string, raw: string): Article {
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
        : issue.code === 'invalid_type' && issue.input === undefined
          ? `missing "${field}" in front matter`
          : `"${field}" ${issue.message}`;
    throw new CorpusError(file, problem);
  }
  const meta = parsed.data;
  const stem = basename(file).replace(/\.md$/, '');
  if (meta.id !== stem) throw new CorpusError(file, `id "${meta.id}" must equal the file name "${stem}"`);

  const body = text.slice(match[0].length).replace(/^\s*\n/, '').replace(/\s+$/, '');
  if (body.trim().length === 0) throw new CorpusError(file, 'empty body: the article text must follow the front matter');

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

/** Load and validate every `*.md` file in `dir`. Throws a CorpusError on the first bad file. */
export function loadCorpus(dir: string): Corpus {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch (err) {
    throw new CorpusError(dir, `cannot read the corpus folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (names.length === 0) throw new CorpusError(dir, 'the corpus folder has no .md articles');
  const articles = names.map((name) => {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    return parseArticle(shown, readFileSync(path, 'utf8'));
  });
  return buildCorpus(dir, articles);
}
