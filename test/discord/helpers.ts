/** Shared set-up for the Discord end-to-end tests: a memory logger, bot start/stop against a FakeDiscord. */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { createBot, type Bot, type BotOptions } from '../../src/discord/client.js';
import type { BotConfig } from '../../src/discord/config.js';
import type { BotApp } from '../../src/discord/interactions.js';
import { afterEach, beforeEach } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/FakeDiscord.js';

/** A well-formed fake bot token (never a real one). */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gfake1.T3st-t0ken_never-real-abcdefghijklmnop';

export interface MemoryLogger {
  logger: Logger;
  lines: string[];
  entries(): Record<string, unknown>[];
}

/** A plain pino logger (no redaction) that keeps every line: proves our code never logs secrets. */
export function memoryLogger(level = 'debug'): MemoryLogger {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { logger: pino({ level }, stream), lines, entries: () => lines.map((l) => JSON.parse(l)) };
}

export function botConfig(fake: FakeDiscord, overrides: Partial<BotConfig> = {}): BotConfig {
  return {
    token: TEST_TOKEN,
    commandsScope: 'global',
    devGuildIds: [],
    corpusDir: 'corpus',
    logLevel: 'debug',
    apiUrl: fake.apiUrl,
    ...overrides,
  };
}

/** Start a bot against the fake; the caller stops it (or uses `bots.stopAll()`). */
export class BotHarness {
  private readonly bots: Bot[] = [];
  readonly log = memoryLogger();

  async start(fake: FakeDiscord, app: BotApp, config: Partial<BotConfig> = {}, options: BotOptions = {}): Promise<Bot> {
    const bot = createBot(botConfig(fake, config), app, this.log.logger, { drainMs: 500, cooldown: null, ...options });
    this.bots.push(bot);
    await bot.start();
    return bot;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.bots.splice(0).map((b) => b.stop()));
  }
}

/**
 * A fresh fake Discord and bot harness for every test of a describe block,
 * closed after each (bots first, then the fake). The setter receives them.
 */
export function useFakeDiscord(guilds: string[], set: (fake: FakeDiscord, harness: BotHarness) => void): void {
  let fake: FakeDiscord | undefined;
  let harness: BotHarness | undefined;
  beforeEach(async () => {
    fake = await new FakeDiscord({ guilds, token: TEST_TOKEN }).start();
    harness = new BotHarness();
    set(fake, harness);
  });
  afterEach(async () => {
    await harness?.stopAll();
    await fake?.close();
  });
}
