/**
 * Bot configuration from the environment (optionally loaded from `.env`),
 * validated with zod. A bad value becomes a ConfigError whose message is one
 * line naming the variable: main.ts prints it and exits, never a stack trace.
 */
import * as z from 'zod/mini';
import '../zod.js';

const SNOWFLAKE = /^\d{17,20}$/;
/** Three dot-separated base64url parts; we only catch obvious paste mistakes. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{10,}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings (`FOO=` in .env) count as unset; others are trimmed. */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v)),
    schema,
  );

const schema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
      .check(z.regex(TOKEN_SHAPE, 'does not look like a bot token (copy it from the Bot page of the developer portal)')),
  ),
  DISCORD_APPLICATION_ID: optional(z.optional(z.string().check(z.regex(SNOWFLAKE, 'must be a numeric snowflake (17-20 digits)')))),
  COMMANDS_SCOPE: optional(z._default(z.enum(['global', 'guild'], { error: 'must be "global" or "guild"' }), 'global')),
  DEV_GUILD_IDS: optional(
    z.optional(
      z.pipe(
        z.string(),
        z.transform((s: string) => s.split(',').map((id) => id.trim()).filter((id) => id !== '')),
      ).check(z.refine((ids: string[]) => ids.every((id) => SNOWFLAKE.test(id)), 'must be comma-separated numeric guild ids')),
    ),
  ),
  CORPUS_DIR: optional(z._default(z.string(), 'corpus')),
  LOG_LEVEL: optional(z._default(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }), 'info')),
  DISCORD_API_URL: optional(
    z.optional(
      z.pipe(
        z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' }),
        z.transform((u: string) => u.replace(/\/+$/, '')),
      ),
    ),
  ),
});

export interface BotConfig {
  token: string;
  applicationId?: string;
  commandsScope: 'global' | 'guild';
  devGuildIds: string[];
  corpusDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** REST base URL without the version, e.g. http://127.0.0.1:8080/api; undefined = Discord's. */
  apiUrl?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(
      `Configuration error: ${variable} ${problem}. Set it in .env (see .env.example for every variable), ` +
        'or try the bot without Discord with `npm run console`.',
    );
    this.name = 'ConfigError';
  }
}

/** Validate an environment; throws ConfigError (one line) on the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): BotConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, issue.message);
  }
  const c = result.data;
  return {
    token: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    commandsScope: c.COMMANDS_SCOPE,
    devGuildIds: c.DEV_GUILD_IDS ?? [],
    corpusDir: c.CORPUS_DIR,
    logLevel: c.LOG_LEVEL,
    apiUrl: c.DISCORD_API_URL,
  };
}
