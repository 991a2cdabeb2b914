/**
 * A text without its accents, as English reports and users write foreign names: "Łódź" → "Lodz", "złoty" →
 * "zloty", "Đồng" → "Dong". NFKD splits most accented letters into a letter and a mark; a few letters have no
 * such split and are spelled out here (general Latin script, not any one incident's words).
 */
const UNSPLIT_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ı: 'i', þ: 'th', Þ: 'Th', ħ: 'h', Ħ: 'H' };
const UNSPLIT = new RegExp(`[${Object.keys(UNSPLIT_LETTERS).join('')}]`, 'g');

export function withoutMarks(text: string): string {
  // Most text is plain ASCII: nothing to do.
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(UNSPLIT, (c) => UNSPLIT_LETTERS[c]!);
}
