import { SlashCommandBuilder } from '@discordjs/builders';
import { isHidden } from '../src/app/answering.js';
import { MAX_TEXT, entityChoices, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { renderView } from '../src/render/message.js';
import { compareView } from '../src/render/views.js';

/** /compare <topic>: what each report says on a topic, report by report. */
export const compare: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('compare')
      .setDescription('What each report says on a topic, side by side')
      .addStringOption((o) => o.setName('topic').setDescription('What to compare across the reports, e.g. the death toll').setRequired(true).setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) => {
    const topic = text(request, 'topic');
    return renderView(ctx.engine.corpus, compareView(ctx.engine, topic, { title: 'Compare', request: { command: 'compare', text: topic }, offset: request.offset, ephemeral: isHidden(request) }));
  },
  autocomplete: entityChoices(),
};
