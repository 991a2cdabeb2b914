import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { entityChoices, MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { timelineView } from '../src/render/views.js';

/** /when [topic]: days, dates and times. */
export const when: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('when')
      .setDescription('When something happened: days, dates and times')
      .addStringOption((o) => o.setName('topic').setDescription('The event (e.g. Iran’s strikes on Pakistan)').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) =>
    answerQuestion(ctx, request, {
      command: 'when',
      intent: 'when',
      text: text(request, 'topic'),
      defaultQuestion: 'when did the strikes happen',
      view: (answer, base) => (text(request, 'topic') ? base : timelineView(ctx.engine, { ...base, notFound: false })),
    }),
  autocomplete: entityChoices(undefined),
};
