/**
 * Grouping: near-identical quotes from different reports become one quote
 * with several sources (a statement two outlets both carry), and quotes of
 * one report that overlap become one, still whole sentences of one paragraph.
 */
import type { Quote } from './engine.js';
import { nearIdentical, wording, type Wording } from './similarity.js';

/** Quotes of one article that share text (one extends the other with the sentence before or after it). */
function overlaps(a: Quote, b: Quote): boolean {
  return a.start < b.end && b.start < a.end;
}

export class QuoteGrouper {
  /** Wording of quote texts, cached: the same sentences come back in answer after answer. Bounded. */
  private readonly wordings = new Map<string, Wording>();

  /** `bodyOf` gives an article's text, to slice the union of two overlapping quotes from. */
  constructor(private readonly bodyOf: (articleId: string) => string) {}

  private wordingOf(text: string): Wording {
    let w = this.wordings.get(text);
    if (!w) {
      if (this.wordings.size >= 20_000) this.wordings.clear();
      w = wording(text);
      this.wordings.set(text, w);
    }
    return w;
  }

  /** Merge near-identical quotes from different articles into one with several sources. */
  group(quotes: Quote[], limit = Infinity): Quote[] {
    const out: { quote: Quote; words: Wording }[] = [];
    // Which groups have each word triple: a new quote is compared only with groups it shares wording with.
    const byTriple = new Map<string, number[]>();
    const index = (k: number) => {
      for (const t of out[k].words.triples) {
        const list = byTriple.get(t);
        if (!list) byTriple.set(t, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    };
    for (const quote of quotes) {
      const w = this.wordingOf(quote.text);
      let same = out.find((o) => o.quote.articleId === quote.articleId && overlaps(o.quote, quote));
      if (!same) {
        const sharing = new Set<number>();
        for (const t of w.triples) for (const k of byTriple.get(t) ?? []) sharing.add(k);
        same = [...sharing].sort((a, b) => a - b).map((k) => out[k]).find((o) => o.quote.articleId !== quote.articleId && nearIdentical(o.words, w));
      }
      if (same) {
        if (same.quote.articleId === quote.articleId) {
          // One quote extends the other: keep the union, still whole sentences of one paragraph.
          const body = this.bodyOf(quote.articleId);
          same.quote.start = Math.min(same.quote.start, quote.start);
          same.quote.end = Math.max(same.quote.end, quote.end);
          same.quote.text = body.slice(same.quote.start, same.quote.end);
          same.words = this.wordingOf(same.quote.text);
          index(out.indexOf(same));
        } else if (!same.quote.sources.some((s) => s.articleId === quote.articleId)) same.quote.sources.push(...quote.sources);
        continue;
      }
      if (out.length >= limit) continue; // still merged into shown quotes above, but no new ones
      out.push({ quote: { ...quote, sources: [...quote.sources] }, words: w });
      index(out.length - 1);
    }
    return out.map((o) => o.quote);
  }
}
