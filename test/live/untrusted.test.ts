/**
 * The corpus is untrusted input. Each case reproduces what a hostile user or a
 * careless operator did, through the console contract (`npm run console --
 * --json` as a child process), `npm run ingest`, `npm run check-corpus`, or
 * the loader the bot starts with: no file can hang, crash or exhaust the
 * process, and every bad file is named.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app/context.js';
import { loadGoodCorpus, parseArticle, readCorpusFolder } from '../../src/corpus/loader.js';
import { DEFAULT_LIMITS } from '../../src/corpus/readFile.js';
import { ROOT, TSX, articleFile, memoryLogger, removeTemps, tempCorpus, tempDir } from './helpers.js';
import { expectNoBreakOut, expectWithinLimits } from '../properties/support.js';
import type { CommandResult } from '../../src/app/types.js';

afterEach(() => removeTemps());

/** Run a script of the project as a user would, with `input` on standard input; resolves when it exits. */
function run(script: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(TSX, [join(ROOT, script), ...args], { cwd: tempDir(), env: { PATH: process.env.PATH, ...options.env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(options.input ?? '');
  });
}

/** The console's JSON answers to some lines, for a corpus folder. */
async function consoleAnswers(corpusDir: string, lines: string[]) {
  const result = await run('src/console/main.ts', ['--json'], { input: `${lines.join('\n')}\n`, env: { CORPUS_DIR: corpusDir } });
  const answers = result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CommandResult & { message: { embeds: { title?: string; description?: string; footer?: { text: string } }[] } });
  return { ...result, answers };
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('hostile files in corpus/', () => {
  it('a FIFO, a symlink to /dev/zero and a symlink out of the folder: the console starts, answers, names each one', async () => {
    const dir = tempCorpus();
    mkfifo(join(dir, 'pipe.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const outside = join(tempDir(), 'secret.md');
    writeFileSync(outside, articleFile('secret', 'The launch codes are in the drawer.'));
    symlinkSync(outside, join(dir, 'secret.md'));
    // A symlink to a file inside the folder is fine.
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', 'inside.md'), articleFile('inside', 'Villagers counted fourteen craters.'));
    symlinkSync(join(dir, 'archive', 'inside.md'), join(dir, 'inside.md'));

    const { status, answers, stderr } = await consoleAnswers(dir, ['/sources', '/ask where are the launch codes?']);
    expect(status).toBe(0);
    expect(answers[0].message.embeds[0].title).toBe('Sources (6 reports)');
    expect(JSON.stringify(answers)).not.toContain('launch codes are');
    expect(stderr).toMatch(/pipe\.md: a named pipe \(FIFO\), not a regular file/);
    expect(stderr).toMatch(/zero\.md: a symlink to a file outside the corpus folder/);
    expect(stderr).toMatch(/secret\.md: a symlink to a file outside the corpus folder/);
  }, 30_000);

  it('restart with one bad file: the bot starts with the good ones (no crash loop); only an all-bad folder refuses to start', async () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'broken.md'), 'no front matter at all');
    const { logger, entries } = memoryLogger();
    const ctx = createAppContext({ corpusDir: dir, logger });
    expect(ctx.engine.corpus.articles).toHaveLength(5);
    expect(ctx.problems.map((p) => p.file.split('/').pop())).toEqual(['broken.md']);
    expect(entries().some((e) => e.event === 'corpus-rejected' && String(e.file).endsWith('broken.md'))).toBe(true);

    const console = await consoleAnswers(dir, ['/sources']);
    expect(console.status).toBe(0);
    expect(console.answers[0].message.embeds[0].title).toBe('Sources (5 reports)');

    const bad = tempDir();
    writeFileSync(join(bad, 'broken.md'), 'no front matter at all');
    expect(() => loadGoodCorpus(bad)).toThrow(/broken\.md: no front matter/);
    const refused = await consoleAnswers(bad, ['/sources']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('broken.md');
  }, 30_000);

  it('a report over the size cap and one with 100,000 paragraphs are refused and named, quickly', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), articleFile('good', 'A short and valid report.'));
    writeFileSync(join(dir, 'huge.md'), articleFile('huge', 'Seven people were killed. '.repeat(Math.ceil((DEFAULT_LIMITS.maxBytes + 10) / 26))));
    writeFileSync(join(dir, 'many.md'), articleFile('many', Array.from({ length: 100_000 }, (_, n) => `Paragraph ${n}.`).join('\n\n')));
    const started = performance.now();
    const { articles, problems } = readCorpusFolder(dir);
    const ms = performance.now() - started;
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(problems.map((p) => [p.file.split('/').pop(), p.problem.split(':')[0]])).toEqual([
      ['huge.md', 'too large'],
      ['many.md', 'more than 10,000 paragraphs (the limit, CORPUS_MAX_PARAGRAPHS)'],
    ]);
    console.info(`two oversized reports refused in ${Math.round(ms)} ms`);
  });

  it('the caps are configurable', () => {
    const text = articleFile('a1', 'One.\n\nTwo.\n\nThree.');
    expect(() => parseArticle('a1.md', text, { maxBytes: 1000, maxParagraphs: 2 })).toThrow(/more than 2 paragraphs/);
    expect(() => parseArticle('a1.md', text, { maxBytes: 10, maxParagraphs: 10 })).toThrow(/too large/);
    expect(parseArticle('a1.md', text, { maxBytes: 1000, maxParagraphs: 3 }).paragraphs).toHaveLength(3);
  });

  it('a file that is not UTF-8 is refused with the offset of the first bad byte', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin.md'), Buffer.concat([Buffer.from(articleFile('latin', 'Caf')), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    const { problems } = readCorpusFolder(dir);
    expect(problems[0].problem).toMatch(/^not valid UTF-8 text \(first bad byte at offset \d+\)/);
  });

  it('npm run check-corpus exits 1 naming every bad file, 0 on a clean folder, and never waits on a FIFO', async () => {
    const clean = await run('scripts/checkCorpus.ts', [tempCorpus()]);
    expect(clean.status).toBe(0);
    const dir = tempCorpus();
    mkfifo(join(dir, 'pipe.md'));
    writeFileSync(join(dir, 'typo.md'), '---\nid: typo\ntitle: T\npublished: 2024-01-18\noutlett: X\n---\n\nText.\n');
    const bad = await run('scripts/checkCorpus.ts', [dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('pipe.md');
    expect(bad.stderr).toContain('typo.md: unknown field "outlett"');
    expect(bad.stderr).toContain('5 valid, 2 bad of 7 files');
  }, 30_000);
});

