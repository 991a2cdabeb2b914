/**
 * Splitting article bodies into paragraphs and sentences, keeping character
 * offsets so that every quote the bot shows is an exact slice of the body.
 */

export interface Span {
  start: number;
  end: number;
}

/** Paragraphs are separated by one or more blank lines; offsets exclude surrounding white space. */
export function splitParagraphs(body: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of body.matchAll(re)) {
    const span = trimSpan(body, m.index, m.index + m[0].length);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

/** Words after which a period does not end a sentence. Lower-case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'est', 'inc', 'ltd',
  'co', 'corp', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'fig', 'mt', 'ft',
]);

/**
 * After "a.m."/"p.m." a following day or month name continues the sentence ("4 a.m. Thursday"), and so does the
 * same hour in another zone in brackets ("2:15 p.m. (0845 GMT) in a storage unit").
 */
const CONTINUES_AFTER_TIME = /^(?:\(\s*\d{1,2}[:.]?\d{2}\s*(?:gmt|utc|local|[a-z]{2,4}t)\b|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|local|gmt|utc)\b)/i;

const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const CLOSING = '”"’\')]';

/**
 * Sentence spans within `text[from, to)`. A sentence ends at . ! or ? (plus any
 * closing quotes or brackets) followed by white space and a capital, digit or
 * opening quote, unless the dot ends an abbreviation or an initial. Inside an
 * open double quotation the split is held back, so a quotation that spans
 * sentences stays whole with its attribution; if the quotes never balance,
 * the paragraph is split as if there were none.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const withQuotes = split(text, from, to, true);
  return withQuotes ?? split(text, from, to, false)!;
}

function split(text: string, from: number, to: number, respectQuotes: boolean): Span[] | null {
  const spans: Span[] = [];
  let start = from;
  let inQuote = false;
  let straightOpen = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === OPEN_DOUBLE) inQuote = true;
    else if (ch === CLOSE_DOUBLE) inQuote = false;
    else if (ch === '"') {
      straightOpen = !straightOpen;
      inQuote = straightOpen;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Take closing quotes/brackets that belong to this sentence.
    let end = i + 1;
    while (end < to && CLOSING.includes(text[end])) {
      if (text[end] === CLOSE_DOUBLE) inQuote = false;
      if (text[end] === '"') {
        straightOpen = false;
        inQuote = false;
      }
      end++;
    }
    if (end >= to) break;
    if (!/\s/.test(text[end])) continue;
    let next = end;
    while (next < to && /\s/.test(text[next])) next++;
    if (next >= to) break;
    if (!/[\p{Lu}\p{N}“"‘'(]/u.test(text[next])) continue;
    if (ch === '.' && isAbbreviation(text, from, i, next)) continue;
    if (respectQuotes && inQuote) continue;
    spans.push(trimSpan(text, start, end));
    start = next;
    i = end - 1;
  }
  if (respectQuotes && inQuote) return null;
  const last = trimSpan(text, start, to);
  if (last.end > last.start) spans.push(last);
  return spans;
}

function isAbbreviation(text: string, from: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word === 'a.m' || word === 'p.m') return CONTINUES_AFTER_TIME.test(text.slice(next));
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital is an initial ("J. Smith").
  return /^\p{Lu}$/u.test(text.slice(w, dot));
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
