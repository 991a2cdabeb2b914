import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { isSwappable, reloadContext } from '../src/app/liveCorpus.js';
import type { Command } from '../src/app/types.js';
import type { CommandRequest } from '../src/app/types.js';
import { renderError, renderView } from '../src/render/message.js';
import { reloadView } from '../src/render/reloadView.js';

/**
 * Why this request may not reload, or undefined when it may. Checked here, when
 * the work is done, on the member as Discord describes them with this very
 * interaction: the registration's default permission can be changed by any
 * server admin, and a button, form or reply could otherwise replay /reload.
 */
export function reloadRefusal(request: CommandRequest): string | undefined {
  if (request.via === 'console') return undefined;
  if (request.via !== 'command' || request.replay) return '`/reload` runs only as a slash command typed by a server manager.';
  if (!request.guildId) return '`/reload` works only in a server, not in direct messages.';
  const manage = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;
  if (((request.memberPermissions ?? 0n) & manage) === 0n) return '`/reload` is for server managers (Manage Server permission).';
  return undefined;
}

/**
 * /reload: re-read the corpus folder now (the watcher usually already has) and
 * say what changed. Server managers only, never in DMs; the reply is ephemeral.
 */
export const reload: Command = {
  definition: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Re-read the news reports folder and show what changed (server managers)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  execute: async (request, ctx) => {
    const refused = reloadRefusal(request);
    if (refused) return renderError(refused);
    if (!isSwappable(ctx)) return renderError('Reloading is not available here.');
    const report = await reloadContext(ctx);
    return renderView(ctx.engine.corpus, reloadView(report));
  },
};
