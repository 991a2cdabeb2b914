/**
 * `npm run start:sharded`: the bot on several gateway shards, one process per
 * shard, with discord.js's ShardingManager. The shard count is Discord's
 * recommendation ('auto'); each shard runs the normal entry (dist/bot.js), with
 * the same validated configuration from the environment.
 *
 * discord.js resolves 'auto' against discord.com whatever REST base the client
 * uses, so when DISCORD_API_URL is set (a proxy or a test double) the
 * recommendation is fetched from that base instead and passed as a number.
 * SIGINT/SIGTERM are passed on to every shard, which drains and exits; then
 * the manager exits 0.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { BotConfig } from './config.js';
import { fail, readConfigOrExit } from './startup.js';
import { createLogger, registerSecret } from '../logger.js';
import { errorForLog } from './errors.js';

/**
 * Each shard runs the bot's own entry: dist/bot.js beside this bundle in the
 * build, src/discord/main.ts under tsx (resolved from here, so that it works
 * whatever the working directory) when run from source.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = fileURLToPath(new URL(FROM_SOURCE ? './main.ts' : './bot.js', import.meta.url));
const EXEC_ARGV = FROM_SOURCE ? ['--import', import.meta.resolve('tsx')] : [];
const SHUTDOWN_DEADLINE_MS = 9500;

/** Discord's recommended shard count, from the configured REST base. */
async function recommendedShards(config: BotConfig): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const body = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, Number(body.shards) || 1);
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  registerSecret(config.token);
  const logger = createLogger({ level: config.logLevel });

  const totalShards = config.apiUrl ? await recommendedShards(config) : 'auto';
  const manager = new ShardingManager(ENTRY, {
    token: config.token,
    totalShards,
    mode: 'process',
    execArgv: EXEC_ARGV,
    respawn: true,
  });
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ event: 'shard-spawned', shard: shard.id, of: manager.totalShards }, `shard ${shard.id} spawned`);
    shard.on('ready', () => logger.info({ event: 'shard-ready', shard: shard.id }, `shard ${shard.id} ready`));
    shard.on('death', (p) => logger.warn({ event: 'shard-exit', shard: shard.id, code: 'exitCode' in p ? p.exitCode : null }, `shard ${shard.id} exited`));
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(0);
    stopping = true;
    logger.info({ event: 'shutdown', signal }, `${signal}: stopping ${manager.shards.size} shard(s)`);
    setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            // Not Shard.kill(): pass the signal on so the shard drains its interactions; the manager's
            // exit listener goes first so the shard is not respawned.
            child.removeAllListeners('exit');
            child.once('exit', () => resolve());
            child.kill(signal);
          }),
      ),
    );
    logger.info({ event: 'stopped' }, 'all shards stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const delay = Number(process.env.SHARD_SPAWN_DELAY_MS ?? 5500);
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: 60_000 });
  } catch (err) {
    logger.fatal({ event: 'spawn-failed', err: errorForLog(err) }, 'could not start the shards');
    process.exit(1);
  }
  logger.info({ event: 'all-shards-ready', shards: manager.shards.size }, `${manager.shards.size} shard(s) ready`);
}

main().catch((err: unknown) => fail(`Fatal: ${(err as Error)?.message ?? String(err)}`));
