/**
 * The real bot against the fake Discord, with the corpus watcher as
 * `npm start` wires it: a report added while the bot runs is answered from,
 * and /reload replies privately with what changed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../../src/app/liveCorpus.js';
import { loadBotApp } from '../../src/discord/app.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, TEST_TOKEN } from '../discord/helpers.js';
import { LOADED_MS, NEW_FACT, NEW_QUESTION, NEW_REPORT, removeTemps, tempCorpus, waitFor } from './helpers.js';

const GUILD = '200000000000000001';

describe('the Discord bot picks up reports while it runs', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  let watcher: CorpusWatcher | undefined;
  beforeEach(async () => {
    fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN }).start();
    harness = new BotHarness();
  });
  afterEach(async () => {
    watcher?.close();
    await harness.stopAll();
    await fake.close();
    removeTemps();
  });

  it('answers from a newly added article, and /reload reports privately', async () => {
    const dir = tempCorpus();
    const app = await loadBotApp(dir, harness.log.logger);
    watcher = watchCorpus(app.context, dir, harness.log.logger);
    await harness.start(fake, app, { corpusDir: dir });

    const manager = { permissions: String(PermissionFlagsBits.ManageGuild) };
    const description = async (name: string, options: Record<string, string>) => {
      const message = await fake.result(fake.slash(name, options, manager));
      return { text: message.embeds.map((e: { description?: string }) => e.description ?? '').join('\n') + message.content, flags: message.flags ?? 0 };
    };
    expect((await description('ask', { question: NEW_QUESTION })).text).not.toContain(NEW_FACT);

    const written = ingestArticle({ text: NEW_REPORT, published: '2024-01-18', outlet: 'Dawn', corpusDir: dir });
    const answer = await waitFor(async () => {
      const { text } = await description('ask', { question: NEW_QUESTION });
      return text.includes(NEW_FACT) && text;
    }, 'the bot to answer from the new report', LOADED_MS, 20);
    expect(answer).toContain('Pakistan names judge to lead strike inquiry');

    writeFileSync(join(dir, 'broken.md'), 'no front matter');
    const reload = await description('reload', {});
    expect(reload.flags & 64).toBe(64);
    expect(reload.text).toContain('broken.md');
    expect(reload.text).toContain('6 reports in service');
    expect(reload.text).toContain('left out');
    expect((await description('ask', { question: NEW_QUESTION })).text).toContain(NEW_FACT);
    expect(harness.log.entries().some((e) => e.event === 'corpus-reload' && Array.isArray(e.added) && (e.added as string[]).includes(written.id))).toBe(true);
  });
});
