/**
 * `node --import tsx bench/profileBot.ts [ours|floor] [n]`: start the built bot
 * (or the floor) under `node --cpu-prof` against a fake Discord, send `n` new
 * questions from distinct users as one burst, stop it, and leave the CPU
 * profile in .cache/profiles/ (open it in Chrome's DevTools). A tool for finding
 * where an interaction's CPU goes; not part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/loader.js';
import { FakeDiscord } from '../test/fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from '../test/discord/helpers.js';
import { distinctQuestions } from './questions.js';

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
const env = { PATH: process.env.PATH, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: join(ROOT, 'corpus'), INDEX_CACHE_DIR: cacheDir, LOG_LEVEL: 'info' };
const child = spawn(process.execPath, [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []), entry], { cwd: cacheDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout!.resume();
const exited = new Promise<void>((r) => child.once('exit', () => r()));
while (fake.requestsTo('PUT', /\/commands$/).length === 0) await new Promise((r) => setTimeout(r, 5));
const questions = distinctQuestions(loadCorpus(join(ROOT, 'corpus')).sentences.map((s) => s.text), n);
let user = 400000000000000000n;
const cpu = () => {
  const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const before = cpu();
const t = performance.now();
const send = (question: string) => fake.slash('ask', { question }, { userId: String(user++) });
const latencies: number[] = [];
if (sequential) {
  for (const q of questions) {
    const t1 = performance.now();
    await fake.ack(send(q));
    latencies.push(performance.now() - t1);
  }
} else await Promise.all(questions.map(send).map((r) => fake.ack(r, 120_000)));
const elapsed = performance.now() - t;
const p50 = sequential ? `, p50 ${latencies.sort((a, b) => a - b)[Math.floor(n / 2)]!.toFixed(3)} ms` : '';
console.log(`${kind}: ${n} in ${elapsed.toFixed(0)} ms, ${((n / elapsed) * 1000).toFixed(0)}/s${p50}, CPU ${((cpu() - before) / n).toFixed(2)} ms each`);
child.kill('SIGTERM');
await exited;
await fake.close();
rmSync(cacheDir, { recursive: true, force: true });
