/**
 * The programs as they run in production, as child processes against the fake
 * Discord: the build's bundles (built by test/globalSetup.ts) started with node directly (`node dist/bot.js`,
 * as the Dockerfile and the systemd unit do), and `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { FakeDiscord, type InteractionRecord } from '../fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const GUILD = '200000000000000001';
/** An empty cwd so that no developer .env is picked up; paths are absolute. */
const CWD = mkdtempSync(join(tmpdir(), 'bot-proc-'));

interface Started {
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  exited: Promise<number | null>;
  /** Log lines (JSON) so far. */
  events(): Record<string, unknown>[];
}

function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Started {
  const child = spawn(command, args, options);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (out.stdout += d));
  child.stderr!.on('data', (d) => (out.stderr += d));
  // 'close', not 'exit': by then every line the process (and any child sharing its output) wrote has been read.
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const events = () =>
    out.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, out, exited, events };
}

/** Run a bundle to completion without blocking this process (the fake Discord lives in it). */
async function run(program: string, args: string[], environment: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const p = start(process.execPath, [join(DIST, `${program}.js`), ...args], { cwd: CWD, env: environment });
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 20_000);
  const status = await p.exited;
  clearTimeout(timer);
  return { status, ...p.out };
}

function env(fake: FakeDiscord, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: join(ROOT, 'corpus'),
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

/** Is the process still there? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent of a process, from /proc (Linux). */
function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Every interaction the bot acknowledged has its answer: a reply, or a deferral followed by the edit. */
function unanswered(recs: InteractionRecord[]): InteractionRecord[] {
  return recs.filter((r) => r.callback !== undefined && !(r.callback.type === 4 || r.edits.length > 0 || r.followups.length > 0));
}

/**
 * How long a first answer may take here. Up to six bots start at once on two cores beside the rest of the suite,
 * so these tests do not hold the bots to Discord's 3 s (the fakes let a late answer through): that deadline is
 * held in-process by test/live and measured by `npm run bench`.
 */
const LOADED_MS = 20_000;

// Child processes are slow to start: the tests run concurrently, each with its own fake Discord.
describe.concurrent('the built programs against the fake Discord', () => {
  const fakes: FakeDiscord[] = [];
  const children: ChildProcess[] = [];
  const newFake = async (options: { enforceDeadline?: boolean } = {}) => {
    const fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN, ...options }).start();
    fake.setMaxListeners(0);
    fakes.push(fake);
    return fake;
  };
  const startBot = (fake: FakeDiscord, extra: Record<string, string> = {}) => {
    const bot = start(process.execPath, [join(DIST, 'bot.js')], { cwd: CWD, env: env(fake, extra) });
    children.push(bot.child);
    return bot;
  };
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(fakes.map((f) => f.close()));
  });

  it('node dist/bot.js: logs in, registers, answers, logs one line per interaction, exits 0 on SIGTERM; no token in any output', async ({ expect }) => {
    const fake = await newFake({ enforceDeadline: false });
    const bot = startBot(fake, { COMMANDS_SCOPE: 'guild' });

    await expect.poll(() => fake.commands.get(GUILD)?.length ?? 0, { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    expect(fake.commands.has('global')).toBe(false);
    const rec = fake.slash('ask', { question: 'who was killed' });
    // A reply, or a deferral and its edit when the machine is busy (these processes share two cores with the suite).
    expect(JSON.stringify(await fake.result(rec, LOADED_MS))).toMatch(/killed/i);
    expect(unanswered([rec])).toEqual([]);
    await expect.poll(() => bot.out.stdout.includes('"event":"interaction"'), { timeout: 5000 }).toBe(true);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const lines = bot.events();
    const ready = lines.find((l) => l.event === 'ready');
    expect(ready?.invite).toMatch(/^https:\/\/discord\.com\/oauth2\/authorize\?client_id=\d+&scope=bot\+applications\.commands&permissions=\d+$/);
    expect(lines.filter((l) => l.event === 'registration')).toHaveLength(1);
    expect(lines.find((l) => l.event === 'interaction')).toMatchObject({ kind: 'command', command: 'ask', guild: GUILD, outcome: rec.callback.type === 4 ? 'replied' : 'deferred' });
    expect(lines.find((l) => l.event === 'stopped')).toMatchObject({ abandoned: 0, refused: 0 });
    const all = bot.out.stdout + bot.out.stderr;
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain(rec.token);
  }, 45_000);

  it('SIGTERM during a burst: the gateway closes first, every acknowledged interaction is answered, exit 0 within 10 s', async ({ expect }) => {
    const fake = await newFake({ enforceDeadline: false });
    const bot = startBot(fake, { LOG_LEVEL: 'info' });
    await expect.poll(() => fake.commands.get('global')?.length ?? 0, { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);

    const recs: InteractionRecord[] = [];
    const ask = (i: number) => recs.push(fake.slash('ask', { question: `who was killed in strike number ${i}` }, { userId: String(400000000000000000n + BigInt(i)) }));
    for (let i = 0; i < 40; i++) ask(i);
    await expect.poll(() => recs.some((r) => r.callback !== undefined), { timeout: 10_000, interval: 5 }).toBe(true);
    const signalled = Date.now();
    bot.child.kill('SIGTERM');
    // Interactions keep coming while the bot shuts down: those sent before the gateway closed are answered.
    for (let i = 40; i < 60; i++) {
      ask(i);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await bot.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const events = bot.events();
    const stopped = events.find((e) => e.event === 'stopped');
    expect(events.find((e) => e.event === 'gateway-closed')).toMatchObject({ outcome: 'closed' });
    expect(stopped).toMatchObject({ abandoned: 0, refused: 0 });
    const answeredLines = events.filter((e) => e.event === 'interaction' && (e.outcome === 'replied' || e.outcome === 'deferred'));
    const acknowledged = recs.filter((r) => r.callback !== undefined);
    expect(unanswered(recs)).toEqual([]);
    expect(acknowledged.length).toBe(answeredLines.length);
    expect(acknowledged.length).toBeGreaterThan(0);
    // The final line counts what was still running at the signal or arrived after it: all of it finished.
    const signalAt = events.findIndex((e) => e.event === 'shutdown');
    const answeredBefore = events.slice(0, signalAt).filter((e) => e.event === 'interaction').length;
    expect(answeredBefore + Number(stopped?.finished)).toBe(answeredLines.length);
  }, 40_000);

  it('npm start runs node in place of the shell: SIGTERM to the bot or to npm stops it; so does npm dying', async ({ expect }) => {
    const runNpm = async (fake: FakeDiscord) => {
      // From the package root, as a user runs it (their .env, if any, is overridden by these variables).
      const npm = start('npm', ['start', '--silent'], { cwd: ROOT, env: env(fake, { LOG_LEVEL: 'info', DISCORD_APPLICATION_ID: fake.applicationId }) });
      children.push(npm.child);
      await expect.poll(() => npm.events().some((e) => e.event === 'registration'), { timeout: 20_000, interval: 50 }).toBe(true);
      return { npm, pid: Number(npm.events()[0]!.pid) };
    };
    const [a, b, c] = await Promise.all([newFake(), newFake(), newFake()].map(async (fake) => runNpm(await fake)));

    // `exec node`: the bot is npm's own child, no shell in between, so a signal to it reaches it.
    expect(parentOf(a.pid)).toBe(a.npm.child.pid);
    process.kill(a.pid, 'SIGTERM');
    expect(await a.npm.exited).toBe(0);
    expect(alive(a.pid)).toBe(false);
    expect(a.npm.events().find((e) => e.event === 'stopped')).toMatchObject({ abandoned: 0 });

    // SIGTERM to npm (what a process manager running `npm start` sends): npm passes it to its child, the bot.
    b.npm.child.kill('SIGTERM');
    await b.npm.exited;
    await expect.poll(() => alive(b.pid), { timeout: 10_000, interval: 100 }).toBe(false);
    expect(b.npm.events().find((e) => e.event === 'shutdown')).toMatchObject({ reason: 'SIGTERM' });

    // npm killed outright: the bot sees it was left behind and stops by itself.
    c.npm.child.kill('SIGKILL');
    await expect.poll(() => alive(c.pid), { timeout: 10_000, interval: 100 }).toBe(false);
  }, 60_000);

  it('the Dockerfile ENTRYPOINT and the systemd ExecStart, run as written: their stop signal ends the bot cleanly in time', async ({ expect }) => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const unit = readFileSync(join(ROOT, 'deploy/incident-bot.service'), 'utf8');
    const directive = (text: string, re: RegExp) => re.exec(text)?.[1]?.trim() ?? '';
    const docker = {
      command: JSON.parse(directive(dockerfile, /^ENTRYPOINT (.+)$/m)) as string[],
      signal: directive(dockerfile, /^STOPSIGNAL (\S+)$/m) as NodeJS.Signals,
      graceMs: 10_000, // docker stop's default
    };
    const systemd = {
      command: directive(unit, /^ExecStart=(.+)$/m).split(/\s+/),
      signal: directive(unit, /^KillSignal=(\S+)$/m) as NodeJS.Signals,
      graceMs: Number(directive(unit, /^TimeoutStopSec=(\d+)$/m)) * 1000,
    };
    // Not npm, not as root.
    expect(directive(dockerfile, /^USER (\S+)$/m)).toBe('node');
    expect(directive(unit, /^User=(\S+)$/m)).not.toBe('root');
    for (const { command, signal, graceMs } of [docker, systemd]) {
      expect(command[0]).toMatch(/(^|\/)node$/);
      const fake = await newFake({ enforceDeadline: false });
      // WORKDIR /app and WorkingDirectory=/srv/incident-bot are the package folder.
      const bot = start(process.execPath, command.slice(1), { cwd: ROOT, env: env(fake, { LOG_LEVEL: 'info' }) });
      children.push(bot.child);
      await expect.poll(() => bot.events().some((e) => e.event === 'registration'), { timeout: 15_000, interval: 50 }).toBe(true);
      const rec = fake.slash('ask', { question: 'who was killed' });
      await expect.poll(() => rec.callback !== undefined, { timeout: LOADED_MS, interval: 5 }).toBe(true);
      const signalled = Date.now();
      bot.child.kill(signal);
      expect(await bot.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(graceMs);
      expect(unanswered([rec])).toEqual([]);
    }
  }, 60_000);

  it('node dist/sharded.js: one process per shard; SIGTERM to the manager stops every one of them, exit 0 within 10 s', async ({ expect }) => {
    const fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN, shards: 2 }).start();
    fakes.push(fake);
    const manager = start(process.execPath, [join(DIST, 'sharded.js')], { cwd: CWD, env: env(fake, { LOG_LEVEL: 'info', SHARD_SPAWN_DELAY_MS: '200' }) });
    children.push(manager.child);
    await expect.poll(() => manager.events().some((e) => e.event === 'all-shards-ready'), { timeout: 40_000, interval: 100 }).toBe(true);
    // Each shard logs 'ready' from its own process: it can reach the shared output after the manager's line.
    const readyPids = () => [...new Set(manager.events().filter((e) => e.event === 'ready').map((e) => Number(e.pid)))];
    await expect.poll(() => readyPids().length, { timeout: 5000 }).toBe(2);
    const shardPids = readyPids();
    expect(shardPids).not.toContain(manager.child.pid);
    const signalled = Date.now();
    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    for (const pid of shardPids) expect(alive(pid)).toBe(false);
    expect(manager.events().filter((e) => e.event === 'stopped' && e.pid !== manager.child.pid)).toHaveLength(2);
  }, 60_000);

  it('node dist/bot.js with a token Discord refuses: one fatal line, exit 1, no token', async ({ expect }) => {
    const fake = await newFake();
    const wrong = TEST_TOKEN.replace('T3st', 'Wr0ng');
    const r = await run('bot', [], env(fake, { DISCORD_TOKEN: wrong }));
    expect(r.status).toBe(1);
    const fatal = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.level === 60);
    expect(fatal.msg).toMatch(/could not connect to Discord/);
    expect(r.stdout + r.stderr).not.toContain(wrong);
  }, 30_000);

  it('deploy-commands prints what changed, then that nothing did', async ({ expect }) => {
    const fake = await newFake();
    const deploy = (...args: string[]) => run('deploy-commands', args, env(fake));
    const first = await deploy();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^global: added ask, who/m);
    const second = await deploy();
    expect(second.stdout).toMatch(/^global: up to date \(\d+ commands\)$/m);
    expect(fake.requestsTo('PUT', /\/commands$/)).toHaveLength(1);
    const guild = await deploy('--guild', GUILD);
    expect(guild.stdout).toMatch(new RegExp(`^guild ${GUILD}: added`, 'm'));
  }, 30_000);

  it('invite prints the URL and why each permission is needed', async ({ expect }) => {
    const fake = await newFake();
    const [withId, viaToken] = await Promise.all([
      run('invite', [], { PATH: process.env.PATH, DISCORD_APPLICATION_ID: '300000000000000001' }),
      run('invite', [], env(fake)),
    ]);
    expect(withId.status).toBe(0);
    expect(withId.stdout).toContain('https://discord.com/oauth2/authorize?client_id=300000000000000001&scope=bot+applications.commands&permissions=84992');
    expect(withId.stdout).toMatch(/ViewChannel: .+\n.*SendMessages: .+\n.*EmbedLinks: .+\n.*ReadMessageHistory: /);
    expect(viaToken.stdout).toContain(`client_id=${fake.applicationId}&`);
  }, 30_000);
});
