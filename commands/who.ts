import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { entityChoices, MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { actorsView } from '../src/render/views.js';

/** /who [topic]: who is involved, with their roles. */
export const who: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('who')
      .setDescription('Who is involved, or who did something')
      .addStringOption((o) => o.setName('topic').setDescription('A person, group, or what they did (e.g. condemned the attack)').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) =>
    answerQuestion(ctx, request, {
      command: 'who',
      intent: 'who',
      text: text(request, 'topic'),
      defaultQuestion: 'who',
      view: (answer, base) => (text(request, 'topic') ? base : actorsView(ctx.engine, base)),
    }),
  autocomplete: entityChoices(['person', 'organisation']),
};
