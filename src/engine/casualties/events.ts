/**
 * Figures grouped into events by what the reports say: the kind of incident
 * (strike, bombing, flood …), the country it happened in, and a year that sets
 * an earlier event apart. A figure's specific place carries what other figures
 * at that place say (Saravan's figures are strikes in Iran); a figure that
 * says neither joins the event it most plausibly belongs to by what it does
 * say. Then one line per figure, and each kind's toll over publication days.
 */
import { GENERIC_INCIDENT } from './context.js';
import { FIGURE_KINDS, type FigureKind } from './extract.js';
import type { CasualtyEvent, Figure, FigureLine, LedePlaces, TollSeries } from './types.js';

function countBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The kind of incident a figure's words name; none for "the attack", "the operation". */
function kindOf(f: Figure): string | undefined {
  return f.incident?.kind === GENERIC_INCIDENT ? undefined : f.incident?.kind;
}

/** A figure given as a toll ("the death toll … rose to 14"): of the incident, when nothing places it elsewhere. */
const TOLL_CUE = /\btoll\b/i;

/** How many reports must open with a place for it to count as where the incident happened. */
const MIN_LEDE_REPORTS = 2;

function localKey(f: Figure): string | undefined {
  return f.places.find((p) => p.rank < 4)?.key;
}

function countryOf(f: Figure, placeCountry: Map<string, string>): string | undefined {
  for (const p of f.places) {
    const c = p.country ?? placeCountry.get(p.key);
    if (c) return c;
  }
  return undefined;
}

