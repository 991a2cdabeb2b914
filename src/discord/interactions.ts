/**
 * One handler per interaction type: chat input (slash commands), autocomplete,
 * buttons, modal submits. Each acknowledges within Discord's 3 s: a reply at
 * once when the answer is ready quickly, otherwise a deferral and an edit.
 * Errors become a short ephemeral message for the user and a full log line;
 * Discord API failures (expired or already-acknowledged interactions) are
 * logged and never escape.
 */
import { InFlight, type DrainReport } from './inFlight.js';
import {
  ActionRowBuilder,
  DiscordAPIError,
  MessageFlags,
  ModalBuilder,
  RESTJSONErrorCodes,
  TextInputBuilder,
  TextInputStyle,
  type APIEmbed,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type Message,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AppContext, AutocompleteChoice, Command, CommandRequest, CommandResult, OptionValue } from '../app/types.js';
import { Cooldown, slowDownText } from '../app/cooldown.js';
import { renderError } from '../render/message.js';
import { errorForLog, isAlreadyAcknowledged, isServerError, retryServerErrors } from './errors.js';
import { isEphemeral, payloadProblems, toEditOptions, toReplyOptions } from './payload.js';

/** Who clicked or asked, and where. */
export interface Who {
  userId: string;
  channelId: string;
  guildId: string | null;
}

/** The clicked message as Discord's API JSON (what src/render/buttons.ts reads). */
export interface ClickedMessage {
  id: string;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
}

/** What the Discord front door needs from the application. */
export interface BotApp {
  readonly context: AppContext;
  readonly commands: readonly Command[];
  /** Run a command (src/app/dispatch.ts runCommand): never throws for user errors. */
  run(name: string, request: CommandRequest): Promise<CommandResult>;
  /** Answer a button of an answer message (`more:`, `sources:`, `post:`); null = not ours. */
  button(customId: string, message: ClickedMessage, who: Who): Promise<CommandResult | null>;
}

export interface InteractionOptions {
  app: BotApp;
  logger: Logger;
  /** Defer when the answer is not ready after this long (Discord allows 3 s for the first response). */
  deferAfterMs?: number;
  /**
   * Defer before starting when the text options are at least this long. The
   * engine works synchronously, so a timer cannot fire while it runs: a long
   * input (up to 6,000 characters) is deferred up front instead.
   */
  deferLongInputChars?: number;
  /** Per-user rate limit on commands, buttons and follow-ups (default 5 per 10 s); null turns it off. */
  cooldown?: Cooldown | null;
}

export const FOLLOWUP_PREFIX = 'followup:';
export const FOLLOWUP_INPUT_ID = 'question';
const MODAL_TEXT_MAX = 4000;
const ERROR_TEXT = 'Sorry, something went wrong while answering. Please try again in a moment.';

type Outcome = 'replied' | 'deferred' | 'followed-up' | 'modal' | 'autocomplete' | 'ignored' | 'error' | 'expired' | 'already-acknowledged' | 'lost';

/** The first response must reach Discord within 3 s of the interaction: server errors are retried until this long after it arrived. */
const CALLBACK_WINDOW_MS = 2500;
/** An edit of a deferred reply is retried after server errors this long before the answer goes as a follow-up. */
const EDIT_RETRY_MS = 3000;
/** Follow-ups (the token lasts 15 minutes) are retried this long. */
const FOLLOW_UP_RETRY_MS = 10_000;

/** The answer could not be delivered: why, for the log line of the interaction. */
class LostAnswer extends Error {
  constructor(
    readonly reason: string,
    readonly last: unknown,
  ) {
    super(reason);
    this.name = 'LostAnswer';
  }
}

type Repliable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

const whoOf = (i: Interaction): Who => ({ userId: i.user.id, channelId: i.channelId ?? '', guildId: i.guildId });

/** Option values by name; sub-command structure is flattened. */
export function optionsOf(data: readonly CommandInteractionOption[]): Record<string, OptionValue | undefined> {
  const out: Record<string, OptionValue | undefined> = {};
  for (const o of data) {
    if (o.options?.length) Object.assign(out, optionsOf(o.options));
    else if (o.value !== undefined && o.value !== null) out[o.name] = o.value;
  }
  return out;
}

export function clickedMessage(m: Message): ClickedMessage {
  return {
    id: m.id,
    content: m.content ?? '',
    embeds: m.embeds.map((e) => e.toJSON()),
    components: m.components.map((c) => c.toJSON()),
    flags: Number(m.flags?.bitfield ?? 0),
  };
}

