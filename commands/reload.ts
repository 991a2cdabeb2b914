import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { isSwappable, reloadContext } from '../src/app/liveCorpus.js';
import type { Command } from '../src/app/types.js';
import { renderError, renderView } from '../src/render/message.js';
import { reloadView } from '../src/render/reloadView.js';

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
  execute: (_request, ctx) => {
    if (!isSwappable(ctx)) return renderError('Reloading is not available here.');
    const report = reloadContext(ctx);
    return renderView(ctx.engine.corpus, reloadView(report));
  },
};
