import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { MAX_TEXT, entityChoices, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';
import { casualtiesView } from '../src/render/views.js';

/**
 * /casualties [topic]: every figure of killed and injured the reports give, by
 * event and source; disagreements are shown, never averaged. With a topic, a
 * casualty question about it, answered with quotes and the figures it touches,
 * or with the reports' words on it when it has no casualty figure.
 */
export const casualties: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('casualties')
      .setDescription('Killed and injured: every figure the reports give, with its source')
      .addStringOption((o) => o.setName('topic').setDescription('Narrow to an event or a place the reports name').setMaxLength(MAX_TEXT).setAutocomplete(true)),
  ).toJSON(),
  primaryOption: 'topic',
  execute: (request, ctx) => {
    const topic = text(request, 'topic');
    return answerQuestion(ctx, request, {
      command: 'casualties',
      intent: 'casualties',
      text: topic,
      defaultQuestion: 'how many people were killed or injured',
      view: (answer, base) => casualtiesView(ctx.engine, ctx.engine.casualtyEvents(answer.question && topic ? answer.question : undefined), base),
    });
  },
  autocomplete: entityChoices(['place', 'organisation']),
};
