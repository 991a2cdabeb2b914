/**
 * Shared pieces of the property tests: hostile-text generators and the checks
 * every payload must pass (Discord's limits, no pings, verbatim quotes, no
 * user text breaking out of our formatting). The limit checks are written out
 * here on purpose, independently of src/render/limits.ts and
 * src/discord/payload.ts, so a wrong constant there is caught too.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { createAppContext, type MutableAppContext } from '../../src/app/context.js';
import type { CommandResult } from '../../src/app/types.js';

export const CORPUS = resolve(import.meta.dirname, '../../corpus');

let shared: MutableAppContext | undefined;
/** One engine per test file (building it takes ~0.2 s). */
export function context(): MutableAppContext {
  shared ??= createAppContext({ corpusDir: CORPUS });
  return shared;
}

/** Pieces that have broken chat bots: markdown, mentions, invisible and direction controls, regex syntax. */
export const HOSTILE_PIECES = [
  '```', '```js\nconsole.log(1)\n```', '`', '**', '__', '~~', '||', '*', '_', '\\', '> ', '>>> ', '# ', '## ', '- ', '1. ',
  '[click](https://example.invalid)', '](', '<https://example.invalid>', 'https://example.invalid/x?y=1',
  '@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
  '<:emoji:123456789012345678>', '<t:1700000000:R>', '</ask:123456789012345678>',
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u2060',
  '\u0000', '\u0007', '\u001B[31m', '\u007F', '\n', '\r\n', '\t', '\u2028', '\u2029', '\u00A0',
  '.*', '(a+)+$', '[^]', '$&', '$1', '\\d+', '(?<x>', '{1,3}', '^', '|', '?', '+',
  '😀', '👩‍👩‍👧‍👦', '🇵🇰', '🏳️‍🌈', 'e\u0301\u0302\u0303\u0304', 'Z\u0337\u0322\u0359\u0347', '\uD800', '\uDFFF', 'ﷺ', 'עברית', 'العربية', '中文',
  '%s', '%n', '${x}', '{{x}}', '<script>', '&amp;', 'null', 'undefined', 'NaN', '__proto__', 'constructor',
];

export const WORDS = [
  'who', 'was', 'killed', 'Pakistan', 'Iran', 'strikes', 'airstrikes', 'Saravan', 'militants', 'Jaish', 'al-Adl', 'Kakar', 'IRGC',
  'when', 'where', 'why', 'how', 'many', 'children', 'women', 'died', 'missile', 'drone', 'Baluchistan', 'Sistan', 'Tehran',
  'Islamabad', 'foreign', 'ministry', 'said', 'retaliation', 'border', 'village', 'Thursday', 'morning', 'ambassador', 'China',
];

export const STOP_WORDS = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'was', 'it', 'that', 'what', 'who', 'when', 'where', 'why', 'how', 'with', 'for', 'on', 'at', 'by', 'there', 'their', 'they', 'this', 'those'];
const PUNCTUATION = [...'!?.,;:…—–-\'"“”‘’()[]{}<>/\\|*&^%$#@~`+=_'];

