/**
 * `node --cpu-prof --import tsx bench/profileAnswers.ts [n] [rounds]`: the
 * bench's pool of new questions (new in every round) answered in-process through /ask (engine and
 * rendering, no Discord), each from a new user, with the engine loaded from its
 * snapshot as the bot loads it. Prints the time per answer, its p99, and the
 * GC pauses; a tool for profiling, not part of `npm run bench`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { packageRoot } from '../src/packageRoot.js';
import { MutableAppContext } from '../src/app/context.js';
import { runCommand } from '../src/app/dispatch.js';
import { loadCorpus } from '../src/corpus/loader.js';
import { Engine } from '../src/engine/engine.js';
import type { EngineSnapshot } from '../src/engine/snapshot.js';
import { QUESTIONS, distinctQuestions } from './questions.js';

const ROOT = packageRoot();
const n = Number(process.argv[2] ?? 1500);
const rounds = Number(process.argv[3] ?? 3);
const corpus = loadCorpus(join(ROOT, 'corpus'));
const engine = new Engine(corpus, JSON.parse(JSON.stringify(new Engine(corpus).toSnapshot())) as EngineSnapshot);
// Each round asks new questions, as the bot gets them (words seen before, never the same question).
const all = distinctQuestions(corpus.sentences.map((s) => s.text), n * rounds);
let gcMs = 0;
let gcMax = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcMax = Math.max(gcMax, e.duration);
  }
}).observe({ entryTypes: ['gc'] });
let user = 0;
for (let r = 0; r < rounds; r++) {
  const ctx = new MutableAppContext(engine);
  const pool = all.slice(r * n, (r + 1) * n);
  engine.clearAnswerCache();
  gcMs = 0;
  gcMax = 0;
  const samples: number[] = [];
  const ask = async (question: string) => {
    const t = performance.now();
    await runCommand(ctx, 'ask', { options: { question }, userId: `u${user++}`, channelId: 'c', guildId: null });
    samples.push(performance.now() - t);
  };
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const q of pool) await ask(q);
  const poolMs = performance.now() - t;
  const poolCpu = process.cpuUsage(cpu);
  const fixed: number[] = [];
  for (let k = 0; k < 10; k++)
    for (const q of QUESTIONS) {
      engine.clearAnswerCache();
      const t1 = performance.now();
      await runCommand(ctx, 'ask', { options: { question: q }, userId: `u${user++}`, channelId: 'c', guildId: null });
      fixed.push(performance.now() - t1);
    }
  await new Promise((r) => setTimeout(r, 10));
  const s = [...samples].sort((a, b) => a - b);
  const f = [...fixed].sort((a, b) => a - b);
  const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!.toFixed(3);
  console.log(`round ${r}: pool ${n}: ${((poolMs / n) * 1000).toFixed(0)} µs each (CPU ${((poolCpu.user + poolCpu.system) / n).toFixed(0)} µs), p50 ${at(s, 0.5)} p99 ${at(s, 0.99)} ms; bench questions p50 ${at(f, 0.5)} p99 ${at(f, 0.99)} ms; GC ${gcMs.toFixed(1)} ms (max ${gcMax.toFixed(2)})`);
}
