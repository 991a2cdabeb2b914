/**
 * Wire the application (corpus, engine, commands) into what the Discord front
 * door needs: the context, the command list, runCommand and the button handler.
 */
import type { Logger } from 'pino';
import { commands } from '../../commands/index.js';
import { createAppContext, type MutableAppContext } from '../app/context.js';
import { runCommand } from '../app/dispatch.js';
import { handleButton } from '../app/buttons.js';
import type { BotApp } from './interactions.js';

export async function loadBotApp(corpusDir: string, logger: Logger): Promise<BotApp & { context: MutableAppContext }> {
  const app = pendingBotApp(logger);
  app.load(corpusDir);
  return app.app;
}

/**
 * The application before its corpus is loaded, and `load` to load it. The
 * commands are there at once (logging in and registering need nothing else), so
 * the bot can start logging in first and load the corpus and engine while it
 * waits for Discord (src/discord/main.ts). `load` is synchronous: an interaction
 * can only be handled after it has returned. The context is read only when an
 * interaction, a button or a reply is handled; before `load`, reading it throws.
 */
export function pendingBotApp(logger: Logger): { app: BotApp & { readonly context: MutableAppContext }; load(corpusDir: string): void } {
  let context: MutableAppContext | undefined;
  const loaded = (): MutableAppContext => {
    if (!context) throw new Error('the corpus is not loaded yet');
    return context;
  };
  const app = {
    get context() {
      return loaded();
    },
    commands,
    run: (name: string, request: Parameters<BotApp['run']>[1]) => runCommand(loaded(), name, request),
    button: async (...[customId, message, who]: Parameters<BotApp['button']>) => (await handleButton(loaded(), customId, message, who)) ?? null,
  };
  return {
    app,
    load(corpusDir: string) {
      context = createAppContext({ corpusDir, logger });
    },
  };
}