/** Group figures into events; linear in the number of figures. */
export function groupEvents(figures: Figure[], placeCountry: Map<string, string>, lede: LedePlaces): CasualtyEvent[] {
  // What each specific place is, by the figures read there: the kind of incident and the country.
  const byPlace = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = localKey(f);
    if (!k) continue;
    const list = byPlace.get(k);
    if (list) list.push(f);
    else byPlace.set(k, [f]);
  }
  const placeKind = new Map<string, string | undefined>();
  const placeLand = new Map<string, string | undefined>();
  for (const [k, list] of byPlace) {
    // What happened at a place: what the sentences of its figures say (a paragraph's other words may be about something else).
    placeKind.set(k, top(countBy(list, (f) => (f.incident?.fromParagraph ? undefined : kindOf(f)))));
    placeLand.set(k, top(countBy(list, (f) => countryOf(f, placeCountry))) ?? placeCountry.get(k));
  }
  const resolved = figures.map((f) => {
    const k = localKey(f);
    const kind = (k ? placeKind.get(k) : undefined) ?? kindOf(f);
    const country = f.region ? f.region.join(' and ') : countryOf(f, placeCountry) ?? (k ? placeLand.get(k) : undefined);
    return { f, kind, country, era: f.era ?? '' };
  });
  // An incident the reports place in several countries together ("the earthquake in Turkey and Syria"):
  // the figures of that kind in any of those countries belong to it.
  const regions = new Map<string, string>();
  for (const r of resolved) if (r.kind && r.f.region) for (const c of r.f.region) regions.set(`${r.kind}|${c}|${r.era}`, r.country!);
  const regionsOfCountry = new Map<string, Set<string>>();
  for (const [key, region] of regions) {
    const [, c, era] = key.split('|');
    regionsOfCountry.set(`${c}|${era}`, (regionsOfCountry.get(`${c}|${era}`) ?? new Set()).add(region));
  }
  for (const r of resolved) {
    if (!r.country || r.f.region) continue;
    // Of its kind, or (when its words name no kind) the one region its country is part of.
    const only = regionsOfCountry.get(`${r.country}|${r.era}`);
    const region = r.kind ? regions.get(`${r.kind}|${r.country}|${r.era}`) : only?.size === 1 ? [...only][0] : undefined;
    if (region) r.country = region;
  }
  // Unknown parts from the figures that share the known ones.
  // Counted once: figures of each kind by country, and of each country by kind (linear in the figures).
  const known = resolved.filter((r) => r.kind && r.country);
  const knownPairs = new Set(known.map((r) => `${r.kind}|${r.country}|${r.era}`));
  const countriesOfKind = new Map<string, Map<string, number>>();
  const kindsOfCountry = new Map<string, Map<string, number>>();
  for (const r of known) {
    const byKind = countriesOfKind.get(`${r.kind}|${r.era}`) ?? new Map<string, number>();
    byKind.set(r.country!, (byKind.get(r.country!) ?? 0) + 1);
    countriesOfKind.set(`${r.kind}|${r.era}`, byKind);
    const byCountry = kindsOfCountry.get(`${r.country}|${r.era}`) ?? new Map<string, number>();
    byCountry.set(r.kind!, (byCountry.get(r.kind!) ?? 0) + 1);
    kindsOfCountry.set(`${r.country}|${r.era}`, byCountry);
  }
  const countryForKind = (kind: string, era: string) => top(countriesOfKind.get(`${kind}|${era}`) ?? new Map());
  const kindForCountry = (country: string, era: string, word?: string) => {
    const here = kindsOfCountry.get(`${country}|${era}`) ?? new Map<string, number>();
    // The kind this figure's own words name, if that kind happened there; else the most reported kind there.
    if (word && here.has(word)) return word;
    return top(here);
  };
  // The incident itself: the kind and country most of this year's figures give; when no figure's words name a kind
  // of incident (only "attack", "disaster"), the country most of them are placed in.
  const largest =
    top(countBy(resolved.filter((r) => r.kind && r.era === ''), (r) => `${r.kind}|${r.country ?? countryForKind(r.kind!, '') ?? '?'}|`)) ??
    top(countBy(resolved.filter((r) => r.country && r.era === ''), (r) => `?|${r.country}|`));
  // The kinds of incident each earlier year's figures name: "the great flood of 1953" and "the 1953 flood" are one past event.
  const kindsOfEra = new Map<string, Set<string>>();
  for (const r of resolved) if (r.kind && r.era) kindsOfEra.set(r.era, (kindsOfEra.get(r.era) ?? new Set()).add(r.kind));
  const keyOf = (r: (typeof resolved)[number]): string => {
    let { kind, country } = r;
    if (country && !kind) kind = kindForCountry(country, r.era);
    if (!kind && r.era && kindsOfEra.get(r.era)?.size === 1) kind = [...kindsOfEra.get(r.era)!][0];
    else if (country && kind && !knownPairs.has(`${kind}|${country}|${r.era}`) && !localKey(r.f)) {
      // "blasts in Iran": the event in Iran its words are closest to.
      kind = kindForCountry(country, r.era, kind) ?? kind;
    }
    if (kind && !country) country = countryForKind(kind, r.era);
    return `${kind ?? '?'}|${country ?? '?'}|${r.era}`;
  };
  // The places the largest event's figures are read at, where their own words say what happened or in which country.
  const largestPlaces = new Set<string>();
  for (const r of resolved) if ((r.kind || r.country) && keyOf(r) === largest) for (const p of r.f.places) largestPlaces.add(p.key);
  const figuresOfKind = countBy(resolved.filter((r) => r.era === ''), (r) => r.kind);
  const groups = new Map<string, Figure[]>();
  for (const r of resolved) {
    let key = keyOf(r);
    if (!r.kind && !r.country) {
      const apart = placedApart(r.f, largestPlaces);
      key = apart && r.era === '' ? `?|?||${apart}` : largest && r.era === '' ? largest : key;
    } else if (largest && r.era === '' && key.startsWith(`${r.kind}|?|`) && !localKey(r.f) && figuresOfKind.get(r.kind!) === 1 && TOLL_CUE.test(r.f.cue)) {
      // "The death toll from the collapse of the cable car rose to 14": the toll, named once in other words, of the incident.
      // (Hurt "in Saturday's demonstrations" is no toll: another event.)
      key = largest;
    }
    const group = groups.get(key);
    if (group) group.push(r.f);
    else groups.set(key, [r.f]);
  }
  const events = [...groups.entries()].map(([key, list]) => makeEvent(key, list, placeCountry, lede));
  // The incident itself first: most figures, then most reports.
  // The incident itself first: an event of an earlier year ("the 1953 flood") is background, however often reported.
  const past = (e: CasualtyEvent) => Number(e.key.split('|')[2] !== '');
  return events.sort((a, b) => past(a) - past(b) || b.figures.length - a.figures.length || a.key.localeCompare(b.key));
}

