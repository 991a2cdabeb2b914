/**
 * Turning a plain-text article into a validated corpus file. Everything is
 * checked before anything is written; the file is written to a temporary
 * dotfile in the corpus folder and then moved into place in one step, so a
 * corpus watcher never sees half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { isCorpusFileName, parseArticle } from '../corpus/loader.js';
import { corpusLimits, readCorpusFile } from '../corpus/readFile.js';
import { frontMatterSchema } from '../corpus/schema.js';
import type { Article } from '../corpus/types.js';
import { articleId } from './slug.js';
import { looksLikeHeadline, normaliseForHash, splitInputParagraphs } from './text.js';

/** A refusal or invalid input: `message` is one line a person can act on. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

export interface IngestInput {
  /** The article as plain text. */
  text: string;
  title?: string;
  /** YYYY-MM-DD; required (a date is never invented). */
  published?: string;
  outlet?: string;
  url?: string;
  /** Replace an existing file with the same id. */
  force?: boolean;
  corpusDir: string;
  /** The moment recorded as `added` (default: now). */
  now?: Date;
}

export interface IngestResult {
  id: string;
  path: string;
  /** True when an existing file with the same id was replaced (--force). */
  replaced: boolean;
  article: Article;
}

/** Hash of an article body with white space folded. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(normaliseForHash(body)).digest('hex');
}

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The body of a corpus file's text, even when the file is otherwise invalid. */
function rawBody(text: string): string {
  const m = FRONT_MATTER.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Build the file text for an article (front matter + paragraphs separated by blank lines). */
export function renderArticleFile(meta: { id: string; title: string; published: string; outlet?: string; url?: string; added: string }, paragraphs: string[]): string {
  const fields: Record<string, string> = { id: meta.id, title: meta.title, published: meta.published };
  if (meta.outlet) fields.outlet = meta.outlet;
  if (meta.url) fields.url = meta.url;
  fields.language = 'en';
  fields.added = meta.added;
  const yaml = stringify(fields, { lineWidth: 0 });
  return `---\n${yaml.trimEnd()}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** Check, build and write one article. Throws IngestError (one line) when refused or invalid. */
export function ingestArticle(input: IngestInput): IngestResult {
  const dir = input.corpusDir;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch (err) {
    throw new IngestError(`Cannot use the corpus folder "${dir}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }

  let text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (splitInputParagraphs(text).length === 0) throw new IngestError('The article text is empty: give a file with one paragraph per line (or paragraphs separated by blank lines).');
  if (/^\s*---[ \t]*\n/.test(text)) {
    throw new IngestError('The text already starts with front matter ("---"): give the plain article text, or copy a finished file into the corpus folder yourself.');
  }

  // The first line, and the text after it.
  const first = /^\s*([^\n]*)(?:\n|$)/.exec(text)!;
  const firstLine = first[1].replace(/\s+/g, ' ').trim();
  const afterFirstLine = text.slice(first[0].length);
  let title = input.title?.replace(/\s+/g, ' ').trim();
  if (title !== undefined && title.length === 0) throw new IngestError('--title must not be empty.');
  if (title === undefined) {
    if (!looksLikeHeadline(firstLine) || splitInputParagraphs(afterFirstLine).length === 0) {
      throw new IngestError('No --title given and the first line does not look like a headline (short, no final period): pass --title "...".');
    }
    title = firstLine;
    text = afterFirstLine;
  } else if (firstLine === title && splitInputParagraphs(afterFirstLine).length > 0) {
    // The headline repeated as the first line is not part of the body.
    text = afterFirstLine;
  }
  const paragraphs = splitInputParagraphs(text);

  if (!input.published) throw new IngestError('Missing --published YYYY-MM-DD: the publication date of the report (it is never guessed).');
  const date = frontMatterSchema.shape.published.safeParse(input.published);
  if (!date.success) throw new IngestError(`--published "${input.published}" ${date.error.issues[0].message}.`);
  const published = date.data;

  if (input.url !== undefined && !frontMatterSchema.shape.url.safeParse(input.url).success) {
    throw new IngestError(`--url ${JSON.stringify(input.url.slice(0, 200))} is not a web address: it must be a full URL starting with http:// or https://.`);
  }
  if (input.outlet !== undefined && /[\r\n\u2028\u2029]/.test(input.outlet.trim())) throw new IngestError('--outlet must be one line (the name of the publication).');
  const outlet = input.outlet?.trim() || undefined;

  const id = articleId(title, published);
  const fileName = `${id}.md`;
  const path = join(dir, fileName);
  const exists = existsSync(path);
  if (exists && !input.force) throw new IngestError(`${path} already exists (id "${id}"): refusing to overwrite it; pass --force to replace it.`);

  const body = paragraphs.join('\n\n');
  const hash = bodyHash(body);
  for (const name of readdirSync(dir).filter(isCorpusFileName).sort()) {
    if (name === fileName) continue;
    // Read as the bot reads: a FIFO, a device or a huge file in the folder is skipped, never waited on.
    const other = readCorpusFile(dir, name, corpusLimits());
    if (other.kind !== 'ok') continue;
    if (bodyHash(rawBody(other.text)) === hash) {
      throw new IngestError(`The same article text is already in the corpus as ${join(dir, name)}: refusing a duplicate under id "${id}".`);
    }
  }

  const added = (input.now ?? new Date()).toISOString();
  const fileText = renderArticleFile({ id, title, published, outlet, url: input.url, added }, paragraphs);
  let article: Article;
  try {
    article = parseArticle(path, fileText, corpusLimits());
  } catch (err) {
    throw new IngestError(`The article would not be valid: ${(err as Error).message}`);
  }
  if (normaliseForHash(article.body) !== normaliseForHash(body)) throw new IngestError(`${path}: the body would not be kept verbatim; check the input text.`);

  const temp = join(dir, `.${fileName}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temp, fileText, { encoding: 'utf8', flag: 'wx' });
  try {
    if (exists) {
      renameSync(temp, path); // --force: replace in one step
    } else {
      // link() fails if the file appeared meanwhile: never overwrite without --force, even in a race.
      try {
        linkSync(temp, path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestError(`${path} already exists (id "${id}"): refusing to overwrite it; pass --force to replace it.`);
        throw err;
      }
    }
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
  return { id, path, replaced: exists, article };
}
