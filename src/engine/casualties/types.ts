/** The data a casualty index holds and answers with (plain data: it is saved in engine snapshots). */
import type { FigureKind, RawFigure } from './extract.js';
import type { Place } from './places.js';

export type { FigureKind } from './extract.js';

/** A figure with where it was read: its sentence, its report and the context its event is read from. */
export interface Figure extends RawFigure {
  /** `${sentenceId}@${start}`: unique in a corpus version. */
  id: string;
  sentenceId: string;
  articleId: string;
  paragraph: number;
  /** Publication day of its report (YYYY-MM-DD). */
  published: string;
  /** Places of its context, most specific first: its clause, else its paragraph, else the paragraph before. */
  places: Place[];
  /** The place its own sentence names, if any (key): a toll for another town is not the event's whole toll. */
  localPlace?: string;
  /** The country it happened in, where the text says. */
  country?: string;
  /** What kind of incident its sentence (or, failing that, its paragraph) speaks of ("strike", "bombing", "flood") and the word as written. */
  incident?: { kind: string; word: string; fromParagraph?: boolean };
  /** A year the sentence names that is not its report's ("in 2009"): an earlier event. */
  era?: string;
  /** Its report tells it as an earlier figure ("an earlier update had put the dead at 11,300"), not its own. */
  toldAsEarlier?: boolean;
  /** Countries its clause names together ("southern Turkey and northern Syria"): the event spans them. */
  region?: string[];
  /** Paragraphs read for its context (`articleId#paragraph`), for topic matching. */
  context: string[];
}

/** One line per figure: the same figure of the same kind for the same event, with every report that gives it. */
export interface FigureLine {
  kind: FigureKind;
  /** The words to show (the whole phrase: "three women and four children"). */
  text: string;
  count?: number;
  countMax?: number;
  qualifier?: string;
  /** A whole toll (see RawFigure.total). */
  total: boolean;
  /** One figure per report that gives it, in corpus order. */
  figures: Figure[];
  /** The same figure again in a report already listed (its other sentences). */
  repeats?: Figure[];
  /** The most recent publication day among its reports. */
  latest: string;
  /** The one region or country of the event this figure is of, when the event is spread over several ("Tennessee"). */
  place?: string;
}

/** A toll over time: the figures of one kind for one event, by publication day, most recent first. */
export interface TollSeries {
  kind: FigureKind;
  /** The region or country of the event it is the toll of; none for the whole event's. */
  place?: string;
  /** Each publication day with the whole-toll lines reported that day, most recent first. */
  days: { day: string; lines: FigureLine[] }[];
  /** Reports of different days give different figures: the first day leads, the others are earlier. */
  changed: boolean;
  /** Reports of the most recent day disagree with each other. */
  disputed: boolean;
}

export interface CasualtyEvent {
  key: string;
  /** Words from the reports: "Strikes near Saravan", "Bombing in Kerman". */
  label: string;
  figures: Figure[];
  lines: FigureLine[];
  /** Tolls by kind, for kinds with whole-toll figures. */
  series: TollSeries[];
  /** Reports of one day give different whole tolls of one kind. */
  disputed: boolean;
  places: string[];
  /** Countries it happened in, as the reports write them ("Turkey"). */
  countries: string[];
  /** Paragraphs its figures were read from (`articleId#paragraph`). */
  paragraphs: string[];
}

/** A casualty index as plain data, for engine snapshots. */
export interface CasualtySnapshot {
  figures: Figure[];
  /** Where the reports' opening lines place the incident: see LedePlaces. */
  lede: LedePlaces;
  /** Each place's country as the whole corpus voted it (place key → country), so a restored index groups as the built one did. */
  placeCountry: [string, string][];
}

/**
 * Where the reports open: how many reports name each place (by key) in their
 * title or first sentence. A news report says where it happened first ("A
 * cruise ship ran aground off the island of Giglio"), before the port, the
 * hospital or the court.
 */
export interface LedePlaces {
  places: Record<string, number>;
}
