/**
 * The casualty index of one corpus: every figure, read once (linear in the
 * corpus: each sentence with a casualty word is read once, each paragraph's
 * places once), grouped into events. The Engine asks it for events (all, or
 * those a topic matches) and for the figures of a sentence.
 */
import type { Corpus } from '../../corpus/types.js';
import { ContextReader } from './context.js';
import { groupEvents } from './events.js';
import { extractFigures, mayHaveFigure } from './extract.js';
import { findPlaces, placeKey, type Place, type RegionNames } from './places.js';
import { foldName, subdivisionCountries, subdivisionsNamedAsCountries } from '../../text/countries.js';
import type { CasualtyEvent, CasualtySnapshot, Figure, LedePlaces } from './types.js';
import { clauseBefore } from '../cues.js';

/**
 * Words that tell a figure as one given before, general English: "an earlier update had put", "the initial
 * count", "had previously reported" (not "an earlier bombing": an earlier event has its own figure).
 */
const EARLIER =
  /\b(?:earlier|previous|initial|original|first)\s+(?:[\w-]+\s+){0,2}?(?:updates?|reports?|counts?|figures?|tolls?|estimates?|tall(?:y|ies)|numbers?|statements?)\b|\b(?:earlier|previously|initially|originally|at first)\s+(?:put|said|given|reported|estimated|counted|gave|announced|stated|recorded)\b/i;

/** The clause a figure stands in tells it as an earlier figure, before the figure itself. */
function toldAsEarlier(text: string, start: number): boolean {
  return EARLIER.test(clauseBefore(text, start));
}

export type { CasualtyEvent, CasualtySnapshot, Figure, FigureLine, TollSeries } from './types.js';
export type { FigureKind } from './extract.js';

export class CasualtyIndex {
  private readonly figures: Figure[] = [];
  private readonly bySentence = new Map<string, Figure[]>();
  /** Place key → country, from how the reports name places ("Iran’s Sistan and Baluchestan province"). */
  private readonly placeCountry = new Map<string, string>();
  private grouped?: CasualtyEvent[];
  private lede: LedePlaces = { places: {} };
  private readonly eventOfFigure = new Map<string, CasualtyEvent>();

  /** The raw figures read from each sentence (by its text and the paragraph before it), for a rebuild to reuse. */
  private readonly rawRead = new Map<string, ReturnType<typeof extractFigures>>();

