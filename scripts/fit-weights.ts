/**
 * Are the ranking weights (src/engine/weights.ts) the best linear mix of
 * ranking's signals? This measures it on the dev splits, never on test.
 *
 * Each dev question's ranking is traced (ranking.ts traceRanking): every
 * candidate's score split into its named parts ("typed", "cov.adjacent",
 * "bm25" …), each already weighted. A multiplier per part is then fitted by a
 * listwise softmax loss (the gold sentences' share of the candidates'
 * softmax), with an L2 pull towards 1, so the weights of today are where the
 * fit starts and where it stays when the data is silent.
 *
 * Held out by incident: the incidents are dealt into folds; each fold is
 * ranked with multipliers fitted on the others. Printed: top-1 of the traced
 * ranking with today's weights and with held-out fitted ones, then the
 * multipliers fitted on all dev questions. A multiplier far from 1 that also
 * wins held out is a weight worth changing (and then checking with
 * `npm run eval`). Traced top-1 is close to, not the same as, eval's: every
 * candidate gets ranking's second pass, and answers are not grouped.
 *
 *   node --import tsx scripts/fit-weights.ts [--lambda 10] [--folds 8]
 */
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/engine.js';
import { traceRanking } from '../src/engine/ranking.js';
import { answerCase, goldMatches, listIncidents, loadIncidentCorpus } from './evalLib.js';

/** Only the best-scored candidates of a question are fitted on: lower ones never reach the top. */
const CANDIDATES = 150;

interface Traced {
  incident: number;
  /** Per candidate: its score's parts as [part index, value] pairs. */
  parts: [number, number][][];
  gold: boolean[];
}

const { values } = parseArgs({ options: { lambda: { type: 'string', default: '10' }, folds: { type: 'string', default: '8' } } });
const lambda = Number(values.lambda);
const folds = Number(values.folds);

const partNames: string[] = [];
const partIndex = (name: string) => {
  let i = partNames.indexOf(name);
  if (i < 0) i = partNames.push(name) - 1;
  return i;
};

async function traceDevQuestions(): Promise<Traced[]> {
  const traced: Traced[] = [];
  const incidents = listIncidents();
  for (const [n, incident] of incidents.entries()) {
    const engine = new Engine(loadIncidentCorpus(incident));
    for (const split of incident.splits.filter((s) => s.name !== 'test')) {
      for (const c of split.cases) {
        if (!c.gold) continue;
        let last: Traced | undefined;
        // Only the graded line's ranking is kept (the last one it makes).
        await answerCase(engine, c, () =>
          traceRanking((_src, _q, candidates) => {
            const top = candidates.slice(0, CANDIDATES);
            last = {
              incident: n,
              parts: top.map(({ parts }) => Object.entries(parts).map(([name, v]): [number, number] => [partIndex(name), v])),
              gold: top.map(({ scored }) => {
                const text = engine.quoteFor(scored.sentence, 0, scored.withPrevious, scored.withNext).text;
                return c.gold!.some((g) => goldMatches(g, text));
              }),
            };
          }),
        );
        traceRanking(undefined);
        if (last?.gold.some(Boolean)) traced.push(last);
      }
    }
  }
  return traced;
}

const scoreOf = (parts: [number, number][], m: Float64Array) => parts.reduce((sum, [k, v]) => sum + m[k] * v, 0);

/** Questions whose best-scored candidate (first on a tie, as ranking sorts) is a gold one. */
function top1(questions: Traced[], m: Float64Array): number {
  let hits = 0;
  for (const q of questions) {
    let best = 0;
    let bestScore = -Infinity;
    q.parts.forEach((p, i) => {
      const s = scoreOf(p, m);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (q.gold[best]) hits++;
  }
  return hits;
}

/** Multipliers (and a softmax temperature) by Adam on the listwise loss plus lambda·Σ(m−1)². */
function fit(questions: Traced[], parts: number): Float64Array {
  const theta = new Float64Array(parts + 1).fill(1);
  theta[parts] = Math.log(8);
  const [mom, vel] = [new Float64Array(parts + 1), new Float64Array(parts + 1)];
  for (let step = 1; step <= 400; step++) {
    const grad = new Float64Array(parts + 1);
    const beta = Math.exp(theta[parts]);
    for (const q of questions) {
      const raw = q.parts.map((p) => scoreOf(p, theta));
      const top = Math.max(...raw);
      const e = raw.map((r) => Math.exp(beta * (r - top)));
      const z = e.reduce((a, b) => a + b, 0);
      const zGold = e.reduce((a, b, i) => a + (q.gold[i] ? b : 0), 0);
      q.parts.forEach((p, i) => {
        // d(−log zGold/z)/d(score i) = beta·(e/z − gold·e/zGold)
        const w = e[i] / z - (q.gold[i] ? e[i] / zGold : 0);
        for (const [k, v] of p) grad[k] += beta * w * v;
        grad[parts] += w * beta * raw[i];
      });
    }
    for (let k = 0; k < parts; k++) grad[k] += 2 * lambda * (theta[k] - 1);
    for (let k = 0; k <= parts; k++) {
      mom[k] = 0.9 * mom[k] + 0.1 * grad[k];
      vel[k] = 0.999 * vel[k] + 0.001 * grad[k] ** 2;
      theta[k] -= (0.02 * (mom[k] / (1 - 0.9 ** step))) / (Math.sqrt(vel[k] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return theta.subarray(0, parts);
}

const questions = await traceDevQuestions();
const parts = partNames.length;
const today = new Float64Array(parts).fill(1);
let heldOut = 0;
for (let f = 0; f < folds; f++) {
  const m = fit(questions.filter((q) => q.incident % folds !== f), parts);
  heldOut += top1(questions.filter((q) => q.incident % folds === f), m);
}
console.log(`dev questions with a gold sentence among the candidates: ${questions.length}`);
console.log(`traced top-1, today's weights:               ${top1(questions, today)}`);
console.log(`traced top-1, fitted with incidents held out: ${heldOut}  (lambda ${lambda}, ${folds} folds)`);
const all = fit(questions, parts);
console.log(`multipliers fitted on all dev questions (top-1 in sample ${top1(questions, all)}):`);
for (const k of [...all.keys()].sort((a, b) => all[a] - all[b])) console.log(`  ${partNames[k].padEnd(24)} ${all[k].toFixed(2)}`);
