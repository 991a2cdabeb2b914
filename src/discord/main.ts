/**
 * `npm start` (`node dist/bot.js`): run the Discord bot. Configuration comes
 * from the environment (and `.env`); a bad value stops here with one line,
 * never a stack trace.
 *
 * SIGTERM or SIGINT: close the gateway (Discord stops sending interactions to
 * this process), finish the ones in flight, exit 0 within SHUTDOWN_DEADLINE_MS
 * (under the 10 s that Docker and systemd wait before SIGKILL). A second
 * signal exits at once.
 */
import { fail, readConfigOrExit } from './startup.js';
import { createLogger, registerSecret } from '../logger.js';
import { errorForLog } from './errors.js';

/** Whatever happens, the process is gone by then (exit 0). */
const SHUTDOWN_DEADLINE_MS = 9000;
/** How long the answers in flight get, after the gateway has closed (at most 2 s). */
const DRAIN_MS = 6000;
/** How often to look whether the npm that started us is still there (see watchParent). */
const PARENT_POLL_MS = 1000;

/**
 * Under `npm start`, node is npm's child (`exec node`, no shell between them,
 * so a SIGTERM npm passes on reaches the bot). When npm dies without passing
 * anything on (SIGKILL, a crash), the bot would run on with no one to stop it:
 * so when started by npm, it shuts down (drains and exits) when its parent goes away.
 */
function watchParent(onOrphaned: () => void): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, PARENT_POLL_MS);
  timer.unref();
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  registerSecret(config.token);
  const logger = createLogger({ level: config.logLevel });

  process.on('unhandledRejection', (err) => logger.error({ event: 'unhandled-rejection', err: errorForLog(err) }, 'unhandled promise rejection'));
  process.on('uncaughtException', (err) => {
    logger.fatal({ event: 'crash', err: errorForLog(err) }, 'uncaught exception; exiting');
    process.exit(1);
  });

  // Loaded after the configuration check so that a config error needs nothing else to work.
  const { pendingBotApp } = await import('./app.js');
  const { createBot } = await import('./client.js');
  const { app, load } = pendingBotApp(logger);
  const bot = createBot(config, app, logger, { drainMs: DRAIN_MS });
  /** Watches the corpus folder once the bot is in service (below). */
  let watcher: { close(): void } | undefined;

  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) {
      logger.warn({ event: 'shutdown', reason }, `${reason} again: exiting now`);
      process.exit(0);
    }
    stopping = true;
    logger.info({ event: 'shutdown', reason }, `${reason}: closing the gateway, finishing the answers in flight`);
    setTimeout(() => {
      logger.warn({ event: 'shutdown-deadline', ms: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long: exiting');
      process.exit(0);
    }, SHUTDOWN_DEADLINE_MS).unref();
    watcher?.close();
    bot.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ event: 'shutdown', err: errorForLog(err) }, 'error while shutting down');
        process.exit(0);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  watchParent(() => shutdown('npm exited'));

  // Logging in is mostly waiting for Discord (the gateway's address, the connection, READY): the corpus and
  // the engine are loaded meanwhile, once the first request is on its way. The load is synchronous, so no
  // interaction can be handled before it is done.
  const started = bot.start();
  started.catch(() => undefined); // awaited below, after the load: a failure meanwhile is no unhandled rejection
  await new Promise((resolve) => setImmediate(resolve));
  try {
    load(config.corpusDir);
  } catch (err) {
    fail(`Could not load the corpus from "${config.corpusDir}" (CORPUS_DIR): ${(err as Error)?.message ?? String(err)}`);
  }
  try {
    await started;
  } catch (err) {
    if (stopping) return;
    logger.fatal({ event: 'login-failed', err: errorForLog(err) }, `could not connect to Discord: ${(err as Error)?.message ?? String(err)}`);
    await bot.stop().catch(() => undefined);
    process.exit(1);
  }
  // New, changed or removed reports in the corpus folder are picked up while the bot runs. Watching starts
  // once the commands are registered: its worker thread and its first look at the folder would otherwise take
  // CPU from logging in. A report that landed meanwhile is still found: that first look catches anything
  // changed since the corpus was loaded.
  if (stopping) return;
  const { watchCorpus } = await import('../app/liveCorpus.js');
  watcher = watchCorpus(app.context, config.corpusDir, logger);
  // The first users should not wait while answering loads its word lists and V8 compiles it (src/app/warmUp.ts).
  const { warmUp } = await import('../app/warmUp.js');
  warmUp(app.context, { stopped: () => stopping }).then(
    ({ questions, ms }) => logger.info({ event: 'warmed-up', questions, ms: Math.round(ms) }, `warmed up: ${questions} questions in ${Math.round(ms)} ms`),
    (err: unknown) => logger.warn({ event: 'warm-up-failed', err: errorForLog(err) }, 'warm-up failed; answering is unaffected'),
  );
}

main().catch((err: unknown) => fail(`Fatal: ${(err as Error)?.message ?? String(err)}`));
