/**
 * A Discord message payload as readable terminal text, for the console: what
 * a person would see in Discord, without the markdown escapes.
 */
import type { MessagePayload } from '../app/types.js';

function plain(markdown: string): string {
  return markdown
    .replace(/<t:(\d+):[a-zA-Z]>/g, (_m, s) => new Date(Number(s) * 1000).toISOString().slice(0, 10))
    .replace(/\\([\\*_~`|>#\-+[\]()!.:])/g, '$1')
    .replace(/\u200D/g, '');
}

export function payloadToText(payload: MessagePayload): string {
  const out: string[] = [];
  if (payload.content) out.push(plain(payload.content));
  for (const embed of payload.embeds) {
    if (embed.title) out.push(`== ${plain(embed.title)} ==`);
    if (embed.description) out.push(plain(embed.description));
    for (const field of embed.fields ?? []) out.push(`-- ${plain(field.name)} --\n${plain(field.value)}`);
    if (embed.footer?.text) out.push(`(${embed.footer.text.replace(/\n/g, ' · ')})`);
  }
  const buttons = payload.components.flatMap((row) => ('components' in row ? row.components : []));
  const labels = buttons.map((b) => ('label' in b && b.label ? `[${b.label}${'disabled' in b && b.disabled ? ' (none)' : ''}]` : '')).filter(Boolean);
  if (labels.length > 0) out.push(labels.join(' '));
  if (payload.flags && (payload.flags & 64) !== 0) out.push('(only you can see this)');
  return out.join('\n\n');
}
