/**
 * A tiny stand-in application for the Discord tests: two commands that build
 * payloads the way the real renderer does (quote embeds, `more:`/`sources:`
 * buttons, the question in the footer), so the front door can be tested on
 * its own.
 */
import { SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { AppContext, Command, CommandRequest, CommandResult, MessagePayload } from '../../src/app/types.js';
import type { BotApp, ClickedMessage, Who } from '../../src/discord/interactions.js';

const QUOTES = ['First quote.', 'Second quote.', 'Third quote.', 'Fourth quote.'];

function answer(command: string, question: string, offset: number, hide: boolean): CommandResult {
  const quotes = QUOTES.slice(offset, offset + 2);
  const embed: APIEmbed = {
    description: quotes.map((q) => `> ${q}`).join('\n'),
    footer: { text: `/${command} ${question}`.slice(0, 2048) },
  };
  const message: MessagePayload = {
    embeds: [embed],
    components: [
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'More', custom_id: `more:${command}:${offset + 2}` },
          { type: 2, style: 2, label: 'Sources', custom_id: `sources:${command}:${offset}` },
          { type: 2, style: 1, label: 'Follow-up', custom_id: `followup:${command}` },
        ],
      },
    ],
    allowed_mentions: { parse: [] },
    ...(hide ? { flags: 64 } : {}),
  };
  return { answers: quotes.map((quote, i) => ({ quote, article: 'a1', paragraph: offset + i, sources: [] })), message };
}

/** When each run of /block started (it blocks the event loop for slowMs). */
export const blockStarts: number[] = [];

export function stubCommands(options: { slowMs?: number } = {}): Command[] {
  const ask: Command = {
    definition: new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question about the incident')
      .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(6000).setAutocomplete(true))
      .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'))
      .toJSON(),
    primaryOption: 'question',
    async execute(req: CommandRequest) {
      if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
      return answer('ask', String(req.options.question ?? ''), req.offset ?? 0, req.options.hide === true);
    },
    autocomplete(focused) {
      return Array.from({ length: 40 }, (_, i) => ({ name: `${focused.value} suggestion ${i}`, value: `s${i}` }));
    },
  };
  const boom: Command = {
    definition: new SlashCommandBuilder().setName('boom').setDescription('Always fails').toJSON(),
    async execute() {
      if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
      throw new Error('handler exploded');
    },
  };
  const refuse: Command = {
    definition: new SlashCommandBuilder().setName('refuse').setDescription('Slowly answers with a private error').toJSON(),
    async execute() {
      if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
      return { answers: [], message: { content: 'Only you can see this.', embeds: [], components: [], allowed_mentions: { parse: [] }, flags: 64 } };
    },
  };
  const huge: Command = {
    definition: new SlashCommandBuilder().setName('huge').setDescription('Answers with too much text').toJSON(),
    execute() {
      const embed = { description: 'y'.repeat(4000) };
      return { answers: [], message: { embeds: [embed, embed], components: [], allowed_mentions: { parse: [] } } };
    },
  };
  const block: Command = {
    definition: new SlashCommandBuilder()
      .setName('block')
      .setDescription('Blocks the event loop like a synchronous engine')
      .addStringOption((o) => o.setName('text').setDescription('Any text').setMaxLength(6000))
      .toJSON(),
    primaryOption: 'text',
    execute() {
      blockStarts.push(Date.now());
      const until = Date.now() + (options.slowMs ?? 0);
      while (Date.now() < until) {
        // busy: no timer can fire meanwhile
      }
      return answer('block', 'sync', 0, false);
    },
  };
  return [ask, boom, refuse, huge, block];
}

/** Parse the request back out of an answer's footer, like src/render/buttons.ts does. */
function requestFrom(message: ClickedMessage): { command: string; question: string } | null {
  const footer = message.embeds[0]?.footer?.text ?? '';
  const m = footer.match(/^\/(\S+) ?([\s\S]*)$/);
  return m ? { command: m[1]!, question: m[2]! } : null;
}

export function stubApp(commands: Command[] = stubCommands()): BotApp & { calls: { name: string; request: CommandRequest }[] } {
  const context = {} as AppContext;
  const calls: { name: string; request: CommandRequest }[] = [];
  const run = async (name: string, request: CommandRequest): Promise<CommandResult> => {
    calls.push({ name, request });
    const command = commands.find((c) => c.definition.name === name);
    if (!command)
      return { answers: [], message: { content: `Unknown command /${name}.`, embeds: [], components: [], allowed_mentions: { parse: [] }, flags: 64 } };
    return command.execute(request, context);
  };
  return {
    context,
    commands,
    calls,
    run,
    async button(customId: string, message: ClickedMessage, who: Who) {
      const [kind, command, offset] = customId.split(':');
      const asked = requestFrom(message);
      if (!asked || asked.command !== command) return null;
      const request: CommandRequest = { options: { question: asked.question }, ...who, offset: Number(offset), replay: true };
      if (kind === 'more') {
        if (message.flags & 64) request.options.hide = true;
        return run(command!, request);
      }
      if (kind === 'sources') {
        const r = await run(command!, request);
        return { ...r, message: { ...r.message, components: [], flags: 64 } };
      }
      if (kind === 'post') {
        const r = await run(command!, request);
        return { ...r, message: { ...r.message, flags: undefined } };
      }
      return null;
    },
  };
}