/**
 * A figure that says neither what happened nor in which country joins the incident itself, except a move of
 * residents or damage that its own words place somewhere none of the incident's figures is read at ("moved
 * residents out of four towers on its Chalcots estate", in a report on another tower's fire): that is its own
 * event, by its place (key). The dead and the hurt a report lists elsewhere are still the incident's
 * ("seven dead in the coastal town of Susa", "14 patients at Central Maine Medical Center").
 */
function placedApart(f: Figure, incidentPlaces: Set<string>): string | undefined {
  if (f.kind !== 'displaced' && f.kind !== 'damage') return undefined;
  if (!f.localPlace || incidentPlaces.has(f.localPlace)) return undefined;
  // Its place, right after its words: "… out of four towers on its Chalcots estate".
  const own = f.places.find((p) => p.key === f.localPlace && p.index >= f.end && p.index - f.end <= 40 && /^(in|at|on|near|inside|outside)$/.test(p.prep ?? ''));
  return own && !f.places.some((p) => incidentPlaces.has(p.key)) ? own.key : undefined;
}

/**
 * The region or country each figure is of, when the event is spread over several: the figures of an
 * earthquake "in Turkey" and "in Syria", or of a storm's toll "in Tennessee" and "in Buncombe County",
 * are each place's own tolls, not differing figures for the whole event. An event is so spread when its
 * whole tolls are placed in two or more regions (a state, province or county: rank 3), or when the
 * reports place it in several countries together. Then every figure its own sentence places somewhere
 * narrower than the event is that place's; the rest are the whole event's.
 */
function placeScopes(figures: Figure[], countryKey: string): Map<Figure, string> {
  const scopes = new Map<Figure, string>();
  const countries = countryKey.split(' and ');
  if (countries.length > 1) {
    // "at least 912 people" in Turkey, of the earthquake in Turkey and Syria: a part.
    for (const f of figures) {
      if (f.region || !f.country || !countries.includes(f.country)) continue;
      scopes.set(f, f.places.find((p) => p.rank === 4 && p.country === f.country)?.name ?? f.country);
    }
    return scopes;
  }
  const ownPlace = (f: Figure) => f.places.find((p) => p.key === f.localPlace && p.rank < 4);
  const regions = new Set(figures.filter((f) => f.total).map((f) => ownPlace(f)).filter((p) => p?.rank === 3).map((p) => p!.key));
  if (regions.size < 2) return scopes;
  for (const f of figures) {
    const place = ownPlace(f);
    if (place) scopes.set(f, place.name);
  }
  return scopes;
}

