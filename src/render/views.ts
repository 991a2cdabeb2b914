/**
 * Views for the commands that list rather than answer one question: casualty
 * figures by event, the sources, who is involved, the timeline, a comparison
 * across articles, a speaker's own words, and help.
 */
import { FIGURE_WORDS as KIND_WORDS, notesText } from './notes.js';
import type { APIEmbedField } from 'discord.js';
import type { CasualtyEvent, FigureKind, FigureLine } from '../engine/casualties/index.js';
import type { Engine, Quote, TimelineEvent } from '../engine/engine.js';
import type { Entity } from '../engine/entities.js';
import { discordDay } from '../engine/dates.js';
import { attribution, safeCorpusText, safeUserText, shortDate, webAddress } from './format.js';
import { LIMITS, truncate } from './limits.js';
import type { View } from './message.js';

/** "*Pakistan says it struck…* · 18 Jan 2024 · ¶13": a report named briefly, for lists of several. */
function briefSource(engine: Engine, f: { articleId: string; paragraph: number }): string {
  const article = engine.article(f.articleId);
  return `*${safeCorpusText(truncate(article.title, 40))}* · ${shortDate(article.published)} · ¶${f.paragraph}`;
}

/** Words in a figure's own phrase that already say its kind ("seven dead", "36 cases"), by kind. */
const SAYS_KIND: Record<FigureLine['kind'], RegExp> = {
  killed: /\b(dead|death|deaths|killed|casualt\w*|fatalit\w*|bodies)\b/i,
  injured: /\b(injur\w*|wound\w*|ill|illness\w*|sick\w*|infect\w*|cases|patients|positive)\b/i,
  missing: /\b(missing)\b/i,
  rescued: /\b(rescued)\b/i,
  displaced: /\b(displaced)\b/i,
  damage: /\b(damage)\b/i,
};

/** "**three women and four children** killed — *Report A* ¶3; *Report B* ¶2": the kind only where the words do not say it. */
function figureLine(engine: Engine, line: FigureLine): string {
  const kind = SAYS_KIND[line.kind].test(line.figures[0]?.phrase ?? line.text) ? '' : ` ${KIND_WORDS[line.kind]}`;
  // At most four reports by name, so that a line always fits a field; the quotes list every one.
  const named = line.figures.length > 4 ? line.figures.slice(0, 3) : line.figures;
  const more = line.figures.length - named.length;
  const sources = named.map((f) => briefSource(engine, f)).join('; ') + (more > 0 ? ` and ${more} more reports` : '');
  // The words of the first report listed: other reports give the same figure, maybe in other words.
  // Whose toll it is, unless its own words say ("Four of the Tennessee deaths").
  const words = line.figures[0]?.phrase ?? line.text;
  const place = line.place && !words.includes(line.place) ? ` in ${safeUserText(line.place)}` : '';
  return `**${safeUserText(words)}**${kind}${place} — ${sources}`;
}

/** The items `first` picks, then the others, each group in its own order. */
function firstWhere<T>(items: T[], first: (item: T) => boolean): T[] {
  return [...items.filter(first), ...items.filter((item) => !first(item))];
}

/**
 * One field per event: for a toll that changed, the most recent report's
 * figure first ("Latest, 19 Sep 2023"), then the earlier ones by date; then
 * every other figure, each once with all its reports. A kind of figure asked
 * for (`lead`) comes first.
 */
