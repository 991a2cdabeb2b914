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
  const context = createAppContext({ corpusDir, logger });
  return {
    context,
    commands,
    run: (name, request) => runCommand(context, name, request, logger),
    button: async (customId, message, who) => (await handleButton(context, customId, message, who)) ?? null,
  };
}
