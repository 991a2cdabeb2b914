/**
 * Pieces the command files share: the common options and the autocomplete
 * from the entity index, so each command file stays a definition and a call.
 */
import { SlashCommandBuilder, type SlashCommandOptionsOnlyBuilder } from '@discordjs/builders';
import type { EntityKind } from '../engine/entities.js';
import type { Intent } from '../engine/question.js';
import type { View } from '../render/message.js';
import { answerQuestion } from './answering.js';
import { LIMITS } from '../render/limits.js';
import type { AppContext, AutocompleteChoice, Command, CommandRequest } from './types.js';

/** Longest text a user may type in a topic or question (Discord's own maximum for a string option). */
export const MAX_TEXT = 6000;

/** Adds the `hide` option: answer only to the person asking. */
export function withHide<T extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(builder: T): T {
  builder.addBooleanOption((o) => o.setName('hide').setDescription('Show the answer only to you'));
  return builder;
}

/** The text of a string option, '' when absent. */
export function text(request: CommandRequest, name: string): string {
  const value = request.options[name];
  return typeof value === 'string' ? value : '';
}

/** Autocomplete names from the corpus's entity index (people, groups, places), within Discord's limits. */
export function entityChoices(kinds?: EntityKind[]) {
  return (focused: { name: string; value: string }, ctx: AppContext): AutocompleteChoice[] => {
    const matches = ctx.engine.entities.complete(focused.value.slice(0, 100), 50).filter((e) => !kinds || kinds.includes(e.kind));
    const seen = new Set<string>();
    const choices: AutocompleteChoice[] = [];
    for (const e of matches) {
      const name = e.name.slice(0, LIMITS.choiceName);
      if (!name || seen.has(name)) continue;
      seen.add(name);
      choices.push({ name, value: e.name.slice(0, LIMITS.choiceValue) });
      if (choices.length === LIMITS.autocompleteChoices) break;
    }
    return choices;
  };
}

export interface TopicCommandSpec {
  /** The command's name, which is also the kind of answer it ranks for. */
  name: Intent;
  description: string;
  topicDescription: string;
  /** The question asked when no topic is given. */
  defaultQuestion: string;
  /** Which names autocomplete offers for the topic. */
  autocompleteKinds?: EntityKind[];
  /** A different answer when no topic is given (e.g. /who lists everyone involved). */
  withoutTopic?: (ctx: AppContext, base: View) => View;
}

/** /who, /what, /when, /where, /why: an optional topic, answered with quotes ranked for that kind of answer. */
export function topicCommand(spec: TopicCommandSpec): Command {
  return {
    definition: withHide(
      new SlashCommandBuilder()
        .setName(spec.name)
        .setDescription(spec.description)
        .addStringOption((o) => o.setName('topic').setDescription(spec.topicDescription).setMaxLength(MAX_TEXT).setAutocomplete(true)),
    ).toJSON(),
    primaryOption: 'topic',
    execute: (request, ctx) =>
      answerQuestion(ctx, request, {
        command: spec.name,
        intent: spec.name,
        text: text(request, 'topic'),
        defaultQuestion: spec.defaultQuestion,
        view: spec.withoutTopic && !text(request, 'topic') ? (_answer, base) => spec.withoutTopic!(ctx, base) : undefined,
      }),
    autocomplete: entityChoices(spec.autocompleteKinds),
  };
}
