/**
 * Structured logging with pino. Pretty when a person watches a terminal, JSON
 * lines otherwise. Errors keep their cause: pino's error serializer (type,
 * message, stack, code, cause) runs on every Error in the fields, wherever it
 * is. Secrets are redacted by path (`redact`), and `scrubSecrets` removes a
 * token from any text, error messages and stacks included (discord.js errors
 * carry request URLs). A log call never throws: circular fields, getters that
 * throw and odd values are written as far as they can be.
 */
import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * Log lines are written in batches of about this many bytes, at the latest
 * LOG_FLUSH_MS after they were logged: in the bench a write to the pipe
 * took about 60 µs, several times the formatting of the line itself, and a
 * synchronous write blocks the event loop whenever the reader is slow. Everything is written on exit (pino
 * flushes synchronously then); a SIGKILL can lose the last LOG_FLUSH_MS of lines.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 250;

const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'req.headers.authorization',
  'interactionToken',
  '*.interactionToken',
];

const secrets = new Set<string>();

/**
 * The shortest text that can hold anything to scrub: a registered secret, or
 * a token after "Bot " or in an interaction URL (20 characters at least).
 * Most strings of a log line (ids, names, outcomes) are shorter, and are written as they are.
 */
let shortestScrubbable = 20;

/** Register a secret (the bot token) so that it is scrubbed from every log line. */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 8) {
    secrets.add(secret);
    shortestScrubbable = Math.min(shortestScrubbable, secret.length);
  }
}

/** Replace every registered secret, and anything shaped like an auth header or interaction URL token, in a text. */
export function scrubSecrets(text: string): string {
  if (text.length < shortestScrubbable) return text;
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  return out
    .replace(/(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g, '$1 [REDACTED]')
    .replace(/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[A-Za-z0-9._-]{20,}/g, '$1[REDACTED]');
}

/** Deepest nesting of logged fields; below it a value is written as "[…]". */
const MAX_DEPTH = 8;

/** A copy of log fields that JSON can hold: Errors serialized (with their cause), strings scrubbed, cycles cut. */
export function logSafe(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  try {
    if (value instanceof Error) return logSafe({ ...pino.stdSerializers.err(value) }, seen, depth + 1);
    if (Array.isArray(value)) return value.map((v) => logSafe(v, seen, depth + 1));
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (value instanceof Map) return logSafe(Object.fromEntries(value), seen, depth + 1);
    if (value instanceof Set) return logSafe([...value], seen, depth + 1);
    if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      try {
        out[key] = logSafe((value as Record<string, unknown>)[key], seen, depth + 1);
      } catch {
        out[key] = '[unreadable]';
      }
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** pino's error serializer, then scrubbed: used for `err` and `error` fields. */
function errSerializer(err: unknown): unknown {
  try {
    return logSafe(err instanceof Error ? pino.stdSerializers.err(err) : err);
  } catch {
    return '[unserializable error]';
  }
}

export interface LoggerSettings {
  level?: string;
  /** Write to standard error (the console's JSON mode keeps standard output for answers). */
  toStderr?: boolean;
  /** Force pretty output on or off; defaults to "is this a terminal". */
  pretty?: boolean;
  /** Write JSON lines here instead (tests). */
  destination?: NodeJS.WritableStream;
}

export function createLogger(settings: LoggerSettings = {}): Logger {
  const fd = settings.toStderr ? 2 : 1;
  const stream = fd === 2 ? process.stderr : process.stdout;
  const pretty = settings.pretty ?? Boolean(stream.isTTY);
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    serializers: { err: errSerializer, error: errSerializer },
    formatters: {
      log(object) {
        // Errors from discord.js may embed URLs with interaction tokens: every string is scrubbed, every Error serialized.
        try {
          return logSafe(object) as Record<string, unknown>;
        } catch {
          return { logError: 'the log fields could not be written' };
        }
      },
    },
    hooks: {
      logMethod(args, method) {
        try {
          // logger.error(err) takes err.message as the message: give it scrubbed.
          const [first] = args as unknown[];
          const withMessage = first instanceof Error && typeof args[1] !== 'string' ? [{ err: first }, first.message, ...args.slice(1)] : args;
          method.apply(this, withMessage.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
        } catch (err) {
          // Logging must never take an answer down with it.
          try {
            method.call(this, { logError: scrubSecrets(String((err as Error)?.message ?? err)) } as never, 'a log line could not be written');
          } catch {
            // nothing left to do
          }
        }
      },
    },
  };
  if (settings.destination) return pino(options, settings.destination);
  if (pretty) {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { destination: fd, colorize: true, translateTime: 'SYS:HH:MM:ss' } }));
  }
  const logger = pino(options, pino.destination({ fd, sync: false, minLength: LOG_BUFFER_BYTES }));
  setInterval(() => logger.flush(), LOG_FLUSH_MS).unref();
  return logger;
}
