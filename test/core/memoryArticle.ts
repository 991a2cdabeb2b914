/** A report written in a test, parsed as the loader parses a corpus file. */
import type { Article } from '../../src/corpus/types.js';
import { buildCorpus, parseArticle } from '../../src/corpus/loader.js';
import { Engine } from '../../src/engine/engine.js';

export function memoryArticle(id: string, published: string, title: string, ...paragraphs: string[]): Article {
  return parseArticle(`${id}.md`, `---\nid: ${id}\ntitle: "${title}"\npublished: ${published}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

/** An engine over reports written in a test. */
export function memoryEngine(...articles: Article[]): Engine {
  return new Engine(buildCorpus('memory', articles));
}
