import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { entityChoices, MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';

/** /why [topic]: reasons and motives. */
export const why: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('why')
      .setDescription('Why something happened: reasons given by each side')
      .addStringOption((o) => o.setName('topic').setDescription('The event or decision (e.g. Pakistan’s strikes)').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) =>
    answerQuestion(ctx, request, {
      command: 'why',
      intent: 'why',
      text: text(request, 'topic'),
      defaultQuestion: 'why did the strikes happen',
    }),
  autocomplete: entityChoices(undefined),
};
