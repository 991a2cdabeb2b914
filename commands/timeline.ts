import { SlashCommandBuilder } from '@discordjs/builders';
import { isHidden } from '../src/app/answering.js';
import { withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { renderView } from '../src/render/message.js';
import { timelineView } from '../src/render/views.js';

/** /timeline: events in date order, each once with its best quote and other reports; each day shown in the reader's own format. */
export const timeline: Command = {
  definition: withHide(new SlashCommandBuilder().setName('timeline').setDescription('The events in date order, with quotes')).toJSON(),
  execute: (request, ctx) =>
    renderView(ctx.engine.corpus, timelineView(ctx.engine, { title: 'Timeline', request: { command: 'timeline', text: '' }, offset: request.offset, ephemeral: isHidden(request) })),
};
