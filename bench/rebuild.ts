/**
 * `npm run bench -- rebuild`: what adding a large report costs while the bot
 * answers. A report made almost only of casualty figures is the worst case
 * for the engine's analysis (src/engine/casualties.ts is quadratic in the
 * figures of one article until its rewrite lands).
 *
 *  1. build time and memory against article size (in-process, on one thread);
 *  2. interactions through the fake Discord (one /ask every 50 ms) while the
 *     report is added: the old way (engine built on the event loop, 238 KB,
 *     the baseline), and ours (worker thread) with the same 238 KB report up
 *     to and past the swap, and with a 2 MB report during a fixed window of
 *     its (minutes-long) build;
 *  3. the longest pause of the main thread during our reload (the restore of
 *     the engine from the worker's snapshot, and the swap).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { reloadCorpus } from '../src/app/liveCorpus.js';
import { buildCorpus, loadCorpus, parseArticle } from '../src/corpus/loader.js';
import { createBot } from '../src/discord/client.js';
import { loadBotApp } from '../src/discord/app.js';
import { Engine } from '../src/engine/engine.js';
import { FakeDiscord, type InteractionRecord } from '../test/fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from '../test/discord/helpers.js';
import { articleFile, casualtyReport } from '../test/live/helpers.js';
import { step } from './progress.js';
import { QUESTIONS } from './questions.js';

export interface BenchKit {
  root: string;
  quick: boolean;
  results: Record<string, unknown>;
  stats(samples: number[]): { median: number; p99: number; n: number };
  table(title: string, header: string[], rows: (string | number)[][]): void;
  ms(x: number): string;
}

const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function heavyArticle(id: string, bytes: number) {
  return parseArticle(`${id}.md`, articleFile(id, casualtyReport(bytes)), { maxBytes: 64 * MB, maxParagraphs: 1e6 });
}

/** One /ask every `everyMs` until `done()` (checked after each), then the latency of each first response. */
async function stream(fake: FakeDiscord, done: () => boolean, everyMs = 50) {
  const recs: InteractionRecord[] = [];
  for (let n = 0; !done(); n++) {
    recs.push(fake.slash('ask', { question: QUESTIONS[n % QUESTIONS.length]! }, { userId: String(500000000000000000n + BigInt(n)) }));
    await sleep(everyMs);
  }
  await Promise.all(recs.map((r) => fake.ack(r, 600_000)));
  return recs.map((r) => r.callbackAt! - r.dispatchedAt);
}

async function withBot<T>(seed: string, run: (fake: FakeDiscord, app: Awaited<ReturnType<typeof loadBotApp>>, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rebuild-'));
  cpSync(seed, dir, { recursive: true });
  const fake = await new FakeDiscord({ guilds: ['200000000000000001'], token: TEST_TOKEN, enforceDeadline: false }).start();
  fake.setMaxListeners(0);
  const logger = pino({ level: 'silent' });
  const app = await loadBotApp(dir, logger);
  const bot = createBot({ token: TEST_TOKEN, commandsScope: 'global', devGuildIds: [], apiUrl: fake.apiUrl }, app, logger, { cooldown: null });
  await bot.start();
  try {
    for (let i = 0; i < 20; i++) await fake.ack(fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length]! })); // warm-up
    return await run(fake, app, dir);
  } finally {
    await bot.stop();
    await fake.close();
  }
}

