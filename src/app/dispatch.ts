/**
 * Running a command by name for either front door. User mistakes (an unknown
 * command, a missing or mistyped option) get a polite ephemeral message; an
 * unexpected failure is logged in full and the user gets a short apology, so
 * one bad request never takes anyone else's answer down with it.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commands, findCommand } from '../../commands/index.js';
import { MORE } from '../engine/followUp.js';
import { renderError } from '../render/message.js';
import type { AppContext, Command, CommandRequest, CommandResult } from './types.js';

/** Checks options against the command's definition; returns a message for the user, or undefined when fine. */
export function checkOptions(command: Command, request: CommandRequest): string | undefined {
  const defined = command.definition.options ?? [];
  for (const option of defined) {
    const value = request.options[option.name];
    const required = 'required' in option && option.required;
    if (value === undefined || value === '') {
      if (required) return `\`/${command.definition.name}\` needs \`${option.name}\`: ${option.description}.`;
      continue;
    }
    const expected =
      option.type === ApplicationCommandOptionType.Boolean ? 'boolean' : option.type === ApplicationCommandOptionType.String ? 'string' : 'number';
    if (typeof value !== expected) return `\`${option.name}\` should be ${expected === 'boolean' ? 'True or False' : expected === 'string' ? 'text' : 'a number'}.`;
    const max = 'max_length' in option ? option.max_length : undefined;
    if (typeof value === 'string' && max !== undefined && value.length > max) return `\`${option.name}\` is too long (at most ${max} characters).`;
  }
  const unknown = Object.keys(request.options).filter((name) => request.options[name] !== undefined && !defined.some((o) => o.name === name));
  if (unknown.length > 0) {
    const names = defined.map((o) => `\`${o.name}\``).join(', ') || 'none';
    return `\`/${command.definition.name}\` has no option ${unknown.map((n) => `\`${plainName(n)}\``).join(', ')} (its options: ${names}).`;
  }
  return undefined;
}

/** A name the user typed, shown inside `code`: only the characters a Discord name may have, at most 32. */
function plainName(name: string): string {
  return name.replace(/[^-_'\p{L}\p{N}]/gu, '').slice(0, 32) || '?';
}

/**
 * "more" (typed as a question, or a line without a slash) is the next quotes
 * of the user's last answer, whatever command gave it: that command again,
 * with the same options, from where it stopped.
 */
function asksForMore(ctx: AppContext, name: string, request: CommandRequest): { name: string; request: CommandRequest } | undefined {
  const question = request.options.question;
  if (name !== 'ask' || typeof question !== 'string' || !MORE.test(question)) return undefined;
  const last = ctx.conversations.last(request.userId, request.channelId);
  if (!last?.options) return undefined;
  return { name: last.command, request: { ...request, options: { ...last.options, hide: request.options.hide }, offset: last.shown } };
}

export async function runCommand(ctx: AppContext, name: string, request: CommandRequest): Promise<CommandResult> {
  const command = findCommand(name);
  if (!command) {
    const known = commands.map((c) => `/${c.definition.name}`).join(', ');
    if (!name.trim()) return renderError(`Type a command after the slash, for example \`/ask Who was killed?\`. Commands: ${known}.`);
    return renderError(`There is no command \`/${plainName(name)}\`. Try ${known}.`);
  }
  const problem = checkOptions(command, request);
  if (problem) return renderError(problem);
  const more = asksForMore(ctx, name, request);
  if (more) return runCommand(ctx, more.name, more.request);
  try {
    const result = await command.execute(request, ctx);
    if (!request.replay) {
      const shown = (request.offset ?? 0) + result.answers.length;
      ctx.conversations.recordRun(request.userId, request.channelId, { command: name, options: request.options, shown });
    }
    return result;
  } catch (err) {
    ctx.logger?.error({ err, command: name }, 'command failed');
    return renderError('Sorry, something went wrong while answering. The error has been logged; please try again.');
  }
}
