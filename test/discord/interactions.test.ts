import { describe, expect, it } from 'vitest';
import { payloadProblems } from '../../src/discord/payload.js';
import { sanitizeChoices } from '../../src/discord/interactions.js';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, TEST_TOKEN, useFakeDiscord } from './helpers.js';
import { blockStarts, stubApp, stubCommands } from './stubApp.js';

const GUILD = '200000000000000001';

describe('interactions against the fake Discord (stub app)', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });

  it('answers a fast command with an immediate reply, mentions disabled, inside the limits', async () => {
    const app = stubApp();
    await harness.start(fake, app);
    const rec = fake.slash('ask', { question: 'who was there?' });
    const callback = await fake.ack(rec);
    expect(callback.type).toBe(4);
    expect(rec.callbackAt! - rec.dispatchedAt).toBeLessThan(3000);
    expect(callback.data.allowed_mentions).toEqual({ parse: [] });
    expect(payloadProblems(callback.data)).toEqual([]);
    expect(app.calls[0]).toMatchObject({ name: 'ask', request: { options: { question: 'who was there?' }, guildId: GUILD } });
    await expect.poll(() => harness.log.entries().some((e) => e.event === 'interaction')).toBe(true);
    const line = harness.log.entries().find((e) => e.event === 'interaction');
    expect(line).toMatchObject({ kind: 'command', command: 'ask', guild: GUILD, outcome: 'replied' });
    expect(typeof line!.latencyMs).toBe('number');
  });

  it('answers in a DM too (no guild)', async () => {
    const app = stubApp();
    await harness.start(fake, app);
    expect((await fake.ack(fake.slash('ask', { question: 'dm' }, { guildId: null }))).type).toBe(4);
    expect(app.calls[0]!.request.guildId).toBeNull();
  });

  it('hide: true sends an ephemeral reply', async () => {
    await harness.start(fake, stubApp());
    const callback = await fake.ack(fake.slash('ask', { question: 'q', hide: true }));
    expect(callback.data.flags & 64).toBe(64);
  });

  it('defers a slow command (ephemeral when hidden) and edits the reply', async () => {
    await harness.start(fake, stubApp(stubCommands({ slowMs: 400 })), {}, { deferAfterMs: 100 });
    const rec = fake.slash('ask', { question: 'slow one', hide: true });
    const callback = await fake.ack(rec);
    expect(callback).toEqual({ type: 5, data: { flags: 64 } });
    const message = await fake.result(rec);
    expect(message.embeds[0].footer.text).toBe('/ask slow one');
    expect(rec.edits[0].allowed_mentions).toEqual({ parse: [] });
    expect(message.flags & 64).toBe(64);
    await expect.poll(() => harness.log.entries().find((e) => e.event === 'interaction')?.outcome).toBe('deferred');
  });

  it('when a deferred public reply turns out private, follows up ephemerally and deletes the placeholder', async () => {
    await harness.start(fake, stubApp(stubCommands({ slowMs: 300 })), {}, { deferAfterMs: 50 });
    const rec = fake.slash('refuse');
    expect(await fake.ack(rec)).toEqual({ type: 5, data: { flags: 0 } });
    const message = await fake.result(rec);
    expect(message).toMatchObject({ content: 'Only you can see this.', flags: 64 });
    await expect.poll(() => rec.deleted).toBe(true);
  });

  it('answers heartbeats: no reconnect over several heartbeat intervals', async () => {
    await fake.close();
    fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN, heartbeatIntervalMs: 100 }).start();
    await harness.start(fake, stubApp());
    await new Promise((r) => setTimeout(r, 600));
    expect(fake.gatewayFrames.filter((f) => f.op === 1).length).toBeGreaterThanOrEqual(3);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.gatewayFrames.filter((f) => f.op === 6)).toHaveLength(0);
  });

  it('a long input is deferred before a synchronous engine blocks the event loop', async () => {
    await harness.start(fake, stubApp(stubCommands({ slowMs: 400 })));
    blockStarts.length = 0;
    const short = fake.slash('block', { text: 'short' });
    expect((await fake.ack(short)).type).toBe(4); // a blocking but short run: timer never fired, plain reply
    const long = fake.slash('block', { text: 'x'.repeat(400) });
    expect((await fake.ack(long)).type).toBe(5);
    expect((await fake.result(long)).embeds[0].footer.text).toBe('/block sync');
    expect(long.callbackAt!).toBeLessThanOrEqual(blockStarts[1]!);
  });

  it('answers an unknown command politely (ephemeral)', async () => {
    await harness.start(fake, stubApp());
    const callback = await fake.ack(fake.slash('nope'));
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(64);
  });

  it('a failing handler gives the user a short ephemeral message and logs the error', async () => {
    await harness.start(fake, stubApp());
    const callback = await fake.ack(fake.slash('boom'));
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(64);
    expect(callback.data.content).toMatch(/something went wrong/);
    await expect.poll(() => harness.log.entries().some((e) => e.event === 'interaction-error')).toBe(true);
    const err = harness.log.entries().find((e) => e.event === 'interaction-error') as { err: { message: string; stack: string } };
    expect(err.err.message).toBe('handler exploded');
    expect(err.err.stack).toContain('stubApp');
  });

  it('a handler failing after the deferral apologises privately and removes the public placeholder', async () => {
    await harness.start(fake, stubApp(stubCommands({ slowMs: 300 })), {}, { deferAfterMs: 50 });
    const rec = fake.slash('boom');
    expect((await fake.ack(rec)).type).toBe(5);
    const message = await fake.result(rec);
    expect(message).toMatchObject({ flags: 64 });
    expect(message.content).toMatch(/something went wrong/);
    await expect.poll(() => rec.deleted).toBe(true);
  });

  it('an answer over Discord limits is refused by Discord; the bot logs why and apologises', async () => {
    await harness.start(fake, stubApp());
    const rec = fake.slash('huge');
    const callback = await fake.ack(rec);
    expect(callback.data).toMatchObject({ flags: 64, content: expect.stringMatching(/something went wrong/) });
    expect(fake.rejected[0]!.errors).toEqual(['embeds longer than 6000 in total']);
    const warn = harness.log.entries().find((e) => e.event === 'payload-limits');
    expect(warn?.problems).toEqual(['embeds total 8000 characters (max 6000)']);
    await expect.poll(() => harness.log.entries().find((e) => e.event === 'interaction-error')).toMatchObject({ err: { code: 50035 } });
  });

  it('autocomplete answers at most 25 valid choices', async () => {
    await harness.start(fake, stubApp());
    const rec = fake.autocomplete('ask', 'question', 'fire');
    const callback = await fake.ack(rec);
    expect(callback.type).toBe(8);
    const choices = callback.data.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'fire suggestion 0', value: 's0' });
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('sanitizeChoices trims names, drops empty names and over-long values', () => {
    const out = sanitizeChoices([
      { name: 'x'.repeat(150), value: 'a' },
      { name: '   ', value: 'b' },
      { name: 'ok', value: 'v'.repeat(101) },
      { name: ' two\nlines ', value: 'c' },
    ]);
    expect(out).toEqual([{ name: `${'x'.repeat(99)}…`, value: 'a' }, { name: 'two lines', value: 'c' }]);
  });

  it('More works on an answer after the bot was restarted', async () => {
    const first = await harness.start(fake, stubApp());
    const answer = await fake.result(fake.slash('ask', { question: 'what happened?' }));
    expect(answer.embeds[0].description).toContain('First quote.');
    await first.stop();

    const app = stubApp();
    await harness.start(fake, app);
    const rec = fake.click(answer, 'more:ask:2');
    const next = await fake.result(rec);
    expect(rec.callback.type).toBe(4);
    expect(next.embeds[0].description).toContain('Third quote.');
    expect(app.calls[0]!.request).toMatchObject({ offset: 2, replay: true, options: { question: 'what happened?' } });
  });

  it('Sources replies ephemerally; an unknown button gets a polite error', async () => {
    await harness.start(fake, stubApp());
    const answer = await fake.result(fake.slash('ask', { question: 'q' }));
    expect((await fake.ack(fake.click(answer, 'sources:ask:0'))).data.flags).toBe(64);
    const stale = await fake.ack(fake.click(answer, 'more:other:2'));
    expect(stale.data.flags).toBe(64);
  });

  it('Follow-up opens a modal whose submission is answered', async () => {
    const app = stubApp();
    await harness.start(fake, app);
    const answer = await fake.result(fake.slash('ask', { question: 'first' }));
    const modal = await fake.ack(fake.click(answer, 'followup:ask'));
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('followup:ask');
    const input = modal.data.components[0].components[0];
    expect(input).toMatchObject({ custom_id: 'question', max_length: 4000, required: true });
    const reply = await fake.result(fake.submitModal('followup:ask', { question: 'and then?' }));
    expect(reply.embeds[0].footer.text).toBe('/ask and then?');
    expect(app.calls.at(-1)!.request.options).toEqual({ question: 'and then?' });
  });

  it('answers a hostile question safely', async () => {
    const app = stubApp();
    await harness.start(fake, app);
    const hostile = `@everyone <@&123> <@456> **bold** \`code\` ||spoiler|| \u200b\u200d\u202e\u2066 ${'x'.repeat(6000)}`.slice(0, 6000);
    const rec = fake.slash('ask', { question: hostile });
    const callback = await fake.ack(rec);
    expect(rec.callbackAt! - rec.dispatchedAt).toBeLessThan(3000);
    expect(callback.type).toBe(5); // long input: deferred before the engine runs
    const message = await fake.result(rec);
    expect(rec.edits[0].allowed_mentions).toEqual({ parse: [] });
    expect(app.calls[0]!.request.options.question).toBe(hostile);
    // The stub echoes the question into the footer, cut to 2048: the payload stays inside the limits.
    expect(payloadProblems(message)).toEqual([]);
    expect(fake.rejected).toEqual([]);
  });

  it('survives Discord refusing the callback (10062 expired, 40060 already acknowledged)', async () => {
    await harness.start(fake, stubApp());
    fake.failWith('POST', /\/callback$/, 404, 1, 10062, 'Unknown interaction');
    fake.failWith('POST', /\/callback$/, 400, 1, 40060, 'Interaction has already been acknowledged.');
    fake.slash('ask', { question: 'one' });
    fake.slash('ask', { question: 'two' });
    await expect.poll(() => harness.log.entries().filter((e) => e.event === 'interaction').length).toBe(2);
    const outcomes = harness.log.entries().filter((e) => e.event === 'interaction').map((e) => e.outcome).sort();
    expect(outcomes).toEqual(['already-acknowledged', 'expired']);
    expect((await fake.ack(fake.slash('ask', { question: 'three' }))).type).toBe(4);
  });

  it('survives REST failures on the callback (500s that exhaust discord.js\'s own retries are tried again)', async () => {
    await harness.start(fake, stubApp());
    fake.failWith('POST', /\/callback$/, 500, 4);
    expect((await fake.ack(fake.slash('ask', { question: 'one' }))).type).toBe(4);
    await expect.poll(() => harness.log.entries().find((e) => e.event === 'interaction')?.outcome, { timeout: 5000 }).toBe('replied');
    expect((await fake.ack(fake.slash('ask', { question: 'two' }))).type).toBe(4);
  });

  it('stop() closes the gateway first, then finishes the answers in flight and reports them', async () => {
    const bot = await harness.start(fake, stubApp(stubCommands({ slowMs: 300 })), {}, { deferAfterMs: 1000 });
    const inFlight = [fake.slash('ask', { question: 'in flight' }), fake.slash('ask', { question: 'also in flight' }, { userId: '100000000000000002' })];
    await expect.poll(() => bot.client.listenerCount('interactionCreate') > 0 && harness.log.lines.length > 0 && fake.requests.length > 0).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    const report = await bot.stop();
    for (const rec of inFlight) expect(rec.callback?.type).toBe(4);
    const events = harness.log.entries();
    const closedAt = events.findIndex((e) => e.event === 'gateway-closed');
    const answeredAt = events.findIndex((e) => e.event === 'interaction');
    expect(closedAt).toBeGreaterThanOrEqual(0);
    expect(answeredAt).toBeGreaterThan(closedAt);
    expect(report).toMatchObject({ finished: 2, abandoned: 0, refused: 0 });
    expect(events.find((e) => e.event === 'stopped')).toMatchObject({ finished: 2, abandoned: 0, refused: 0 });
    expect(bot.client.isReady()).toBe(false);
  });

  it('stop() says how many answers it dropped when they outlast the drain', async () => {
    const bot = await harness.start(fake, stubApp(stubCommands({ slowMs: 1500 })), {}, { deferAfterMs: 100, drainMs: 200 });
    const rec = fake.slash('ask', { question: 'too slow' });
    expect((await fake.ack(rec)).type).toBe(5);
    const report = await bot.stop();
    expect(report).toMatchObject({ finished: 0, abandoned: 1 });
    const stopped = harness.log.entries().find((e) => e.event === 'stopped');
    expect(stopped).toMatchObject({ abandoned: 1, level: 40 });
    expect(String(stopped?.msg)).toMatch(/1 dropped/);
  });

  it('resumes after the gateway connection drops and keeps answering', async () => {
    await fake.close();
    fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN, resume: 'accept' }).start();
    await harness.start(fake, stubApp());
    const resumed = new Promise((r) => fake.once('resumed', r));
    fake.dropConnection(4000);
    await resumed;
    expect(fake.identifies).toHaveLength(1);
    expect((await fake.ack(fake.slash('ask', { question: 'after resume' }))).type).toBe(4);
  });

  it('never logs the token', async () => {
    await harness.start(fake, stubApp(), { devGuildIds: ['200000000000000009'] });
    await fake.result(fake.slash('ask', { question: 'q' }));
    await fake.ack(fake.slash('boom'));
    fake.failWith('POST', /\/callback$/, 404, 1, 10062, 'Unknown interaction');
    fake.slash('ask', { question: 'expired' });
    await expect.poll(() => harness.log.entries().some((e) => e.outcome === 'expired')).toBe(true);
    expect(harness.log.lines.length).toBeGreaterThan(5);
    const all = harness.log.lines.join('\n');
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain(TEST_TOKEN.split('.')[2]);
    // The interaction tokens neither.
    for (const rec of fake.interactions.values()) expect(all).not.toContain(rec.token);
  });
});