export async function rebuild(kit: BenchKit): Promise<void> {
  const { stats, table, ms, quick, results } = kit;
  const seedDir = join(kit.root, 'corpus');
  const seed = loadCorpus(seedDir);

  // 1. Build time and memory against size.
  const sizes = quick ? [60, 120, 240] : [60, 120, 240, 480];
  const builds: { kb: number; paragraphs: number; sentences: number; buildMs: number; restoreMs: number; rssMB: number }[] = [];
  for (const kb of sizes) {
    const article = heavyArticle('heavy', kb * 1024);
    const corpus = buildCorpus('bench', [...seed.articles, article]);
    const { buildMs, restoreMs, rssMB } = await step(`build with a ${kb} KB casualty-heavy report`, () => {
      let t = performance.now();
      const engine = new Engine(corpus);
      const buildMs = performance.now() - t;
      const rssMB = process.memoryUsage().rss / MB; // the engine is still alive here
      // What the main thread does when the worker hands a build back: receive the articles and snapshot, restore.
      const sent = { articles: corpus.articles, snapshot: engine.toSnapshot() };
      t = performance.now();
      const received = structuredClone(sent);
      new Engine(buildCorpus('bench', received.articles), received.snapshot);
      return { buildMs, restoreMs: performance.now() - t, rssMB };
    });
    builds.push({ kb, paragraphs: article.paragraphs.length, sentences: corpus.sentences.length, buildMs, restoreMs, rssMB });
  }
  table('Engine build against the size of one casualty-heavy report (seed corpus + the report, one thread), and the main thread\'s part of our reload (receive the worker\'s result, restore from its snapshot)', ['report', 'paragraphs', 'sentences', 'build ms', 'ms per KB', 'process RSS MB', 'receive + restore ms'], builds.map((b) => [`${b.kb} KB`, b.paragraphs, b.sentences, ms(b.buildMs), (b.buildMs / b.kb).toFixed(1), b.rssMB.toFixed(0), ms(b.restoreMs)]));

  // 2a. Baseline: the old reload, the engine built on the event loop. The fake Discord shares this thread, so it
  // cannot even send an interaction meanwhile: the figure is the main thread's pause, which every interaction
  // arriving during it would wait on top of its answer (past 3 s it is lost).
  const baseline = await step('main-thread pause while 238 KB is built on the event loop (old)', () =>
    withBot(seedDir, async (fake, app) => {
      const lag = monitorEventLoopDelay({ resolution: 10 });
      const article = heavyArticle('heavy', 238 * 1024);
      lag.enable();
      let swapped = false;
      setTimeout(() => {
        app.context.swap(new Engine(buildCorpus(app.context.engine.corpus.dir, [...app.context.engine.corpus.articles, article])));
        swapped = true;
      }, 200);
      let after = 0;
      const latencies = await stream(fake, () => swapped && ++after > 20);
      lag.disable();
      return { latencies, maxPauseMs: lag.max / 1e6 };
    }),
  );

  // 2b. Ours, the same 238 KB report, until well after the swap; with the main thread's longest pause.
  const ours238 = await step('interactions while 238 KB is rebuilt in the worker (ours)', () =>
    withBot(seedDir, async (fake, app, dir) => {
      const lag = monitorEventLoopDelay({ resolution: 10 });
      writeFileSync(join(dir, 'heavy.md'), articleFile('heavy', casualtyReport(238 * 1024)));
      lag.enable();
      const t = performance.now();
      let reloadMs = 0;
      const reload = reloadCorpus(app.context, dir, undefined, { settleMs: 0 }).then((r) => {
        reloadMs = performance.now() - t;
        return r;
      });
      let after = 0;
      const latencies = await stream(fake, () => reloadMs > 0 && ++after > 20);
      lag.disable();
      const report = await reload;
      return { latencies, reloadMs, status: report.status, maxPauseMs: lag.max / 1e6, rssMB: process.memoryUsage().rss / MB };
    }),
  );

  // 2c. Ours, a 2 MB report, for a fixed window of its build (the build itself takes minutes until casualties.ts is linear).
  const windowMs = quick ? 10_000 : 30_000;
  const ours2mb = await step(`interactions during ${windowMs / 1000} s of a 2 MB rebuild in the worker (ours)`, () =>
    withBot(seedDir, async (fake, app, dir) => {
      const lag = monitorEventLoopDelay({ resolution: 10 });
      writeFileSync(join(dir, 'heavy.md'), articleFile('heavy', casualtyReport(2 * MB - 4096)));
      lag.enable();
      const started = Date.now();
      // The build is given up (worker terminated) just after the window, so it does not run on behind the next section.
      const reload = reloadCorpus(app.context, dir, undefined, { settleMs: 0, buildTimeoutMs: windowMs + 2000 });
      const latencies = await stream(fake, () => Date.now() - started > windowMs);
      lag.disable();
      const report = await reload;
      return { latencies, status: report.status, reason: report.rejected[0]?.reason, maxPauseMs: lag.max / 1e6 };
    }),
  );

  const row = (label: string, latencies: number[], extra: string) => {
    const s = stats(latencies);
    return [label, latencies.length, ms(s.median), ms(s.p99), ms(Math.max(...latencies)), latencies.filter((x) => x > 3000).length, extra];
  };
  table('Interactions through the fake Discord while a casualty-heavy report is added (one /ask every 50 ms; the fake runs on the main thread, so a main-thread pause also delays sending: see the pause column)', ['reload', 'n', 'median ms', 'p99 ms', 'max ms', '> 3 s', 'note'], [
    row('old: 238 KB built on the event loop (baseline)', baseline.latencies, `main thread blocked ${ms(baseline.maxPauseMs)} ms: every interaction arriving then waits that long`),
    row('ours: 238 KB in the worker, through the swap', ours238.latencies, `in service after ${(ours238.reloadMs / 1000).toFixed(1)} s; longest main-thread pause ${ms(ours238.maxPauseMs)} ms`),
    row(`ours: 2 MB in the worker, first ${windowMs / 1000} s of the build`, ours2mb.latencies, `longest main-thread pause ${ms(ours2mb.maxPauseMs)} ms; build ${ours2mb.status === 'updated' ? 'done' : `stopped at the window (${ours2mb.reason ?? ''})`}`),
  ]);
  results.rebuild = {
    builds,
    baseline238: { ...stats(baseline.latencies), maxPauseMs: baseline.maxPauseMs },
    ours238: { ...stats(ours238.latencies), max: Math.max(...ours238.latencies), reloadMs: ours238.reloadMs, maxPauseMs: ours238.maxPauseMs, rssMB: ours238.rssMB },
    ours2mb: { ...stats(ours2mb.latencies), max: Math.max(...ours2mb.latencies), windowMs, maxPauseMs: ours2mb.maxPauseMs },
  };
}
