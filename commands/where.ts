import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { entityChoices, MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';

/** /where [topic]: places. */
export const where: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('where')
      .setDescription('Where something happened')
      .addStringOption((o) => o.setName('topic').setDescription('The event or thing (e.g. the terrorist hideouts)').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) =>
    answerQuestion(ctx, request, {
      command: 'where',
      intent: 'where',
      text: text(request, 'topic'),
      defaultQuestion: 'where were the strikes',
    }),
  autocomplete: entityChoices(['place']),
};
