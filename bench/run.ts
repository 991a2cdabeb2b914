/**
 * `npm run bench`: how fast the bot answers, through the pipeline and through
 * the (fake) Discord, how fast it starts, and how it scales to 10,000
 * articles. Prints a table and writes the same figures to bench/results.json.
 * Never run in CI; nothing asserts timings. Everything runs on 127.0.0.1.
 *
 *   npm run bench              all sections
 *   npm run bench -- --quick   smaller repetitions, scale up to 1,000 articles
 *   npm run bench -- rebuild   one section (answers, interactions, startup, scale, rebuild)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import MiniSearch from 'minisearch';
import pino from 'pino';
import { commands } from '../commands/index.js';
import { MutableAppContext, createAppContext } from '../src/app/context.js';
import { runCommand } from '../src/app/dispatch.js';
import { loadCorpus } from '../src/corpus/loader.js';
import type { Corpus } from '../src/corpus/types.js';
import { createBot } from '../src/discord/client.js';
import { loadBotApp } from '../src/discord/app.js';
import { Engine } from '../src/engine/engine.js';
import { loadOrBuildEngine } from '../src/engine/snapshot.js';
import { FakeDiscord } from '../test/fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from '../test/discord/helpers.js';
import { generateCorpus } from './corpusGen.js';
import { Progress, step } from './progress.js';
import { rebuild } from './rebuild.js';
import { HARD_QUESTION, QUESTIONS } from './questions.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = join(ROOT, 'corpus');
const QUICK = process.argv.includes('--quick');
const REPS = QUICK ? 3 : 10;
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, quick: QUICK };

// ------------------------------------------------------------------ helpers

function stats(samples: number[]): { median: number; p99: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { median: at(0.5), p99: at(0.99), n: s.length };
}

const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : '—');

function table(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The text option a command takes the question in, if any. */
function textOption(name: string): string | undefined {
  const command = commands.find((c) => c.definition.name === name);
  return command?.primaryOption;
}

/** Commands to benchmark: all but those with side effects. */
const BENCH_COMMANDS = commands.map((c) => c.definition.name).filter((n) => n !== 'reload');

let userCounter = 0;
async function answerTimes(ctx: MutableAppContext, name: string, questions: string[], reps: number): Promise<number[]> {
  const option = textOption(name);
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    for (const q of option ? questions : ['']) {
      // A fresh user each time: no follow-up resolution against an earlier answer.
      const request = { options: option ? { [option]: q } : {}, userId: `bench-${userCounter++}`, channelId: 'bench', guildId: null };
      // Time the work of answering, not the engine's memory of an earlier identical question.
      ctx.engine.clearAnswerCache();
      const t = performance.now();
      await runCommand(ctx, name, request);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

/** A plain MiniSearch over the same sentences with default options: the floor. */
function plainMiniSearch(corpus: Corpus): MiniSearch<{ id: string; text: string }> {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(corpus.sentences.map((s) => ({ id: s.id, text: s.text })));
  return search;
}

// ------------------------------------------------------------------ 1. per-answer time

async function perAnswer(): Promise<void> {
  const ctx = createAppContext({ corpusDir: SEED });
  await answerTimes(ctx, 'ask', QUESTIONS, 2); // warm-up
  const search = plainMiniSearch(ctx.engine.corpus);
  const floorSamples: number[] = [];
  for (let r = 0; r < REPS * 5; r++) for (const q of QUESTIONS) floorSamples.push(time(() => search.search(q)));
  const floor = stats(floorSamples);
  const rows: (string | number)[][] = [];
  const out: Record<string, unknown> = { minisearch: floor };
  for (const name of BENCH_COMMANDS) {
    const s = stats(await answerTimes(ctx, name, QUESTIONS, REPS));
    out[name] = s;
    rows.push([`/${name}`, ms(s.median), ms(s.p99), textOption(name) ? `${(s.median / floor.median).toFixed(1)}×` : '—']);
  }
  rows.push(['MiniSearch alone (same queries)', ms(floor.median), ms(floor.p99), '1×']);
  results.perAnswer = { corpus: 'seed', articles: ctx.engine.corpus.articles.length, sentences: ctx.engine.corpus.sentences.length, ...out };
  table(`Per answer, seed corpus (${ctx.engine.corpus.articles.length} articles, ${ctx.engine.corpus.sentences.length} sentences; ${QUESTIONS.length} questions × ${REPS})`, ['command', 'median ms', 'p99 ms', 'vs MiniSearch'], rows);
}

// ------------------------------------------------------------------ 2. through the fake Discord

interface Driver {
  stop(): Promise<void>;
}

async function ourBot(fake: FakeDiscord): Promise<Driver> {
  const logger = pino({ level: 'silent' });
  const app = await loadBotApp(SEED, logger);
  const bot = createBot({ token: TEST_TOKEN, commandsScope: 'global', devGuildIds: [], apiUrl: fake.apiUrl }, app, logger, { cooldown: null });
  await bot.start();
  return { stop: () => bot.stop() };
}

/** The floor: a discord.js client that answers every interaction with a fixed embed. */
async function minimalBot(fake: FakeDiscord): Promise<Driver> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (i.isRepliable()) void i.reply({ embeds: [{ title: 'Answer', description: 'A fixed answer.' }] }).catch(() => undefined);
  });
  const ready = new Promise<void>((r) => client.once(Events.ClientReady, () => r()));
  await client.login(TEST_TOKEN);
  await ready;
  return { stop: () => client.destroy() };
}

