/**
 * `npm run bench`: how fast the bot answers, through the pipeline and through
 * the (fake) Discord beside a minimal discord.js bot (the floor), how fast it
 * starts (to commands registered, to the console's first answer), and how it
 * scales to 10,000 articles. Prints a table and writes the same figures to bench/results.json.
 * Never run in CI; nothing asserts timings. Everything runs on 127.0.0.1.
 *
 *   npm run bench              all sections
 *   npm run bench -- --quick   smaller repetitions, scale up to 1,000 articles
 *   npm run bench -- rebuild   one section (answers, interactions, startup, scale, rebuild)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { commands } from '../commands/index.js';
import { MutableAppContext, createAppContext } from '../src/app/context.js';
import { runCommand } from '../src/app/dispatch.js';
import { warmUp } from '../src/app/warmUp.js';
import { loadCorpus } from '../src/corpus/loader.js';
import type { Corpus } from '../src/corpus/types.js';
import { Engine } from '../src/engine/engine.js';
import { loadOrBuildEngine } from '../src/engine/snapshot.js';
import { FakeDiscord } from '../test/fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from '../test/discord/helpers.js';
import { generateCorpus } from './corpusGen.js';
import { Progress, step } from './progress.js';
import { rebuild } from './rebuild.js';
import { HARD_QUESTION, QUESTIONS, distinctQuestions } from './questions.js';

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
  await warmUp(ctx); // as the bot does after start
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

// ------------------------------------------------------------------ 2. the bot as a process, beside the floor

/**
 * Both bots run as production runs them: a process started with node directly
 * (ours: `node dist/bot.js`, logging at info to a pipe; the floor:
 * `node bench/floorBot.mjs`), each against its own fake Discord in this
 * process. Interactions come from distinct users, so no cooldown applies.
 */
interface BotProcess {
  fake: FakeDiscord;
  child: ChildProcess;
  /** Process start → commands registered (the PUT reached Discord), ms. */
  registeredMs: number;
  stop(): Promise<void>;
}

type BotKind = 'ours' | 'floor';

async function startBotProcess(kind: BotKind, cacheDir: string): Promise<BotProcess> {
  const fake = await new FakeDiscord({ guilds: ['200000000000000001'], token: TEST_TOKEN, enforceDeadline: false }).start();
  fake.setMaxListeners(0);
  const entry = kind === 'ours' ? join(ROOT, 'dist/bot.js') : join(ROOT, 'bench/floorBot.mjs');
  const env = { PATH: process.env.PATH, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: SEED, INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'info' };
  const started = Date.now();
  const child = spawn(process.execPath, [entry], { cwd: cacheDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout!.resume(); // logs are written, as in production, and thrown away here
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const put = () => fake.requestsTo('PUT', /\/commands$/)[0];
  while (!put()) {
    if (child.exitCode !== null) throw new Error(`${kind} bot exited (${child.exitCode}) before registering its commands`);
    await new Promise((r) => setTimeout(r, 2));
  }
  return {
    fake,
    child,
    registeredMs: put()!.at - started,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await fake.close();
    },
  };
}

/** CPU time (user + system) a process has used so far, ms; NaN where /proc is not there (not Linux). */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return NaN;
  }
}

/** Questions for the interaction runs: new to the bot every time (a fresh slice per run). */
let questionPool: string[] = [];
function takeQuestions(n: number): string[] {
  if (questionPool.length < n) throw new Error('question pool exhausted');
  return questionPool.splice(0, n);
}
let interactionUser = 0n;

