import { describe, expect, it } from 'vitest';
import { Cooldown, slowDownText } from '../../src/app/cooldown.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('Cooldown (token bucket per user)', () => {
  it('allows a burst of `capacity`, then asks to wait until a token refills', () => {
    const c = clock();
    const cooldown = new Cooldown({ capacity: 5, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 5; i++) expect(cooldown.take('u')).toBe(0);
    expect(cooldown.take('u')).toBe(2000);
    c.advance(1500);
    expect(cooldown.take('u')).toBe(500);
    c.advance(500);
    expect(cooldown.take('u')).toBe(0);
    expect(cooldown.take('u')).toBe(2000);
  });

  it('refills to the full burst after a quiet window, never beyond', () => {
    const c = clock();
    const cooldown = new Cooldown({ capacity: 3, windowMs: 3000, now: c.now });
    for (let i = 0; i < 3; i++) cooldown.take('u');
    c.advance(60_000);
    for (let i = 0; i < 3; i++) expect(cooldown.take('u')).toBe(0);
    expect(cooldown.take('u')).toBeGreaterThan(0);
  });

  it('a throttled attempt costs nothing: waiting the announced time is enough', () => {
    const c = clock();
    const cooldown = new Cooldown({ capacity: 1, windowMs: 1000, now: c.now });
    expect(cooldown.take('u')).toBe(0);
    for (let i = 0; i < 50; i++) expect(cooldown.take('u')).toBe(1000);
    c.advance(1000);
    expect(cooldown.take('u')).toBe(0);
  });

  it('users are independent: one flooding never slows another', () => {
    const c = clock();
    const cooldown = new Cooldown({ capacity: 2, windowMs: 10_000, now: c.now });
    for (let i = 0; i < 100; i++) cooldown.take('flooder');
    expect(cooldown.take('other')).toBe(0);
    expect(cooldown.take('other')).toBe(0);
  });

  it('keeps at most maxUsers buckets, dropping the least recently used', () => {
    const c = clock();
    const cooldown = new Cooldown({ capacity: 1, windowMs: 10_000, maxUsers: 100, now: c.now });
    cooldown.take('old');
    for (let i = 0; i < 1000; i++) cooldown.take(`u${i}`);
    expect(cooldown.size).toBe(100);
    // 'old' was evicted: it starts again with a full bucket.
    expect(cooldown.take('old')).toBe(0);
    // A recent user is still tracked.
    expect(cooldown.take('u999')).toBeGreaterThan(0);
  });

  it('says how long to wait in whole seconds, at least 1', () => {
    expect(slowDownText(2000)).toBe("You're asking very fast — please wait 2 s.");
    expect(slowDownText(1)).toBe("You're asking very fast — please wait 1 s.");
    expect(slowDownText(2100)).toContain('3 s');
  });
});