export function casualtyFields(engine: Engine, events: CasualtyEvent[], lead?: FigureKind): APIEmbedField[] {
  return events.flatMap((event, index) => {
    const lines: string[] = [];
    const shown = new Set<FigureLine>();
    for (const series of firstWhere(event.series, (s) => s.kind === lead)) {
      if (!series.changed && !series.disputed) continue;
      const what = `(${KIND_WORDS[series.kind]}${series.place ? `, ${safeUserText(series.place)}` : ''})`;
      // Differing figures that did not change over the days (a past event's estimates): listed together, none as earlier.
      if (!series.changed && series.days.length > 1) {
        lines.push(`__Reports differ__ ${what}:`);
        for (const l of new Set(series.days.flatMap((d) => d.lines))) {
          lines.push(`• ${figureLine(engine, l)}`);
          shown.add(l);
        }
        continue;
      }
      const [latest, ...earlier] = series.days;
      lines.push(`__${series.changed ? `Latest, ${shortDate(latest.day)}` : `${shortDate(latest.day)}, reports differ`}__ ${what}:`);
      for (const l of latest.lines) {
        lines.push(`• ${figureLine(engine, { ...l, figures: l.figures.filter((f) => f.published === latest.day) })}`);
        shown.add(l);
      }
      if (earlier.length > 0) {
        lines.push(`__Earlier__ ${what}:`);
        for (const day of earlier) {
          for (const l of day.lines) {
            lines.push(`• ${figureLine(engine, { ...l, figures: l.figures.filter((f) => f.published === day.day) })}`);
            shown.add(l);
          }
        }
      }
    }
    const rest = firstWhere(event.lines, (l) => l.kind === lead).filter((l) => !shown.has(l));
    // Whole lines only, in order, while they fit; the incident itself (the first event) may take a second
    // field; what is left is counted (its quotes page with More).
    // After a toll's days, the other figures under a heading of their own, not as more of its earlier days.
    const all = [...lines, ...(lines.length > 0 && rest.length > 0 ? ['__Other figures__:'] : []), ...rest.map((l) => `• ${figureLine(engine, l)}`)];
    const flags = [event.series.some((s) => s.changed) ? 'toll changed' : '', event.disputed ? 'reports differ' : ''].filter(Boolean).join(', ');
    const fields: APIEmbedField[] = [];
    let k = 0;
    for (let part = 0; part < (index === 0 ? 2 : 1) && k < all.length; part++) {
      const out: string[] = [];
      let length = 0;
      for (; k < all.length; k++) {
        if (length + all[k].length + 1 > LIMITS.fieldValue - 40) break;
        out.push(all[k]);
        length += all[k].length + 1;
      }
      // The label is words of the reports: escaped like any text from outside.
      const label = safeUserText(event.label);
      fields.push({ name: part === 0 ? `${label}${flags ? ` — ${flags}` : ''}` : `${label} (continued)`, value: out.join('\n') });
    }
    const left = all.slice(k).filter((l) => l.startsWith('•')).length;
    if (left > 0) fields[fields.length - 1].value += `\n…and ${left} more figure${left === 1 ? '' : 's'} (see the quotes)`;
    if (fields.length === 0) fields.push({ name: safeUserText(event.label), value: 'No figure.' });
    return fields;
  });
}

/** The title of every answer the reports do not give. */
export const NOT_FOUND_TITLE = 'Not found in the sources';

/** /casualties with no figure to show: said, and no quotes. */
function noFigures(base: View, intro: string): View {
  return { ...base, notFound: true, title: NOT_FOUND_TITLE, intro, quotes: [] };
}

/**
 * /casualties: the figures by event. With a topic, base holds the topic asked as a question: when no casualty figure
 * matches a topic the reports do speak of ("losses to the insurance fund"), their words on it answer.
 */
export function casualtiesView(engine: Engine, events: CasualtyEvent[], base: View): View {
  const topic = base.request.text.trim() !== '';
  const asked = topic ? engine.casualtyKindAsked(base.request.text) : undefined;
  // "/casualties missing" where the reports give no casualty figure at all: that is the answer, not their words that
  // share a word with it ("I miss you").
  if (events.length === 0 && asked && engine.casualtyEvents().length === 0) {
    return noFigures(base, `No report gives any figure of those ${KIND_WORDS[asked]}, nor any other casualty figure.`);
  }
  if (events.length === 0 && topic && !base.notFound && (base.quotes?.length ?? 0) > 0) return { ...base, intro: 'No casualty figures in the reports match that topic; this is what they say of it.' };
  if (events.length === 0) return noFigures(base, topic ? 'No casualty figures in the reports match that topic.' : 'The reports give no casualty figures.');
  // "/casualties injured": the figures of that kind lead (the events that give any first), and only their changes and
  // disagreements are noted.
  const givesAsked = (event: CasualtyEvent) => event.lines.some((l) => l.kind === asked);
  // "/casualties missing" where no report counts the missing: said first, and the figures they do give follow as usual.
  const kindGiven = asked !== undefined && events.some(givesAsked);
  const kind = kindGiven ? asked : undefined;
  if (kind) events = firstWhere(events, givesAsked);
  const quotes = engine.casualtyQuotes(events, Infinity, kind);
  const every = 'Every figure the reports give, by event, each once with all its reports; where a toll changed, the most recent report leads. Figures are shown as reported, never combined.';
  return {
    ...base,
    title: 'Casualties reported',
    notFound: false,
    intro: asked && !kindGiven ? `No report gives any figure of those ${KIND_WORDS[asked]}. ${every}` : every,
    notes: notesText(events.flatMap((e) => engine.notesOfKind(e, kind))),
    fields: casualtyFields(engine, events, kind),
    quotes,
  };
}

export function sourcesView(engine: Engine, base: View): View {
  const lines = engine.corpus.articles.map((a, i) => {
    const added = a.added ? ` · added ${shortDate(a.added.slice(0, 10))}` : '';
    const address = webAddress(a.url);
    return `**${i + 1}.** ${attribution(a)} · ${a.paragraphs.length} paragraphs${added}${address ? `\n${address}` : ''}`;
  });
  return { ...base, title: `Sources (${engine.corpus.articles.length} reports)`, body: lines.join('\n'), buttons: false };
}

function entityLine(entity: Entity): string {
  const role = entity.roles[0] ? ` — ${safeUserText(entity.roles[0])}` : entity.kind === 'organisation' ? ' — organisation' : '';
  return `**${safeUserText(entity.name)}**${role} (${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'})`;
}

