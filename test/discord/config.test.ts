import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/discord/config.js';
import { TEST_TOKEN } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

describe('configuration', () => {
  it('applies defaults', () => {
    expect(loadConfig({ DISCORD_TOKEN: TEST_TOKEN })).toEqual({
      token: TEST_TOKEN,
      applicationId: undefined,
      commandsScope: 'global',
      devGuildIds: [],
      corpusDir: 'corpus',
      logLevel: 'info',
      apiUrl: undefined,
    });
  });

  it('parses every variable', () => {
    const c = loadConfig({
      DISCORD_TOKEN: ` ${TEST_TOKEN} `,
      DISCORD_APPLICATION_ID: '300000000000000001',
      COMMANDS_SCOPE: 'guild',
      DEV_GUILD_IDS: '200000000000000001, 200000000000000002',
      CORPUS_DIR: 'elsewhere',
      LOG_LEVEL: 'debug',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(c).toMatchObject({
      token: TEST_TOKEN,
      applicationId: '300000000000000001',
      commandsScope: 'guild',
      devGuildIds: ['200000000000000001', '200000000000000002'],
      corpusDir: 'elsewhere',
      logLevel: 'debug',
      apiUrl: 'http://127.0.0.1:9999/api',
    });
  });

  it.each([
    [{}, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: '' }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 'not a token' }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: 'abc' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: TEST_TOKEN, COMMANDS_SCOPE: 'everywhere' }, 'COMMANDS_SCOPE'],
    [{ DISCORD_TOKEN: TEST_TOKEN, DEV_GUILD_IDS: '123,abc' }, 'DEV_GUILD_IDS'],
    [{ DISCORD_TOKEN: TEST_TOKEN, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: 'ftp://127.0.0.1' }, 'DISCORD_API_URL'],
  ])('rejects %j naming %s in one line', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).toContain('.env.example');
    expect(message).toContain('npm run console');
    expect(message).not.toContain('\n');
    expect(message).not.toContain(TEST_TOKEN);
  });

  it('npm start without a token prints one clear line and exits non-zero', () => {
    // An empty directory as cwd so that no .env is picked up.
    const cwd = mkdtempSync(join(tmpdir(), 'bot-noenv-'));
    const r = spawnSync(TSX, [join(ROOT, 'src/discord/main.ts')], {
      cwd,
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull();
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DISCORD_TOKEN is missing\..*\.env\.example.*npm run console/);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(r.stdout).toBe('');
  });
});