/** Keep autocomplete inside Discord's rules: ≤25 choices, names 1–100 characters, values ≤100. */
export function sanitizeChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  const out: AutocompleteChoice[] = [];
  for (const c of choices) {
    const chars = [...String(c.name ?? '').replace(/\s+/g, ' ').trim()];
    const name = chars.length > 100 ? chars.slice(0, 99).join('') + '…' : chars.join('');
    const value = String(c.value ?? '');
    if (name.length === 0 || [...value].length > 100) continue;
    out.push({ name, value });
    if (out.length === 25) break;
  }
  return out;
}

function apiErrorOutcome(err: unknown): Outcome | null {
  if (err instanceof DiscordAPIError) {
    if (err.code === RESTJSONErrorCodes.UnknownInteraction) return 'expired';
    if (err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) return 'already-acknowledged';
  }
  return null;
}

export function createInteractionHandler(options: InteractionOptions) {
  const { app, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const deferLongInputChars = options.deferLongInputChars ?? 300;
  const cooldown = options.cooldown === undefined ? new Cooldown() : options.cooldown;
  const inFlight = new InFlight();
  let accepting = true;

  const findCommand = (name: string) => app.commands.find((c) => c.definition.name === name);

  /**
   * Run `start` and send its result: reply now if ready within deferAfterMs,
   * else defer then edit. With `deferFirst`, defer before starting the work.
   */
  /** When each interaction arrived (the 3 s for its first response count from then). */
  const arrivedAt = new WeakMap<Interaction, number>();
  const callbackDeadline = (i: Interaction) => (arrivedAt.get(i) ?? Date.now()) + CALLBACK_WINDOW_MS;

  /**
   * The first response (a reply, a deferral, a modal, autocomplete choices),
   * with server errors retried within the 3 s window. When a retry finds the
   * interaction already acknowledged, the attempt that seemed to fail went
   * through: the interaction is marked so, and the answer goes on.
   */
  async function firstResponse(i: Interaction, kind: 'replied' | 'deferred' | 'other', send: () => Promise<unknown>): Promise<void> {
    let retried = false;
    try {
      await retryServerErrors(send, callbackDeadline(i), (err, attempt) => {
        retried = true;
        logger.warn({ event: 'interaction-retry', interaction: i.id, attempt, err: errorForLog(err) }, 'Discord failed the interaction callback; trying again');
      });
    } catch (err) {
      if (retried && isAlreadyAcknowledged(err)) {
        if (kind === 'replied') (i as Repliable).replied = true;
        if (kind === 'deferred') (i as Repliable).deferred = true;
        return;
      }
      if (isServerError(err)) throw new LostAnswer(`Discord answered ${(err as { status: number }).status} to every attempt at the first response within ${CALLBACK_WINDOW_MS / 1000} s`, err);
      throw err;
    }
  }

  const webhookCall = <T>(i: Interaction, what: string, windowMs: number, call: () => Promise<T>) =>
    retryServerErrors(call, Date.now() + windowMs, (err, attempt) =>
      logger.warn({ event: 'interaction-retry', interaction: i.id, what, attempt, err: errorForLog(err) }, `Discord failed the ${what}; trying again`),
    );

  async function respond(i: Repliable, start: () => Promise<CommandResult>, predictEphemeral: boolean, deferFirst = false): Promise<Outcome> {
    const defer = () => firstResponse(i, 'deferred', () => i.deferReply(predictEphemeral ? { flags: MessageFlags.Ephemeral } : {}));
    if (deferFirst) {
      await defer();
      return finishDeferred(i, await settle(start()), predictEphemeral);
    }
    const settled = settle(start());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deferAfterMs);
    });
    const first = await Promise.race([settled, timeout]);
    clearTimeout(timer);
    if (first !== 'timeout') {
      if ('error' in first) throw first.error;
      checkPayload(i, first.result);
      await firstResponse(i, 'replied', () => i.reply(toReplyOptions(first.result.message)));
      return 'replied';
    }
    await defer();
    return finishDeferred(i, await settled, predictEphemeral);
  }

  function settle(work: Promise<CommandResult>): Promise<{ result: CommandResult } | { error: unknown }> {
    return work.then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
  }

  async function finishDeferred(i: Repliable, done: { result: CommandResult } | { error: unknown }, predictEphemeral: boolean): Promise<Outcome> {
    if ('error' in done) throw done.error;
    checkPayload(i, done.result);
    const payload = done.result.message;
    if (isEphemeral(payload) === predictEphemeral) {
      try {
        await webhookCall(i, 'edit of the deferred reply', EDIT_RETRY_MS, () => i.editReply(toEditOptions(payload)));
        return 'deferred';
      } catch (err) {
        if (!isServerError(err)) throw err;
        // The placeholder could not be edited: the answer goes as a follow-up instead.
        logger.warn({ event: 'interaction-fallback', interaction: i.id, err: errorForLog(err) }, 'could not edit the deferred reply; sending the answer as a follow-up');
      }
    }
    // The deferral guessed the visibility wrong (flags cannot change on an edit), or the edit failed.
    try {
      await webhookCall(i, 'follow-up', FOLLOW_UP_RETRY_MS, () => i.followUp(toReplyOptions(payload)));
    } catch (err) {
      if (isServerError(err)) throw new LostAnswer(`Discord answered ${(err as { status: number }).status} to the edit and to every follow-up for ${FOLLOW_UP_RETRY_MS / 1000} s`, err);
      throw err;
    }
    await i.deleteReply().catch(() => undefined);
    return isEphemeral(payload) === predictEphemeral ? 'followed-up' : 'deferred';
  }

  /** A short ephemeral "slow down" when the user is over their rate; undefined when they may go on. */
  function throttled(i: Interaction): Promise<CommandResult> | undefined {
    const waitMs = cooldown?.take(i.user.id) ?? 0;
    if (waitMs === 0) return undefined;
    logger.info({ event: 'cooldown', interaction: i.id, retryAfterMs: waitMs }, 'user is asking too fast');
    return Promise.resolve(renderError(slowDownText(waitMs)));
  }

  function checkPayload(i: Interaction, result: CommandResult): void {
    const problems = payloadProblems(result.message);
    if (problems.length) logger.warn({ event: 'payload-limits', interaction: i.id, problems }, 'answer exceeds Discord limits');
  }

  const isLong = (options: Record<string, OptionValue | undefined>) =>
    Object.values(options).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 0), 0) >= deferLongInputChars;

  async function handleChatInput(i: ChatInputCommandInteraction): Promise<Outcome> {
    const options = optionsOf(i.options.data);
    const request: CommandRequest = { options, ...whoOf(i), via: 'command', memberPermissions: i.memberPermissions?.bitfield };
    const slow = throttled(i);
    if (slow) return respond(i, () => slow, true);
    return respond(i, () => app.run(i.commandName, request), options.hide === true, isLong(options));
  }

  async function handleAutocomplete(i: AutocompleteInteraction): Promise<Outcome> {
    const command = findCommand(i.commandName);
    let choices: AutocompleteChoice[] = [];
    try {
      const focused = i.options.getFocused(true);
      if (command?.autocomplete) choices = sanitizeChoices(command.autocomplete({ name: focused.name, value: String(focused.value) }, app.context));
    } catch (err) {
      logger.error({ event: 'autocomplete-error', command: i.commandName, err: errorForLog(err) }, 'autocomplete failed; answering no choices');
    }
    await firstResponse(i, 'other', () => i.respond(choices));
    return 'autocomplete';
  }

  async function handleButton(i: ButtonInteraction): Promise<Outcome> {
    if (i.customId.startsWith(FOLLOWUP_PREFIX)) return showFollowupModal(i);
    const slow = throttled(i);
    if (slow) return respond(i, () => slow, true);
    const message = clickedMessage(i.message);
    const kind = i.customId.split(':')[0];
    const predict = kind === 'sources' ? true : kind === 'post' ? false : isEphemeral(message);
    const work = () =>
      app.button(i.customId, message, whoOf(i)).then((r) => {
        if (!r) throw new UnknownButtonError(i.customId);
        return r;
      });
    // The question being re-run is in the footer: a long one is deferred up front too.
    const footer = message.embeds.map((e) => e.footer?.text ?? '').join('');
    return respond(i, work, predict, footer.length >= deferLongInputChars);
  }

  async function showFollowupModal(i: ButtonInteraction): Promise<Outcome> {
    const name = i.customId.slice(FOLLOWUP_PREFIX.length).split(':')[0] ?? '';
    const command = findCommand(name);
    const primary = command?.primaryOption;
    if (!command || !primary) {
      await i.reply({ content: 'That button no longer works. Please ask again with a slash command.', flags: MessageFlags.Ephemeral });
      return 'replied';
    }
    const option = command.definition.options?.find((o) => o.name === primary) as { max_length?: number; description?: string } | undefined;
    const input = new TextInputBuilder()
      .setCustomId(FOLLOWUP_INPUT_ID)
      .setLabel('Your follow-up question')
      .setStyle(TextInputStyle.Paragraph)
      .setRequired(true)
      .setMaxLength(Math.min(option?.max_length ?? MODAL_TEXT_MAX, MODAL_TEXT_MAX));
    if (option?.description) input.setPlaceholder(option.description.slice(0, 100));
    const modal = new ModalBuilder()
      .setCustomId(`${FOLLOWUP_PREFIX}${name}${isEphemeral(clickedMessage(i.message)) ? ':hide' : ''}`)
      .setTitle(`Follow-up: /${name}`.slice(0, 45))
      .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
    await firstResponse(i, 'other', () => i.showModal(modal));
    return 'modal';
  }

  async function handleModalSubmit(i: ModalSubmitInteraction): Promise<Outcome> {
    if (!i.customId.startsWith(FOLLOWUP_PREFIX)) {
      await i.reply({ content: 'That form is no longer supported.', flags: MessageFlags.Ephemeral });
      return 'ignored';
    }
    const [name = '', flag] = i.customId.slice(FOLLOWUP_PREFIX.length).split(':');
    const command = findCommand(name);
    const text = i.fields.getTextInputValue(FOLLOWUP_INPUT_ID);
    const options: Record<string, OptionValue | undefined> = {};
    if (command?.primaryOption) options[command.primaryOption] = text;
    const hide = flag === 'hide' && Boolean(command?.definition.options?.some((o) => o.name === 'hide'));
    if (hide) options.hide = true;
    const slow = throttled(i);
    if (slow) return respond(i, () => slow, true);
    return respond(i, () => app.run(name, { options, ...whoOf(i), via: 'form' }), hide, isLong(options));
  }

  async function tellUserAboutError(i: Interaction): Promise<void> {
    if (!i.isRepliable()) return;
    const payload = { content: ERROR_TEXT, flags: MessageFlags.Ephemeral } as const;
    try {
      if (i.deferred && !i.replied) {
        // The placeholder may be public: apologise privately and remove it.
        await i.followUp(payload);
        await i.deleteReply().catch(() => undefined);
      } else if (i.replied) await i.followUp(payload);
      else await i.reply(payload);
    } catch (err) {
      logger.warn({ event: 'error-reply-failed', interaction: i.id, err: errorForLog(err) }, 'could not tell the user about the error');
    }
  }

  function describe(i: Interaction): { kind: string; command?: string } {
    if (i.isChatInputCommand()) return { kind: 'command', command: i.commandName };
    if (i.isAutocomplete()) return { kind: 'autocomplete', command: i.commandName };
    if (i.isButton()) return { kind: 'button', command: i.customId.split(':')[1] };
    if (i.isModalSubmit()) return { kind: 'modal', command: i.customId.split(':')[1] };
    return { kind: `type-${i.type}` };
  }

  async function route(i: Interaction): Promise<Outcome> {
    if (i.isChatInputCommand()) return handleChatInput(i);
    if (i.isAutocomplete()) return handleAutocomplete(i);
    if (i.isButton()) return handleButton(i);
    if (i.isModalSubmit()) return handleModalSubmit(i);
    return 'ignored';
  }

  async function handle(i: Interaction): Promise<void> {
    const started = Date.now();
    arrivedAt.set(i, started);
    const what = describe(i);
    let outcome: Outcome;
    try {
      outcome = await route(i);
    } catch (err) {
      const apiOutcome = apiErrorOutcome(err);
      outcome = err instanceof LostAnswer ? 'lost' : (apiOutcome ?? 'error');
      if (err instanceof LostAnswer) {
        // What is lost is said, with the reason: the user saw nothing (or only "thinking…").
        logger.error({ event: 'interaction-lost', ...what, interaction: i.id, user: i.user.id, reason: err.reason, err: errorForLog(err.last) }, `answer lost: ${err.reason}`);
      } else if (apiOutcome) {
        logger.warn({ event: 'interaction-api-error', ...what, interaction: i.id, err: errorForLog(err) }, `interaction ${apiOutcome}`);
      } else {
        logger.error({ event: 'interaction-error', ...what, interaction: i.id, err: errorForLog(err) }, 'interaction failed');
        await tellUserAboutError(i);
      }
    }
    logger.info(
      { event: 'interaction', ...what, guild: i.guildId ?? null, latencyMs: Date.now() - started, outcome },
      `${what.kind}${what.command ? ` /${what.command}` : ''}: ${outcome} in ${Date.now() - started} ms`,
    );
  }

  return {
    /** Entry point for the client's interactionCreate event; never rejects. */
    onInteraction(i: Interaction): void {
      if (!accepting) {
        // Only between the gateway closing and the process exiting (src/discord/client.ts stop()): counted as dropped.
        inFlight.refuse();
        logger.warn({ event: 'interaction', ...describe(i), outcome: 'dropped', reason: 'shutting down' }, 'interaction dropped: shutting down');
        return;
      }
      const p = handle(i).catch((err) => logger.error({ event: 'interaction-crash', err: errorForLog(err) }, 'interaction handler crashed'));
      inFlight.track(p);
    },
    /** Stop taking interactions; wait for the ones in flight, at most graceMs. */
    async drain(graceMs: number): Promise<DrainReport> {
      accepting = false;
      return inFlight.drain(graceMs);
    },
    get inFlight(): number {
      return inFlight.size;
    },
  };
}

export type InteractionHandler = ReturnType<typeof createInteractionHandler>;

export class UnknownButtonError extends Error {
  constructor(customId: string) {
    super(`no handler for button ${customId}`);
    this.name = 'UnknownButtonError';
  }
}
