/**
 * A word list kept as the text it was read as: one line per word in sorted order, optionally followed by a tab and
 * what the line says of the word ("abandon<TAB>give_up:s:v …"). A word is found by binary search over the lines, so a
 * list of tens of thousands of words costs one string and an array of offsets, not a Set or an object of them, and
 * is ready as soon as it is read (scripts/build-lexicon.ts writes the lists sorted).
 */
export class SortedLines {
  private readonly text: string;
  private readonly starts: number[] = [];

  constructor(text: string) {
    this.text = text;
    for (let at = 0; at < text.length; ) {
      this.starts.push(at);
      const end = text.indexOf('\n', at);
      if (end < 0) break;
      at = end + 1;
    }
  }

  /** What a word's line says after its tab ('' for a line that is the word alone); undefined for a word not listed. */
  find(word: string): string | undefined {
    const { text, starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // A checkout that writes Windows line ends ("\r\n") reads the same.
      if (text.charCodeAt(end - 1) === 13) end--;
      let tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) tab = end;
      const key = text.slice(start, tab);
      if (key === word) return text.slice(Math.min(tab + 1, end), end);
      if (key < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.find(word) !== undefined;
  }

  /** Every listed word, in order. */
  *words(): Generator<string> {
    for (const start of this.starts) {
      const end = this.text.indexOf('\n', start);
      const line = this.text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
      const tab = line.indexOf('\t');
      yield tab < 0 ? line : line.slice(0, tab);
    }
  }
}
