import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { handleButton } from '../../src/app/buttons.js';
import { createAppContext, type MutableAppContext } from '../../src/app/context.js';
import { runCommand } from '../../src/app/dispatch.js';
import type { MessagePayload } from '../../src/app/types.js';
import { decodeButton, requestFromMessage } from '../../src/render/buttons.js';
import { LIMITS, truncate } from '../../src/render/limits.js';
import { plainUserTextWithin, safeUserTextWithin } from '../../src/render/format.js';

let ctx: MutableAppContext;
beforeAll(() => {
  ctx = createAppContext({ corpusDir: 'corpus' });
});

const request = (options: Record<string, string | boolean>, userId = 'u1') => ({ options, userId, channelId: 'c1', guildId: 'g1' });

/** Discord's limits for one message, as a list of violations (empty when it fits). */
export function violations(message: MessagePayload): string[] {
  const out: string[] = [];
  if ((message.content ?? '').length > LIMITS.content) out.push('content');
  if (message.embeds.length > LIMITS.embedsPerMessage) out.push('embeds');
  let total = 0;
  for (const e of message.embeds) {
    if ((e.title ?? '').length > LIMITS.embedTitle) out.push('title');
    if ((e.description ?? '').length > LIMITS.embedDescription) out.push('description');
    if ((e.fields ?? []).length > LIMITS.fields) out.push('fields');
    for (const f of e.fields ?? []) if (f.name.length > LIMITS.fieldName || f.value.length > LIMITS.fieldValue || f.value.length === 0) out.push('field');
    if ((e.footer?.text ?? '').length > LIMITS.footer) out.push('footer');
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > LIMITS.embedsTotal) out.push('embeds total');
  if (message.components.length > LIMITS.actionRows) out.push('rows');
  for (const row of message.components) {
    const buttons = (row as { components: { custom_id?: string; label?: string }[] }).components;
    if (buttons.length > LIMITS.buttonsPerRow) out.push('buttons');
    for (const b of buttons) if ((b.custom_id ?? '').length > LIMITS.customId || (b.label ?? '').length > LIMITS.buttonLabel) out.push('button');
  }
  if (JSON.stringify(message.allowed_mentions) !== '{"parse":[]}') out.push('mentions');
  return out;
}

