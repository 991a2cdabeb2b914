/**
 * scripts/fit-weights.ts fits one multiplier per part of ranking's score. It
 * is only right if the traced parts are the whole score: a new signal added
 * to rank() without naming it would be invisible to the fit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { traceRanking, type RankTracer } from '../../src/engine/ranking.js';
import { memoryArticle, memoryEngine } from './memoryArticle.js';

const engine = memoryEngine(
  memoryArticle(
    'a1',
    '2024-03-04',
    'Oil spill fouls beaches',
    'The spill was first reported by fishermen on Sunday, March 3, near the port of Alden.',
    'Governor Ana Ruiz spoke at 10 a.m. in a televised address that lasted five minutes. Without naming the operator, she called the spill a disaster for the coast.',
    'Crews laid booms along the shore on Monday afternoon as the spill spread north, and 40 volunteers joined them.',
  ),
);

afterEach(() => traceRanking(undefined));

describe('ranking traced by part (for scripts/fit-weights.ts)', () => {
  it.each([
    'When did the governor first speak on television about the spill?',
    'Who called the spill a disaster?',
    'How many volunteers joined the crews?',
    'Why did the spill spread north?',
  ])('every candidate of "%s" has parts that add up to its score', (question) => {
    const seen: Parameters<RankTracer>[2][] = [];
    traceRanking((_src, _q, candidates) => seen.push(candidates));
    engine.ask(question);
    expect(seen.length).toBe(1);
    expect(seen[0].length).toBeGreaterThan(0);
    for (const { scored, parts } of seen[0]) {
      const sum = Object.values(parts).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(scored.score, 9);
    }
  });

  it('records nothing once tracing is off', () => {
    const seen: unknown[] = [];
    traceRanking(() => seen.push(1));
    traceRanking(undefined);
    engine.ask('Who called the spill a disaster?');
    expect(seen).toEqual([]);
  });
});
