/**
 * A word list kept as the text it was read as: one line per word in sorted order, optionally followed by a tab and
 * what the line says of the word ("abandon<TAB>give_up:s:v …"). A word is found by binary search over the lines, so a
 * list of tens of thousands of words costs one string and an array of offsets, not a Set or an object of them, and
 * is ready as soon as it is read (scripts/build-lexicon.ts writes the lists sorted).
 */
export class SortedLines {
  private readonly text: string;

  /** Nothing is read ahead: the search seeks line starts in the text itself (no array of 60,000 offsets to build). */
  constructor(text: string) {
    this.text = text;
  }

  /** What a word's line says after its tab ('' for a line that is the word alone); undefined for a word not listed. */
  find(word: string): string | undefined {
    const { text } = this;
    // Binary search over character positions: each probe reads the line the position falls in.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      let next = text.indexOf('\n', start);
      if (next < 0) next = text.length;
      let end = next;
      // A checkout that writes Windows line ends ("\r\n") reads the same.
      if (text.charCodeAt(end - 1) === 13) end--;
      let tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) tab = end;
      const key = text.slice(start, tab);
      if (key === word) return text.slice(Math.min(tab + 1, end), end);
      if (key < word) lo = next + 1;
      else hi = start;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.find(word) !== undefined;
  }

  /** Every listed word, in order. */
  *words(): Generator<string> {
    const { text } = this;
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end).replace(/\r$/, '');
      const tab = line.indexOf('\t');
      if (line) yield tab < 0 ? line : line.slice(0, tab);
      at = end + 1;
    }
  }
}
