/**
 * What both entry points (`npm start`, `npm run start:sharded`) do first: read
 * `.env` and the environment, validate, and on a problem exit with one line
 * (never a stack trace, never the token).
 */
import { config as loadDotenv } from 'dotenv';
import { scrubSecrets } from '../logger.js';
import { ConfigError, loadConfig, type BotConfig } from './config.js';

/** Print one line to standard error and exit 1. */
export function fail(line: string): never {
  process.stderr.write(`${scrubSecrets(line)}\n`);
  process.exit(1);
}

export function readConfigOrExit(): BotConfig {
  loadDotenv({ quiet: true });
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}