async function throughDiscord(start: (fake: FakeDiscord) => Promise<Driver>, sequential: number, burst: number) {
  const fake = await new FakeDiscord({ guilds: ['200000000000000001'], token: TEST_TOKEN, enforceDeadline: false }).start();
  fake.setMaxListeners(0);
  const driver = await start(fake);
  try {
    const send = (i: number) => fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length]! }, { userId: String(400000000000000000n + BigInt(i)) });
    for (let i = 0; i < 20; i++) await fake.ack(send(i)); // warm-up
    const latencies: number[] = [];
    for (let i = 0; i < sequential; i++) {
      const t = performance.now();
      await fake.ack(send(i));
      latencies.push(performance.now() - t);
    }
    const progress = new Progress(`burst of ${burst}`, burst);
    const t = performance.now();
    const recs = Array.from({ length: burst }, (_, i) => send(i));
    await Promise.all(recs.map((r) => fake.ack(r, 120_000).then(() => progress.tick())));
    const elapsed = performance.now() - t;
    if (elapsed > 2000) progress.finish();
    const late = recs.filter((r) => r.callbackAt! - r.dispatchedAt > 3000).length;
    return { sequential: stats(latencies), burstMs: elapsed, perSecond: (burst / elapsed) * 1000, over3s: late };
  } finally {
    await driver.stop();
    await fake.close();
  }
}

async function interactions(): Promise<void> {
  const sequential = QUICK ? 50 : 200;
  const burst = 1000;
  const ours = await step('interactions: our bot', () => throughDiscord(ourBot, sequential, burst));
  const floor = await step('interactions: minimal bot', () => throughDiscord(minimalBot, sequential, burst));
  results.interactions = { sequential, burst, ours, minimal: floor, throughputPercentOfFloor: (ours.perSecond / floor.perSecond) * 100 };
  table(`Interactions through the fake Discord (/ask; ${sequential} sequential, then a burst of ${burst} from ${burst} users)`, ['bot', 'seq. median ms', 'seq. p99 ms', 'burst s', 'per s', '> 3 s'], [
    ['ours (real app)', ms(ours.sequential.median), ms(ours.sequential.p99), (ours.burstMs / 1000).toFixed(2), ours.perSecond.toFixed(0), ours.over3s],
    ['minimal (fixed embed)', ms(floor.sequential.median), ms(floor.sequential.p99), (floor.burstMs / 1000).toFixed(2), floor.perSecond.toFixed(0), floor.over3s],
    ['ours as % of minimal', '', '', '', `${((ours.perSecond / floor.perSecond) * 100).toFixed(0)}%`, ''],
  ]);
}

// ------------------------------------------------------------------ 3. cold start and memory

async function coldStart(dir: string): Promise<{ firstAnswerMs: number }> {
  const t = performance.now();
  // Spawned as `npm run console` runs it: node with tsx's loader, one process.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/console/main.ts'), '--json'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, CORPUS_DIR: dir, LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  child.stdin.write('/ask who was killed\n');
  const firstAnswerMs = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', () => resolve(performance.now() - t));
    child.once('exit', (code) => reject(new Error(`console exited ${code} before answering`)));
  });
  child.kill('SIGKILL');
  return { firstAnswerMs };
}

interface MemoryReport {
  articles: number;
  sentences: number;
  loadMs: number;
  indexMs: number;
  rssMB: number;
  heapMB: number;
  heapPerPassageBytes: number;
}