describe('npm run ingest refuses what the corpus must not hold', () => {
  const ingest = (args: string[], input: string | Buffer, dir: string) => run('src/ingest/main.ts', ['-', '--published', '2024-01-19', '--corpus', dir, ...args], { input });
  const report = 'Pakistan names judge to lead strike inquiry\nJudge Amelia Quintrell will lead an inquiry, the ministry said.\n';

  it('a javascript: or data: URL', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      const r = await ingest(['--url', url], report, tempCorpus());
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('must be a full URL starting with http:// or https://');
    }
  }, 30_000);

  it('a multi-line outlet', async () => {
    const r = await ingest(['--outlet', 'Dawn\n[click](https://evil.example)'], report, tempCorpus());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--outlet must be one line');
  }, 15_000);

  it('text that is not UTF-8 (instead of silently writing U+FFFD)', async () => {
    const dir = tempCorpus();
    const r = await ingest([], Buffer.concat([Buffer.from(report), Buffer.from([0xff, 0xfe, 0x41])]), dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Standard input is not valid UTF-8 text \(first bad byte at offset \d+\)/);
  }, 15_000);

  it('does not hang on a FIFO in the corpus folder', async () => {
    const dir = tempCorpus();
    mkfifo(join(dir, 'pipe.md'));
    const r = await ingest([], report, dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Wrote');
  }, 15_000);
});

describe('corpus text is data, never markup (through the console contract)', () => {
  const LONG = `Officials in Zorabad said that ${'the convoy of trucks carrying aid and fuel along the mountain road, '.repeat(81)}was hit and 14 people were killed and 30 injured in the attack on Zorabad.`;

  it('a masked link in the text, title and URL gives no link; a 5,590-character sentence is shown cut, attributed, and More moves on', async () => {
    expect(LONG.length).toBeGreaterThan(5590);
    const dir = tempCorpus();
    writeFileSync(
      join(dir, 'hostile.md'),
      articleFile('hostile', `Read the [official statement](https://evil.example/login) at https://evil.example now, @everyone.\n\n${LONG}`, {
        title: '[Zorabad strike](https://evil.example) toll @here',
        url: 'https://news.example/zorabad?x=[y](https://evil.example)',
      }),
    );
    const lines = ['/ask Where can I read the official statement?', '/sources', '/casualties topic:Zorabad', '/ask How many people were killed in the attack on Zorabad?', 'more', 'more'];
    const { status, answers } = await consoleAnswers(dir, lines);
    expect(status).toBe(0);
    for (const a of answers) {
      expectWithinLimits(a);
      expectNoBreakOut(a);
    }
    const text = JSON.stringify(answers.map((a) => a.message));
    expect(text).not.toContain('](https://evil.example');
    expect(text).not.toContain('https://evil.example/login');
    // The article's own address is shown, as a plain <url>, with nothing Discord could read as markdown.
    expect(answers[1].message.embeds[0].description).toContain('<https://news.example/zorabad?x=%5By%5D%28https://evil.example%29>');

    // The long sentence: a quote on the page, cut at a word with "…", with its attribution; More moves forward.
    const casualties = answers[2];
    expect(casualties.answers.length).toBeGreaterThan(0);
    const ask = answers[3];
    expect(ask.answers.map((q) => q.quote)).toContain(LONG);
    // Cut after a whole word, then "…", then the quote's attribution.
    expect(ask.message.embeds[0].description).toMatch(/ \w+…\n\*\*\d+\.\*\* — \*\\\[Zorabad strike\\\]/);
    const pages = answers.slice(3).map((a) => /Quotes (\d+)–(\d+) of (\d+)/.exec(a.message.embeds[0].footer?.text ?? '') ?? /No more quotes/.exec(a.message.embeds[0].description ?? ''));
    expect(pages.every(Boolean)).toBe(true);
    const firsts = pages.filter((m) => m!.length > 1).map((m) => Number(m![1]));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(new Set(firsts).size).toBe(firsts.length);
  }, 30_000);
});
