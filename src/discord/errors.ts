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

/** A Discord server error (5xx), after discord.js's own immediate retries: worth trying again a little later. */
export function isServerError(err: unknown): boolean {
  const status = (err instanceof DiscordAPIError || err instanceof HTTPError) ? err.status : undefined;
  return status !== undefined && status >= 500 && status < 600;
}

/** "Interaction has already been acknowledged": an earlier attempt that looked failed went through. */
export function isAlreadyAcknowledged(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === 40060;
}

/**
 * Run a Discord call, trying again after a server error (5xx) with growing
 * pauses (100 ms, 200 ms, 400 ms, then every 800 ms) as long as the next try
 * can start before `deadline` (ms since the epoch). Any other error, or the
 * last server error, is thrown.
 */
export async function retryServerErrors<T>(call: () => Promise<T>, deadline: number, onRetry?: (err: unknown, attempt: number) => void): Promise<T> {
  let pause = 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      if (!isServerError(err) || Date.now() + pause >= deadline) throw err;
      onRetry?.(err, attempt);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 800);
    }
  }
}
