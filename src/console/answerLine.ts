/**
 * One console line answered by the shared command handlers: the console's
 * JSON contract (`{input, command, answers, message}`), also used in-process
 * by `npm run eval`.
 */
import { findCommand } from '../../commands/index.js';
import type { MutableAppContext } from '../app/context.js';
import { runCommand } from '../app/dispatch.js';
import { parseLine } from './parseLine.js';

const USER = 'console-user';
const CHANNEL = 'console';

export async function answerLine(ctx: MutableAppContext, line: string) {
  const parsed = parseLine(line, findCommand);
  if (parsed.kind === 'empty') return undefined;
  const result = await runCommand(ctx, parsed.name, { options: parsed.options, userId: USER, channelId: CHANNEL, guildId: null, via: 'console' });
  return { input: line, command: parsed.name, answers: result.answers, message: result.message };
}
