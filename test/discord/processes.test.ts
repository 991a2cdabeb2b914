/**
 * The scripts as a user runs them (`npm start`, `npm run deploy-commands`,
 * `npm run invite`), as child processes against the fake Discord.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const GUILD = '200000000000000001';
/** An empty cwd so that no developer .env is picked up; paths are absolute. */
const CWD = mkdtempSync(join(tmpdir(), 'bot-proc-'));

/** Run a script without blocking this process (the fake Discord lives in it). */
function run(script: string, args: string[], environment: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(TSX, [join(ROOT, script), ...args], { cwd: CWD, env: environment });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
    p.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
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

// Child processes are slow to start: the tests run concurrently, each with its own fake Discord.
describe.concurrent('scripts against the fake Discord', () => {
  const fakes: FakeDiscord[] = [];
  const children: ChildProcess[] = [];
  const newFake = async () => {
    const fake = await new FakeDiscord({ guilds: [GUILD], token: TEST_TOKEN }).start();
    fakes.push(fake);
    return fake;
  };
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await Promise.all(fakes.map((f) => f.close()));
  });

  it('npm start: logs in, registers, answers, logs one line per interaction, exits 0 on SIGTERM; no token in any output', async ({ expect }) => {
    const fake = await newFake();
    const child = spawn(TSX, [join(ROOT, 'src/discord/main.ts')], { cwd: CWD, env: env(fake, { COMMANDS_SCOPE: 'guild' }) });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));

    await expect.poll(() => fake.commands.get(GUILD)?.length ?? 0, { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    expect(fake.commands.has('global')).toBe(false);
    const rec = fake.slash('ask', { question: 'who was killed' });
    expect((await fake.ack(rec)).type).toBe(4);
    await expect.poll(() => stdout.includes('"event":"interaction"'), { timeout: 5000 }).toBe(true);

    child.kill('SIGTERM');
    const code = await exited;
    expect(code).toBe(0);

    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const ready = lines.find((l) => l.event === 'ready');
    expect(ready.invite).toMatch(/^https:\/\/discord\.com\/oauth2\/authorize\?client_id=\d+&scope=bot\+applications\.commands&permissions=\d+$/);
    expect(lines.filter((l) => l.event === 'registration')).toHaveLength(1);
    expect(lines.find((l) => l.event === 'interaction')).toMatchObject({ kind: 'command', command: 'ask', guild: GUILD, outcome: 'replied' });
    expect(lines.some((l) => l.event === 'stopped')).toBe(true);
    const all = stdout + stderr;
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain(rec.token);
  }, 30_000);

  it('npm start with a token Discord refuses: one fatal line, exit 1, no token', async ({ expect }) => {
    const fake = await newFake();
    const wrong = TEST_TOKEN.replace('T3st', 'Wr0ng');
    const r = await run('src/discord/main.ts', [], env(fake, { DISCORD_TOKEN: wrong }));
    expect(r.status).toBe(1);
    const fatal = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.level === 60);
    expect(fatal.msg).toMatch(/could not connect to Discord/);
    expect(r.stdout + r.stderr).not.toContain(wrong);
  }, 30_000);

  it('npm run deploy-commands prints what changed, then that nothing did', async ({ expect }) => {
    const fake = await newFake();
    const deploy = (...args: string[]) => run('src/discord/deployCommands.ts', args, env(fake));
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

  it('npm run invite prints the URL and why each permission is needed', async ({ expect }) => {
    const fake = await newFake();
    const [withId, viaToken] = await Promise.all([
      run('src/discord/inviteCli.ts', [], { PATH: process.env.PATH, DISCORD_APPLICATION_ID: '300000000000000001' }),
      run('src/discord/inviteCli.ts', [], env(fake)),
    ]);
    expect(withId.status).toBe(0);
    expect(withId.stdout).toContain('https://discord.com/oauth2/authorize?client_id=300000000000000001&scope=bot+applications.commands&permissions=84992');
    expect(withId.stdout).toMatch(/ViewChannel: .+\n.*SendMessages: .+\n.*EmbedLinks: .+\n.*ReadMessageHistory: /);
    expect(viaToken.stdout).toContain(`client_id=${fake.applicationId}&`);
  }, 30_000);
});
