import { SlashCommandBuilder } from '@discordjs/builders';
import { answerQuestion } from '../src/app/answering.js';
import { MAX_TEXT, text, withHide } from '../src/app/commandKit.js';
import type { Command } from '../src/app/types.js';

/** /ask <question>: a free question, answered with quotes. */
export const ask: Command = {
  definition: withHide(
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question about the incident; the answer quotes the reports')
      .addStringOption((o) => o.setName('question').setDescription('Your question, in plain words').setRequired(true).setMaxLength(MAX_TEXT)),
  ).toJSON(),
  primaryOption: 'question',
  execute: (request, ctx) => answerQuestion(ctx, request, { command: 'ask', text: text(request, 'question') }),
};
