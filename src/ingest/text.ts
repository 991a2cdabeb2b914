/**
 * Reading the plain text of an article: paragraphs are either one per line or
 * separated by blank lines. The words are kept exactly as given; only line
 * endings are normalised and white space around each paragraph is trimmed.
 */

/** Split plain text into paragraphs. With blank lines present, they separate paragraphs; otherwise every line is one. */
export function splitInputParagraphs(text: string): string[] {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t]*\n/.test(normalised.trim());
  const pieces = hasBlankLines ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  return pieces.map((p) => p.replace(/^\s+|\s+$/g, '')).filter((p) => p.length > 0);
}

/** Longest first line still taken for a headline. */
const MAX_HEADLINE = 150;

/**
 * Whether a first line looks like a headline: short, one line, and not ending
 * like a sentence (no final period). Used only when --title is not given.
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE || text.includes('\n')) return false;
  return !/[.…:;,]$/.test(text);
}

/** The body with white space folded: two copies of one report hash the same however they were wrapped. */
export function normaliseForHash(body: string): string {
  return body.replace(/\s+/g, ' ').trim();
}
