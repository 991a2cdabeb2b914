/**
 * The timeline: the events the reports date, in date order, each once. A
 * dated clause ("Pakistan launched airstrikes … early Thursday") is an entry;
 * entries about the same event are one timeline event with one best quote
 * and its other reports. Reports that give different days or times for the
 * same event (late Tuesday in one, early Wednesday in another) keep each day
 * with its sources. Days are resolved against each report's publication date
 * (src/engine/dates.ts); the engine passes them in, so nothing is read twice.
 */
import type { Corpus, Sentence } from '../corpus/types.js';
import { incidentOf } from './casualties/context.js';
import type { DateMention } from './dates.js';

/** Who acted on whom in a clause (see direction.ts); empty sets when the clause does not say. */
export interface Actors {
  attackers: Set<string>;
  targets: Set<string>;
}

export interface TimelineReport {
  sentence: Sentence;
  day: string;
  /** The date words as written ("late on Tuesday"). */
  when: string;
  /** Time-of-day words, when the report gives them ("at around 4:00 am"). */
  time?: string;
}

export interface TimelineEvent {
  /** The day it is placed on: the earliest day its reports give. */
  day: string;
  /** The best report: its quote leads. */
  best: TimelineReport;
  /** Every report of the event, the best first. */
  reports: TimelineReport[];
  /** Distinct days the reports give, with their reports, when they differ. */
  days: { day: string; when: string[]; reports: TimelineReport[] }[];
  /** Distinct times of day the reports give, when they differ. */
  times: { time: string; reports: TimelineReport[] }[];
}

const STOP = new Set('the a an and or but of in on at to for from by with as that this these those which who whom whose it its their his her they he she we was were is are been be being had has have having not no than then there after before during while when where what into onto over under about against between one two also more most said says told stated added according reported local time day days early late hours morning evening night afternoon today yesterday monday tuesday wednesday thursday friday saturday sunday week month year earlier later following'.split(' '));
/** A date that only says when something was said is not an event's date. */
const REPORTING_BEFORE = /\b(said|says|told(?:\s+\w+){0,3}|stated|added|announced|reported|confirmed|declared|warned|wrote|urged|insisted)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

