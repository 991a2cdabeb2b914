/**
 * Corpus text is untrusted input too. fast-check generates whole reports —
 * bodies, titles, outlets and URLs mixing markdown, masked links, bare
 * addresses, mentions, invisible characters and very long sentences — and
 * checks, at the loader and at the renderer (no engine build per report, so
 * thousands of reports stay fast):
 *  - the loader either accepts a report, keeping the body verbatim and only
 *    an http(s) URL, or refuses it with a CorpusError naming the file;
 *  - every rendered page is within Discord's limits, has no link, no ping and
 *    no break-out, shows its quote verbatim (or cut at a word with "…" and
 *    still attributed), and More always moves forward.
 * 1,200 + 1,000 generated reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildCorpus, CorpusError, parseArticle } from '../../src/corpus/loader.js';
import type { Article } from '../../src/corpus/types.js';
import type { Engine, Quote } from '../../src/engine/engine.js';
import { decodeButton } from '../../src/render/buttons.js';
import { renderView } from '../../src/render/message.js';
import { payloadToText } from '../../src/render/text.js';
import { sourcesView } from '../../src/render/views.js';
import { expectNoBreakOut, expectWithinLimits, HOSTILE_PIECES, WORDS } from './support.js';

const LINKS = [
  '[click here](https://evil.example)', '[https://bank.example](https://evil.example/login)', 'https://evil.example/x?y=1', 'http://evil.example',
  '<https://evil.example>', 'javascript:alert(1)', 'steam://run/1', 'discord://-/channels/1/2', 'www.evil.example', '[a](<https://evil.example>)',
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>', '</ask:123456789012345678>',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...LINKS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 3, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constantFrom('.', '. ', '! ', '? ', ', ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const words = (max: number) => fc.array(piece, { minLength: 1, maxLength: max }).map((a) => a.join(''));

/** A paragraph: ordinary sentences, or one very long sentence (up to 6,000 characters, longer than a page). */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(words(25).map((s) => `${s}.`), { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(words(12), fc.integer({ min: 1000, max: 6000 })).map(([s, n]) => `${`${s} `.repeat(Math.ceil(n / (s.length + 1))).slice(0, n)}.`) },
);
const body = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((a) => a.join('\n\n'));
const title = words(15);
const url = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...LINKS, 'https://evil.example/[x](https://a.b)', 'https://a.example/<@123>', 'https://a.example/>@everyone', 'HTTPS://A.EXAMPLE/', 'data:text/html,hi', 'file:///etc/passwd') },
  { weight: 1, arbitrary: words(5) },
);

const report = fc.record({
  title,
  outlet: fc.option(words(6), { nil: undefined }),
  url: fc.option(url, { nil: undefined }),
  body,
});
type Report = typeof report extends fc.Arbitrary<infer T> ? T : never;

function fileText(r: Report, id = 'gen'): string {
  const fields: Record<string, string> = { id, title: r.title, published: '2024-01-19' };
  if (r.outlet !== undefined) fields.outlet = r.outlet;
  if (r.url !== undefined) fields.url = r.url;
  return `---\n${stringify(fields, { lineWidth: 0 }).trimEnd()}\n---\n\n${r.body}\n`;
}

/** Parse a generated report; undefined when the loader refuses it (which must be a CorpusError naming the file). */
function load(r: Report, id = 'gen'): Article | undefined {
  try {
    return parseArticle(`corpus/${id}.md`, fileText(r, id));
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as CorpusError).file).toBe(`corpus/${id}.md`);
    expect((err as Error).message).not.toContain('\n');
    return undefined;
  }
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

