import { SlashCommandBuilder } from '@discordjs/builders';
import { isHidden } from '../src/app/answering.js';
import { withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { renderView } from '../src/render/message.js';
import { sourcesView } from '../src/render/views.js';

/** /sources: the reports the bot answers from, with title, outlet where known, date and size. */
export const sources: Command = {
  definition: withHide(new SlashCommandBuilder().setName('sources').setDescription('The news reports the answers come from')).toJSON(),
  execute: (request, ctx) =>
    renderView(ctx.engine.corpus, sourcesView(ctx.engine, { title: 'Sources', request: { command: 'sources', text: '' }, ephemeral: isHidden(request) })),
};
