import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../src/text/sortedLines.js';

const sorted = (words: string[]) => [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('SortedLines', () => {
  it('finds every listed word, with what its line says, and no other word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_]{1,8}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[a-z_]{1,8}$/), { maxLength: 20 }), (listed, others) => {
        const words = sorted(listed);
        const lines = new SortedLines(words.map((w, i) => (i % 2 ? `${w}\tabout ${w}` : w)).join('\n'));
        words.forEach((w, i) => expect(lines.find(w)).toBe(i % 2 ? `about ${w}` : ''));
        for (const o of others) expect(lines.has(o)).toBe(words.includes(o));
        expect([...lines.words()]).toEqual(words);
      }),
    );
  });

  it('reads a list with or without a final line break, and an empty one', () => {
    expect(new SortedLines('a\nb\n').has('b')).toBe(true);
    expect(new SortedLines('a\nb').has('b')).toBe(true);
    expect(new SortedLines('').has('a')).toBe(false);
    expect(new SortedLines('constructor\ttrue').has('toString')).toBe(false);
    const windows = new SortedLines('abandon\tgive_up:s:v leave:b:v\r\nabide\r\nable\tcapable:s:a\r\n');
    expect([windows.find('abandon'), windows.find('abide'), windows.find('able')]).toEqual(['give_up:s:v leave:b:v', '', 'capable:s:a']);
    expect([...windows.words()]).toEqual(['abandon', 'abide', 'able']);
  });
});
