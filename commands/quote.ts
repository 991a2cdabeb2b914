import { SlashCommandBuilder } from '@discordjs/builders';
import { isHidden } from '../src/app/answering.js';
import { MAX_TEXT, entityChoices, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { renderView } from '../src/render/message.js';
import { speakerView } from '../src/render/views.js';

/** /quote <speaker>: what a person or organisation said, in their own quoted words. */
export const quote: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('quote')
      .setDescription('What a person or organisation said, in their own words')
      .addStringOption((o) => o.setName('speaker').setDescription('A person or organisation').setRequired(true).setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'speaker',
  execute: (request, ctx) => {
    const speaker = text(request, 'speaker');
    return renderView(ctx.engine.corpus, speakerView(ctx.engine, speaker, { title: 'Quote', request: { command: 'quote', text: speaker }, offset: request.offset, ephemeral: isHidden(request) }));
  },
  autocomplete: entityChoices(['person', 'organisation']),
};