async function driveInteractions(bot: BotProcess, sequential: number, burst: number, repeated: boolean) {
  const { fake } = bot;
  const send = (question: string) => fake.slash('ask', { question }, { userId: String(400000000000000000n + interactionUser++) });
  for (const q of takeQuestions(20)) await fake.ack(send(q)); // warm-up
  const latencies: number[] = [];
  for (const q of takeQuestions(sequential)) {
    const t = performance.now();
    await fake.ack(send(q));
    latencies.push(performance.now() - t);
  }
  // New questions, or the fixed list cycled (answers the engine remembers after their first time).
  const questions = repeated ? Array.from({ length: burst }, (_, i) => QUESTIONS[i % QUESTIONS.length]!) : takeQuestions(burst);
  const progress = new Progress(`burst of ${burst}`, burst);
  const cpuBefore = cpuMs(bot.child.pid);
  const driverBefore = process.cpuUsage();
  const t = performance.now();
  const recs = questions.map(send);
  await Promise.all(recs.map((r) => fake.ack(r, 120_000).then(() => progress.tick())));
  const elapsed = performance.now() - t;
  // The bot's own CPU per interaction: unlike throughput, hardly moved by other work on the machine.
  const cpuPerInteractionMs = (cpuMs(bot.child.pid) - cpuBefore) / burst;
  // This process's CPU meanwhile (the fake Discord): on 2 cores, the bot and the fake share the machine.
  const driver = process.cpuUsage(driverBefore);
  const driverCpuPerInteractionMs = (driver.user + driver.system) / 1000 / burst;
  if (elapsed > 2000) progress.finish();
  const late = recs.filter((r) => r.callbackAt! - r.dispatchedAt > 3000).length;
  return { sequential: stats(latencies), burstMs: elapsed, perSecond: (burst / elapsed) * 1000, over3s: late, cpuPerInteractionMs, driverCpuPerInteractionMs };
}

async function interactions(): Promise<void> {
  const sequential = QUICK ? 50 : 200;
  const burst = QUICK ? 200 : 500;
  const starts = QUICK ? 3 : 7;
  const seed = loadCorpus(SEED);
  questionPool = distinctQuestions(seed.sentences.map((x) => x.text), 2 * (20 + sequential + burst) + 100);
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-bot-'));
  const startup: Record<BotKind, number[]> = { ours: [], floor: [] };
  let firstStart = 0;
  try {
    // Start-up, alternating the two bots so that both see the same machine load. Ours' first start has no
    // engine snapshot yet (it builds and saves one); that start is reported apart.
    const progress = new Progress('start → commands registered', 2 * starts + 1);
    for (let i = 0; i <= starts; i++)
      for (const kind of ['ours', 'floor'] as const) {
        if (i === 0 && kind === 'floor') continue;
        const bot = await startBotProcess(kind, cacheDir);
        if (i === 0) firstStart = bot.registeredMs;
        else startup[kind].push(bot.registeredMs);
        await bot.stop();
        progress.tick();
      }
    progress.finish();
    const ours = await step('interactions: our bot', async () => {
      const bot = await startBotProcess('ours', cacheDir);
      try {
        const fresh = await driveInteractions(bot, sequential, burst, false);
        const repeated = await driveInteractions(bot, 0, burst, true);
        return { fresh, repeated };
      } finally {
        await bot.stop();
      }
    });
    const floor = await step('interactions: floor', async () => {
      const bot = await startBotProcess('floor', cacheDir);
      try {
        return await driveInteractions(bot, sequential, burst, false);
      } finally {
        await bot.stop();
      }
    });
    const o = stats(startup.ours);
    const f = stats(startup.floor);
    results.startToRegistered = { ours: o, floor: f, ratio: o.median / f.median, oursWithoutSnapshotMs: firstStart, runs: startup };
    results.interactions = { sequential, burst, ours, floor, throughputOfFloor: ours.fresh.perSecond / floor.perSecond, p50OfFloor: ours.fresh.sequential.median / floor.sequential.median };
    table(`Process start → commands registered (median of ${starts} starts each, alternating)`, ['bot', 'median ms', 'max ms', 'vs floor'], [
      ['ours: node dist/bot.js, engine snapshot loaded', ms(o.median), ms(Math.max(...startup.ours)), `${(o.median / f.median).toFixed(2)}×`],
      ['ours, first start (no snapshot yet: built and saved)', ms(firstStart), '', `${(firstStart / f.median).toFixed(2)}×`],
      ['floor: minimal discord.js bot, fixed embed', ms(f.median), ms(Math.max(...startup.floor)), '1×'],
    ]);
    table(`Interactions through the fake Discord (/ask: ${sequential} one at a time, then a burst of ${burst}, every one from a different user)`, ['bot, questions', 'p50 ms', 'p99 ms', 'burst s', 'per s', '> 3 s', 'CPU ms each', 'fake Discord CPU ms each'], [
      ['ours, new questions', ms(ours.fresh.sequential.median), ms(ours.fresh.sequential.p99), (ours.fresh.burstMs / 1000).toFixed(2), ours.fresh.perSecond.toFixed(0), ours.fresh.over3s, ours.fresh.cpuPerInteractionMs.toFixed(2), ours.fresh.driverCpuPerInteractionMs.toFixed(2)],
      ['ours, the 15 bench questions repeated', '', '', (ours.repeated.burstMs / 1000).toFixed(2), ours.repeated.perSecond.toFixed(0), ours.repeated.over3s, ours.repeated.cpuPerInteractionMs.toFixed(2), ours.repeated.driverCpuPerInteractionMs.toFixed(2)],
      ['floor (fixed embed)', ms(floor.sequential.median), ms(floor.sequential.p99), (floor.burstMs / 1000).toFixed(2), floor.perSecond.toFixed(0), floor.over3s, floor.cpuPerInteractionMs.toFixed(2), floor.driverCpuPerInteractionMs.toFixed(2)],
      [
        'ours vs the floor (new questions)',
        `${(ours.fresh.sequential.median / floor.sequential.median).toFixed(2)}×`,
        '',
        '',
        `${((ours.fresh.perSecond / floor.perSecond) * 100).toFixed(0)}%`,
        '',
        `${(ours.fresh.cpuPerInteractionMs / floor.cpuPerInteractionMs).toFixed(2)}×`,
        '',
      ],
    ]);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ 3. console cold start and memory

/** Spawn a command that runs the console, send one question, time until the first answer arrives. */
async function firstAnswer(command: string, args: string[], dir: string, cwd = ROOT): Promise<number> {
  const t = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH, CORPUS_DIR: dir, LOG_LEVEL: 'silent', INDEX_CACHE_DIR: join(ROOT, '.cache/engine') },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  child.stdin.write('/ask who was killed\n');
  const elapsed = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', () => resolve(performance.now() - t));
    child.once('exit', (code) => reject(new Error(`${command} exited ${code} before answering`)));
  });
  child.kill('SIGKILL');
  return elapsed;
}

