/**
 * Quotes of one answer never repeat a sentence: quotes of one article that
 * overlap are one quote, even when the quote that joins them comes last.
 */
import { expect, it } from 'vitest';
import { memoryArticle, memoryEngine } from './memoryArticle.js';

it('joins two quotes of an article when a later one bridges them, and shows each sentence once', () => {
  const engine = memoryEngine(
    memoryArticle('g1', '2031-08-01', 'Storm hits the coast', 'The storm reached the coast at dawn. Winds tore roofs off homes. The mayor ordered schools shut.'),
  );
  const [first, second, third] = engine.corpus.sentences;
  const quotes = engine.group([
    engine.quoteFor(second!, 0, false, true), // winds + mayor
    engine.quoteFor(first!), // storm
    engine.quoteFor(first!, 0, false, true), // storm + winds: bridges the two above
  ]);
  expect(quotes.map((q) => q.text)).toEqual([`${first!.text} ${second!.text} ${third!.text}`]);
});
