import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/app/types.js';
import { renderView } from '../src/render/message.js';

const LINES = [
  '`/ask <question>` — any question; the answer quotes the reports word for word, with their sources',
  '`/who [topic]` · `/what [topic]` · `/when [topic]` · `/where [topic]` · `/why [topic]` — answers of that kind',
  '`/casualties [topic]` — every casualty figure (killed, injured, missing, displaced …) by event and source; the latest toll first, disagreements shown',
  '`/compare <topic>` — what each report says on a topic',
  '`/timeline` — the events in date order',
  '`/quote <speaker>` — what someone said, in their own words',
  '`/sources` — the reports the bot answers from',
  '`/reload` — server managers: re-read the reports folder now and show what changed',
  '',
  'Every quote is copied exactly from the report named under it. When the reports do not answer, the bot says so.',
  'Follow up with **Follow up** under an answer, or by replying to it. Add `hide:True` to see an answer only yourself.',
];

/** /help: what the bot can do. Ephemeral, so it never clutters a channel. */
export const help: Command = {
  definition: new SlashCommandBuilder().setName('help').setDescription('What this bot can do').toJSON(),
  execute: (_request, ctx) =>
    renderView(ctx.engine.corpus, { title: 'Incident bot — help', request: { command: 'help', text: '' }, body: LINES.join('\n'), ephemeral: true, buttons: false }),
};