describe('generated reports at the loader', () => {
  it('are loaded verbatim with only an http(s) URL, or refused naming the file', () => {
    let accepted = 0;
    fc.assert(
      fc.property(report, (r) => {
        const article = load(r);
        if (!article) return;
        accepted++;
        for (const p of article.paragraphs) for (const s of p.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
        expect(r.body.replace(/\r\n?/g, '\n')).toContain(article.body.trim());
        if (article.url !== undefined) expect(new URL(article.url).protocol).toMatch(/^https?:$/);
        if (r.url !== undefined && !/^\s*https?:\/\//i.test(r.url)) expect(article.url).toBeUndefined();
        expect(article.title).not.toMatch(/[\r\n]/);
        expect(article.outlet ?? '').not.toMatch(/[\r\n]/);
      }),
      { numRuns: 1200 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('generated reports at the renderer', () => {
  /** Two generated reports, each valid; quotes are their sentences, each also "reported" by the other. */
  const pair = fc.tuple(report, report).filter(([a, b]) => load(a, 'one') !== undefined && load(b, 'two') !== undefined);

  it('render within limits, with no link and no ping, quotes verbatim or cut at a word, paging forward', () => {
    fc.assert(
      fc.property(pair, fc.nat(12), ([ra, rb], offsetSeed) => {
        const one = load(ra, 'one')!;
        const two = load(rb, 'two')!;
        const corpus = buildCorpus('corpus', [one, two]);
        const quotes: Quote[] = corpus.sentences.map((s) => ({
          text: s.text,
          articleId: s.articleId,
          paragraph: s.paragraph,
          start: s.start,
          end: s.end,
          sources: [
            { articleId: s.articleId, paragraph: s.paragraph },
            { articleId: s.articleId === 'one' ? 'two' : 'one', paragraph: 1 },
          ],
          score: 1,
        }));
        const offset = Math.min(offsetSeed, quotes.length - 1);
        const base = { title: 'Who was killed?', request: { command: 'ask', text: 'who was killed?' } };
        const page = renderView(corpus, { ...base, quotes, offset, notes: [one.title, two.outlet ?? 'x'] });
        expectWithinLimits(page);
        expectNoBreakOut(page);

        // The page shows at least one quote, and More points past it.
        expect(page.answers.length).toBeGreaterThan(0);
        const more = page.message.components.flatMap((r) => ('components' in r ? r.components : [])).find((b) => 'custom_id' in b && b.custom_id?.startsWith('more:'));
        const next = decodeButton((more as { custom_id: string }).custom_id)!.offset;
        if (offset + page.answers.length < quotes.length) expect(next).toBe(offset + page.answers.length);

        // Verbatim: each shown quote reads as the sentence, or as its beginning cut at a word with "…".
        const shown = payloadToText(page.message).replace(/(^|\n)> /g, '$1');
        for (const [i, answer] of page.answers.entries()) {
          const expected = answer.quote.replace(INVISIBLE, '').trim().replace(/[ \t]*\n\s*/g, '\n');
          const at = shown.indexOf(`\n**${offset + i + 1}.** — `);
          expect(at, `quote ${offset + i + 1} has no attribution`).toBeGreaterThan(0);
          const block = shown.slice(shown.lastIndexOf('\n\n', at) + 2, at);
          if (block === expected) continue;
          expect(block.endsWith('…'), `quote ${offset + i + 1} is neither whole nor cut: ${JSON.stringify(block.slice(0, 200))}`).toBe(true);
          expect(block.length).toBeGreaterThan(1);
          expect(expected.startsWith(block.slice(0, -1))).toBe(true);
        }

        // /sources lists both reports; an address only as a plain <http(s) url>.
        const sources = renderView(corpus, sourcesView({ corpus } as unknown as Engine, base));
        expectWithinLimits(sources);
        expectNoBreakOut(sources);
        for (const m of (sources.message.embeds[0].description ?? '').matchAll(/<(https?:\/\/[^>]*)>/g)) expect([one.url, two.url].map((u) => u && new URL(u).href.replace(/[@[\]()~*_|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))).toContain(m[1]);
      }),
      { numRuns: 1000 },
    );
  });
});
