/**
 * Buttons under an answer. The clicked message's footer records the request and
 * the custom_id the page, so a button re-runs the request the same way after a
 * restart (the engine is deterministic for a corpus version).
 */
import { findCommand } from '../../commands/index.js';
import { decodeButton, requestFromMessage } from '../render/buttons.js';
import { attribution, webAddress } from '../render/format.js';
import { EPHEMERAL, renderView, type View } from '../render/message.js';
import { runCommand } from './dispatch.js';
import type { AppContext, CommandResult } from './types.js';

export interface ClickedAnswer {
  embeds?: { footer?: { text: string } }[];
  flags?: number;
}

export interface Clicker {
  userId: string;
  channelId: string;
  guildId?: string | null;
}

/** The request an answer message was made from, ready to re-run. */
function replayRequest(message: ClickedAnswer, who: Clicker, offset: number, hide: boolean) {
  const asked = requestFromMessage(message);
  const command = asked && findCommand(asked.command);
  if (!asked || !command) return undefined;
  const options: Record<string, string | boolean> = {};
  if (command.primaryOption && asked.text) options[command.primaryOption] = asked.text;
  if (hide) options.hide = true;
  return { name: asked.command, request: { options, userId: who.userId, channelId: who.channelId, guildId: who.guildId, offset, replay: true, via: 'button' as const } };
}

/**
 * Answer a click: `more` → the next page, `sources` → the full attributions of
 * the page (only to the clicker), `post` → the same answer for everyone.
 * Undefined when the button is not ours or its message is not an answer.
 */
export async function handleButton(ctx: AppContext, customId: string, message: ClickedAnswer, who: Clicker): Promise<CommandResult | undefined> {
  const state = decodeButton(customId);
  if (!state || state.action === 'followup') return undefined;
  const wasHidden = ((message.flags ?? 0) & EPHEMERAL) !== 0;
  const replay = replayRequest(message, who, state.offset, state.action === 'post' ? false : wasHidden || state.action === 'sources');
  if (!replay) return undefined;
  const result = await runCommand(ctx, replay.name, replay.request);
  if (state.action !== 'sources') return result;
  return renderView(ctx.engine.corpus, sourcesOf(ctx, result, replay.name));
}

/** The full attribution of every quote on a page: article, outlet where known, date, paragraph, id, URL. */
function sourcesOf(ctx: AppContext, result: CommandResult, command: string): View {
  const lines = result.answers.map((answer, i) => {
    const refs = answer.sources.map((s) => {
      const article = ctx.engine.corpus.byId.get(s.article);
      if (!article) return `\`${s.article}\` ¶${s.paragraph}`;
      const address = webAddress(article.url);
      return `${attribution(article, s.paragraph)} · \`${article.id}\`${address ? ` · ${address}` : ''}`;
    });
    return `**${i + 1}.** ${refs.join('\n    ')}`;
  });
  return {
    title: 'Sources of these quotes',
    request: { command, text: '' },
    body: lines.join('\n') || 'No quotes on this answer.',
    ephemeral: true,
    buttons: false,
    answers: result.answers,
  };
}
