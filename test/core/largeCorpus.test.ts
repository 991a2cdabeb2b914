/**
 * A large corpus, where a question's words are in too many sentences for
 * BM25 to rank them all (src/search/passageIndex.ts, MAX_RANKED_POSTINGS):
 * the candidates are still the sentences with the most of the question's
 * words, not merely the first ones the postings list.
 */
import { describe, expect, it } from 'vitest';
import { memoryArticle, memoryEngine } from './memoryArticle.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

describe('a question of common words on a large corpus', () => {
  it('answers with the one sentence that has all its words, though thousands have some', () => {
    const articles = [];
    // 2,400 reports of five sentences: every one names the council; the first 5,500 sentences name the harbour
    // and 5,500 others the ferry. One sentence, far down the harbour's, names the council, the harbour and the ferry.
    let harbour = 0;
    let ferry = 0;
    for (let a = 0; a < 2400; a++) {
      const sentences = DAYS.map((day, i) => {
        const n = a * 5 + i;
        if (n === 2150) return `The council said the harbour ferry would sail again on ${day}, report ${n}.`;
        if (harbour < 5500 && n < 5500) return (harbour++, `The council met at the harbour on ${day}, report ${n}.`);
        if (ferry < 5500) return (ferry++, `The council spoke of the ferry timetable on ${day}, report ${n}.`);
        return `The council reviewed its budget on ${day}, report ${n}.`;
      });
      articles.push(memoryArticle(`r${a}`, '2024-03-01', `Council report ${a}`, sentences.join(' ')));
    }
    const answer = memoryEngine(...articles).ask('What did the council say about the harbour ferry?');
    expect(answer.notFound).toBe(false);
    expect(answer.quotes[0]?.text).toContain('the harbour ferry would sail again');
  }, 60_000);
});
