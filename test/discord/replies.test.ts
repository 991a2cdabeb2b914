/**
 * Replies to the bot's answers (Discord's reply feature) are answered as
 * follow-ups in the same conversation: the real application behind the real
 * discord.js client, against the fake Discord.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/app/cooldown.js';
import { loadBotApp } from '../../src/discord/app.js';
import type { BotApp } from '../../src/discord/interactions.js';
import { payloadProblems } from '../../src/discord/payload.js';
import { replyText } from '../../src/discord/replies.js';
import { FakeDiscord, type FakeMessage } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, memoryLogger, useFakeDiscord } from './helpers.js';

const CORPUS = resolve(import.meta.dirname, '../../corpus');
const GUILD = '200000000000000001';
const ALICE = '100000000000000011';
const BOB = '100000000000000012';
const DAVOS = /visit to Davos for the World Economic Forum/;

let app: BotApp;
beforeAll(async () => {
  app = await loadBotApp(CORPUS, memoryLogger().logger);
});

const allText = (m: FakeMessage) => JSON.stringify(m.embeds ?? []) + (m.content ?? '');
const repliesTo = (m: FakeMessage) => (b: FakeMessage) => b.message_reference?.message_id === m.id;

describe('replies to the bot’s answers', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  const mention = () => `<@${fake.botUser.id}>`;
  const replyLines = () => harness.log.entries().filter((e) => e.event === 'reply');

  /** Ask through a slash command and return the answer message. */
  async function askSlash(question: string, userId = ALICE): Promise<FakeMessage> {
    return fake.result(fake.slash('ask', { question }, { userId }));
  }

  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });

  it('answers a reply as a follow-up: the pronoun resolves, nobody is pinged, it replies to the user’s message', async () => {
    await harness.start(fake, app);
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?');
    const reply = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: ALICE });
    const sent = await fake.channelMessage(repliesTo(reply));

    expect(allText(sent)).toMatch(DAVOS);
    expect(sent.embeds[0].title).toBe('Where was Anwar-ul-Haq Kakar visiting?');
    const body = fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).at(-1)!.body;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toMatchObject({ message_id: reply.id, fail_if_not_exists: false });
    expect(body.flags ?? 0).toBe(0);
    const ids = JSON.stringify(body.components);
    expect(ids).not.toMatch(/"post:/);
    expect(ids).toMatch(/"more:ask:/);
    expect(payloadProblems(body)).toEqual([]);
    expect(fake.rejected).toEqual([]);

    await expect.poll(() => replyLines().length).toBe(1);
    expect(replyLines()[0]).toMatchObject({ command: 'ask', guild: GUILD, message: reply.id, outcome: 'replied', seeded: false });
    expect(typeof replyLines()[0]!.latencyMs).toBe('number');
  });

  it('says nothing to a reply without content (ping turned off)', async () => {
    await harness.start(fake, app);
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?');
    const empty = fake.userMessage('', { replyTo: answer, userId: ALICE, ping: false });
    // A later reply with content: once it is answered, the empty one has been handled.
    const control = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: BOB });
    await fake.channelMessage(repliesTo(control));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.channelMessages).toHaveLength(1);
    expect(fake.channelMessages.some(repliesTo(empty))).toBe(false);
    expect(replyLines().find((e) => e.message === empty.id)).toMatchObject({ outcome: 'empty' });
    // Nothing was fetched for it either.
    expect(fake.requestsTo('GET', /^\/channels\/\d+\/messages\/\d+$/)).toHaveLength(0);
  });

  it('ignores other bots, and messages that are not replies to the bot', async () => {
    await harness.start(fake, app);
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?');
    const fromBot = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: '100000000000000099', bot: true });
    const notAReply = fake.userMessage(`${mention()} Where was he visiting?`, { userId: ALICE });
    const human = fake.userMessage('hello', { userId: BOB });
    const toHuman = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: human, userId: ALICE });
    const control = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: ALICE });
    await fake.channelMessage(repliesTo(control));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.channelMessages).toHaveLength(1);
    for (const m of [fromBot, notAReply, toHuman]) expect(fake.channelMessages.some(repliesTo(m))).toBe(false);
    expect(replyLines().map((e) => e.message)).toEqual([control.id]);
  });

  it('after a restart, a reply to an old answer resolves its pronoun from the answer’s footer', async () => {
    const first = await harness.start(fake, app);
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?');
    await first.stop();

    // A new process: a fresh application with no conversations.
    const restarted = await loadBotApp(CORPUS, memoryLogger().logger);
    await harness.start(fake, restarted);
    // Without referenced_message the bot fetches the answer it was replied to.
    const reply = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: ALICE, withReferenced: false });
    const sent = await fake.channelMessage(repliesTo(reply));
    expect(sent.embeds[0].title).toBe('Where was Anwar-ul-Haq Kakar visiting?');
    expect(allText(sent)).toMatch(DAVOS);
    expect(fake.requestsTo('GET', `/channels/${answer.channel_id}/messages/${answer.id}`)).toHaveLength(1);
    await expect.poll(() => replyLines().find((e) => e.message === reply.id)?.seeded).toBe(true);
  });

  it('a reply to an older answer follows up on that answer, not on the user’s latest question', async () => {
    await harness.start(fake, app);
    const kakar = await askSlash('Who is Anwar-ul-Haq Kakar?');
    await askSlash('What did Iran strike?');
    const reply = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: kakar, userId: ALICE });
    const sent = await fake.channelMessage(repliesTo(reply));
    expect(sent.embeds[0].title).toBe('Where was Anwar-ul-Haq Kakar visiting?');
    await expect.poll(() => replyLines().find((e) => e.message === reply.id)?.seeded).toBe(true);
  });

  it('another user replying to someone’s answer gets it in that answer’s context', async () => {
    await harness.start(fake, app);
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?', ALICE);
    const reply = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: BOB });
    const sent = await fake.channelMessage(repliesTo(reply));
    expect(sent.embeds[0].title).toBe('Where was Anwar-ul-Haq Kakar visiting?');
  });

  it('the per-user cooldown applies to replies: one notice, then silence', async () => {
    await harness.start(fake, app, {}, { cooldown: new Cooldown({ capacity: 1, windowMs: 60_000 }) });
    const answer = await askSlash('Who is Anwar-ul-Haq Kakar?'); // takes Alice's only token
    const second = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: ALICE });
    const notice = await fake.channelMessage(repliesTo(second));
    expect(allText(notice)).toMatch(/asking very fast/);
    expect(notice.flags ?? 0).toBe(0);
    const third = fake.userMessage(`${mention()} and why?`, { replyTo: answer, userId: ALICE });
    const control = fake.userMessage(`${mention()} Where was he visiting?`, { replyTo: answer, userId: BOB });
    await fake.channelMessage(repliesTo(control));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.channelMessages.some(repliesTo(third))).toBe(false);
    expect(replyLines().find((e) => e.message === third.id)).toMatchObject({ outcome: 'throttled' });
  });
});

describe('replyText', () => {
  it('removes mentions of the bot, keeps the rest', () => {
    expect(replyText('<@42> Where was he?', '42')).toBe('Where was he?');
    expect(replyText('<@!42>  and <@42>\nwhy? <@7>', '42')).toBe('and why? <@7>');
    expect(replyText('<@42>', '42')).toBe('');
  });
});
