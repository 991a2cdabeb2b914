/**
 * The words of an answer's notes (src/engine/notes.ts): plain text, escaped
 * where it is shown; days as "14 Mar 2032" in toll notes, with the weekday
 * where reports differ on the day.
 */
import type { Note } from '../engine/notes.js';
import { longDay } from '../engine/dates.js';

/** A kind of casualty figure in words ("injured" counts the ill of an outbreak or a poisoning too). */
export const FIGURE_WORDS: Record<Extract<Note, { figure: unknown }>['figure'], string> = {
  killed: 'killed',
  missing: 'missing',
  injured: 'injured or ill',
  rescued: 'rescued',
  displaced: 'displaced',
  damage: 'destroyed or damaged',
};

/** "14 Mar 2032" */
function shortDay(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** " in Tennessee": whose toll it is, for a region's or country's own (of an event spread over several). */
const inPlace = (place?: string) => (place ? ` in ${place}` : '');

export function noteText(note: Note): string {
  switch (note.kind) {
    case 'noNumber':
      return 'No report gives a number for this; these are the closest quotes.';
    case 'neverCounted':
      return 'The reports mention it, but none gives a number.';
    case 'noFigureFor':
      return `No report gives a casualty figure for strikes in ${note.place}; these are the closest quotes.`;
    case 'daysDiffer':
      return `Reports differ on the day: ${note.days.map((d) => `${longDay(d.day)} in “${d.titles.join('”, “')}”`).join('; ')}.`;
    case 'tollChanged':
      return `${note.event}, ${FIGURE_WORDS[note.figure]}${inPlace(note.place)}: the latest report (${shortDay(note.latest.day)}) gives ${note.latest.amounts.join(', ')}; earlier: ${note.earlier.map((d) => `${d.amounts.join(', ')} (${shortDay(d.day)})`).join('; ')}.`;
    case 'figuresDiffer':
      return `Reports differ on ${note.event}, ${FIGURE_WORDS[note.figure]}${inPlace(note.place)}: ${note.amounts.join(', ')}.`;
  }
}

export function notesText(notes: readonly Note[]): string[] {
  return notes.map(noteText);
}
