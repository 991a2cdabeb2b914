/**
 * Small readings of sentence text the ranker uses: clauses around a position,
 * counts next to a word, and the kind of measure a question asks for.
 */
import { MEMO_SIZES, memo } from '../text/memo.js';
import { terms } from '../text/terms.js';
import { NUMBER } from './features.js';

/** Where a text's clauses are cut: commas, semicolons, dashes and "after/before/following". Worked out once per text. */
const clauseCuts = memo(MEMO_SIZES.clauseCuts, (text: string) => [...text.matchAll(/[,;–—]|\b(?:after|before|following|while|whereas)\b/g)].map((m) => m.index));

/** The clause of a sentence around a position: cut at commas, semicolons, dashes and "after/before/following". */
export function clauseAround(text: string, at: number): string {
  const cuts = clauseCuts(text);
  const start = Math.max(0, ...cuts.filter((c) => c < at));
  const end = Math.min(text.length, ...cuts.filter((c) => c > at));
  return text.slice(start, end);
}

/** "How far …", "how long …": the kind of measure asked for, as a pattern for sentences that give one. */
export function measureAsked(question: string): RegExp | undefined {
  if (/\bhow (far|deep|close|near)\b|\bdistance\b/i.test(question)) return /\b\d[\d,.]*(\s+to\s+\d[\d,.]*)?\s*(kilomet\w*|km|miles?|met(er|re)s?|feet)\b/i;
  if (/\bhow (big|large|wide|tall|high)\b|\b(area|size|height)\b/i.test(question)) return /\b\d[\d,.]*\s*(hectares?|acres?|square|sq|km2|metres?|meters?|feet|foot|storeys?|stories|floors?)\b/i;
  if (/\bhow long\b|\bduration\b/i.test(question)) return /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(hours?|days?|weeks?|months?|years?|decades?)\b|\b(decades?|years?)\b/i;
  return undefined;
}

/** The words after a position up to the end of their clause. */
export function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const cut = /[,;–—]|\b(?:while|whereas)\b/.exec(rest);
  return cut ? rest.slice(0, cut.index) : rest;
}

/** The terms of the clause around a position (see clauseAround), worked out once per sentence and position: shared, never to be changed. */
export function clauseTermsAround(text: string, at: number): Set<string> {
  const byPosition = clauseTermsOf(text);
  let set = byPosition.get(at);
  if (!set) byPosition.set(at, (set = new Set(terms(clauseAround(text, at)))));
  return set;
}

const clauseTermsOf = memo(MEMO_SIZES.clauseTerms, (_text: string) => new Map<number, Set<string>>());

const COUNTED = new RegExp(String.raw`\b${NUMBER}\b((?:\s+[\p{L}-]+){1,2})`, 'giu');

/** The terms of the one or two words after each number of a text ("six targets" → ["target"]), once per text. */
const countedTerms = memo(MEMO_SIZES.countedTerms, (text: string) => [...text.matchAll(COUNTED)].map((m) => terms(m[1])));

/** A number just before one of the question's words: "six targets" for "how many targets". */
export function countsQueryTerm(text: string, queryTerms: string[]): boolean {
  const wanted = new Set(queryTerms);
  return countedTerms(text).some((counted) => counted.some((t) => wanted.has(t)));
}