function memory(dir: string): MemoryReport {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/memory.ts'), dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`memory child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function startup(): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) runs.push((await coldStart(SEED)).firstAnswerMs);
  const mem = memory(SEED);
  const s = stats(runs);
  results.startup = { firstAnswer: s, memory: mem };
  table('Cold start (spawn `node --import tsx src/console/main.ts --json`, one line, until the first answer) and memory after loading', ['corpus', 'start→answer median ms', 'max ms', 'load ms', 'index ms', 'RSS MB', 'heap MB'], [
    ['seed', ms(s.median), ms(Math.max(...runs)), ms(mem.loadMs), ms(mem.indexMs), mem.rssMB.toFixed(0), mem.heapMB.toFixed(0)],
  ]);
}

// ------------------------------------------------------------------ 4. scale

async function scale(): Promise<void> {
  const sizes = QUICK ? [1000] : [1000, 10_000];
  const seed = loadCorpus(SEED);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  const rows: (string | number)[][] = [];
  const prebuilt: (string | number)[][] = [];
  const out: Record<string, unknown> = {};
  try {
    for (const size of sizes) {
      const dir = join(tmp, String(size));
      generateCorpus(seed, dir, size);
      const mem = await step(`measuring memory at ${size} articles`, () => memory(dir));
      const corpus = await step(`loading ${size} articles`, () => loadCorpus(dir));
      const engine = await step(`building the engine for ${size} articles`, () => new Engine(corpus));
      const ctx = new MutableAppContext(engine);
      const reps = size >= 10_000 ? Math.max(2, Math.floor(REPS / 3)) : REPS;
      await answerTimes(ctx, 'ask', QUESTIONS.slice(0, 3), 1);
      const progress = new Progress(`answering at ${size} articles`, 3);
      const ask = stats(await answerTimes(ctx, 'ask', QUESTIONS, reps));
      progress.tick();
      const hard = stats(await answerTimes(ctx, 'ask', [HARD_QUESTION], reps * 3));
      progress.tick();
      const engineOnly: number[] = [];
      for (let r = 0; r < reps; r++)
        for (const q of QUESTIONS) {
          engine.clearAnswerCache();
          engineOnly.push(time(() => engine.ask(q)));
        }
      progress.tick();
      progress.finish();
      const floor = plainMiniSearch(corpus);
      const floorSamples: number[] = [];
      for (let r = 0; r < reps; r++) for (const q of QUESTIONS) floorSamples.push(time(() => floor.search(q)));
      const e = stats(engineOnly);
      const f = stats(floorSamples);

      // The prebuilt, versioned engine (src/engine/snapshot.ts): save once, then start from it.
      const cacheDir = join(tmp, `cache-${size}`);
      let saveMs = 0;
      await step(`saving the engine snapshot for ${size} articles`, () => {
        saveMs = time(() => loadOrBuildEngine(corpus, { cacheDir }));
      });
      let loadMs = 0;
      await step(`loading the engine snapshot for ${size} articles`, () => {
        loadMs = time(() => loadOrBuildEngine(corpus, { cacheDir }));
      });
      const file = readdirSync(cacheDir)[0]!;
      const sizeMB = statSync(join(cacheDir, file)).size / 2 ** 20;
      prebuilt.push([size, ms(mem.indexMs), ms(saveMs), sizeMB.toFixed(1), ms(loadMs)]);

      out[size] = { memory: mem, ask, hard, engineAsk: e, minisearch: f, engineSnapshot: { buildAndSaveMs: saveMs, sizeMB, loadMs } };
      rows.push([size, mem.sentences, ms(mem.loadMs), ms(mem.indexMs), ms(ask.median), ms(ask.p99), ms(hard.median), ms(hard.p99), ms(f.median), mem.heapPerPassageBytes.toFixed(0), mem.rssMB.toFixed(0)]);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.scale = out;
  table('Scale (synthetic corpora, seeded; /ask over the question list, and the 12-word stop-word question)', ['articles', 'sentences', 'load ms', 'index ms', '/ask median', '/ask p99', 'hard median', 'hard p99', 'MiniSearch median', 'heap B/passage', 'RSS MB'], rows);
  table('Prebuilt engine snapshot (INDEX_CACHE_DIR): built and saved once, then loaded at start-up', ['articles', 'build ms', 'build + save ms', 'snapshot MB', 'load ms'], prebuilt);
}

// ------------------------------------------------------------------ main

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sections: Record<string, () => Promise<void>> = {
  answers: perAnswer,
  interactions,
  startup,
  scale,
  // Last: the 2 MB build uses a core for its whole window.
  rebuild: () => rebuild({ root: ROOT, quick: QUICK, results, stats, table, ms }),
};
for (const [name, run] of Object.entries(sections)) {
  if (only.length > 0 && !only.includes(name)) continue;
  await run();
}
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nFigures written to bench/results.json');
process.exit(0);
