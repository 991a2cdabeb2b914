/** A report written in a test, parsed as the loader parses a corpus file. */
import type { Article } from '../../src/corpus/types.js';
import { parseArticle } from '../../src/corpus/loader.js';

export function memoryArticle(id: string, published: string, title: string, ...paragraphs: string[]): Article {
  return parseArticle(`${id}.md`, `---\nid: ${id}\ntitle: "${title}"\npublished: ${published}\n---\n\n${paragraphs.join('\n\n')}\n`);
}
