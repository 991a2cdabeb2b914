/**
 * Buttons on answers. Their state lives in the custom_id and in the answer's
 * embed footer (the request as typed), so a click works after a restart:
 *   more:<command>:<offset>     the next quotes
 *   sources:<command>:<offset>  the full attributions of the quotes shown
 *   followup:<command>          a modal for a follow-up question
 *   post:<command>:<offset>     share an ephemeral answer in the channel
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord-api-types/v10';
import { LIMITS } from './limits.js';

export type ButtonAction = 'more' | 'sources' | 'followup' | 'post';

export interface ButtonState {
  action: ButtonAction;
  command: string;
  offset: number;
}

export function encodeButton(state: ButtonState): string {
  const id = state.action === 'followup' ? `followup:${state.command}` : `${state.action}:${state.command}:${state.offset}`;
  if (id.length > LIMITS.customId) throw new Error(`custom_id too long: ${id}`);
  return id;
}

/** Parse a custom_id; undefined for anything not ours (a stale or forged id). */
export function decodeButton(customId: string): ButtonState | undefined {
  const m = /^(more|sources|post):([a-z-]{1,32}):(\d{1,4})$|^(followup):([a-z-]{1,32})$/.exec(customId);
  if (!m) return undefined;
  if (m[4]) return { action: 'followup', command: m[5], offset: 0 };
  return { action: m[1] as ButtonAction, command: m[2], offset: Number(m[3]) };
}

/** The line in an answer's footer that records the request: "/who topic text". */
export const REQUEST_PREFIX = 'Asked: ';

export function requestLine(command: string, text: string): string {
  return `${REQUEST_PREFIX}/${command}${text ? ` ${text}` : ''}`;
}

/** Recover "/command text" from an answer message's embeds (the footer's request line). */
export function requestFromMessage(message: { embeds?: readonly Pick<APIEmbed, 'footer'>[] }): { command: string; text: string } | undefined {
  for (const embed of message.embeds ?? []) {
    const footer = embed.footer?.text ?? '';
    for (const line of footer.split('\n')) {
      if (!line.startsWith(REQUEST_PREFIX)) continue;
      const m = /^\/([a-z-]{1,32})(?: ([\s\S]*))?$/.exec(line.slice(REQUEST_PREFIX.length));
      if (m) return { command: m[1], text: m[2] ?? '' };
    }
  }
  return undefined;
}

function button(label: string, customId: string, style = ButtonStyle.Secondary, disabled = false): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId, disabled } as APIButtonComponent;
}

/** The row of buttons under an answer. */
export function answerButtons(options: { command: string; offset: number; nextOffset?: number; hasQuotes: boolean; ephemeral: boolean }): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const { command, offset, nextOffset, hasQuotes, ephemeral } = options;
  const buttons: APIButtonComponent[] = [];
  if (hasQuotes) {
    buttons.push(button('More', encodeButton({ action: 'more', command, offset: nextOffset ?? offset }), ButtonStyle.Primary, nextOffset === undefined));
    buttons.push(button('Sources', encodeButton({ action: 'sources', command, offset })));
  }
  buttons.push(button('Follow up', encodeButton({ action: 'followup', command, offset: 0 })));
  if (ephemeral && hasQuotes) buttons.push(button('Post to channel', encodeButton({ action: 'post', command, offset }), ButtonStyle.Success));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}
