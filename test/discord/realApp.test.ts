/**
 * The real application (corpus, engine, every command) behind the real
 * discord.js client, against the fake Discord.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBotApp } from '../../src/discord/app.js';
import type { BotApp } from '../../src/discord/interactions.js';
import { payloadProblems } from '../../src/discord/payload.js';
import { FakeDiscord, type FakeMessage, type InteractionRecord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, memoryLogger, useFakeDiscord } from './helpers.js';

const CORPUS = resolve(import.meta.dirname, '../../corpus');
const GUILD = '200000000000000001';
const HOSTILE =
  `@everyone @here <@&123456789012345678> <@123456789012345678> **bold** __u__ ~~s~~ \`code\` ||spoiler|| # heading\n> quote ` +
  `\u200b\u200c\u200d\ufeff \u202e\u2066\u2067 evil` +
  'x'.repeat(6000);

let app: BotApp;
/** A question whose answer has more quotes than one page (a live More button). */
let LONG_QUESTION = '';
beforeAll(async () => {
  app = await loadBotApp(CORPUS, memoryLogger().logger);
  for (const q of ['who was killed', 'Pakistan airstrikes Iran', 'what happened', 'Iran', 'Pakistan', 'strikes', 'militants']) {
    const r = await app.run('ask', { options: { question: q }, userId: '1', channelId: '2' });
    const more = r.message.components.flatMap((row) => row.components).find((c) => 'custom_id' in c && c.custom_id.startsWith('more:'));
    if (more && !('disabled' in more && more.disabled)) {
      LONG_QUESTION = q;
      break;
    }
  }
});

/** Sample option values for a command: the first autocomplete choice, or a plain topic. */
function sampleOptions(name: string, hostile = false): Record<string, string | boolean> {
  const command = app.commands.find((c) => c.definition.name === name)!;
  const options: Record<string, string | boolean> = {};
  for (const o of command.definition.options ?? []) {
    if (o.type !== 3) continue;
    let value = 'who was killed';
    if (hostile) value = HOSTILE.slice(0, 'max_length' in o && o.max_length ? o.max_length : 6000);
    else if ('autocomplete' in o && o.autocomplete && command.autocomplete) value = command.autocomplete({ name: o.name, value: '' }, app.context)[0]?.value ?? value;
    options[o.name] = value;
  }
  return options;
}

/** Everything the bot sent for an interaction must be inside Discord's limits with mentions off. */
async function expectSafeAnswer(fake: FakeDiscord, rec: InteractionRecord): Promise<FakeMessage> {
  const callback = await fake.ack(rec);
  expect(rec.callbackAt! - rec.dispatchedAt).toBeLessThan(3000);
  const message = await fake.result(rec);
  const sent = [callback.type === 4 ? callback.data : undefined, ...rec.edits, ...rec.followups].filter(Boolean);
  expect(sent.length).toBeGreaterThan(0);
  for (const body of sent) {
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(payloadProblems(body)).toEqual([]);
  }
  expect(fake.rejected).toEqual([]);
  return message;
}