/** How long npm takes to run a script that does nothing (`true`), from a package of its own. */
function npmEmptyScriptMs(): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-npm-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true, scripts: { empty: 'true' } }));
    const t = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'empty'], { cwd: dir, stdio: 'ignore' });
    if (r.status !== 0) throw new Error('npm run empty failed');
    return performance.now() - t;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const runs = QUICK ? 3 : 7;
  const direct: number[] = [];
  const viaNpm: number[] = [];
  const viaTsx: number[] = [];
  const npmEmpty: number[] = [];
  await firstAnswer(process.execPath, [join(ROOT, 'dist/console.js'), '--json'], SEED); // saves the engine snapshot if needed
  const progress = new Progress('console start → first answer', runs);
  for (let i = 0; i < runs; i++) {
    direct.push(await firstAnswer(process.execPath, [join(ROOT, 'dist/console.js'), '--json'], SEED));
    viaNpm.push(await firstAnswer('npm', ['run', '--silent', 'console', '--', '--json'], SEED));
    viaTsx.push(await firstAnswer(process.execPath, ['--import', 'tsx', join(ROOT, 'src/console/main.ts'), '--json'], SEED));
    npmEmpty.push(npmEmptyScriptMs());
    progress.tick();
  }
  progress.finish();
  const mem = memory(SEED);
  const [d, n, x, e] = [direct, viaNpm, viaTsx, npmEmpty].map(stats);
  results.startup = { firstAnswer: { node: d, npm: n, tsx: x, npmEmptyScript: e }, memory: mem };
  table(`Console start → first answer (seed corpus, engine snapshot loaded; median of ${runs})`, ['how it is started', 'median ms', 'max ms'], [
    ['node dist/console.js --json', ms(d.median), ms(Math.max(...direct))],
    ['npm run console -- --json', ms(n.median), ms(Math.max(...viaNpm))],
    ['npm run of an empty script (npm alone)', ms(e.median), ms(Math.max(...npmEmpty))],
    ['from source: node --import tsx src/console/main.ts', ms(x.median), ms(Math.max(...viaTsx))],
  ]);
  table('Memory after loading the seed corpus (engine built, not loaded)', ['corpus', 'load ms', 'index ms', 'RSS MB', 'heap MB'], [
    ['seed', ms(mem.loadMs), ms(mem.indexMs), mem.rssMB.toFixed(0), mem.heapMB.toFixed(0)],
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
      await step(`warming up at ${size} articles, as the bot does after start`, () => warmUp(ctx));
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

// The bot and the console are measured as they run in production: from the build.
const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) throw new Error('the build failed');
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
