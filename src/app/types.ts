/**
 * The contract between the command handlers in `commands/` and the two front
 * doors (Discord and the console). A handler turns options into a
 * CommandResult: the quotes it chose and the exact Discord message payload.
 */
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Engine } from '../engine/engine.js';
import type { ConversationStore } from '../engine/conversation.js';

export type OptionValue = string | number | boolean;

/** Who asked, where, and with which options: everything a handler may read. */
export interface CommandRequest {
  /** Option values by name, as Discord would deliver them. */
  options: Record<string, OptionValue | undefined>;
  userId: string;
  channelId: string;
  guildId?: string | null;
  /** Index of the first quote to show: 0 for a fresh answer, more for the "More" button. */
  offset?: number;
  /** True when the request re-runs an earlier answer (a button): no conversation update. */
  replay?: boolean;
  /**
   * How it was asked: a slash command typed now, a button, a follow-up form,
   * a reply to an answer, or the local console. Commands that change the bot
   * (/reload) run only from a slash command (or the console).
   */
  via?: 'command' | 'button' | 'form' | 'reply' | 'console';
  /** The asking member's permissions in this channel as Discord sent them with a slash command (a bit field); none elsewhere. */
  memberPermissions?: bigint;
}

/** A source of a quote: the article and where in it. */
export interface SourceRef {
  article: string;
  title: string;
  outlet?: string;
  published: string;
  paragraph: number;
}

/** One quote of an answer, as the console's JSON prints it. */
export interface QuoteAnswer {
  /** Verbatim slice of the first source's article body. */
  quote: string;
  article: string;
  paragraph: number;
  /** Every article that reports this in near-identical words (the first is `article`). */
  sources: SourceRef[];
}

/** The message exactly as Discord's API takes it (snake_case JSON). */
export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
  /** 64 = ephemeral. */
  flags?: number;
}

export interface CommandResult {
  answers: QuoteAnswer[];
  message: MessagePayload;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Shared state every handler gets: the current engine (swapped on reload) and conversations. */
export interface AppContext {
  /** The engine answering now; a reload swaps it atomically. */
  readonly engine: Engine;
  readonly conversations: ConversationStore;
  /** Where a command's failure is logged; every front door's context has one (src/app/context.ts). */
  readonly logger?: Logger;
}

/** One slash command: its definition as data, and one handler. */
export interface Command {
  /** The definition sent to Discord (a SlashCommandBuilder's toJSON()). */
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Name of the option that text typed after the command name fills in the console. */
  readonly primaryOption?: string;
  execute(request: CommandRequest, context: AppContext): CommandResult | Promise<CommandResult>;
  autocomplete?(focused: { name: string; value: string }, context: AppContext): AutocompleteChoice[];
}