describe('the real commands through Discord', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });
  afterAll(() => undefined);

  it('registers every command, and answers every one within 3 s inside the limits', async () => {
    await harness.start(fake, app);
    const registered = fake.commands.get('global')!.map((c) => c.name).sort();
    expect(registered).toEqual(app.commands.map((c) => c.definition.name).sort());
    for (const command of app.commands) {
      const name = command.definition.name;
      const message = await expectSafeAnswer(fake, fake.slash(name, sampleOptions(name)));
      expect(message.embeds.length + message.content.length, `/${name} answered`).toBeGreaterThan(0);
    }
    const hidden = await expectSafeAnswer(fake, fake.slash('ask', { question: 'who was killed', hide: true }));
    expect(hidden.flags & 64).toBe(64);
  });

  it('a restart with the real definitions (permissions, contexts) writes nothing', async () => {
    const first = await harness.start(fake, app, { devGuildIds: [GUILD] });
    await first.stop();
    await harness.start(fake, app, { devGuildIds: [GUILD] });
    expect(fake.requestsTo('PUT', /\/commands$/)).toHaveLength(2); // global + dev guild, once each
    expect(fake.requestsTo('GET', /\/commands$/)).toHaveLength(4);
  });

  it('autocomplete of every command stays inside the rules', async () => {
    await harness.start(fake, app);
    for (const command of app.commands) {
      for (const o of command.definition.options ?? []) {
        if (!('autocomplete' in o && o.autocomplete)) continue;
        for (const typed of ['', 'ir', HOSTILE.slice(0, 100)]) {
          const callback = await fake.ack(fake.autocomplete(command.definition.name, o.name, typed));
          expect(callback.type).toBe(8);
          const choices = callback.data.choices as { name: string; value: string }[];
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThanOrEqual(1);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
    const some = await fake.ack(fake.autocomplete('who', 'topic', ''));
    expect(some.data.choices.length).toBeGreaterThan(0);
  });

  it('More, Sources and Post to channel work after a restart', async () => {
    const first = await harness.start(fake, app);
    expect(LONG_QUESTION, 'a question with more than one page of quotes').not.toBe('');
    const answer = await expectSafeAnswer(fake, fake.slash('ask', { question: LONG_QUESTION }));
    const hidden = await expectSafeAnswer(fake, fake.slash('ask', { question: LONG_QUESTION, hide: true }));
    await first.stop();

    // A fresh process would build a fresh application: nothing is carried over in memory.
    await harness.start(fake, await loadBotApp(CORPUS, memoryLogger().logger));
    const buttons = (m: FakeMessage) => m.components.flatMap((r: { components: { custom_id: string }[] }) => r.components.map((b) => b.custom_id));
    const more = buttons(answer).find((id: string) => id.startsWith('more:'))!;
    expect(more).toMatch(/^more:ask:\d+$/);
    const next = await expectSafeAnswer(fake, fake.click(answer, more));
    const asked = (m: FakeMessage) => (m.embeds[0].footer.text as string).split('\n').find((l) => l.startsWith('Asked:'));
    expect(asked(next)).toBe(`Asked: /ask ${LONG_QUESTION}`);
    expect(asked(next)).toBe(asked(answer));
    expect(JSON.stringify(next.embeds)).not.toBe(JSON.stringify(answer.embeds));

    const sources = await expectSafeAnswer(fake, fake.click(answer, buttons(answer).find((id: string) => id.startsWith('sources:'))!));
    expect(sources.flags & 64).toBe(64);

    const post = buttons(hidden).find((id: string) => id.startsWith('post:'))!;
    expect(post).toBeDefined();
    const posted = await expectSafeAnswer(fake, fake.click(hidden, post));
    expect(posted.flags & 64).toBe(0);
  });

  it('Follow up opens a modal and answers the follow-up question', async () => {
    await harness.start(fake, app);
    const answer = await expectSafeAnswer(fake, fake.slash('ask', { question: 'who was killed' }));
    const modal = await fake.ack(fake.click(answer, 'followup:ask'));
    expect(modal.type).toBe(9);
    const reply = await expectSafeAnswer(fake, fake.submitModal(modal.data.custom_id, { question: 'where did it happen?' }, undefined, answer));
    expect(reply.embeds[0].footer.text).toContain('/ask where did it happen?');
  });

  it('answers a hostile 6,000-character question safely on every command that takes text', async () => {
    await harness.start(fake, app);
    for (const command of app.commands) {
      const options = sampleOptions(command.definition.name, true);
      if (Object.keys(options).length === 0) continue;
      const rec = fake.slash(command.definition.name, options);
      const message = await expectSafeAnswer(fake, rec);
      // Where Discord renders mentions and markdown (content, titles, descriptions, fields), they are neutralised;
      // footers are plain text. And allowed_mentions parse [] makes any leftover mention inert anyway.
      const rendered = [
        message.content,
        ...message.embeds.flatMap((e: { title?: string; description?: string; fields?: { name: string; value: string }[] }) => [
          e.title ?? '',
          e.description ?? '',
          ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
        ]),
      ].join('\n');
      expect(rendered, `/${command.definition.name}`).not.toMatch(/@(everyone|here)|<@&?\d+>/);
      expect(message.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
