/**
 * Reading a console line the way Discord's own input reads a slash command:
 * "/who condemned the attack" fills the command's first text option, and
 * "name:value" sets an option by name ("/casualties topic:Kerman hide:true").
 * A line without a leading slash is a follow-up, answered as /ask.
 */
import { escapeRegExp } from '../text/regexp.js';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Command, OptionValue } from '../app/types.js';

export type ParsedLine = { kind: 'empty' } | { kind: 'command'; name: string; options: Record<string, OptionValue> };

export function parseLine(line: string, find: (name: string) => Command | undefined): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'command', name: 'ask', options: { question: text } };

  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
  const name = m[1].toLowerCase();
  const rest = m[2];
  const command = find(name);
  if (!command) return { kind: 'command', name, options: {} };

  const defined = command.definition.options ?? [];
  const names = defined.map((o) => o.name);
  const options: Record<string, OptionValue> = {};
  // Split at "name:" markers of this command's own options only, so a colon in a question ("at 4:00") stays text.
  const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'g') : null;
  const marks = marker ? [...rest.matchAll(marker)] : [];
  const leading = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  if (leading && command.primaryOption) options[command.primaryOption] = leading;
  marks.forEach((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : rest.length;
    const option = defined.find((o) => o.name === mark[1])!;
    options[option.name] = convert(rest.slice(start, end).trim(), option.type);
  });
  return { kind: 'command', name, options };
}

function convert(value: string, type: ApplicationCommandOptionType): OptionValue {
  if (type === ApplicationCommandOptionType.Boolean) {
    if (/^(true|yes|1|on)$/i.test(value)) return true;
    if (/^(false|no|0|off)$/i.test(value)) return false;
    return value; // left as text: the option check reports it politely
  }
  if (type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number) {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

