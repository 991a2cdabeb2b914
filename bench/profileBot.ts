/**
 * `node --import tsx bench/profileBot.ts [ours|floor] [n]`: start the built bot
 * (or the floor) under `node --cpu-prof` against a fake Discord, send `n` new
 * questions from distinct users as one burst, stop it, and leave the CPU
 * profile in .cache/profiles/ (open it in Chrome's DevTools). A tool for finding
 * where an interaction's CPU goes; not part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/loader.js';
import { FakeDiscord } from '../test/fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from '../test/discord/helpers.js';
import { QUESTIONS, distinctQuestions } from './questions.js';

const ROOT = resolve(import.meta.dirname, '..');
const kind = process.argv[2] === 'floor' ? 'floor' : 'ours';
const n = Number(process.argv[3] ?? 1500);
/** `seq`: one at a time (the p50 of the bench), instead of one burst. */
const sequential = process.argv[4] === 'seq';
const profile = process.argv[5] !== 'noprof';
const profiles = join(ROOT, '.cache/profiles');
mkdirSync(profiles, { recursive: true });
const cacheDir = mkdtempSync(join(tmpdir(), 'profile-bot-'));
const fake = await new FakeDiscord({ guilds: ['200000000000000001'], token: TEST_TOKEN, enforceDeadline: false }).start();
fake.setMaxListeners(0);
const entry = kind === 'ours' ? join(ROOT, 'dist/bot.js') : join(ROOT, 'bench/floorBot.mjs');
const env = { PATH: process.env.PATH, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: join(ROOT, 'corpus'), INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'info', ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('XP_'))) };
const child = spawn(process.execPath, [...(process.env.BOT_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []), entry], { cwd: cacheDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
if (process.env.BOT_STDOUT) child.stdout!.pipe(createWriteStream(process.env.BOT_STDOUT));
else child.stdout!.resume();
const exited = new Promise<void>((r) => child.once('exit', () => r()));
while (fake.requestsTo('PUT', /\/commands$/).length === 0) await new Promise((r) => setTimeout(r, 5));
let user = 400000000000000000n;
const cpu = () => {
  const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** CPU time of each thread of the bot (by thread name: main, V8 GC and compiler helpers, libuv, workers), ms. */
const threads = () => {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '#');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const key = tid === String(child.pid) ? "main thread" : `${name}:${tid}`;
      out.set(key, (out.get(key) ?? 0) + (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
};
/** `WARM=n`: first send n other new questions (not measured), so that the figures are of a bot past its JIT warm-up. */
const warm = Number(process.env.WARM ?? 0);
/** `REPEATED=1`: the bench's fixed questions cycled (answers the engine remembers), to see the cost of everything but answering. */
const all = process.env.REPEATED
  ? Array.from({ length: n + warm }, (_, i) => QUESTIONS[i % QUESTIONS.length]!)
  : distinctQuestions(loadCorpus(join(ROOT, 'corpus')).sentences.map((s) => s.text), n + warm);
for (let k = 0; k < warm; k += 500)
  await Promise.all(all.slice(n + k, n + Math.min(warm, k + 500)).map((q) => fake.ack(fake.slash('ask', { question: q }, { userId: String(user++) }), 120_000)));
/** `DELAY_MS=n`: wait n ms after the commands are registered before sending anything (a bot that had a moment to itself). */
await new Promise((r) => setTimeout(r, Number(process.env.DELAY_MS ?? 0)));
const threadsBefore = threads();
const before = cpu();
const t = performance.now();
const send = (question: string) => fake.slash('ask', { question }, { userId: String(user++) });
const latencies: number[] = [];
if (sequential) {
  for (const q of all.slice(0, n)) {
    const t1 = performance.now();
    await fake.ack(send(q));
    latencies.push(performance.now() - t1);
  }
} else await Promise.all(all.slice(0, n).map(send).map((r) => fake.ack(r, 120_000)));
const elapsed = performance.now() - t;
const p50 = sequential ? `, first ${latencies[0]!.toFixed(1)} ms, p50 ${[...latencies].sort((a, b) => a - b)[Math.floor(n / 2)]!.toFixed(3)} ms` : '';
console.log(`${kind}: ${n} in ${elapsed.toFixed(0)} ms, ${((n / elapsed) * 1000).toFixed(0)}/s${p50}, CPU ${((cpu() - before) / n).toFixed(2)} ms each`);
const threadsAfter = threads();
if (process.env.BOT_HEAPSNAP) {
  child.kill('SIGUSR2');
  await new Promise((r) => setTimeout(r, 8000));
}
console.log(
  `  CPU by thread, ms each: ${[...threadsAfter]
    .map(([k, v]) => [k, (v - (threadsBefore.get(k) ?? 0)) / n] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(3)}`)
    .join(', ')}`,
);
child.kill('SIGTERM');
await exited;
await fake.close();
rmSync(cacheDir, { recursive: true, force: true });
