import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { entityChoices, MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';

/** /what [topic]: what happened, or what something is. */
export const what: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('what')
      .setDescription('What happened, or what something is')
      .addStringOption((o) => o.setName('topic').setDescription('What you want to know about (e.g. the operation’s name)').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) =>
    answerQuestion(ctx, request, {
      command: 'what',
      intent: 'what',
      text: text(request, 'topic'),
      defaultQuestion: 'what happened strikes',
    }),
  autocomplete: entityChoices(undefined),
};
