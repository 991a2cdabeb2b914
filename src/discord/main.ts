/**
 * `npm start`: run the Discord bot. Configuration comes from the environment
 * (and `.env`); a bad value stops here with one line, never a stack trace.
 * SIGINT/SIGTERM stop taking interactions, drain, destroy the client, exit 0.
 */
import { fail, readConfigOrExit } from './startup.js';
import { createLogger, registerSecret } from '../logger.js';
import { errorForLog } from './errors.js';

const SHUTDOWN_DEADLINE_MS = 5000;

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
  const { loadBotApp } = await import('./app.js');
  const { createBot } = await import('./client.js');
  let app;
  try {
    app = await loadBotApp(config.corpusDir, logger);
  } catch (err) {
    fail(`Could not load the corpus from "${config.corpusDir}" (CORPUS_DIR): ${(err as Error)?.message ?? String(err)}`);
  }
  const bot = createBot(config, app, logger);
  // New, changed or removed reports in the corpus folder are picked up while the bot runs.
  const { watchCorpus } = await import('../app/liveCorpus.js');
  const watcher = watchCorpus(app.context, config.corpusDir, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(0);
    stopping = true;
    logger.info({ event: 'shutdown', signal }, `${signal}: shutting down`);
    setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    watcher.close();
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

  try {
    await bot.start();
  } catch (err) {
    logger.fatal({ event: 'login-failed', err: errorForLog(err) }, `could not connect to Discord: ${(err as Error)?.message ?? String(err)}`);
    await bot.stop().catch(() => undefined);
    process.exit(1);
  }
}

main().catch((err: unknown) => fail(`Fatal: ${(err as Error)?.message ?? String(err)}`));
