/**
 * The bot: a discord.js Client with the interaction handler, the handler for
 * replies to its answers (src/discord/replies.ts) and command registration
 * wired in. createBot() does no I/O; start() logs in, waits for
 * READY and the first registration; stop() closes the gateway, drains interactions and
 * replies and destroys the client.
 */
import { Client, Events, GatewayIntentBits, type Guild } from 'discord.js';
import { Agent } from 'undici';
import type { Logger } from 'pino';
import type { BotConfig } from './config.js';
import { Cooldown } from '../app/cooldown.js';
import { createInteractionHandler, type BotApp } from './interactions.js';
import { createReplyHandler } from './replies.js';
import { errorForLog } from './errors.js';
import { addReports, type DrainReport } from './inFlight.js';
import { inviteUrl } from './invite.js';
import { registersHere, syncCommands, type Definition } from './registration.js';

export interface BotOptions {
  /** Defer replies that are not ready after this long (default 1500 ms). */
  deferAfterMs?: number;
  /** Defer before running when text options are at least this long (default 300 characters). */
  deferLongInputChars?: number;
  /** How long stop() waits for in-flight interactions (default 2500 ms). */
  drainMs?: number;
  /** How long stop() waits for the gateway to close before draining anyway (default 2000 ms). */
  gatewayCloseMs?: number;
  /** Per-user rate limit (default 5 commands per 10 s per user); null turns it off. */
  cooldown?: Cooldown | null;
}

export interface Bot {
  client: Client;
  /** Log in; resolves once READY arrived and start-up command registration finished. */
  start(): Promise<void>;
  /**
   * Close the gateway so Discord sends nothing more, finish the interactions and
   * replies in flight (at most drainMs), destroy the client. Idempotent.
   */
  stop(): Promise<StopReport>;
}

/** What stop() finished and dropped, in total and per kind (slash commands etc., replies to answers). */
export interface StopReport extends DrainReport {
  interactions: DrainReport;
  replies: DrainReport;
}

export type BotSettings = Pick<BotConfig, 'token' | 'applicationId' | 'commandsScope' | 'devGuildIds' | 'apiUrl'>;

/**
 * Most connections open at once to Discord's API. discord.js's default opens a
 * new one whenever every open one is busy, so a burst of interactions opened a
 * connection (and, to Discord, a TLS handshake) per answer; the bench's burst of
 * 500 opened 500. Past this many, requests wait for a free connection: at 64,
 * and 100 ms to Discord and back, that is 640 requests a second, more than the
 * bot answers on one thread, and each answer's callback still arrives well within Discord's 3 s.
 */
const REST_CONNECTIONS = 64;

export function createBot(config: BotSettings, app: BotApp, logger: Logger, options: BotOptions = {}): Bot {
  const agent = new Agent({ connections: REST_CONNECTIONS });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { parse: [] },
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), agent },
  });
  // One budget per user for slash commands, buttons, follow-ups and replies to answers.
  const cooldown = options.cooldown === undefined ? new Cooldown() : options.cooldown;
  const interactions = createInteractionHandler({
    app,
    logger,
    deferAfterMs: options.deferAfterMs,
    deferLongInputChars: options.deferLongInputChars,
    cooldown,
  });
  const replies = createReplyHandler({ app, logger, cooldown });
  const definitions: Definition[] = app.commands.map((c) => c.definition);
  const devGuilds = new Set(config.devGuildIds);
  let applicationId = config.applicationId;
  let stopping: Promise<StopReport> | undefined;

  async function register(guildId?: string): Promise<void> {
    if (!applicationId) return;
    if (!registersHere(guildId, client.shard)) return;
    try {
      await syncCommands(client.rest, { applicationId, guildId }, definitions, { logger });
    } catch (err) {
      logger.error({ event: 'registration', scope: guildId ? 'guild' : 'global', guild: guildId ?? null, err: errorForLog(err) }, 'command registration failed');
    }
  }

  async function registerAtStartup(): Promise<void> {
    const guildIds = new Set(devGuilds);
    if (config.commandsScope === 'guild') for (const id of client.guilds.cache.keys()) guildIds.add(id);
    else await register();
    for (const id of guildIds) await register(id);
  }

  /** Interactions that arrived after stop() began (before the gateway closed): answered like the others. */
  let arrivedWhileStopping = 0;
  client.on(Events.InteractionCreate, (i) => {
    if (stopping) arrivedWhileStopping += 1;
    interactions.onInteraction(i);
  });
  client.on(Events.MessageCreate, (m) => replies.onMessage(m, client));
  client.on(Events.GuildCreate, (guild: Guild) => {
    logger.info({ event: 'guild-join', guild: guild.id }, 'joined a guild');
    if (config.commandsScope === 'guild' && !devGuilds.has(guild.id)) void register(guild.id);
  });
  client.on(Events.Error, (err) => logger.error({ event: 'client-error', err: errorForLog(err) }, 'discord.js client error'));
  client.on(Events.Warn, (message) => logger.warn({ event: 'client-warning' }, message));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ event: 'gateway-disconnect', shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ event: 'gateway-reconnecting', shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ event: 'gateway-resumed', shard, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ event: 'rate-limited', route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global }, 'REST rate limited'),
  );

  async function start(): Promise<void> {
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(config.token);
    await ready;
    applicationId ??= client.application?.id;
    if (!applicationId) throw new Error('READY carried no application id; set DISCORD_APPLICATION_ID');
    logger.info(
      {
        event: 'ready',
        user: client.user?.tag,
        applicationId,
        guilds: client.guilds.cache.size,
        scope: config.commandsScope,
        invite: inviteUrl(applicationId),
      },
      `ready as ${client.user?.tag}; invite: ${inviteUrl(applicationId)}`,
    );
    await registerAtStartup();
  }

  /**
   * Close the gateway connection (code 1000) but keep REST: Discord stops
   * sending this process events, while the answers in flight can still be sent.
   * Events received before the close are handled as usual.
   */
  async function closeGateway(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const closed = (client.ws as unknown as { destroy(): Promise<void> }).destroy();
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.gatewayCloseMs ?? 2000);
    });
    const outcome = await Promise.race([closed.then(() => 'closed' as const), timeout]).catch((err: unknown) => {
      logger.warn({ event: 'gateway-close', err: errorForLog(err) }, 'could not close the gateway cleanly');
      return 'error' as const;
    });
    clearTimeout(timer);
    logger.info({ event: 'gateway-closed', outcome }, 'gateway closed: no new interactions will arrive');
  }

  function stop(): Promise<StopReport> {
    stopping ??= (async () => {
      const grace = options.drainMs ?? 2500;
      const inFlight = interactions.inFlight;
      await closeGateway();
      const [drained, fromReplies] = await Promise.all([interactions.drain(grace), replies.drain(grace)]);
      await client.destroy();
      await agent.close().catch(() => undefined);
      // Finished: every interaction in flight at stop() or arriving before the gateway closed, less those dropped.
      const fromInteractions = { ...drained, finished: Math.max(0, inFlight + arrivedWhileStopping - drained.abandoned - drained.refused) };
      const report = { ...addReports(fromInteractions, fromReplies), interactions: fromInteractions, replies: fromReplies };
      const dropped = report.abandoned + report.refused;
      logger[dropped > 0 ? 'warn' : 'info'](
        { event: 'stopped', inFlightAtStop: inFlight, ...report },
        `bot stopped: ${report.finished} in flight finished, ${dropped} dropped`,
      );
      return report;
    })();
    return stopping;
  }

  return { client, start, stop };
}
