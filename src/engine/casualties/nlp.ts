/**
 * Numbers in text, read with wink-nlp's English model: every cardinal ("seven",
 * "11,300", "twenty-one", "1.5 million", "dozens", "several thousand") with its
 * offsets in the text and its value. The model is loaded once, on first use.
 */
import type { ItemEntity } from 'wink-nlp';
import { wink as load } from '../../text/nlp.js';
import { NUMBER_WORD_VALUES, SCALE_WORD_VALUES } from '../../text/numberWords.js';

export interface NumberSpan {
  /** The words as written, `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The value, when the words give one ("dozens" gives none). */
  value?: number;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech (NOUN, VERB, ADJ, NUM, PROPN …). */
  pos: string;
}

/** Tokens of a text with their offsets and parts of speech, and the cardinals among them. */
export function readNumbers(text: string): { tokens: Token[]; numbers: NumberSpan[] } {
  const n = load();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    tokens.push({ text: value, start, end, pos: pos[i] });
    cursor = end;
  });
  const numbers: NumberSpan[] = [];
  doc.entities().each((entity: ItemEntity) => {
    if (entity.out(its.type) !== 'CARDINAL') return;
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const start = tokens[first].start;
    const end = tokens[last].end;
    const words = text.slice(start, end);
    numbers.push({ text: words, start, end, value: numberValue(words) });
  });
  return { tokens, numbers };
}

/** "a thousand", "an estimated hundred": the article counts one. */
const UNITS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORD_VALUES };
const SCALES = SCALE_WORD_VALUES;

/** "11,300" → 11300, "twenty-one" → 21, "1.5 million" → 1500000, "a thousand" → 1000; "dozens", "several thousand" → undefined. */
export function numberValue(words: string): number | undefined {
  const parts = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    if (/^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(part)) {
      current += Number(part.replace(/,/g, ''));
      seen = true;
    } else if (Object.hasOwn(UNITS, part)) {
      current += UNITS[part];
      seen = true;
    } else if (Object.hasOwn(SCALES, part)) {
      if (!seen) return undefined; // "thousands", "several thousand": no exact value
      const scale = SCALES[part];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return undefined;
  }
  const value = total + current;
  return seen && Number.isFinite(value) ? Math.round(value) : undefined;
}
