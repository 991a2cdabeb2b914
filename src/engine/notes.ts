/**
 * Remarks that go with an answer, as data: what the reader should know beside
 * the quotes (reports disagree, a toll changed, no report gives a number).
 * src/render/notes.ts words them; the engine never writes a reader's sentence.
 */
import { amountOf } from './casualties/events.js';
import type { CasualtyEvent, TollSeries } from './casualties/index.js';

export type Note =
  /** "How many missiles did Iran fire?": the closest quotes give no number. */
  | { kind: 'noNumber' }
  /** "How many drones …": the reports name the thing but never count it (the answer is "not found"). */
  | { kind: 'neverCounted' }
  /** "How many died in Iraq?": no report gives a figure for strikes there. */
  | { kind: 'noFigureFor'; place: string }
  /** Reports give different days for the asked event: each day (YYYY-MM-DD) with the titles of its reports. */
  | { kind: 'daysDiffer'; days: { day: string; titles: string[] }[] }
  /** An event's toll changed over publication days: the latest day's amounts, then each earlier day's. */
  | { kind: 'tollChanged'; event: string; figure: TollSeries['kind']; place?: string; latest: DayAmounts; earlier: DayAmounts[] }
  /** Reports of the same day give different amounts for an event. */
  | { kind: 'figuresDiffer'; event: string; figure: TollSeries['kind']; place?: string; amounts: string[] };

/** The amounts reports of one publication day (YYYY-MM-DD) give, as reported ("at least 12", "7"). */
export interface DayAmounts {
  day: string;
  amounts: string[];
}

/** An event's notes: a toll that changed over publication days, and reports of one day that disagree. */
export function casualtyNotes(event: CasualtyEvent): Note[] {
  const notes: Note[] = [];
  for (const s of event.series) {
    const [latest, ...earlier] = s.days.map((d) => ({ day: d.day, amounts: [...new Set(d.lines.map(amountOf))] }));
    // A region's or country's own toll (of an event spread over several) says whose it is.
    const place = s.place ? { place: s.place } : {};
    if (s.changed) notes.push({ kind: 'tollChanged', event: event.label, figure: s.kind, ...place, latest, earlier });
    // Reports of the latest day that differ; or, for a past event, reports of any day.
    const differing = s.changed ? latest.amounts : [...new Set(s.days.flatMap((d) => d.lines.map(amountOf)))];
    if (s.disputed) notes.push({ kind: 'figuresDiffer', event: event.label, figure: s.kind, ...place, amounts: differing });
  }
  return notes;
}
