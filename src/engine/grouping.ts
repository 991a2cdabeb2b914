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

/** Comparisons remembered per quote wording (a bound for very large corpora). */
const MAX_PAIRS_PER_WORDING = 2000;

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

  /**
   * Which wordings are near-identical, remembered per pair (nearIdentical is
   * symmetric and the wordings of the same sentences meet in answer after
   * answer): held by the newer quote's wording, so it goes with the wordings cache.
   */
  private readonly similar = new WeakMap<Wording, Map<Wording, boolean>>();

  private near(a: Wording, b: Wording): boolean {
    let same = this.similar.get(b)?.get(a);
    if (same === undefined) this.remember(a, b, (same = nearIdentical(a, b)));
    return same;
  }

  /** Merge near-identical quotes from different articles into one with several sources. */
  group(quotes: Quote[], limit = Infinity): Quote[] {
    // `merged`: taken into an earlier group of its article when a later quote bridged the two.
    // `reports`: the articles among a group's sources, so that a quote carried by thousands of reports merges in constant time.
    const out: { quote: Quote; words: Wording; reports: Set<string>; merged?: boolean }[] = [];
    const addSource = (group: (typeof out)[number], source: Quote['sources'][number]) => {
      if (group.reports.has(source.articleId)) return;
      group.reports.add(source.articleId);
      group.quote.sources.push(source);
    };
    // Which groups have each word triple: a new quote is compared only with groups it shares wording with.
    // Built only when a quote meets a group it was never compared with (see sameReport).
    let byTriple: Map<string, number[]> | undefined;
    /** Groups not merged into another. */
    let live = 0;
    const index = (k: number) => {
      if (!byTriple) return;
      for (const t of out[k].words.triples) {
        const list = byTriple.get(t);
        if (!list) byTriple.set(t, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    };
    /** The first group (in order) from another article that reports the quote in near-identical words. */
    const sameReport = (articleId: string, w: Wording) => {
      const known = this.similar.get(w);
      const other = (o: { quote: Quote; merged?: boolean }) => !o.merged && o.quote.articleId !== articleId;
      // Every pair already compared: the answers are remembered.
      if (known && out.every((o) => !other(o) || known.has(o.words))) return out.find((o) => other(o) && known.get(o.words));
      if (!byTriple) {
        byTriple = new Map();
        for (let k = 0; k < out.length; k++) index(k);
      }
      const sharing = new Set<number>();
      for (const t of w.triples) for (const k of byTriple.get(t) ?? []) sharing.add(k);
      // A group that shares no word triple with the quote is not near-identical to it: remembered as such.
      out.forEach((o, k) => {
        if (other(o) && !sharing.has(k)) this.remember(o.words, w, false);
      });
      return [...sharing].sort((a, b) => a - b).map((k) => out[k]).find((o) => other(o) && this.near(o.words, w));
    };
    for (const quote of quotes) {
      const w = this.wordingOf(quote.text);
      const sameArticle = (o: { quote: Quote; merged?: boolean }) => !o.merged && o.quote.articleId === quote.articleId && overlaps(o.quote, quote);
      const same = out.find(sameArticle) ?? sameReport(quote.articleId, w);
      if (same) {
        if (same.quote.articleId === quote.articleId) {
          // One quote extends the other: keep the union, still whole sentences of one paragraph. A quote that
          // bridges two kept quotes of its article (the sentence of one and the next of another) joins all three.
          const body = this.bodyOf(quote.articleId);
          for (const o of out) {
            if (o === same || !sameArticle(o)) continue;
            o.merged = true;
            live--;
            for (const source of o.quote.sources) addSource(same, source);
            same.quote.start = Math.min(same.quote.start, o.quote.start);
            same.quote.end = Math.max(same.quote.end, o.quote.end);
          }
          same.quote.start = Math.min(same.quote.start, quote.start);
          same.quote.end = Math.max(same.quote.end, quote.end);
          same.quote.text = body.slice(same.quote.start, same.quote.end);
          same.words = this.wordingOf(same.quote.text);
          index(out.indexOf(same));
        } else if (!same.reports.has(quote.articleId)) for (const source of quote.sources) addSource(same, source);
        continue;
      }
      if (live >= limit) continue; // still merged into shown quotes above, but no new ones
      out.push({ quote: { ...quote, sources: [...quote.sources] }, words: w, reports: new Set(quote.sources.map((x) => x.articleId)) });
      live++;
      index(out.length - 1);
    }
    return out.filter((o) => !o.merged).map((o) => o.quote);
  }

  private remember(a: Wording, b: Wording, same: boolean): void {
    let known = this.similar.get(b);
    if (!known) this.similar.set(b, (known = new Map()));
    if (known.size >= MAX_PAIRS_PER_WORDING) known.clear();
    known.set(a, same);
  }
}
