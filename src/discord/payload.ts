/**
 * Our MessagePayload is Discord's API JSON (snake_case); discord.js's reply
 * options are camelCase but accept embeds and components as API JSON. This
 * module converts, and checks a payload against Discord's message limits.
 */
import { LIMITS } from '../render/limits.js';
import { MessageFlags, type InteractionEditReplyOptions, type JSONEncodable, type InteractionReplyOptions, type MessageReplyOptions } from 'discord.js';
import type { MessagePayload } from '../app/types.js';

export const isEphemeral = (p: Pick<MessagePayload, 'flags'>): boolean => ((p.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/**
 * Our embeds and components are already Discord's API JSON. Handed over as
 * they are, discord.js would walk each of them again (embeds through its
 * snake_case transformer, rows rebuilt as ActionRowBuilders); wrapped in a
 * `toJSON` it sends them unchanged.
 */
function asIs<T>(values: readonly T[]): JSONEncodable<T>[] {
  return values.map((value) => ({ toJSON: () => value }));
}

/** Options for interaction.reply / followUp. Mentions are always disabled, whatever the payload says. */
export function toReplyOptions(p: MessagePayload): InteractionReplyOptions {
  return {
    ...(p.content !== undefined ? { content: p.content } : {}),
    embeds: asIs(p.embeds),
    components: asIs(p.components),
    allowedMentions: { parse: [] },
    ...(p.flags ? { flags: p.flags as InteractionReplyOptions['flags'] } : {}),
  };
}

/** Options for editReply after a deferral: flags are fixed by the defer and cannot be changed. */
export function toEditOptions(p: MessagePayload): InteractionEditReplyOptions {
  return {
    content: p.content ?? '',
    embeds: asIs(p.embeds),
    components: asIs(p.components),
    allowedMentions: { parse: [] },
  };
}

/**
 * Options for message.reply (a channel message answering a user's reply to an
 * answer): no ephemeral flag (channel messages cannot be), no "Post to
 * channel" button (it is already in the channel), nobody pinged, not even the
 * user replied to, and no failure when their message was deleted meanwhile.
 */
export function toMessageReplyOptions(p: MessagePayload): MessageReplyOptions {
  const components = p.components
    .map((row) => ({ ...row, components: row.components.filter((c) => !('custom_id' in c && typeof c.custom_id === 'string' && c.custom_id.startsWith('post:'))) }))
    .filter((row) => row.components.length > 0);
  const flags = (p.flags ?? 0) & MessageFlags.SuppressEmbeds;
  return {
    ...(p.content !== undefined ? { content: p.content } : {}),
    embeds: asIs(p.embeds),
    components: asIs(components),
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    ...(flags ? { flags: flags as MessageReplyOptions['flags'] } : {}),
  };
}


interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}
interface ComponentLike {
  type: number;
  components?: ComponentLike[];
  custom_id?: string;
  label?: string;
}

/** Every way a payload breaks Discord's limits; empty when it is fine. */
export function payloadProblems(p: { content?: string | null; embeds?: EmbedLike[]; components?: ComponentLike[] }): string[] {
  const problems: string[] = [];
  // UTF-16 length: at least the character count, so never under-counts what Discord measures.
  const len = (s: string | undefined | null) => (s ? s.length : 0);
  const over = (what: string, s: string | undefined | null, max: number) => {
    if (len(s) > max) problems.push(`${what} is ${len(s)} characters (max ${max})`);
  };
  over('content', p.content, LIMITS.content);
  const embeds = p.embeds ?? [];
  if (embeds.length > LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds (max ${LIMITS.embedsPerMessage})`);
  let total = 0;
  embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title, LIMITS.embedTitle);
    over(`embed ${i} description`, e.description, LIMITS.embedDescription);
    over(`embed ${i} footer`, e.footer?.text, LIMITS.footer);
    over(`embed ${i} author`, e.author?.name, LIMITS.authorName);
    const fields = e.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push(`embed ${i} has ${fields.length} fields (max ${LIMITS.fields})`);
    fields.forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name, LIMITS.fieldName);
      over(`embed ${i} field ${j} value`, f.value, LIMITS.fieldValue);
      if (len(f.name) === 0 || len(f.value) === 0) problems.push(`embed ${i} field ${j} is empty`);
      total += len(f.name) + len(f.value);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  });
  if (total > LIMITS.embedsTotal) problems.push(`embeds total ${total} characters (max ${LIMITS.embedsTotal})`);
  const rows = p.components ?? [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows (max ${LIMITS.actionRows})`);
  rows.forEach((row, i) => {
    const items = row.components ?? [];
    if (items.length > LIMITS.buttonsPerRow) problems.push(`row ${i} has ${items.length} components (max ${LIMITS.buttonsPerRow})`);
    for (const c of items) {
      if (c.custom_id !== undefined && (len(c.custom_id) < 1 || len(c.custom_id) > LIMITS.customId))
        problems.push(`custom_id "${c.custom_id.slice(0, 40)}" has ${len(c.custom_id)} characters (1-${LIMITS.customId})`);
      over(`button label`, c.label, LIMITS.buttonLabel);
    }
  });
  if (len(p.content) === 0 && embeds.length === 0 && rows.length === 0) problems.push('message is empty');
  return problems;
}
