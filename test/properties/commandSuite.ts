/**
 * The property every command must hold, for a share of the commands in
 * commands/index.ts (two test files split them so the two cores share the work).
 */
import { ApplicationCommandOptionType } from 'discord.js';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { runCommand } from '../../src/app/dispatch.js';
import type { Command, OptionValue } from '../../src/app/types.js';
import { context, expectSafe, hostileText } from './support.js';

type Option = NonNullable<Command['definition']['options']>[number];

/** A value for one option: usually well-typed, sometimes missing or of the wrong type. */
function optionValue(option: Option): fc.Arbitrary<OptionValue | undefined> {
  const wrong = fc.oneof(fc.integer(), fc.boolean(), fc.constant(''));
  const right: fc.Arbitrary<OptionValue> =
    option.type === ApplicationCommandOptionType.String
      ? hostileText
      : option.type === ApplicationCommandOptionType.Boolean
        ? fc.boolean()
        : option.type === ApplicationCommandOptionType.Integer
          ? fc.integer()
          : fc.double();
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: wrong });
}

function requestFor(command: Command) {
  const options = Object.fromEntries((command.definition.options ?? []).map((o) => [o.name, optionValue(o)]));
  return fc.record({
    options: fc.record(options),
    extra: fc.option(fc.tuple(hostileText.map((s) => s.slice(0, 40)), hostileText), { freq: 15 }),
    userId: fc.constantFrom('1', '2', '3'),
    channelId: fc.constantFrom('c1', 'c2'),
    offset: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 3 }),
  });
}

/** Runs per command: enough for thousands of strings in total, within ~30 s on two cores. */
export const RUNS_PER_COMMAND = 250;

export function commandProperties(pick: (index: number) => boolean): void {
  describe('every command holds under hostile input', () => {
    for (const [index, command] of commands.entries()) {
      if (!pick(index)) continue;
      const name = command.definition.name;
      it(`/${name}: never throws; every payload within limits, no pings, verbatim quotes, no break-out`, async () => {
        const ctx = context();
        await fc.assert(
          fc.asyncProperty(requestFor(command), async (r) => {
            const options: Record<string, OptionValue | undefined> = { ...r.options };
            if (r.extra) options[r.extra[0]] = r.extra[1];
            const result = await runCommand(ctx, name, { options, userId: r.userId, channelId: r.channelId, guildId: null, offset: r.offset ?? undefined });
            expectSafe(ctx, result);
          }),
          { numRuns: RUNS_PER_COMMAND },
        );
      });
    }
  });
}
