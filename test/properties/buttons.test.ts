/**
 * Buttons under hostile state: any custom_id (ours, forged, stale, too long)
 * and any footer (the request a button re-runs is read back from it) must
 * give either "not ours" or a payload that passes every check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { handleButton } from '../../src/app/buttons.js';
import { runCommand } from '../../src/app/dispatch.js';
import { decodeButton, requestFromMessage } from '../../src/render/buttons.js';
import { plainUserText, safeUserText, safeUserTextWithin } from '../../src/render/format.js';
import { context, expectNoBreakOut, expectSafe, hostileText } from './support.js';

const names = commands.map((c) => c.definition.name);

const customId = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('more', 'sources', 'post', 'followup'), fc.constantFrom(...names, 'nope', ''), fc.integer({ min: 0, max: 9999 })).map(([a, c, o]) => `${a}:${c}:${o}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('more', 'sources', 'post', 'followup'), fc.constantFrom(...names)).map(([a, c]) => `${a}:${c}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: hostileText.map((s) => s.slice(0, 120)) },
);

const footer = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...names), hostileText).map(([c, t]) => `Asked: /${c} ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(99), fc.constantFrom(...names), hostileText).map(([n, c, t]) => `Quotes 1–5 of ${n}\nAsked: /${c} ${t}`) },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constant('') },
);

const message = fc.record({
  embeds: fc.array(fc.record({ footer: fc.option(footer.map((text) => ({ text })), { nil: undefined }) }), { maxLength: 3 }),
  flags: fc.constantFrom(0, 64, 4096, 64 | 4096),
});

describe('buttons hold under forged custom_ids and footers', () => {
  it('handleButton never throws; a result is within limits, verbatim, without break-out', async () => {
    const ctx = context();
    await fc.assert(
      fc.asyncProperty(customId, message, fc.constantFrom('1', '2'), async (id, msg, userId) => {
        const result = await handleButton(ctx, id, msg, { userId, channelId: 'c', guildId: null });
        if (!result) return;
        expectSafe(ctx, result);
        // A button's answer must not be public when the original was only for the clicker, unless it is "post".
        if ((msg.flags & 64) !== 0 && !id.startsWith('post:')) expect((result.message.flags ?? 0) & 64).toBe(64);
      }),
      { numRuns: 400 },
    );
  });

  it('a button on a real answer re-runs the same request (footer round trip)', async () => {
    const ctx = context();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('ask', 'who', 'what', 'compare', 'quote'), hostileText, async (name, text) => {
        const command = commands.find((c) => c.definition.name === name)!;
        const first = await runCommand(ctx, name, { options: { [command.primaryOption!]: text }, userId: '9', channelId: 'c', guildId: null });
        const asked = requestFromMessage(first.message);
        if (first.message.embeds.length === 0) return; // an error message (e.g. empty text): no buttons
        expect(asked?.command).toBe(name);
        for (const row of first.message.components) {
          for (const b of ('components' in row ? row.components : []) as { custom_id?: string }[]) {
            expect(decodeButton(b.custom_id!), b.custom_id).toBeDefined();
            const again = await handleButton(ctx, b.custom_id!, first.message, { userId: '9', channelId: 'c', guildId: null });
            if (again) expectSafe(ctx, again);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('echoing user text', () => {
  it('safeUserText and plainUserText leave no way out of the formatting (thousands of strings)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const safe = safeUserText(text);
        const plain = plainUserText(text);
        expectNoBreakOut({ answers: [], message: { embeds: [{ title: safeUserTextWithin(text, 256), description: safe, footer: { text: plain } }], components: [], allowed_mentions: { parse: [] } } });
        // Idempotent enough to re-echo: making safe text safe again changes nothing dangerous.
        expectNoBreakOut({ answers: [], message: { embeds: [{ description: safeUserText(plain) }], components: [], allowed_mentions: { parse: [] } } });
      }),
      { numRuns: 3000 },
    );
  });
});
