/**
 * Conversations: what each user asked last in each channel, kept in memory for
 * a limited time and a bounded number of conversations, so that a follow-up
 * ("Where was he going?", "and in Pakistan?", "more") can be resolved.
 */
import type { Intent } from './question.js';

export interface Turn {
  /** The question as the engine understood it (follow-ups already resolved). */
  question: string;
  intent: Intent;
  command: string;
  /** Names the answer was about, most prominent first: a person for "he", a group for "they". */
  people: string[];
  groups: string[];
  places: string[];
  /** Quotes already shown, for "more". */
  shown: number;
  /** The options that command ran with (the question as understood), so "more" can run it again further on. */
  options?: Record<string, string | number | boolean | undefined>;
  at: number;
}

export interface ConversationOptions {
  /** How long a conversation is remembered after its last turn. */
  ttlMs?: number;
  /** How many conversations are kept at most; the least recently used go first. */
  maxConversations?: number;
  now?: () => number;
}

export class ConversationStore {
  private readonly turns = new Map<string, Turn>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(options: ConversationOptions = {}) {
    this.ttlMs = options.ttlMs ?? 15 * 60_000;
    this.max = options.maxConversations ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  private static key(userId: string, channelId: string): string {
    return `${userId}:${channelId}`;
  }

  last(userId: string, channelId: string): Turn | undefined {
    const key = ConversationStore.key(userId, channelId);
    const turn = this.turns.get(key);
    if (!turn) return undefined;
    if (this.now() - turn.at > this.ttlMs) {
      this.turns.delete(key);
      return undefined;
    }
    return turn;
  }

  remember(userId: string, channelId: string, turn: Omit<Turn, 'at'>): void {
    const key = ConversationStore.key(userId, channelId);
    this.turns.delete(key); // re-insert: Map order is recency order
    this.turns.set(key, { ...turn, at: this.now() });
    while (this.turns.size > this.max) this.turns.delete(this.turns.keys().next().value!);
  }

  /** After any command: which command ran, with which options, and how far its quotes were shown. */
  recordRun(userId: string, channelId: string, run: Pick<Turn, 'command' | 'options' | 'shown'>): void {
    const previous = this.last(userId, channelId);
    this.remember(userId, channelId, {
      question: previous?.question ?? '',
      intent: previous?.intent ?? 'what',
      people: previous?.people ?? [],
      groups: previous?.groups ?? [],
      places: previous?.places ?? [],
      ...run,
    });
  }

  get size(): number {
    return this.turns.size;
  }
}
