/**
 * Per-user rate limit for the front doors: a token bucket per user. Each user
 * may burst up to `capacity` commands, then gets one more every
 * `windowMs / capacity` (5 per 10 s by default: a burst of 5, then one every
 * 2 s). Memory is bounded: at most `maxUsers` buckets are kept, the least
 * recently used dropped first (a dropped user simply starts again with a full
 * bucket, which is what an idle user would have anyway).
 */

export interface CooldownOptions {
  /** Commands a user may send in a burst (default 5). */
  capacity?: number;
  /** Time over which `capacity` tokens refill (default 10,000 ms). */
  windowMs?: number;
  /** Most users tracked at once (default 10,000). */
  maxUsers?: number;
  /** Clock in ms (tests pass a fake one). */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class Cooldown {
  readonly capacity: number;
  readonly windowMs: number;
  readonly maxUsers: number;
  private readonly now: () => number;
  /** Insertion order = least recently used first. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: CooldownOptions = {}) {
    this.capacity = Math.max(1, options.capacity ?? 5);
    this.windowMs = Math.max(1, options.windowMs ?? 10_000);
    this.maxUsers = Math.max(1, options.maxUsers ?? 10_000);
    this.now = options.now ?? (() => performance.now());
  }

  /** Tokens per millisecond. */
  private get rate(): number {
    return this.capacity / this.windowMs;
  }

  /**
   * Take one command for a user: 0 when they may go ahead, otherwise how many
   * milliseconds until they may (nothing is taken then).
   */
  take(userId: string): number {
    const now = this.now();
    const bucket = this.buckets.get(userId) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.at) * this.rate);
    bucket.at = now;
    // Re-insert: the most recently used user goes to the end of the eviction order.
    this.buckets.delete(userId);
    this.buckets.set(userId, bucket);
    if (this.buckets.size > this.maxUsers) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.rate);
  }

  /** Users currently tracked. */
  get size(): number {
    return this.buckets.size;
  }
}

/** What a throttled user is told. */
export function slowDownText(waitMs: number): string {
  return `You're asking very fast — please wait ${Math.max(1, Math.ceil(waitMs / 1000))} s.`;
}