describe('rendering', () => {
  it('every command answers inside Discord limits with mentions disabled', async () => {
    for (const command of commands) {
      const options: Record<string, string> = {};
      if (command.primaryOption) options[command.primaryOption] = 'Pakistan strikes';
      const result = await runCommand(ctx, command.definition.name, request(options));
      expect(violations(result.message), command.definition.name).toEqual([]);
    }
  });

  it('attributes every quote: article title, date and paragraph under it', async () => {
    const result = await runCommand(ctx, 'ask', request({ question: 'Who is Mao Ning?' }));
    const description = result.message.embeds[0].description!;
    const article = ctx.engine.corpus.byId.get(result.answers[0].article)!;
    expect(description).toContain(`*${article.title}*`);
    expect(description).toContain(`¶${result.answers[0].paragraph}`);
    expect(description).toContain('18 Jan 2024');
    expect(description).not.toMatch(/undefined|null/);
  });

  it('puts every quote in a block quote that starts its own line, so Discord renders it as a quote', async () => {
    const result = await runCommand(ctx, 'casualties', request({}));
    const lines = result.message.embeds[0].description!.split('\n');
    for (const answer of result.answers) {
      const first = answer.quote.split('\n')[0].slice(0, 30).replace(/[\\*_~`|>#-]/g, '');
      const line = lines.find((l) => l.replace(/[\\*_~`|>#-]/g, '').includes(first));
      expect(line, answer.quote).toMatch(/^> /);
    }
  });

  it('echoes a hostile question without pings, markdown break-out or invisible characters', async () => {
    const hostile = '@everyone <@123> **bold** ```code``` \u202Eevil\u200B ' + 'x'.repeat(5900);
    const result = await runCommand(ctx, 'ask', request({ question: hostile }));
    const embed = result.message.embeds[0];
    const shown = `${embed.title}\n${embed.description}`;
    expect(violations(result.message)).toEqual([]);
    expect(shown).not.toMatch(/@everyone|<@123>|\u202E|\u200B/);
    expect(shown).not.toContain('```');
    expect(shown).not.toMatch(/(?<!\\)\*\*bold/);
  });

  it('says "not found" with no quote and no More button for an out-of-scope question', async () => {
    const result = await runCommand(ctx, 'ask', request({ question: 'What is the capital of Australia?' }));
    expect(result.answers).toEqual([]);
    expect(result.message.embeds[0].title).toBe('Not found in the sources');
    const labels = result.message.components.flatMap((r) => (r as { components: { label: string }[] }).components.map((b) => b.label));
    expect(labels).not.toContain('More');
  });

  it('gives a polite ephemeral message for unknown commands and bad options', async () => {
    for (const [name, options] of [['nope', {}], ['ask', {}], ['ask', { question: 'x', colour: 'red' }], ['ask', { question: 'x', hide: 'maybe' }]] as const) {
      const result = await runCommand(ctx, name, request(options as Record<string, string>));
      expect(result.message.flags).toBe(64);
      expect(result.message.content).toMatch(/^(There is no command|`)/);
    }
  });

  it('hide:true makes the answer ephemeral with a "Post to channel" button', async () => {
    const result = await runCommand(ctx, 'who', request({ topic: 'Mao Ning', hide: true }));
    expect(result.message.flags).toBe(64);
    const ids = result.message.components.flatMap((r) => (r as { components: { custom_id: string }[] }).components.map((b) => b.custom_id));
    expect(ids.some((id) => decodeButton(id)?.action === 'post')).toBe(true);
  });

  it('typing "more" continues the last answer of whatever command gave it, then says when there is no more', async () => {
    const user = 'more-user';
    const first = await runCommand(ctx, 'casualties', request({}, user));
    const next = await runCommand(ctx, 'ask', request({ question: 'more' }, user));
    expect(next.message.embeds[0].title).toBe(first.message.embeds[0].title);
    expect(next.answers.length).toBeGreaterThan(0);
    expect(next.answers.some((a) => first.answers.some((b) => b.quote === a.quote))).toBe(false);
    let last = next;
    for (let i = 0; i < 10 && last.answers.length > 0; i++) last = await runCommand(ctx, 'ask', request({ question: 'more' }, user));
    expect(last.answers).toEqual([]);
    expect(last.message.embeds[0].description).toMatch(/No more quotes/);
  });

  it('"More" shows the next quotes of the same question from the message alone (works after a restart)', async () => {
    const first = await runCommand(ctx, 'casualties', request({}));
    const moreId = first.message.components.flatMap((r) => (r as { components: { custom_id: string }[] }).components).find((b) => b.custom_id.startsWith('more:'))!.custom_id;
    expect(requestFromMessage(first.message)).toEqual({ command: 'casualties', text: '' });
    const restarted = createAppContext({ corpusDir: 'corpus' });
    const next = await handleButton(restarted, moreId, first.message, { userId: 'someone-else', channelId: 'c2' });
    expect(next).toBeDefined();
    expect(next!.answers.length).toBeGreaterThan(0);
    const firstQuotes = new Set(first.answers.map((a) => a.quote));
    expect(next!.answers.every((a) => !firstQuotes.has(a.quote))).toBe(true);
  });
});

describe('cutting a quote too long for the page', () => {
  it('cuts after a whole word with "…", leaving no blank or invisible character before it', async () => {
    const { cutAtWord } = await import('../../src/render/message.js');
    expect(cutAtWord('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
    // A word joiner after the last word is invisible: shown, "gamma \u2060…" would read "gamma …".
    expect(cutAtWord('alpha beta gamma \u2060\ndelta epsilon zeta eta', 20)).toBe('alpha beta gamma…');
    expect(cutAtWord('short', 20)).toBe('short');
  });
});

describe('echoed text cut to fit', () => {
  it('never leaves a link’s joiner without its "//" when the cut falls inside "https://"', () => {
    const strayJoiner = /(?<![@<])(?<!:(?=\u200D\/\/))\u200D/;
    for (let n = 0; n < 30; n++) {
      const text = `${'a'.repeat(n)}https://evil.example/@everyone`;
      for (let max = 1; max < text.length + 4; max++) {
        for (const cut of [plainUserTextWithin(text, max), safeUserTextWithin(text, max)]) {
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(strayJoiner.test(cut), JSON.stringify(cut)).toBe(false);
        }
      }
    }
  });
});

describe('cutting rendered text to a limit', () => {
  it('never leaves a guard without what it guards: no "https:" joiner before a lone slash, no joiner or backslash at the cut', () => {
    const guarded = `see https:\u200D//example.invalid and @\u200Deveryone and \\[x\\]`;
    for (let max = 2; max <= guarded.length; max++) {
      const cut = truncate(guarded, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut, `cut at ${max}`).not.toMatch(/:\u200D(?!\/\/)|(?<![@<:])\u200D|\u200D…|\\…/);
    }
  });
});
