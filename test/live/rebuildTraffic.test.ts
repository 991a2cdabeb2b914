/**
 * Rebuilding never blocks answering: a 238 KB report full of casualty figures
 * (whose analysis takes seconds) is added while the bot serves a steady
 * stream of interactions through the fake Discord, which refuses any first
 * response later than Discord's 3 s. Every interaction is acknowledged; the
 * new report is in service at the end. (The latencies are printed, not
 * asserted beyond Discord's own deadline; `npm run bench -- rebuild` measures
 * the same with a 2 MB report.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../src/app/liveCorpus.js';
import { loadBotApp } from '../../src/discord/app.js';
import { FakeDiscord, type InteractionRecord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, useFakeDiscord } from '../discord/helpers.js';
import { articleFile, casualtyReport, tempCorpus, waitFor } from './helpers.js';

const GUILD = '200000000000000001';

describe('a large casualty-heavy report added under traffic', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  let watcher: CorpusWatcher | undefined;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });
  afterEach(() => watcher?.close());

  it('every interaction is acknowledged within Discord’s 3 s while the engine is rebuilt, then the report answers', async () => {
    const dir = tempCorpus();
    const app = await loadBotApp(dir, harness.log.logger);
    watcher = watchCorpus(app.context, dir, harness.log.logger, { settleMs: 50 });
    await harness.start(fake, app, { corpusDir: dir }, { cooldown: null });
    const before = app.context.engine;

    writeFileSync(join(dir, 'heavy.md'), articleFile('heavy', casualtyReport(238 * 1024)));
    const recs: InteractionRecord[] = [];
    const questions = ['How many people were killed?', 'Who condemned the strikes?', 'When did Iran strike?'];
    // A steady stream (one every 50 ms) until the new engine is in service, and a little after.
    let after = 0;
    for (let n = 0; after < 20 && n < 2000; n++) {
      recs.push(fake.slash('ask', { question: questions[n % questions.length]! }, { userId: String(300000000000000000n + BigInt(n)) }));
      await new Promise((r) => setTimeout(r, 50));
      if (app.context.engine !== before) after++;
    }
    await waitFor(() => app.context.engine.corpus.byId.has('heavy'), 'the heavy report in service', 120_000, 50);
    const callbacks = await Promise.all(recs.map((r) => fake.ack(r, 10_000)));
    expect(callbacks.every((c) => c.type === 4 || c.type === 5)).toBe(true);
    const latencies = recs.map((r) => r.callbackAt! - r.dispatchedAt).sort((a, b) => a - b);
    const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1];
    console.info(`${recs.length} interactions during the rebuild: median ${latencies[latencies.length >> 1]} ms, p99 ${p99} ms, max ${latencies.at(-1)} ms`);
    expect(harness.log.entries().filter((e) => e.event === 'interaction' && e.outcome !== 'replied' && e.outcome !== 'deferred')).toEqual([]);
  }, 180_000);
});
