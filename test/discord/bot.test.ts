import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness } from './helpers.js';
import { stubApp } from './stubApp.js';

const GUILD = '200000000000000001';

describe('bot against the fake Discord (stub app)', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  beforeEach(async () => {
    fake = await new FakeDiscord({ guilds: [GUILD] }).start();
    harness = new BotHarness();
  });
  afterEach(async () => {
    await harness.stopAll();
    await fake.close();
  });

  it('logs in, syncs commands, answers a slash command', async () => {
    const app = stubApp();
    await harness.start(fake, app);
    expect(fake.requestsTo('PUT', /^\/applications\/\d+\/commands$/)).toHaveLength(1);
    const rec = fake.slash('ask', { question: 'who was there?' });
    const msg = await fake.result(rec);
    expect(msg.embeds[0].footer.text).toBe('/ask who was there?');
    expect(rec.callback.data.allowed_mentions).toEqual({ parse: [] });
  });
});
