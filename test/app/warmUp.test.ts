/**
 * The warm-up after start (src/app/warmUp.ts) answers questions from the
 * corpus's own words and leaves nothing behind that a user could see: no
 * remembered conversation, no answer different from a cold engine's.
 */
import { describe, expect, it } from 'vitest';
import { MutableAppContext } from '../../src/app/context.js';
import { runCommand } from '../../src/app/dispatch.js';
import { WARM_UP_QUESTIONS, warmUp, warmUpQuestions } from '../../src/app/warmUp.js';
import { loadCorpus } from '../../src/corpus/loader.js';
import { Engine } from '../../src/engine/engine.js';

const corpus = loadCorpus('corpus');
const request = (question: string, userId = 'u1') => ({ options: { question }, userId, channelId: 'c1', guildId: null });

describe('warm-up after start', () => {
  it('asks every title, then sentence openings, each once, up to its limit', () => {
    const questions = warmUpQuestions(corpus);
    expect(questions.length).toBe(Math.min(WARM_UP_QUESTIONS, questions.length));
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.slice(0, corpus.articles.length)).toEqual(corpus.articles.map((a) => a.title));
  });

  it('answers them all, and a user who asks afterwards gets what a cold engine gives', async () => {
    const warm = new MutableAppContext(new Engine(corpus));
    const { questions } = await warmUp(warm);
    expect(questions).toBe(warmUpQuestions(corpus).length);
    const cold = new MutableAppContext(new Engine(corpus));
    // "more" with nothing asked before: the warm-up left no conversation for this user or channel.
    for (const line of ['more', 'Who was killed?', 'more', 'Where did they die?']) {
      const a = await runCommand(warm, 'ask', request(line));
      const b = await runCommand(cold, 'ask', request(line));
      expect(a.message).toEqual(b.message);
      expect(a.message.embeds?.length ?? a.message.content?.length).toBeTruthy();
    }
  });

  it('makes the corpus-wide readings first, and every answer after them is what a cold engine gives', () => {
    const prepared = new Engine(corpus);
    for (const step of prepared.preparations()) step();
    const cold = new Engine(corpus);
    for (const [question, intent] of [['How many were killed?', 'casualties'], ['who was killed', undefined], ['What happened first?', undefined], ['When did Iran strike?', 'when']] as const) {
      expect(prepared.ask(question, { intent })).toEqual(cold.ask(question, { intent }));
    }
    expect(prepared.casualtyQuotes(prepared.casualtyEvents())).toEqual(cold.casualtyQuotes(cold.casualtyEvents()));
    expect(prepared.timeline()).toEqual(cold.timeline());
  });

  it('stops when the bot is shutting down', async () => {
    const ctx = new MutableAppContext(new Engine(corpus));
    // Asked once before each of the engine's preparations and each question: stopping after three questions.
    let asked = 0;
    const steps = ctx.engine.preparations().length;
    const { questions } = await warmUp(ctx, { stopped: () => asked++ >= steps + 3 });
    expect(questions).toBe(3);
  });
});
