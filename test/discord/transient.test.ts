/**
 * Transient Discord errors: a 5xx on the interaction callback is retried
 * within the 3 s window; an edit that keeps failing becomes a follow-up; what
 * cannot be delivered is logged with the reason.
 */
import { describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, useFakeDiscord } from './helpers.js';
import { stubApp, stubCommands } from './stubApp.js';

const GUILD = '200000000000000001';
const SERVER_ERROR = { status: 500, body: { message: 'Internal Server Error', code: 0 } };

describe('transient Discord errors', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });

  it('REST answering 500 for 1 s: every one of 10 interactions is answered within 3 s', async () => {
    await harness.start(fake, stubApp());
    const until = Date.now() + 1000;
    fake.fault({ method: 'POST', path: /\/callback$/, times: Infinity, response: () => (Date.now() < until ? SERVER_ERROR : { status: 0 }) });
    const recs = Array.from({ length: 10 }, (_, n) => fake.slash('ask', { question: `question ${n}` }, { userId: `10000000000000010${n}` }));
    for (const rec of recs) expect((await fake.ack(rec)).type).toBe(4);
    for (const rec of recs) expect(rec.callbackAt! - rec.dispatchedAt).toBeLessThan(3000);
    expect(fake.requestsTo('POST', /\/callback$/).filter((r) => r.status === 500).length).toBeGreaterThan(10);
    await expect.poll(() => harness.log.entries().filter((e) => e.event === 'interaction' && e.outcome === 'replied').length).toBe(10);
    expect(harness.log.entries().some((e) => e.event === 'interaction-retry')).toBe(true);
  });

  it('a callback that fails for the whole window is logged as lost, with the reason', async () => {
    await harness.start(fake, stubApp());
    fake.fault({ method: 'POST', path: /\/callback$/, times: Infinity, response: SERVER_ERROR });
    const rec = fake.slash('ask', { question: 'never delivered' });
    await expect.poll(() => harness.log.entries().find((e) => e.event === 'interaction')?.outcome, { timeout: 6000 }).toBe('lost');
    const lost = harness.log.entries().find((e) => e.event === 'interaction-lost')!;
    expect(lost).toMatchObject({ kind: 'command', command: 'ask', interaction: rec.id });
    expect(String(lost.reason)).toContain('500');
    expect(rec.callback).toBeUndefined();
    // Nothing was sent after the window: a late callback would only earn "Unknown interaction".
    const last = Math.max(...fake.requestsTo('POST', /\/callback$/).map((r) => r.at));
    expect(last - rec.dispatchedAt).toBeLessThan(3000);
  });

  it('when the edit of a deferred reply keeps failing, the answer is sent as a follow-up', async () => {
    await harness.start(fake, stubApp(stubCommands({ slowMs: 300 })), {}, { deferAfterMs: 50 });
    fake.fault({ method: 'PATCH', path: /@original$/, times: Infinity, response: SERVER_ERROR });
    const rec = fake.slash('ask', { question: 'slow and unlucky' });
    expect((await fake.ack(rec)).type).toBe(5);
    await expect.poll(() => rec.followups.length, { timeout: 15_000 }).toBe(1);
    expect(rec.followups[0].embeds[0].footer.text).toBe('/ask slow and unlucky');
    await expect.poll(() => harness.log.entries().find((e) => e.event === 'interaction')?.outcome, { timeout: 5000 }).toBe('followed-up');
    expect(harness.log.entries().some((e) => e.event === 'interaction-fallback')).toBe(true);
  }, 20_000);
});
