/**
 * Logs keep the cause of an error and never leak a secret or throw:
 * `logger.error({ err })` used to be written as `"err":{}`, an Error whose
 * message held the token was written as is, and a circular field threw.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, registerSecret } from '../../src/logger.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GxYz12.abcdefghijklmnopqrstuvwxyz012345';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  return { logger, lines, last: () => JSON.parse(lines.at(-1)!) as Record<string, any> };
}

describe('logger', () => {
  registerSecret(TOKEN);

  it('writes an error with its type, message, stack and cause', () => {
    const { logger, last } = capture();
    logger.error({ err: new Error('could not reach Discord', { cause: new TypeError('socket hang up') }) }, 'failed');
    const err = last().err;
    expect(err.type).toBe('Error');
    expect(err.message).toContain('could not reach Discord');
    expect(err.stack).toContain('logger.test.ts');
    expect(JSON.stringify(err)).toContain('socket hang up');
  });

  it('scrubs the token from error messages, stacks, nested fields and the message, and redacts secret fields', () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error(`401 for Bot ${TOKEN}`), request: { url: `https://discord.com/api/webhooks/1/${TOKEN}` }, token: 'short-secret' }, `login with ${TOKEN} failed`);
    logger.error(new Error(`token ${TOKEN}`));
    const text = lines.join('\n');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('short-secret');
    expect(text).toContain('[REDACTED]');
  });

  it('never throws: circular fields, throwing getters, BigInt and odd values', () => {
    const { logger, lines, last } = capture();
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const err = new Error('with a circular field') as Error & { context?: unknown };
    err.context = circular;
    const hostile = {
      get boom(): string {
        throw new Error('getter exploded');
      },
    };
    expect(() => logger.error({ circular, err, hostile, big: 10n, when: new Date(NaN), map: new Map([['a', 1]]) }, 'odd fields')).not.toThrow();
    expect(lines).toHaveLength(1);
    const line = last();
    expect(line.circular.self).toBe('[Circular]');
    expect(line.hostile.boom).toBe('[unreadable]');
    expect(line.big).toBe('10');
    expect(line.err.message).toBe('with a circular field');
  });
});
