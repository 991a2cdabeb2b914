/** Every slash command, in the order /help lists them. Add a command here to register it everywhere. */
import type { Command } from '../src/app/types.js';
import { ask } from './ask.js';
import { casualties } from './casualties.js';
import { compare } from './compare.js';
import { help } from './help.js';
import { quote } from './quote.js';
import { reload } from './reload.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';
import { what } from './what.js';
import { when } from './when.js';
import { where } from './where.js';
import { who } from './who.js';
import { why } from './why.js';

export const commands: readonly Command[] = [ask, who, what, when, where, why, casualties, compare, timeline, quote, sources, help, reload];

const byName = new Map(commands.map((c) => [c.definition.name, c]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}
