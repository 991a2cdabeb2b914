/** The per-user cooldown through the real discord.js client against the fake Discord. */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/app/cooldown.js';
import { loadBotApp } from '../../src/discord/app.js';
import type { BotApp } from '../../src/discord/interactions.js';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, memoryLogger, useFakeDiscord } from './helpers.js';

const GUILD = '200000000000000001';
const FLOODER = '300000000000000001';
const OTHER = '300000000000000002';

let app: BotApp;
beforeAll(async () => {
  app = await loadBotApp(resolve(import.meta.dirname, '../../corpus'), memoryLogger().logger);
});

describe('per-user cooldown', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });

  it('a flooding user is told to slow down (ephemeral) while another user is answered', async () => {
    await harness.start(fake, app, {}, { cooldown: new Cooldown({ capacity: 3, windowMs: 60_000 }) });
    const flood = Array.from({ length: 10 }, () => fake.slash('ask', { question: 'who was killed' }, { userId: FLOODER }));
    const other = fake.slash('ask', { question: 'who was killed' }, { userId: OTHER });

    const flooded = await Promise.all(flood.map((rec) => fake.result(rec)));
    const answered = flooded.filter((m) => m.embeds.length > 0);
    const slowed = flooded.filter((m) => m.content.startsWith("You're asking very fast"));
    expect(answered).toHaveLength(3);
    expect(slowed).toHaveLength(7);
    for (const m of slowed) {
      expect(m.flags & 64).toBe(64);
      expect(m.content).toMatch(/please wait \d+ s\.$/);
      expect(m.components).toEqual([]);
    }

    const theirs = await fake.result(other);
    expect(theirs.embeds.length).toBe(1);
    expect(theirs.flags & 64).toBe(0);
    // A click by the flooder is throttled too; autocomplete never is.
    const click = await fake.result(fake.click(answered[0], 'sources:ask:0', { userId: FLOODER }));
    expect(click.content).toContain('asking very fast');
    const choices = await fake.result(fake.autocomplete('who', 'topic', 'Ka', {}, { userId: FLOODER }));
    expect(Array.isArray(choices.choices)).toBe(true);
    expect(harness.log.entries().filter((e) => e.event === 'cooldown').length).toBe(8);
  });
});
