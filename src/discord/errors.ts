/**
 * Errors as log fields. discord.js REST errors carry the request URL, which
 * for interactions and webhooks contains the interaction token, and the
 * request body (user text): log the useful parts only, scrubbed.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { scrubSecrets } from '../logger.js';

export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  code?: number | string;
  status?: number;
  method?: string;
  url?: string;
}

export function errorForLog(err: unknown): LoggedError {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return {
      type: err.name,
      message: scrubSecrets(err.message),
      ...('code' in err ? { code: err.code } : {}),
      status: err.status,
      method: err.method,
      url: scrubSecrets(err.url),
      stack: err.stack ? scrubSecrets(err.stack) : undefined,
    };
  }
  if (err instanceof RateLimitError) {
    return { type: err.name, message: scrubSecrets(err.message), method: err.method, url: scrubSecrets(err.url) };
  }
  if (err instanceof Error) {
    return { type: err.name, message: scrubSecrets(err.message), stack: err.stack ? scrubSecrets(err.stack) : undefined, ...('code' in err ? { code: String(err.code) } : {}) };
  }
  return { type: typeof err, message: scrubSecrets(String(err)) };
}
