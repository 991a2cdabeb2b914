/**
 * Structured logging with pino. Pretty when a person watches a terminal, JSON
 * lines otherwise. Secrets are redacted by path, and `scrubSecrets` removes a
 * token from any text (discord.js errors can carry request details).
 */
import pino, { type Logger, type LoggerOptions } from 'pino';

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

/** Register a secret (the bot token) so that it is scrubbed from every log line. */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 8) secrets.add(secret);
}

/** Replace every registered secret, and anything shaped like an auth header or interaction URL token, in a text. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[REDACTED]');
  return out
    .replace(/(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g, '$1 [REDACTED]')
    .replace(/(\/(?:interactions\/\d+|webhooks\/\d+)\/)[A-Za-z0-9._-]{20,}/g, '$1[REDACTED]');
}

export interface LoggerSettings {
  level?: string;
  /** Write to standard error (the console's JSON mode keeps standard output for answers). */
  toStderr?: boolean;
  /** Force pretty output on or off; defaults to "is this a terminal". */
  pretty?: boolean;
}

export function createLogger(settings: LoggerSettings = {}): Logger {
  const fd = settings.toStderr ? 2 : 1;
  const stream = fd === 2 ? process.stderr : process.stdout;
  const pretty = settings.pretty ?? Boolean(stream.isTTY);
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    formatters: {
      log(object) {
        // Errors from discord.js may embed URLs with interaction tokens: scrub the serialised form.
        return JSON.parse(scrubSecrets(JSON.stringify(object)));
      },
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  if (pretty) {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { destination: fd, colorize: true, translateTime: 'SYS:HH:MM:ss' } }));
  }
  return pino(options, pino.destination({ fd, sync: true }));
}