/** /who without a topic: the people (with their roles) and organisations the reports name, each with a quote. */
export function actorsView(engine: Engine, base: View): View {
  const people = engine.actors().filter((e) => e.kind === 'person');
  const organisations = engine.actors().filter((e) => e.kind === 'organisation' && e.mentions.length > 1);
  const quotes = engine.group(people.map((p) => engine.quoteFor(engine.index.sentence(p.mentions[0])!)));
  return {
    ...base,
    title: 'Who is involved',
    notFound: false,
    intro: undefined,
    fields: [
      { name: 'People', value: people.map(entityLine).join('\n') || 'None named.' },
      { name: 'Organisations and groups', value: organisations.map(entityLine).join('\n') || 'None named.' },
    ],
    quotes,
  };
}

/** A timeline event's best quote, with every report of it as a source. */
function timelineQuote(engine: Engine, event: TimelineEvent): Quote {
  const quote = engine.quoteFor(event.best.sentence);
  for (const r of event.reports.slice(1)) {
    if (!quote.sources.some((s) => s.articleId === r.sentence.articleId)) quote.sources.push({ articleId: r.sentence.articleId, paragraph: r.sentence.paragraph });
  }
  return quote;
}

/** "<t:…:D> · “at around 4:00 am” — *Report* ¶2 (+2 reports)", and the days or times the reports give when they differ. */
function timelineLine(engine: Engine, event: TimelineEvent, number: number): string {
  const best = event.best;
  const others = new Set(event.reports.map((r) => r.sentence.articleId)).size - 1;
  const time = best.time && !best.when.includes(best.time.replace(/^at\s+/i, '').replace(/[,.]+$/, '')) ? ` · “${safeUserText(best.time)}”` : '';
  const lines = [`**${number}.** ${discordDay(best.day)}${time} — “${safeUserText(best.when)}” in ${attribution(engine.article(best.sentence.articleId), best.sentence.paragraph)}${others > 0 ? ` (and ${others} other report${others === 1 ? '' : 's'})` : ''}`];
  const sources = (reports: TimelineEvent['reports']) => [...new Set(reports.map((r) => briefSource(engine, r.sentence)))].join('; ');
  if (event.days.length > 1) lines.push(`⚠️ Reports differ on the day: ${event.days.map((d) => `${discordDay(d.day)} (“${d.when.map(safeUserText).join('”, “')}” — ${sources(d.reports)})`).join(' / ')}`);
  if (event.times.length > 1) lines.push(`⚠️ Reports differ on the time: ${event.times.map((t) => `“${safeUserText(t.time)}” (${sources(t.reports)})`).join(' / ')}`);
  return lines.join('\n');
}

/** /timeline: events in date order, each once, with its best quote; days and times the reports disagree on are shown with their sources. */
export function timelineView(engine: Engine, base: View): View {
  const events = engine.timeline();
  const lines: string[] = [];
  let length = 0;
  for (const [i, e] of events.entries()) {
    const line = timelineLine(engine, e, i + 1);
    if (length + line.length + 1 > LIMITS.embedDescription - 1200) {
      lines.push(`…and ${events.length - i} more events: **More** pages through their quotes.`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return {
    ...base,
    title: 'Timeline',
    notes: [],
    intro: events.length === 0 ? 'The reports give no dated events.' : 'Events in date order, each once; days are resolved from each report’s publication date.',
    body: lines.join('\n'),
    quotes: events.map((e) => timelineQuote(engine, e)),
    notFound: events.length === 0,
  };
}

export function compareView(engine: Engine, topic: string, base: View): View {
  const rows = engine.compare(topic);
  if (rows.length === 0) return { ...base, notFound: true, title: NOT_FOUND_TITLE, intro: `No report speaks of “${safeUserText(topic)}”.` };
  const quotes = rows.flatMap((r) => r.quotes);
  const reports = engine.reportsOn(rows);
  return { ...base, title: `How the reports compare: ${topic}`, intro: `${reports} of ${engine.corpus.articles.length} reports speak of this; each report’s own words, report by report.`, quotes };
}

export function speakerView(engine: Engine, speaker: string, base: View): View {
  const { speaker: entity, quotes, reported } = engine.quotesBy(speaker);
  if (quotes.length === 0) return { ...base, notFound: true, title: NOT_FOUND_TITLE, intro: `The reports quote no words of “${safeUserText(speaker)}”.` };
  const name = entity?.name ?? speaker;
  const role = entity?.roles[0] ? `${safeUserText(name)} — ${safeUserText(entity.roles[0])}` : undefined;
  if (reported) {
    const none = `The reports give no words of ${safeUserText(name)} in quotation marks; this is what they report ${safeUserText(name)} said.`;
    return { ...base, title: `What they said: ${name}`, intro: role ? `${role}\n${none}` : none, quotes };
  }
  return { ...base, title: `In their own words: ${name}`, intro: role, quotes };
}