const MAX = 6000;
const cap = (s: string) => s.slice(0, MAX);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...STOP_WORDS) },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/**
 * Hostile user text, 0–6,000 UTF-16 units: mixes of the pieces above, only stop
 * words, only punctuation, arbitrary Unicode, and long repetitions (the
 * 6,000-character cases are rarer because each costs a full answer).
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(piece, { maxLength: 30 }).map((a) => cap(a.join(''))) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...STOP_WORDS), { minLength: 1, maxLength: 20 }).map((a) => a.join(' ')) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...PUNCTUATION), { minLength: 1, maxLength: 60 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: MAX })).map(([a, n]) => cap(a.join(' ').repeat(Math.ceil(n / Math.max(1, a.join(' ').length))))) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', 'x'.repeat(MAX), '@everyone '.repeat(600), '```'.repeat(2000), '\u202E'.repeat(MAX)) },
);

// ------------------------------------------------------------------ checks

/** Zero-width and direction controls that must never reach a title or description. */
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u2060]/;
/** The zero-width joiner is allowed only where the renderer puts it: after "@" and "<", and between ":" and "//". */
const STRAY_ZWJ = /(?<![@<])(?<!:(?=\u200D\/\/))\u200D/;
/** A clickable address ("scheme://"), once the renderer's own "<https://…>" address lines are set aside. */
const LIVE_LINK = /[a-z][\w+.-]*:\/\//i;
const OWN_ADDRESS = /<https?:\/\/[^\s<>]*>/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MENTION = /@(everyone|here)|<@[!&]?\d|<#\d|<\/[\w-]+:\d/;
/** A markdown sequence that is not escaped with a backslash. */
const UNESCAPED = /(?<!\\)(```|\|\||~~)|(?<!\\)\[[^\]\n]*(?<!\\)\]\((?!\))/;

function cleanText(where: string, text: string | undefined, options: { markdown: boolean; newlines: boolean }): void {
  if (!text) return;
  expect(INVISIBLE.test(text), `${where} has a zero-width or bidi control: ${JSON.stringify(text.slice(0, 200))}`).toBe(false);
  expect(STRAY_ZWJ.test(text), `${where} has a stray zero-width joiner`).toBe(false);
  expect(CONTROL.test(text), `${where} has a control character`).toBe(false);
  expect(MENTION.exec(text)?.[0], `${where} has a live mention: ${JSON.stringify(text.slice(0, 200))}`).toBeUndefined();
  if (options.markdown) expect(UNESCAPED.exec(text)?.[0], `${where} has unescaped markdown: ${JSON.stringify(text.slice(0, 300))}`).toBeUndefined();
  if (options.markdown) expect(LIVE_LINK.exec(text.replace(OWN_ADDRESS, '<address>'))?.[0], `${where} has a link: ${JSON.stringify(text.slice(0, 300))}`).toBeUndefined();
  if (!options.newlines) expect(/[\r\n\u2028\u2029]/.test(text), `${where} has a line break`).toBe(false);
}

/** Discord's message limits, written out again (see /work/shared/discord-limits.md). */
export function expectWithinLimits(result: CommandResult): void {
  const m = result.message;
  expect(m.allowed_mentions).toEqual({ parse: [] });
  expect((m.content ?? '').length).toBeLessThanOrEqual(2000);
  expect(m.embeds.length).toBeLessThanOrEqual(10);
  expect((m.content ?? '').length + m.embeds.length + m.components.length, 'message is empty').toBeGreaterThan(0);
  let total = 0;
  for (const e of m.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    expect((e.author?.name ?? '').length).toBeLessThanOrEqual(256);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
      total += f.name.length + f.value.length;
    }
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(6000);
  expect(m.components.length).toBeLessThanOrEqual(5);
  for (const row of m.components) {
    const items = 'components' in row ? row.components : [];
    expect(items.length).toBeLessThanOrEqual(5);
    for (const c of items as { custom_id?: string; label?: string }[]) {
      if (c.custom_id !== undefined) {
        expect(c.custom_id.length).toBeGreaterThan(0);
        expect(c.custom_id.length).toBeLessThanOrEqual(100);
      }
      expect((c.label ?? '').length).toBeLessThanOrEqual(80);
    }
  }
}

/** Every quote is a verbatim slice of its article, and every source exists. */
export function expectVerbatim(ctx: MutableAppContext, result: CommandResult): void {
  for (const a of result.answers) {
    const article = ctx.engine.corpus.byId.get(a.article);
    expect(article, `answer cites unknown article ${a.article}`).toBeDefined();
    expect(a.quote.length).toBeGreaterThan(0);
    expect(article!.body.includes(a.quote), `not verbatim: ${a.quote.slice(0, 120)}`).toBe(true);
    for (const s of a.sources) expect(ctx.engine.corpus.byId.has(s.article)).toBe(true);
  }
}

/**
 * No text breaks out of its formatting. Titles, descriptions, field names and
 * values and content render markdown: no zero-width/bidi controls, no live
 * mentions, no unescaped code fences, spoilers, strike-through or masked links.
 * The footer is plain text in Discord (no markdown), but it is still free of
 * invisible controls, line-breaking tricks and mention syntax.
 */
export function expectNoBreakOut(result: CommandResult): void {
  const m = result.message;
  cleanText('content', m.content, { markdown: true, newlines: true });
  for (const e of m.embeds) {
    cleanText('title', e.title, { markdown: true, newlines: false });
    cleanText('description', e.description, { markdown: true, newlines: true });
    for (const f of e.fields ?? []) {
      cleanText('field name', f.name, { markdown: true, newlines: false });
      cleanText('field value', f.value, { markdown: true, newlines: true });
    }
    cleanText('footer', e.footer?.text, { markdown: false, newlines: true });
  }
}

export function expectSafe(ctx: MutableAppContext, result: CommandResult): void {
  expectWithinLimits(result);
  expectVerbatim(ctx, result);
  expectNoBreakOut(result);
}
