/**
 * `npm run eval`: answer quality per incident and per split (dev, test), with
 * a plain MiniSearch baseline on the same questions (see scripts/evalLib.ts).
 * Runs the console's command handlers in-process, one fresh session per case.
 *
 *   npm run eval                        # every incident, every split
 *   npm run eval -- --split dev,dev2    # the dev splits only (test: run when a change is done)
 *   npm run eval -- --incident NAME     # one incident
 *   npm run eval -- --verbose           # print each miss
 *   npm run eval -- --record            # write the dev figures the test suite guards (test/fixtures/incidents/dev-floor.json)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreIncident } from './figures-eval.js';
import { figures, floorKey, INCIDENTS_DIR, listIncidents, loadIncidentCorpus, runBaseline, runEngine, score, type Score } from './evalLib.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const record = args.includes('--record');
const onlySplit = option('split');
const onlyIncident = option('incident');

const fmt = (a: number, b: number) => (b === 0 ? '   n/a      ' : `${((100 * a) / b).toFixed(1).padStart(5)}% ${`(${a}/${b})`.padEnd(7)}`);
const row = (label: string, s: Score) =>
  `  ${label.padEnd(10)} top-1 ${fmt(s.top1, s.gold)} top-3 ${fmt(s.top3, s.gold)} refused ${fmt(s.noneOk, s.noneCases)}${s.allCases ? ` all-top-5 ${fmt(s.allOk, s.allCases)}` : ''} not-verbatim ${s.notVerbatim}/${s.quotes}`;

let exitCode = 0;
const recorded: Record<string, ReturnType<typeof figures>> = {};
const totals = new Map<string, { engine: Score[]; baseline: Score[] }>();
for (const incident of listIncidents()) {
  if (onlyIncident && incident.name !== onlyIncident) continue;
  const corpus = loadIncidentCorpus(incident);
  console.log(`\n${incident.name} (${corpus.articles.length} reports, ${incident.corpusDir})`);
  for (const split of incident.splits) {
    if (onlySplit && !onlySplit.split(',').includes(split.name)) continue;
    const engine = score(split.cases, await runEngine(corpus, split.cases));
    const baseline = score(split.cases, runBaseline(corpus, split.cases));
    console.log(`${split.name} (${split.cases.length} cases)`);
    console.log(row('engine', engine));
    console.log(row('baseline', baseline));
    const t = totals.get(split.name) ?? { engine: [], baseline: [] };
    t.engine.push(engine);
    t.baseline.push(baseline);
    totals.set(split.name, t);
    if (split.name.startsWith('dev')) recorded[floorKey(incident.name, split.name)] = figures(engine);
    if (engine.notVerbatim > 0) exitCode = 1;
    if (verbose) for (const m of engine.misses) console.log(`    MISS ${m.id} [${m.problems.join('; ')}] ${m.lines.join(' | ')}\n       got: ${m.got?.slice(0, 160).replace(/\n/g, ' ') ?? '(nothing)'}`);
  }
}

// Casualty figures against each incident's hand-made table (scripts/figures-eval.ts).
console.log('\ncasualty figures (hand tables)');
for (const incident of listIncidents()) {
  if (onlyIncident && incident.name !== onlyIncident) continue;
  try {
    const f = scoreIncident(incident.name);
    console.log(`  ${incident.name.padEnd(24)} recall ${(100 * f.recall).toFixed(1)}% (${f.found}/${f.hand})  precision ${(100 * f.precision).toFixed(1)}% (${f.matched}/${f.extracted})  wrong kind ${f.wrongKind}`);
  } catch {
    // An incident without a figures table has nothing to score.
  }
}

const sum = (list: Score[]): Score =>
  list.reduce((a, s) => ({
    cases: a.cases + s.cases, gold: a.gold + s.gold, top1: a.top1 + s.top1, top3: a.top3 + s.top3, allCases: a.allCases + s.allCases, allOk: a.allOk + s.allOk,
    noneCases: a.noneCases + s.noneCases, noneOk: a.noneOk + s.noneOk, quotes: a.quotes + s.quotes, notVerbatim: a.notVerbatim + s.notVerbatim, misses: [],
  }));
console.log('\nall incidents');
for (const [split, t] of totals) {
  console.log(`${split}`);
  console.log(row('engine', sum(t.engine)));
  console.log(row('baseline', sum(t.baseline)));
}
if (record) {
  writeFileSync(join(INCIDENTS_DIR, 'dev-floor.json'), `${JSON.stringify({ about: 'dev-split figures recorded by npm run eval -- --record; npm test fails when one drops more than 5 points below', incidents: recorded }, null, 2)}\n`);
  console.log(`\nrecorded dev figures in ${join(INCIDENTS_DIR, 'dev-floor.json')}`);
}
process.exit(exitCode);
