/**
 * Replies to the bot's answers (Discord's reply feature, MESSAGE_CREATE with a
 * message_reference to one of the bot's messages) are answered as follow-ups
 * in the same conversation: the text goes through `/ask` for that user in that
 * channel, so pronouns and ellipsis resolve against what they asked last.
 *
 * Without the privileged Message Content intent Discord delivers the content
 * only of messages that mention the bot; a reply pings its author by default,
 * so a reply with the ping on arrives with its text. With the ping off the
 * content is empty, and the bot says nothing rather than guess.
 *
 * When the user has no live conversation about the answer they replied to
 * (after a restart, another user's answer, or they asked about something else
 * since), the turn is first seeded from the request recorded in the answer's
 * footer.
 */
import { InFlight, type DrainReport } from './inFlight.js';
import type { Client, Message } from 'discord.js';
import type { Logger } from 'pino';
import { Cooldown, slowDownText } from '../app/cooldown.js';
import { rememberFromAnswer } from '../app/answering.js';
import { renderError } from '../render/message.js';
import { requestFromMessage } from '../render/buttons.js';
import type { CommandResult } from '../app/types.js';
import { errorForLog } from './errors.js';
import { clickedMessage, type BotApp } from './interactions.js';
import { payloadProblems, toMessageReplyOptions } from './payload.js';

export interface ReplyOptions {
  app: BotApp;
  logger: Logger;
  /** Shared with the interaction handler: one budget per user for everything. */
  cooldown: Cooldown | null;
  /** The command a reply is run as. */
  command?: string;
}

type ReplyOutcome = 'replied' | 'empty' | 'throttled' | 'error';

/** The text of a message without mentions of the bot (`<@id>` or `<@!id>`), whitespace collapsed. */
export function replyText(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function createReplyHandler(options: ReplyOptions) {
  const { app, logger, cooldown } = options;
  const command = options.command ?? 'ask';
  const primaryOption = app.commands.find((c) => c.definition.name === command)?.primaryOption ?? 'question';
  const inFlight = new InFlight();
  /** Users told to slow down, until when: one notice per wait, not one per message. */
  const warned = new Map<string, number>();
  let accepting = true;

  /** The bot's message this one replies to; null when it is not a reply to the bot. */
  async function repliedTo(message: Message, botId: string): Promise<Message | null | 'unknown'> {
    const replied = message.mentions.repliedUser;
    if (replied && replied.id !== botId) return null;
    try {
      const ref = await message.fetchReference();
      return ref.author.id === botId ? ref : null;
    } catch (err) {
      // Deleted or unreadable: still a reply to the bot when Discord said so.
      logger.debug({ event: 'reply-reference', message: message.id, err: errorForLog(err) }, 'could not fetch the replied-to message');
      return replied?.id === botId ? 'unknown' : null;
    }
  }

  /** Seed the user's conversation from the answer's footer unless they are already talking about it. */
  function seed(answer: Message, userId: string, channelId: string): boolean {
    const asked = requestFromMessage(clickedMessage(answer));
    if (!asked?.text.trim()) return false;
    const conversations = app.context?.conversations;
    if (!conversations || !app.context.engine) return false;
    const last = conversations.last(userId, channelId);
    if (last && normalise(last.question) === normalise(asked.text)) return false;
    return rememberFromAnswer(app.context, userId, channelId, asked.command, asked.text);
  }

  function throttled(userId: string): CommandResult | null | undefined {
    const waitMs = cooldown?.take(userId) ?? 0;
    if (waitMs === 0) return undefined;
    const now = Date.now();
    if ((warned.get(userId) ?? 0) > now) return null; // already told: stay quiet
    warned.delete(userId);
    warned.set(userId, now + waitMs);
    for (const [id, until] of warned) {
      if (warned.size <= 10_000 && until > now) break;
      warned.delete(id);
    }
    return renderError(slowDownText(waitMs));
  }

  async function handle(message: Message, botId: string): Promise<void> {
    const started = Date.now();
    const text = replyText(message.content ?? '', botId);
    const base = { event: 'reply', command, guild: message.guildId, channel: message.channelId, message: message.id };
    let outcome: ReplyOutcome | 'not-ours' = 'replied';
    let seeded = false;
    try {
      outcome = await answerReply(message, botId, text, (s) => (seeded = s));
    } catch (err) {
      outcome = 'error';
      logger.error({ ...base, err: errorForLog(err) }, 'reply failed');
    }
    // One line per reply to the bot; other messages in the channel are not logged.
    if (outcome === 'not-ours') return;
    const latencyMs = Date.now() - started;
    logger.info({ ...base, seeded, latencyMs, outcome }, `reply /${command}: ${outcome} in ${latencyMs} ms`);
  }

  async function answerReply(message: Message, botId: string, text: string, setSeeded: (seeded: boolean) => void): Promise<ReplyOutcome | 'not-ours'> {
    // The ping was off: Discord gave no content, so say nothing (and fetch nothing).
    if (!text) return message.mentions.repliedUser?.id === botId ? 'empty' : 'not-ours';
    const answer = await repliedTo(message, botId);
    if (answer === null) return 'not-ours';
    const slow = throttled(message.author.id);
    if (slow !== undefined) {
      logger.info({ event: 'cooldown', message: message.id }, 'user is asking too fast');
      if (slow) await message.reply(toMessageReplyOptions(slow.message));
      return 'throttled';
    }
    if (answer !== 'unknown') setSeeded(seed(answer, message.author.id, message.channelId));
    const result = await app.run(command, {
      options: { [primaryOption]: text },
      userId: message.author.id,
      channelId: message.channelId,
      guildId: message.guildId,
      via: 'reply',
    });
    const problems = payloadProblems(result.message);
    if (problems.length) logger.warn({ event: 'payload-limits', message: message.id, problems }, 'answer exceeds Discord limits');
    await message.reply(toMessageReplyOptions(result.message));
    return 'replied';
  }

  return {
    /** Entry point for the client's messageCreate event; never rejects. */
    onMessage(message: Message, client: Client): void {
      const botId = client.user?.id;
      if (!accepting || !botId) return;
      if (message.author.bot || message.webhookId) return; // other bots, webhooks and the bot itself
      if (!message.inGuild()) return; // DMs are not answered this way
      if (!message.reference?.messageId || message.reference.channelId !== message.channelId) return;
      const p = handle(message, botId).catch((err) => logger.error({ event: 'reply-crash', err: errorForLog(err) }, 'reply handler crashed'));
      inFlight.track(p);
    },
    /** Stop taking replies; wait for the ones in flight, at most graceMs. */
    async drain(graceMs: number): Promise<DrainReport> {
      accepting = false;
      return inFlight.drain(graceMs);
    },
  };
}

export type ReplyHandler = ReturnType<typeof createReplyHandler>;
