/**
 * /reload checks Manage Server on the member when it runs (the registration's
 * default permission is only a default a server admin can change), is
 * refused in DMs, and never runs through a button or a follow-up form.
 * Through the real bot and the fake Discord.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadBotApp } from '../../src/discord/app.js';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { BotHarness, useFakeDiscord } from '../discord/helpers.js';
import { articleFile, tempCorpus } from './helpers.js';

const GUILD = '200000000000000001';
const MANAGER = { permissions: String(PermissionFlagsBits.ManageGuild) };
const ADMIN = { permissions: String(PermissionFlagsBits.Administrator) };
const MEMBER = { permissions: String(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages) };

describe('/reload permissions, checked where it runs', () => {
  let fake: FakeDiscord;
  let harness: BotHarness;
  useFakeDiscord([GUILD], (f, h) => {
    fake = f;
    harness = h;
  });

  it('runs for a manager; refused for a member, in a DM, through a button and through a form', async () => {
    const dir = tempCorpus();
    const app = await loadBotApp(dir, harness.log.logger);
    await harness.start(fake, app, { corpusDir: dir });
    const text = (m: { content?: string; embeds?: { description?: string }[] }) => `${m.content ?? ''}${(m.embeds ?? []).map((e) => e.description ?? '').join('')}`;
    const engine = app.context.engine;
    writeFileSync(join(dir, 'new-one.md'), articleFile('new-one', 'A brand new paragraph about the border.'));

    const member = await fake.result(fake.slash('reload', {}, MEMBER));
    expect(text(member)).toContain('for server managers (Manage Server permission)');
    expect(member.flags & 64).toBe(64);

    const dm = await fake.result(fake.slash('reload', {}, { guildId: null }));
    expect(text(dm)).toContain('only in a server');

    // A forged button and a forged follow-up form on a /reload answer.
    const answer = await fake.result(fake.slash('ask', { question: 'Who was killed?' }, MEMBER));
    const forged = { ...answer, embeds: [{ ...answer.embeds[0], footer: { text: 'Asked: /reload' } }] };
    const button = await fake.result(fake.click(forged, 'more:reload:0', MANAGER));
    expect(text(button)).toContain('runs only as a slash command');
    const form = await fake.result(fake.submitModal('followup:reload', { question: 'now' }, MANAGER));
    expect(text(form)).toContain('runs only as a slash command');

    expect(app.context.engine).toBe(engine);
    expect(app.context.engine.corpus.byId.has('new-one')).toBe(false);

    const admin = await fake.result(fake.slash('reload', {}, ADMIN));
    expect(text(admin)).toContain('new-one');
    expect(app.context.engine.corpus.byId.has('new-one')).toBe(true);

    writeFileSync(join(dir, 'another.md'), articleFile('another', 'Another paragraph.'));
    const manager = await fake.result(fake.slash('reload', {}, MANAGER));
    expect(text(manager)).toContain('another');
  }, 30_000);
});
