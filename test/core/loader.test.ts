import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusError, loadCorpus, parseArticle } from '../../src/corpus/loader.js';

const GOOD = `---\nid: a1\ntitle: "A title"\npublished: 2024-01-18\n---\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.\n`;

function problem(text: string, file = 'corpus/a1.md'): string {
  try {
    parseArticle(file, text);
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return (err as Error).message;
  }
  throw new Error('expected the file to be rejected');
}

describe('corpus loader', () => {
  it('loads the shipped corpus: five reports dated 18 January 2024, every sentence an exact slice of its body', () => {
    const corpus = loadCorpus('corpus');
    expect(corpus.articles).toHaveLength(5);
    for (const article of corpus.articles) {
      expect(article.published).toBe('2024-01-18');
      for (const p of article.paragraphs) for (const s of p.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('keeps each article body exactly as in the seed (a copy of shared/seeds in test/fixtures), paragraphs separated by blank lines', () => {
    const corpus = loadCorpus('corpus');
    for (const article of corpus.articles) {
      const seed = readFileSync(join('test', 'fixtures', 'seeds', `${article.id}.txt`), 'utf8').split('\n').filter((l) => l.trim());
      expect(article.paragraphs.map((p) => article.body.slice(p.start, p.end))).toEqual(seed);
    }
  });

  it('parses a good file into paragraphs and sentences', () => {
    const article = parseArticle('corpus/a1.md', GOOD);
    expect(article.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([['First paragraph.', 'Second sentence.'], ['Second paragraph.']]);
  });

  it('reads a file saved with a byte-order mark and Windows line ends like any other', () => {
    const article = parseArticle('corpus/a1.md', `\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
    expect(article.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([['First paragraph.', 'Second sentence.'], ['Second paragraph.']]);
    expect(article.body).not.toContain('\r');
  });

  it.each([
    ['no front matter', 'Just text.\n', /a1\.md: no front matter/],
    ['unknown field', GOOD.replace('title:', 'outlett: X\ntitle:'), /a1\.md: unknown field "outlett"/],
    ['missing title', GOOD.replace('title: "A title"\n', ''), /a1\.md: missing "title"/],
    ['a date that is not a date', GOOD.replace('2024-01-18', '2024-02-31'), /a1\.md: "published" is not a real calendar date/],
    ['a date in another format', GOOD.replace('2024-01-18', '18/01/2024'), /a1\.md: "published" must be a date/],
    ['empty body', '---\nid: a1\ntitle: T\npublished: 2024-01-18\n---\n\n   \n', /a1\.md: empty body/],
    ['id that is not the file name', GOOD.replace('id: a1', 'id: b2'), /a1\.md: id "b2" must equal the file name "a1"/],
    ['invalid YAML', GOOD.replace('title: "A title"', 'title: [unclosed'), /a1\.md: front matter is not valid YAML/],
    ['an id YAML reads as a number', GOOD.replace('id: a1', 'id: 001'), /a1\.md: "id" must be text: put it in quotes, e\.g\. id: "a1"/],
  ])('rejects %s with one line naming the file and the problem', (_name, text, expected) => {
    const message = problem(text);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('rejects a duplicate id, naming both files', () => {
    const a = parseArticle('one/a1.md', GOOD);
    const b = parseArticle('two/a1.md', GOOD);
    expect(() => buildCorpus('x', [a, b])).toThrow('two/a1.md: duplicate id "a1" (also in one/a1.md)');
  });

  it('names a corpus folder that cannot be read', () => {
    expect(() => loadCorpus(join(mkdtempSync(join(tmpdir(), 'corpus-')), 'missing'))).toThrow(/missing: cannot read the corpus folder \(ENOENT\)/);
  });

  it('stops the whole load at the first bad file, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync('corpus', dir, { recursive: true });
    writeFileSync(join(dir, 'zz-broken.md'), 'no front matter here\n');
    expect(() => loadCorpus(dir)).toThrow(/zz-broken\.md: no front matter/);
  });
});

describe('corpus caps from the environment', () => {
  it('uses the defaults when unset and names the variable when its value cannot be used', async () => {
    const { corpusLimits, DEFAULT_LIMITS } = await import('../../src/corpus/readFile.js');
    expect(corpusLimits({})).toEqual(DEFAULT_LIMITS);
    expect(corpusLimits({ CORPUS_MAX_BYTES: '1000', CORPUS_MAX_PARAGRAPHS: '50' })).toEqual({ maxBytes: 1000, maxParagraphs: 50 });
    expect(() => corpusLimits({ CORPUS_MAX_BYTES: '2MB' })).toThrow(/CORPUS_MAX_BYTES must be a positive whole number/);
    expect(() => corpusLimits({ CORPUS_MAX_PARAGRAPHS: '-1' })).toThrow(/CORPUS_MAX_PARAGRAPHS/);
  });
});