  /** With `reuse`, the figures of sentences whose text and paragraph are unchanged are not read again. */
  constructor(corpus: Corpus, snapshot?: CasualtySnapshot, reuse?: CasualtyIndex) {
    const gazetteer = new Map<string, Place>();
    const votes = new Map<string, Map<string, number>>();
    const sentencePlaces = new Map<string, Place[]>();
    if (!snapshot) {
      // Pass 1: places named anywhere, so that a bare later mention ("Derna, a port …") is known.
      for (const sentence of corpus.sentences) {
        const places = findPlaces(sentence.text, undefined, { bare: false });
        const article = corpus.byId.get(sentence.articleId)!;
        const paragraph = article.paragraphs[sentence.paragraph - 1];
        if (mayHaveFigure(sentence.text, article.body.slice(paragraph.start, sentence.start))) sentencePlaces.set(sentence.id, places);
        for (const p of places) {
          // Venues "at" a name are often organisations ("rather at Jaish al-Adl"): not remembered as places.
          if (p.weak || p.prep === 'at' || p.prep === 'on' || p.prep === 'over' || p.prep === 'around') continue;
          const known = gazetteer.get(p.key);
          if (!known || p.rank < known.rank) gazetteer.set(p.key, p);
        }
        // Places named together in one sentence share a country when one of them says it.
        const countriesNamed = places.filter((p) => p.rank === 4 && !p.weak);
        const land = places.find((p) => p.country && p.rank < 4)?.country ?? (countriesNamed.length === 1 ? countriesNamed[0].country : undefined);
        for (const p of places) {
          if (p.rank === 4) continue;
          const country = p.country ?? land;
          if (!country) continue;
          const v = votes.get(p.key) ?? new Map<string, number>();
          v.set(country, (v.get(country) ?? 0) + (p.country ? 3 : 1));
          votes.set(p.key, v);
        }
      }
      for (const [key, v] of votes) this.placeCountry.set(key, [...v.entries()].sort((a, b) => b[1] - a[1])[0][0]);
      const regions = regionsNamed(gazetteer);
      for (const [name, country] of regions) {
        const key = placeKey(name);
        const known = gazetteer.get(key);
        gazetteer.set(key, { ...(known ?? { name: name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), key, index: 0 }), country, rank: 3 });
        this.placeCountry.set(key, country);
      }
      // Pass 2: figures, read from the sentences that have a casualty word.
      const reader = new ContextReader(gazetteer, regions, this.placeCountry);
      for (const sentence of corpus.sentences) {
        if (!sentencePlaces.has(sentence.id)) continue;
        const article0 = corpus.byId.get(sentence.articleId)!;
        const paragraph = article0.paragraphs[sentence.paragraph - 1];
        const before = article0.body.slice(paragraph.start, sentence.start);
        const readKey = `${before}\u0000${sentence.text}`;
        const raw = reuse?.rawRead.get(readKey) ?? extractFigures(sentence.text, before);
        this.rawRead.set(readKey, raw);
        if (raw.length === 0) continue;
        const article = corpus.byId.get(sentence.articleId)!;
        const places = findPlaces(sentence.text, gazetteer, { regions });
        const list = raw.map((r): Figure => {
          const ctx = reader.read(r, sentence, article, places);
          const country = ctx.places.map((p) => p.country ?? this.placeCountry.get(p.key)).find(Boolean);
          return { ...r, id: `${sentence.id}@${r.start}`, sentenceId: sentence.id, articleId: article.id, paragraph: sentence.paragraph, published: article.published, places: ctx.places, localPlace: ctx.localPlace, region: ctx.region, country, incident: ctx.incident, era: ctx.era, context: ctx.context, ...(toldAsEarlier(sentence.text, r.start) ? { toldAsEarlier: true } : {}) };
        });
        this.figures.push(...list);
        this.bySentence.set(sentence.id, list);
      }
      this.lede = ledePlaces(corpus, gazetteer, regions);
    } else {
      this.lede = snapshot.lede;
      for (const [key, country] of snapshot.placeCountry) this.placeCountry.set(key, country);
      for (const f of snapshot.figures) {
        this.figures.push(f);
        const list = this.bySentence.get(f.sentenceId);
        if (list) list.push(f);
        else this.bySentence.set(f.sentenceId, [f]);
      }
    }
  }

  toSnapshot(): CasualtySnapshot {
    return { figures: this.figures, lede: this.lede, placeCountry: [...this.placeCountry] };
  }

  allFigures(): readonly Figure[] {
    return this.figures;
  }

  figuresOf(sentenceId: string): readonly Figure[] {
    return this.bySentence.get(sentenceId) ?? [];
  }

  /** Every event, the incident itself first; with a matcher, only the events it accepts. */
  events(matches?: (event: CasualtyEvent) => boolean): CasualtyEvent[] {
    if (!this.grouped) {
      this.grouped = groupEvents(this.figures, this.placeCountry, this.lede);
      for (const e of this.grouped) for (const f of e.figures) this.eventOfFigure.set(f.id, e);
    }
    return matches ? this.grouped.filter(matches) : this.grouped;
  }

  /** The event a figure belongs to. */
  eventOf(figure: Figure): CasualtyEvent | undefined {
    this.events();
    return this.eventOfFigure.get(figure.id);
  }
}

/** The regions the reports name (see RegionNames): folded name → its country. */
function regionsNamed(gazetteer: Map<string, Place>): RegionNames {
  const named = new Map<string, readonly string[]>();
  const tally = new Map<string, number>();
  for (const p of gazetteer.values()) {
    if (p.rank === 4) continue;
    const countries = subdivisionCountries(p.name);
    if (countries.length > 0) named.set(foldName(p.name), countries);
    for (const c of countries) tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  const regionCountries = new Set([...tally].filter(([, n]) => n >= 2).map(([c]) => c));
  const regions = new Map<string, string>();
  for (const [name, countries] of named) {
    const of = countries.filter((c) => regionCountries.has(c));
    if (of.length === 1) regions.set(name, of[0]);
  }
  for (const c of regionCountries) for (const name of subdivisionsNamedAsCountries(c)) regions.set(name, c);
  return regions;
}

/** How many reports name each place in their title or first sentence (see LedePlaces). */
function ledePlaces(corpus: Corpus, gazetteer: Map<string, Place>, regions: RegionNames): LedePlaces {
  const places: Record<string, number> = {};
  for (const article of corpus.articles) {
    const first = article.paragraphs[0]?.sentences[0]?.text ?? '';
    const named = [...findPlaces(article.title, gazetteer, { regions }), ...findPlaces(first, gazetteer, { regions })];
    // A place the opening line puts the incident in, near or at (not "Yemen's Houthis", nor a country),
    // and one the reports read as a place somewhere (not "an increase in MAX production").
    const keys = new Set(named.filter((p) => p.rank < 4 && !p.weak && p.prep !== undefined && gazetteer.has(p.key)).map((p) => p.key));
    for (const k of keys) places[k] = (Object.hasOwn(places, k) ? places[k] : 0) + 1;
  }
  return { places };
}