/** An event told for one of its regions or countries only ("/casualties Tennessee"): that place's figures and tolls. */
export function narrowedTo(event: CasualtyEvent, place: string): CasualtyEvent {
  const lines = event.lines.filter((l) => l.place === place);
  const series = event.series.filter((s) => s.place === place);
  const figures = lines.flatMap((l) => [...l.figures, ...(l.repeats ?? [])]);
  return { ...event, key: `${event.key}|${place}`, figures, lines, series, disputed: series.some((s) => s.disputed), places: [place], paragraphs: [...new Set(figures.flatMap((f) => f.context))] };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function makeEvent(key: string, figures: Figure[], placeCountry: Map<string, string>, lede: LedePlaces): CasualtyEvent {
  const [, countryKey, era] = key.split('|');
  // The word the reports use most for it, in their own sentences; a noun ("crash"), not a verb ("collided").
  const kindWords = figures.filter((f) => f.incident && !f.incident.fromParagraph && f.incident.kind !== GENERIC_INCIDENT && !/ed$/i.test(f.incident.word));
  const anyWords = figures.filter((f) => f.incident && !/ed$/i.test(f.incident.word));
  // Only words that name no kind ("operation", "disaster")? The kind the event was grouped by says more ("crash").
  const keyKind = key.split('|')[0] !== '?' ? key.split('|')[0] : undefined;
  const word = top(countBy(kindWords, (f) => f.incident!.word.toLowerCase())) ?? keyKind ?? top(countBy(anyWords, (f) => f.incident!.word.toLowerCase()));
  const scopes = placeScopes(figures, countryKey);
  // An event spread over several regions is told by its country (or by no place), not by one town in it.
  const placed =
    scopes.size > 0 ? [] : figures.flatMap((f) => f.places.filter((p) => p.rank < 4 && (countryKey === '?' || (p.country ?? placeCountry.get(p.key) ?? countryKey) === countryKey)).map((p) => ({ ...p, articleId: f.articleId })));
  // Where it happened, for its label: the most specific kind of place the reports give (a town or city
  // before a province), and among those the one most reports name; a place one report names in passing
  // counts only when nothing else is named.
  const reports = new Map<string, Set<string>>();
  const bestRankOf = new Map<string, number>();
  for (const p of placed) {
    reports.set(p.key, (reports.get(p.key) ?? new Set()).add(p.articleId));
    bestRankOf.set(p.key, Math.min(bestRankOf.get(p.key) ?? 5, p.rank));
  }
  const keys = [...reports.keys()];
  // Several towns each named by one report ("three died in Chattogram", "two in Rangpur"): the event is the
  // country's, not the first town's.
  const namedTowns = keys.filter((k) => bestRankOf.get(k) === 1);
  const towns = countryKey !== '?' && namedTowns.length > 1 && namedTowns.every((k) => reports.get(k)!.size < 2) ? [] : namedTowns;
  const repeated = keys.filter((k) => reports.get(k)!.size >= 2);
  // With neither, the country says more than a place one report names once ("Earthquake in Turkey and Syria", not "in Damascus").
  // A place two or more reports open with, and one of its figures' own sentences names, is where it happened
  // (the island off which the ship capsized, not the port its survivors were taken to).
  const own = new Set(figures.map((f) => f.localPlace));
  const opens = (k: string) => (Object.hasOwn(lede.places, k) ? lede.places[k] : 0);
  const opened = era ? [] : keys.filter((k) => opens(k) >= MIN_LEDE_REPORTS && own.has(k)).sort((a, b) => opens(b) - opens(a) || reports.get(b)!.size - reports.get(a)!.size);
  const candidates = towns.length > 0 ? towns : repeated.length > 0 ? repeated : countryKey !== '?' ? [] : keys;
  const bestRank = Math.min(5, ...candidates.map((k) => bestRankOf.get(k)!));
  const placeKey = opened[0] ?? candidates.filter((k) => bestRankOf.get(k) === bestRank).sort((a, b) => reports.get(b)!.size - reports.get(a)!.size)[0];
  const place = placeKey ? top(countBy(placed.filter((p) => p.key === placeKey), (p) => p.name)) : undefined;
  const prep = top(countBy(placed.filter((p) => p.key === placeKey), (p) => p.prep)) ?? 'in';
  // A country as the reports write it ("Turkey", though its common name is Türkiye).
  const nameOf = (country: string) => top(countBy(figures.flatMap((f) => f.places.filter((p) => p.rank === 4 && p.country === country)), (p) => p.name)) ?? country;
  const countryName = countryKey.split(' and ').map(nameOf).join(' and ');
  const where = place ? `${prep} ${place}` : countryKey !== '?' ? `in ${countryName}` : '';
  const label = capitalise([word ?? (where ? 'figures' : 'other figures'), where, era ? `(${era})` : ''].filter(Boolean).join(' '));
  const lines = linesOf(figures, scopes);
  // A toll for one town of a wider event ("46 people had died in that town" of Bayda) is listed, not a step of the event's toll.
  const townSet = new Set(namedTowns);
  for (const line of lines) if (townSet.size > 0 && line.figures.every((f) => f.localPlace && f.localPlace !== placeKey && townSet.has(f.localPlace))) line.total = false;
  // The whole event's tolls, then each region's or country's own ("Tennessee": its latest toll leads, its earlier ones follow).
  const places = [undefined, ...new Set(lines.map((l) => l.place).filter((p): p is string => p !== undefined))];
  const series = places.flatMap((place) => FIGURE_KINDS.map((kind) => seriesOf(kind, lines, Boolean(era), place)).filter((s): s is TollSeries => s !== undefined));
  return {
    key,
    label,
    figures,
    lines,
    series,
    disputed: series.some((s) => s.disputed),
    places: [...new Set(figures.flatMap((f) => f.places.map((p) => p.name)))],
    // As the reports write them ("Turkey"), as the rest of the engine names countries.
    countries: countryKey !== '?' ? countryKey.split(' and ').map(nameOf) : [],
    paragraphs: [...new Set(figures.flatMap((f) => f.context))],
  };
}

const norm = (t: string) => t.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

/** What makes two figures the same figure: kind, and the count (or, for a vague count, the words). */
function lineKey(f: Figure): string {
  // A phrase of several figures is one line whatever their kinds ("three dead and two missing").
  if (f.phrase !== f.text) return `phrase|${norm(f.phrase)}`;
  const amount = f.count !== undefined ? `${f.qualifier ?? ''}|${f.count}|${f.countMax ?? ''}|${f.increment}` : `vague|${norm(f.text)}`;
  // A share of a toll ("Nine of the dead were Italian") is not that toll, though another report's toll had the same count.
  return `${f.kind}|${amount}|${f.total ? 'whole' : 'part'}`;
}

const KIND_ORDER = new Map(FIGURE_KINDS.map((k, i) => [k, i]));

export function linesOf(figures: Figure[], scopes?: Map<Figure, string>): FigureLine[] {
  const lines = new Map<string, FigureLine>();
  // The reports each line has a figure from: a set, so that a large corpus stays linear.
  const reportsOf = new Map<FigureLine, Set<string>>();
  for (const f of figures) {
    // The same count in two places is two figures: "11" in Tennessee is not "11" in Georgia.
    const place = scopes?.get(f);
    const key = `${lineKey(f)}|${place ?? ''}`;
    const line = lines.get(key);
    if (!line) {
      const made: FigureLine = { kind: f.kind, text: f.phrase, count: f.count, countMax: f.countMax, qualifier: f.qualifier, total: f.total && f.phrase === f.text, figures: [f], latest: f.published, ...(place ? { place } : {}) };
      lines.set(key, made);
      reportsOf.set(made, new Set([f.articleId]));
    } else if (reportsOf.get(line)!.has(f.articleId)) {
      // The same figure twice in one report: one source is enough; a total stays a total.
      line.total ||= f.total && f.phrase === f.text;
      (line.repeats ??= []).push(f);
    } else {
      line.figures.push(f);
      reportsOf.get(line)!.add(f.articleId);
      line.total ||= f.total && f.phrase === f.text;
      if (f.published > line.latest) line.latest = f.published;
    }
  }
  // By kind; whole tolls first, the most recent first; exact counts before vague ones.
  return [...lines.values()].sort(
    (a, b) =>
      KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
      Number(b.total) - Number(a.total) ||
      b.latest.localeCompare(a.latest) ||
      Number(b.count !== undefined) - Number(a.count !== undefined) ||
      b.figures.length - a.figures.length,
  );
}

/** "What is the latest toll?", "how many now?", "has the toll risen?": a question about the toll over time. */
export function asksAboutTollChange(question: string): boolean {
  return /\b(latest|now|current(?:ly)?|so far|to date|risen|rise[sn]?|rising|rose|gone up|go up|increased?|climb\w*|changed?|updated?|revised|new|final|still)\b/i.test(question);
}

/** How a line reads as an amount: "7", "at least 9", "5,000–6,000", "dozens". */
export function amountOf(line: Pick<FigureLine, 'count' | 'countMax' | 'qualifier' | 'text'>): string {
  if (line.count === undefined) return line.qualifier ?? line.text;
  const n = line.count.toLocaleString('en-GB');
  if (line.countMax !== undefined) return `${n}–${line.countMax.toLocaleString('en-GB')}`;
  return line.qualifier ? `${line.qualifier} ${n}` : n;
}

/**
 * A report that tells its toll rising in one sentence ("raised the death toll
 * to 111 on Thursday and to 114 on Friday") gives its earlier figure, not a
 * second opinion: on the latest day, a lower toll whose every mention stands
 * before a higher one in the same sentence is listed as earlier, and so is one
 * the report tells as earlier in words.
 */
function risenWithinReport(days: TollSeries['days']): TollSeries['days'] {
  const [latest, ...rest] = days;
  const top = Math.max(...latest.lines.map((l) => l.count ?? 0));
  // Where the highest toll is last mentioned in each sentence: a figure before that point is followed by it.
  const lastTopStart = new Map<string, number>();
  for (const h of latest.lines) {
    if (h.count !== top) continue;
    for (const g of [...h.figures, ...(h.repeats ?? [])]) lastTopStart.set(g.sentenceId, Math.max(lastTopStart.get(g.sentenceId) ?? -1, g.start));
  }
  const higherAfter = (f: FigureLine['figures'][number]) => (lastTopStart.get(f.sentenceId) ?? -1) > f.start;
  // So is a figure the report itself tells as earlier ("an earlier update had put the dead at 11,300").
  const ownFigures = (l: FigureLine) => l.figures.filter((f) => f.published === latest.day);
  const earlier = latest.lines.filter((l) => ((l.count ?? 0) < top && ownFigures(l).every(higherAfter)) || ownFigures(l).every((f) => f.toldAsEarlier));
  if (earlier.length === 0) return days;
  return [{ day: latest.day, lines: latest.lines.filter((l) => !earlier.includes(l)) }, { day: latest.day, lines: earlier }, ...rest];
}

/** A toll of the dead or hurt is not cut by more than this share: a lower count is of some part of it. */
const TOLL_FALL = 0.5;

/**
 * A count of the dead (or the hurt) first given at less than half the toll an earlier report gave is not the toll
 * but some part of it ("two people died in the aftershock", a week after a toll of 147): such a toll is revised, not
 * cut to a fraction. The missing and the displaced do fall so, as people are found or go home.
 */
function wholeTolls(tolls: FigureLine[], kind: FigureKind, past: boolean): FigureLine[] {
  if (past || (kind !== 'killed' && kind !== 'injured') || tolls.length < 2) return tolls;
  // Each line by the day it was first given; the highest toll of the days before each day, in one pass.
  const byFirstDay = tolls.map((line) => ({ line, day: line.figures.reduce((day, f) => (f.published < day ? f.published : day), line.latest) })).sort((a, b) => a.day.localeCompare(b.day));
  const kept = new Set<FigureLine>();
  let before = 0;
  let dayHighest = 0;
  for (let i = 0; i < byFirstDay.length; i++) {
    const { line, day } = byFirstDay[i]!;
    if (i > 0 && day !== byFirstDay[i - 1]!.day) before = Math.max(before, dayHighest);
    dayHighest = Math.max(dayHighest, line.count ?? 0);
    if ((line.count ?? 0) >= TOLL_FALL * before) kept.add(line);
  }
  return tolls.filter((line) => kept.has(line));
}

/**
 * A kind's whole tolls of an event (or of one of its places) over publication days, the latest first; undefined
 * when it has none. For an event of an earlier year ("the Gwangju uprising (1980)") reports of different days that
 * differ disagree: the toll of a past event does not change with the day a report is written.
 */
export function seriesOf(kind: FigureKind, lines: FigureLine[], past = false, place?: string): TollSeries | undefined {
  const tolls = wholeTolls(
    lines.filter((l) => l.kind === kind && l.total && l.count !== undefined && l.place === place),
    kind,
    past,
  );
  if (tolls.length === 0) return undefined;
  const byDay = new Map<string, FigureLine[]>();
  for (const line of tolls) {
    for (const day of new Set(line.figures.map((f) => f.published))) {
      const list = byDay.get(day);
      if (list) list.push(line);
      else byDay.set(day, [line]);
    }
  }
  let days = [...byDay.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([day, l]) => ({ day, lines: l }));
  const amounts = (l: FigureLine[]) => new Set(l.map(amountOf));
  if (!past && days.length > 0) days = risenWithinReport(days);
  const differ = new Set(tolls.map(amountOf)).size > 1;
  const disputed = past ? differ : amounts(days[0].lines).size > 1;
  const changed = !past && days.length > 1 && differ;
  return { kind, days, changed, disputed, ...(place ? { place } : {}) };
}
