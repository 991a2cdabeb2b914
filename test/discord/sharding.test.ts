/** `npm run start:sharded` against the fake Discord recommending two shards. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';
import { TEST_TOKEN } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CWD = mkdtempSync(join(tmpdir(), 'bot-shards-'));

describe('sharded start', () => {
  let fake: FakeDiscord;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    fake = await new FakeDiscord({ guilds: ['200000000000000001'], token: TEST_TOKEN, shards: 2 }).start();
  });
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await fake.close();
  });

  it('spawns the shard count GET /gateway/bot recommends; both shards identify and become ready; SIGTERM stops all', async () => {
    child = spawn(TSX, [join(ROOT, 'src/discord/sharded.ts')], {
      cwd: CWD,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: join(ROOT, 'corpus'),
        LOG_LEVEL: 'info',
        SHARD_SPAWN_DELAY_MS: '200',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
    const events = () =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { event?: string; shard?: number; shards?: number });

    await expect.poll(() => events().some((e) => e.event === 'all-shards-ready'), { timeout: 40_000, interval: 100 }).toBe(true);
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
    // Each shard logs its own 'ready' from its own process: it can reach the shared output after the manager's line.
    await expect.poll(() => events().filter((e) => e.event === 'ready').length, { timeout: 5000 }).toBe(2);
    expect(events().filter((e) => e.event === 'shard-ready').map((e) => e.shard).sort()).toEqual([0, 1]);
    expect(fake.requestsTo('GET', '/gateway/bot').length).toBeGreaterThan(0);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(events().filter((e) => e.event === 'stopped').length).toBeGreaterThanOrEqual(2);
    expect(stdout + stderr).not.toContain(TEST_TOKEN);
  }, 60_000);
});
