/**
 * `npm run eval`: answer quality through the console's JSON contract. Each case
 * is a console session (its lines in order); only the last line's answers are
 * graded: `gold` regexes against the top 1 and top 3 quotes, `all` regexes
 * each somewhere in the top 5, `none` for out-of-scope questions that must get
 * no quote. Every quote of every line is checked to be verbatim.
 *
 *   npm run eval                      # every file in test/fixtures/*questions.json
 *   npm run eval -- path/to/file.json # one file
 *   npm run eval -- --verbose         # print each miss
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadCorpus } from '../src/corpus/loader.js';

interface Case {
  id: string;
  lines: string[];
  gold?: string[];
  all?: string[];
  none?: boolean;
}

interface Output {
  input: string;
  answers: { quote: string; article: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const paths = files.length > 0 ? files : readdirSync('test/fixtures').filter((f) => f.endsWith('questions.json')).map((f) => join('test/fixtures', f));
const corpusDir = process.env.CORPUS_DIR || 'corpus';
const corpus = loadCorpus(corpusDir);

/** Run one console session and collect one JSON object per line. */
function session(lines: string[]): Promise<Output[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console/main.ts', '--json'], {
      env: { ...process.env, CORPUS_DIR: corpusDir, LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const outputs: Output[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => outputs.push(JSON.parse(line)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && outputs.length === lines.length ? resolve(outputs) : reject(new Error(`console exited ${code} after ${outputs.length}/${lines.length} lines`))));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

function matches(pattern: string, text: string): boolean {
  return new RegExp(pattern, 'i').test(text);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

let exitCode = 0;
for (const path of paths) {
  const cases: Case[] = JSON.parse(readFileSync(path, 'utf8')).cases;
  const outputs = await mapLimit(cases, 2, (c) => session(c.lines));
  let top1 = 0, top3 = 0, gold = 0, allOk = 0, allCases = 0, noneOk = 0, noneCases = 0, quotes = 0, notVerbatim = 0;
  cases.forEach((c, i) => {
    for (const out of outputs[i]) {
      for (const a of out.answers) {
        quotes++;
        const body = corpus.byId.get(a.article)?.body ?? '';
        if (!body.includes(a.quote)) {
          notVerbatim++;
          console.log(`NOT VERBATIM ${c.id}: ${a.article}: ${a.quote.slice(0, 80)}`);
        }
      }
    }
    const last = outputs[i][outputs[i].length - 1];
    const texts = last.answers.map((a) => a.quote);
    const problems: string[] = [];
    if (c.gold) {
      gold++;
      const hit = (n: number) => texts.slice(0, n).some((t) => c.gold!.some((g) => matches(g, t)));
      if (hit(1)) top1++;
      else problems.push('top-1 miss');
      if (hit(3)) top3++;
      else problems.push('top-3 miss');
    }
    if (c.all) {
      allCases++;
      const missing = c.all.filter((g) => !texts.slice(0, 5).some((t) => matches(g, t)));
      if (missing.length === 0) allOk++;
      else problems.push(`top-5 lacks ${missing.join(', ')}`);
    }
    if (c.none) {
      noneCases++;
      if (texts.length === 0) noneOk++;
      else problems.push('answered an out-of-scope question');
    }
    if (verbose && problems.length > 0) console.log(`MISS ${c.id} [${problems.join('; ')}] ${c.lines.join(' | ')}\n   got: ${texts[0]?.slice(0, 140) ?? '(nothing)'}`);
  });
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
  console.log(`\n${path}: ${cases.length} cases`);
  console.log(`  top-1          ${pct(top1, gold)}`);
  console.log(`  top-3          ${pct(top3, gold)}`);
  if (allCases) console.log(`  all in top-5   ${pct(allOk, allCases)}`);
  console.log(`  out-of-scope   ${pct(noneOk, noneCases)} answered "not found"`);
  console.log(`  not verbatim   ${notVerbatim} of ${quotes} quotes`);
  if (notVerbatim > 0) exitCode = 1;
}
process.exit(exitCode);
