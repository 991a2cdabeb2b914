/**
 * Answer-quality evaluation, shared by `npm run eval` and the dev-split floor
 * test. Each incident is a folder under test/fixtures/incidents/ with its
 * reports in `corpus/` (the seed incident uses the top-level `corpus/`) and
 * its questions split into `dev.json` (tuned on) and `test.json` (held out).
 *
 * A case is a console session (its lines in order, one user and channel);
 * only the last line's answers are graded:
 * - `gold`: regexes, one must match a quote in the top 1 (and top 3);
 * - `all`: each regex must match some quote in the top 5;
 * - `none`: out of scope, the right answer is no quote at all.
 * Gold patterns match whole words only: `US` does not match "because".
 * Every quote of every line is checked to be a verbatim slice of its article.
 *
 * The same cases run through a plain MiniSearch (default options, one document
 * per paragraph, the last line's words as the query), as the baseline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { MutableAppContext } from '../src/app/context.js';
import { answerLine } from '../src/console/answerLine.js';
import { loadCorpus } from '../src/corpus/loader.js';
import type { Corpus } from '../src/corpus/types.js';
import { Engine } from '../src/engine/engine.js';

export interface EvalCase {
  id: string;
  lines: string[];
  gold?: string[];
  all?: string[];
  none?: boolean;
}

export interface Split {
  name: string;
  cases: EvalCase[];
}

export interface Incident {
  name: string;
  corpusDir: string;
  splits: Split[];
}

export const INCIDENTS_DIR = 'test/fixtures/incidents';

/** Every incident folder with at least one question split. */
export function listIncidents(root = INCIDENTS_DIR): Incident[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, d.name);
      const corpusDir = existsSync(join(dir, 'corpus')) ? join(dir, 'corpus') : 'corpus';
      // dev.json, then later batches of dev questions (dev2.json …), then test.json.
      const names = readdirSync(dir).flatMap((f) => /^(dev\d*|test)\.json$/.exec(f)?.[1] ?? []);
      const splits = names
        .sort((a, b) => Number(a === 'test') - Number(b === 'test') || a.localeCompare(b))
        .map((s) => ({ name: s, cases: (JSON.parse(readFileSync(join(dir, `${s}.json`), 'utf8')) as { cases: EvalCase[] }).cases }));
      return { name: d.name, corpusDir, splits };
    })
    .filter((i) => i.splits.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The key a dev split's figures are recorded under in dev-floor.json: the incident for dev.json, "incident:dev2" for later batches. */
export function floorKey(incident: string, split: string): string {
  return split === 'dev' ? incident : `${incident}:${split}`;
}

/** A gold pattern found in a text as whole words, case-insensitively. */
export function goldMatches(pattern: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export interface CaseResult {
  /** Quote texts of the last line, best first. */
  texts: string[];
  /** Quotes (of any line) that are not a slice of the article they name. */
  notVerbatim: string[];
}

type LineAnswers = NonNullable<Awaited<ReturnType<typeof answerLine>>>['answers'];

/** One case as its own console session (one user and channel): each line's answers, in order. `beforeLast` runs right before the graded line. */
export async function answerCase(engine: Engine, c: EvalCase, beforeLast?: () => void): Promise<LineAnswers[]> {
  const ctx = new MutableAppContext(engine);
  const answers: LineAnswers[] = [];
  for (const [i, line] of c.lines.entries()) {
    if (i === c.lines.length - 1) beforeLast?.();
    answers.push((await answerLine(ctx, line))?.answers ?? []);
  }
  return answers;
}

/** Run each case as its own console session against one engine. */
export async function runEngine(corpus: Corpus, cases: EvalCase[], engine = new Engine(corpus)): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const lines = await answerCase(engine, c);
    const notVerbatim = lines.flat().flatMap((a) => ((corpus.byId.get(a.article)?.body ?? '').includes(a.quote) ? [] : [`${a.article}: ${a.quote.slice(0, 80)}`]));
    results.push({ texts: (lines.at(-1) ?? []).map((a) => a.quote), notVerbatim });
  }
  return results;
}

/** The words a user typed on a line, as a search box would take them: "/who condemned x" → "who condemned x". */
function searchWords(line: string): string {
  return line.replace(/^\//, '').replace(/\b(topic|question|speaker|hide):/g, ' ').trim();
}

/** Plain MiniSearch, default options, one document per paragraph, the last line as the query. */
export function runBaseline(corpus: Corpus, cases: EvalCase[]): CaseResult[] {
  const docs = corpus.articles.flatMap((a) => a.paragraphs.map((p, i) => ({ id: `${a.id}#${i}`, text: a.body.slice(p.start, p.end) })));
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] });
  search.addAll(docs);
  return cases.map((c) => ({
    texts: search.search(searchWords(c.lines[c.lines.length - 1])).map((r) => r.text as string),
    notVerbatim: [],
  }));
}

export interface Score {
  cases: number;
  gold: number;
  top1: number;
  top3: number;
  allCases: number;
  allOk: number;
  noneCases: number;
  noneOk: number;
  quotes: number;
  notVerbatim: number;
  misses: { id: string; problems: string[]; lines: string[]; got?: string }[];
}

export function score(cases: EvalCase[], results: CaseResult[]): Score {
  const s: Score = { cases: cases.length, gold: 0, top1: 0, top3: 0, allCases: 0, allOk: 0, noneCases: 0, noneOk: 0, quotes: 0, notVerbatim: 0, misses: [] };
  cases.forEach((c, i) => {
    const { texts, notVerbatim } = results[i];
    s.quotes += texts.length;
    s.notVerbatim += notVerbatim.length;
    const problems: string[] = notVerbatim.map((q) => `not verbatim: ${q}`);
    if (c.gold) {
      s.gold++;
      const hit = (n: number) => texts.slice(0, n).some((t) => c.gold!.some((g) => goldMatches(g, t)));
      if (hit(1)) s.top1++;
      else problems.push('top-1 miss');
      if (hit(3)) s.top3++;
      else problems.push('top-3 miss');
    }
    if (c.all) {
      s.allCases++;
      const missing = c.all.filter((g) => !texts.slice(0, 5).some((t) => goldMatches(g, t)));
      if (missing.length === 0) s.allOk++;
      else problems.push(`top-5 lacks ${missing.join(', ')}`);
    }
    if (c.none) {
      s.noneCases++;
      if (texts.length === 0) s.noneOk++;
      else problems.push('answered an out-of-scope question');
    }
    if (problems.length > 0) s.misses.push({ id: c.id, problems, lines: c.lines, got: texts[0] });
  });
  return s;
}

/** Share in percent, or undefined when there is nothing to count. */
export function percent(a: number, b: number): number | undefined {
  return b === 0 ? undefined : Math.round((1000 * a) / b) / 10;
}

export interface SplitFigures {
  top1?: number;
  top3?: number;
  refused?: number;
  notVerbatim: number;
}

export function figures(s: Score): SplitFigures {
  return { top1: percent(s.top1, s.gold), top3: percent(s.top3, s.gold), refused: percent(s.noneOk, s.noneCases), notVerbatim: s.notVerbatim };
}

/** Load an incident's corpus (throws CorpusError naming the file on a bad one). */
export function loadIncidentCorpus(incident: Incident): Corpus {
  return loadCorpus(incident.corpusDir);
}