function signature(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Where one clause ends and another begins: punctuation, or a word that opens a clause about something else. */
const CLAUSE_BREAK = /[,;:–—]\s+|\s+(?=(?:after|before|following|while|whereas|but|when|because)\s)/g;

/**
 * The clause a date belongs to, and for an opening adverbial that names no one
 * ("In early hours of Wednesday local time, …") the clause it opens as well.
 */
function clausesOf(text: string, at: number): { own: string; opened: string } {
  const starts = [...text.slice(0, at).matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length);
  const start = starts.length ? starts[starts.length - 1] : 0;
  const rest = [...text.slice(at).matchAll(CLAUSE_BREAK)].map((m) => at + m.index);
  const end = rest[0] ?? text.length;
  const own = text.slice(start, end);
  const opened = start === 0 && end < text.length ? text.slice(start, rest[1] ?? text.length) : own;
  return { own, opened };
}

/** How many of the latest events an entry is compared with. */
const LOOK_BACK = 300;

/** Share of words two reports of one day need to be the same event when they do not say who acted. */
const SAME_DAY_SIMILARITY = 0.12;

/** An entry that names a kind of incident (or "the action") is about the day's event of that kind. */
function sharesIncident(event: Set<string>, entry: Set<string>, eventHasActors: boolean): boolean {
  if (entry.size === 0) return false;
  // The day's incident whose actors other reports name takes any report of an incident that day that names none.
  if (eventHasActors) return true;
  if (entry.has('*')) return [...event].some((k) => k !== '*');
  return [...entry].some((k) => event.has(k));
}

/** "In a second", "Within the hour": a span from now, not a date. */
const FROM_NOW = /^(in|within|after)\s+(a|an|the|one|\w+)\s+(seconds?|minutes?|hours?)$/i;
/** A clock time. */
const CLOCK = /\d(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/i;

/** "night", "the evening", "weekend": a part of some day, not a day a report pins. */
const PART_OF_DAY = /^(the\s+)?(night|evening|morning|afternoon|weekend|overnight)[,.]?$/i;

/** The date words as written, with the part of the day before them: "late on Tuesday", "In early hours of Wednesday". */
function whenWords(text: string, d: DateMention): string {
  const before = /(?:\b(?:late|early|earlier|later)(?:\s+on)?|\b(?:in\s+)?(?:the\s+)?early\s+hours\s+of)\s+$/i.exec(text.slice(Math.max(0, d.index - 30), d.index));
  return (before ? text.slice(d.index - before[0].length, d.index + d.text.length) : d.text).replace(/[,;:.]+$/, '');
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

interface Entry {
  report: TimelineReport;
  words: Set<string>;
  actors: Actors;
  /** Kinds of incident the clause speaks of ("strike", "shooting"); "*" for "the action", "the events". */
  incidents: Set<string>;
}

/** Words for what happened, when a clause does not say who did it (general English). */
const HAPPENING = /\b(action|operation|mission|events?|move|incident)\b/i;

function compatible(a: Actors, b: Actors): 'same' | 'other' | 'unknown' {
  const some = (x: Actors) => x.attackers.size + x.targets.size > 0;
  if (!some(a) || !some(b)) return 'unknown';
  for (const t of a.targets) if (b.attackers.has(t)) return 'other';
  for (const t of a.attackers) if (b.targets.has(t)) return 'other';
  const shares = [...a.attackers].some((x) => b.attackers.has(x)) || [...a.targets].some((x) => b.targets.has(x));
  const targetsClash = a.targets.size > 0 && b.targets.size > 0 && ![...a.targets].some((x) => b.targets.has(x));
  return shares && !targetsClash ? 'same' : 'other';
}

/** Events of a corpus in date order. */
export function buildTimeline(corpus: Corpus, datesOf: (sentence: Sentence) => DateMention[], actorsOf: (clause: string) => Actors): TimelineEvent[] {
  const entries: Entry[] = [];
  for (const sentence of corpus.sentences) {
    const published = corpus.byId.get(sentence.articleId)!.published;
    const dates = datesOf(sentence);
    // A time of day is a clock time ("4:00 am", "10:25 p.m.", "noon"), not "six hours after".
    const clock = dates.filter((d) => d.hasTime && CLOCK.test(d.text));
    const time = clock.find((d) => !d.day)?.text ?? clock[0]?.text;
    for (const d of dates) {
      if (!d.day || !d.specific || d.day > published || PART_OF_DAY.test(d.text.trim()) || FROM_NOW.test(d.text.trim())) continue;
      // "confirmed Thursday morning … that explosions had occurred … at around 4:00 am": the day the report gives,
      // and the event is the clause of the time of day that follows; a day that only dates what was said is skipped.
      const timeAfter = clock.find((t) => !t.day && t.index > d.index);
      const reported = REPORTING_BEFORE.test(sentence.text.slice(Math.max(0, d.index - 40), d.index));
      if (reported && !timeAfter) continue;
      const { own, opened } = clausesOf(sentence.text, reported ? timeAfter!.index : d.index);
      let actors = actorsOf(own);
      let clause = own;
      if (actors.attackers.size + actors.targets.size === 0 && opened !== own) [actors, clause] = [actorsOf(opened), opened];
      const words = signature(clause.replace(d.text, ' '));
      // Too few words to say what happened, unless the clause names who acted ("Following attacks by Iran late on Tuesday").
      if (words.size < (actors.attackers.size + actors.targets.size > 0 ? 2 : 3) || sentence.text.length < 40) continue;
      const incidents = new Set((clause.match(/\p{L}+/gu) ?? []).map((w) => incidentOf(w)).filter((k): k is string => k !== undefined));
      if (HAPPENING.test(clause)) incidents.add('*');
      entries.push({ report: { sentence, day: d.day, when: whenWords(sentence.text, d), time: time && time !== d.text ? time : d.hasTime ? d.text : undefined }, words, actors, incidents });
      break; // one entry per sentence: its first event date
    }
  }
  entries.sort((a, b) => a.report.day.localeCompare(b.report.day) || a.report.sentence.id.localeCompare(b.report.sentence.id));
  // Each entry joins the event it is about: the same actors within a day of it, or the same words on its day.
  const events: { day: string; entries: Entry[]; words: Set<string>; actors: Actors; incidents: Set<string> }[] = [];
  for (const entry of entries) {
    let best: (typeof events)[number] | undefined;
    let bestScore = 0;
    // Events are in date order, so only the recent ones can match; a bounded look-back keeps a large corpus linear.
    for (let k = events.length - 1; k >= Math.max(0, events.length - LOOK_BACK); k--) {
      const event = events[k];
      if (daysApart(event.day, entry.report.day) > 1) break; // events are in date order: older ones cannot match
      const actors = compatible(event.actors, entry.actors);
      if (actors === 'other') continue;
      const similarity = jaccard(event.words, entry.words);
      const sameDay = event.day === entry.report.day;
      // Across days only the same actors on the same targets (late Tuesday / early Wednesday); on one day, the same actors or words.
      const targeted = event.actors.targets.size > 0 && entry.actors.targets.size > 0;
      const anonymous = entry.actors.attackers.size + entry.actors.targets.size === 0;
      const score =
        actors === 'same' && (sameDay || targeted)
          ? 1 + similarity
          : sameDay && anonymous && sharesIncident(event.incidents, entry.incidents, event.actors.attackers.size > 0)
            ? 0.5 + similarity // "Thursday’s strike", "Wednesday night's shootings": the day's incident, whoever other reports say did it
            : sameDay && similarity >= SAME_DAY_SIMILARITY
              ? similarity
              : 0;
      if (score > bestScore) [best, bestScore] = [event, score];
    }
    if (best) {
      best.entries.push(entry);
      for (const w of entry.words) best.words.add(w);
      for (const a of entry.actors.attackers) best.actors.attackers.add(a);
      for (const t of entry.actors.targets) best.actors.targets.add(t);
      for (const k of entry.incidents) best.incidents.add(k);
    } else events.push({ day: entry.report.day, entries: [entry], words: new Set(entry.words), actors: { attackers: new Set(entry.actors.attackers), targets: new Set(entry.actors.targets) }, incidents: new Set(entry.incidents) });
  }
  return events.map((event) => {
    // The best quote: a report that gives a time, then one from earlier in its article (a lede says what happened plainly).
    const reports = event.entries.map((e) => e.report);
    const ranked = [...reports].sort((a, b) => Number(Boolean(b.time)) - Number(Boolean(a.time)) || a.sentence.paragraph - b.sentence.paragraph || a.sentence.text.length - b.sentence.text.length);
    const best = ranked[0];
    const byDay = new Map<string, TimelineReport[]>();
    for (const r of reports) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
    const byTime = new Map<string, TimelineReport[]>();
    for (const r of reports) if (r.time) byTime.set(r.time.toLowerCase(), [...(byTime.get(r.time.toLowerCase()) ?? []), r]);
    const days = byDay.size > 1 ? [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, rs]) => ({ day, when: [...new Set(rs.map((r) => r.when))], reports: rs })) : [];
    const times = byTime.size > 1 ? [...byTime.values()].map((rs) => ({ time: rs[0].time!, reports: rs })) : [];
    return { day: event.day, best, reports: [best, ...reports.filter((r) => r !== best)], days, times };
  });
}
