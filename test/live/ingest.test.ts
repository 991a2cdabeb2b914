/** `npm run ingest`: plain text in, a validated corpus file out; duplicates and bad input refused. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, parseArticle } from '../../src/corpus/loader.js';
import { ingestArticle, IngestError } from '../../src/ingest/ingest.js';
import { articleId, MAX_ID_LENGTH } from '../../src/ingest/slug.js';
import { splitInputParagraphs } from '../../src/ingest/text.js';
import { NEW_REPORT, ROOT, TSX, removeTemps, tempCorpus } from './helpers.js';

afterEach(removeTemps);

const NOW = new Date('2024-01-19T08:30:00.000Z');

function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected the ingest to be refused');
}

describe('ids', () => {
  it('are the date and a slug of the title, stable, at most 60 characters', () => {
    expect(articleId('Pakistan confirms strikes', '2024-01-18')).toBe('2024-01-18-pakistan-confirms-strikes');
    expect(articleId('Pakistan confirms strikes', '2024-01-18')).toBe(articleId('Pakistan  confirms strikes!', '2024-01-18'));
    expect(articleId('Irán’s “Sarmachar” claim — déjà vu?', '2024-01-19')).toBe('2024-01-19-irans-sarmachar-claim-deja-vu');
    const long = articleId('Pakistan and Iran exchange strikes as tensions rise along the shared border region', '2024-01-18');
    expect(long.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(long).toMatch(/^2024-01-18-pakistan-and-iran-exchange-strikes-as-[a-z-]*[a-z]$/);
    expect(articleId('???', '2024-01-18')).toBe('2024-01-18-article');
  });
});

describe('reading plain text', () => {
  it('takes one paragraph per line, or paragraphs separated by blank lines', () => {
    expect(splitInputParagraphs('One.\nTwo.\r\nThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
    expect(splitInputParagraphs('One line\nwrapped.\n\n  Two.  \n\n\n')).toEqual(['One line\nwrapped.', 'Two.']);
  });
});

describe('ingestArticle', () => {
  it('writes a valid file with front matter and the body verbatim', () => {
    const dir = tempCorpus();
    const result = ingestArticle({ text: NEW_REPORT, published: '2024-01-18', outlet: 'Dawn', url: 'https://example.com/a', corpusDir: dir, now: NOW });
    expect(result.id).toBe('2024-01-18-pakistan-names-judge-to-lead-strike-inquiry');
    expect(result.path).toBe(join(dir, `${result.id}.md`));
    const text = readFileSync(result.path, 'utf8');
    const article = parseArticle(result.path, text);
    expect(article).toMatchObject({ id: result.id, title: 'Pakistan names judge to lead strike inquiry', published: '2024-01-18', outlet: 'Dawn', url: 'https://example.com/a', language: 'en', added: NOW.toISOString() });
    expect(article.body).toBe(
      'Islamabad said on Thursday that its jets struck hideouts of the Baloch Liberation Front.\n\nJudge Amelia Quintrell will lead an inquiry into the strikes, the ministry said.',
    );
    expect(article.paragraphs).toHaveLength(2);
    // The whole folder still loads, with the new article; no temporary file is left behind.
    expect(loadCorpus(dir).byId.has(result.id)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps titles with YAML-special characters intact', () => {
    const dir = tempCorpus();
    const title = 'Iran: "We will respond" — #strikes & more';
    const result = ingestArticle({ text: 'Some text.\nMore text.', title, published: '2024-01-18', corpusDir: dir, now: NOW });
    expect(parseArticle(result.path, readFileSync(result.path, 'utf8')).title).toBe(title);
    expect(result.id).toBe('2024-01-18-iran-we-will-respond-strikes-more');
  });

  it('drops the headline line when it repeats --title', () => {
    const dir = tempCorpus();
    const result = ingestArticle({ text: NEW_REPORT, title: 'Pakistan names judge to lead strike inquiry', published: '2024-01-18', corpusDir: dir, now: NOW });
    expect(result.article.paragraphs).toHaveLength(2);
    expect(result.article.body.startsWith('Islamabad')).toBe(true);
  });

  it('refuses the same id, and overwrites only with force', () => {
    const dir = tempCorpus();
    const first = ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: dir, now: NOW });
    const before = readFileSync(first.path, 'utf8');
    const message = refused(() => ingestArticle({ text: `${NEW_REPORT}\nA new last paragraph.`, published: '2024-01-18', corpusDir: dir }));
    expect(message).toContain('already exists');
    expect(message).toContain('--force');
    expect(readFileSync(first.path, 'utf8')).toBe(before);

    const forced = ingestArticle({ text: `${NEW_REPORT}\nA new last paragraph.`, published: '2024-01-18', corpusDir: dir, force: true });
    expect(forced.replaced).toBe(true);
    expect(forced.article.paragraphs).toHaveLength(3);
    expect(loadCorpus(dir).articles).toHaveLength(6);
  });

  it('refuses the same body under another id, however it is wrapped', () => {
    const dir = tempCorpus();
    const existing = loadCorpus(dir).articles[0];
    const rewrapped = existing.body.replace(/\n\n/g, '\n\n\n').replace(/ /g, '  ');
    const message = refused(() => ingestArticle({ text: rewrapped, title: 'A different title', published: '2024-01-18', corpusDir: dir }));
    expect(message).toContain('same article text');
    expect(message).toContain(`${existing.id}.md`);
    expect(readdirSync(dir)).toHaveLength(5);
  });

  it('asks for --title when the first line is not a headline, and for --published always', () => {
    const dir = tempCorpus();
    expect(refused(() => ingestArticle({ text: 'This is a sentence.\nAnd another one.', published: '2024-01-18', corpusDir: dir }))).toContain('--title');
    expect(refused(() => ingestArticle({ text: 'Only a headline', published: '2024-01-18', corpusDir: dir }))).toContain('--title');
    expect(refused(() => ingestArticle({ text: NEW_REPORT, corpusDir: dir }))).toContain('--published');
    expect(refused(() => ingestArticle({ text: NEW_REPORT, published: '2024-02-30', corpusDir: dir }))).toContain('not a real calendar date');
    expect(refused(() => ingestArticle({ text: NEW_REPORT, published: '18 Jan 2024', corpusDir: dir }))).toContain('YYYY-MM-DD');
    expect(refused(() => ingestArticle({ text: NEW_REPORT, published: '2024-01-18', url: 'not a url', corpusDir: dir }))).toContain('--url');
    expect(refused(() => ingestArticle({ text: '  \n\n ', title: 'T', published: '2024-01-18', corpusDir: dir }))).toContain('empty');
    expect(refused(() => ingestArticle({ text: '---\nid: x\n---\nText.', title: 'T', published: '2024-01-18', corpusDir: dir }))).toContain('front matter');
    expect(refused(() => ingestArticle({ text: NEW_REPORT, published: '2024-01-18', corpusDir: join(dir, 'missing') }))).toContain('corpus folder');
    expect(readdirSync(dir)).toHaveLength(5);
  });
});

function runIngest(args: string[], stdin: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(TSX, [join(ROOT, 'src/ingest/main.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.stdin.end(stdin);
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run ingest', () => {
  it('writes from standard input (exit 0), refuses a second time (exit 1) with one line', async () => {
    const dir = tempCorpus();
    const args = ['-', '--published', '2024-01-18', '--outlet', 'Dawn', '--corpus', dir];
    const [written, missingDate] = await Promise.all([runIngest(args, NEW_REPORT), runIngest(['-', '--corpus', dir], NEW_REPORT)]);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/^Wrote .*2024-01-18-pakistan-names-judge-to-lead-strike-inquiry\.md: .*Dawn, 2 paragraphs, added \d{4}-/);
    expect(missingDate.status).toBe(1);
    expect(missingDate.stderr.trim().split('\n')).toHaveLength(1);
    expect(missingDate.stderr).toContain('--published');

    const again = await runIngest(args, NEW_REPORT);
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([expect.stringContaining('already exists')]);
    writeFileSync(join(dir, 'unrelated.txt'), 'not an article');
    expect(loadCorpus(dir).articles).toHaveLength(6);
  });
});
