/**
 * Views for the commands that list rather than answer one question: casualty
 * figures by event, the sources, who is involved, the timeline, a comparison
 * across articles, a speaker's own words, and help.
 */
import type { APIEmbedField } from 'discord.js';
import type { CasualtyEvent } from '../engine/casualties.js';
import { disagreementNote, type Engine, type Quote } from '../engine/engine.js';
import type { Entity } from '../engine/entities.js';
import { discordDay } from '../engine/dates.js';
import { attribution, safeUserText, shortDate, webAddress } from './format.js';
import { LIMITS } from './limits.js';
import type { View } from './message.js';

/** Fields listing each event's figures, each with its words and source; disputed events say so. */
export function casualtyFields(engine: Engine, events: CasualtyEvent[]): APIEmbedField[] {
  return events.map((event) => {
    const lines: string[] = [];
    for (const f of event.figures) {
      const article = engine.article(f.sentence.articleId);
      // "**seven people** killed", "**at least 9 casualties**": the kind only where the words do not say it.
      const kind = /casualt|dead|death|killed|injur|wound/i.test(f.text) ? '' : ` ${f.kind === 'casualties' ? 'casualties' : f.kind}`;
      const line = `• **${safeUserText(f.text)}**${kind} — ${attribution(article, f.sentence.paragraph)}`;
      if ([...lines, line].join('\n').length > LIMITS.fieldValue - 30) {
        lines.push(`…and ${event.figures.length - lines.length} more`);
        break;
      }
      lines.push(line);
    }
    return { name: `${safeUserText(event.label)}${event.disputed ? ' — reports differ' : ''}`, value: lines.join('\n') };
  });
}

/** The quotes behind casualty figures, one per sentence, in event order. */
export function casualtyQuotes(engine: Engine, events: CasualtyEvent[]): Quote[] {
  const seen = new Set<string>();
  const quotes: Quote[] = [];
  for (const event of events) {
    for (const f of event.figures) {
      if (seen.has(f.sentence.id)) continue;
      seen.add(f.sentence.id);
      quotes.push(engine.quoteFor(f.sentence));
    }
  }
  return engine.group(quotes);
}

export function casualtiesView(engine: Engine, events: CasualtyEvent[], base: View): View {
  if (events.length === 0) return { ...base, notFound: true, title: 'Not found in the sources', intro: 'No casualty figures in the reports match that topic.', quotes: [] };
  const quotes = casualtyQuotes(engine, events);
  return {
    ...base,
    title: 'Casualties reported',
    notFound: false,
    intro: 'Every figure the reports give, by event, with its source. Figures are shown as reported, never combined.',
    notes: events.filter((e) => e.disputed).map(disagreementNote),
    fields: casualtyFields(engine, events),
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

export function timelineView(engine: Engine, base: View): View {
  const entries = engine.timeline();
  const lines: string[] = [];
  for (const e of entries) lines.push(`${discordDay(e.day)} — “${safeUserText(e.when)}” in ${attribution(engine.article(e.quote.articleId), e.quote.paragraph)}`);
  return {
    ...base,
    title: 'Timeline',
    notes: [],
    intro: entries.length === 0 ? 'The reports give no dated events.' : 'Events in date order; days are resolved from each report’s publication date.',
    body: lines.join('\n'),
    quotes: entries.map((e) => e.quote),
    notFound: entries.length === 0,
  };
}

export function compareView(engine: Engine, topic: string, base: View): View {
  const rows = engine.compare(topic);
  if (rows.length === 0) return { ...base, notFound: true, title: 'Not found in the sources', intro: `No report speaks of “${safeUserText(topic)}”.` };
  const quotes = rows.flatMap((r) => r.quotes);
  const reports = engine.reportsOn(rows);
  return { ...base, title: `How the reports compare: ${topic}`, intro: `${reports} of ${engine.corpus.articles.length} reports speak of this; each report’s own words, report by report.`, quotes };
}

export function speakerView(engine: Engine, speaker: string, base: View): View {
  const { speaker: entity, quotes } = engine.quotesBy(speaker);
  if (quotes.length === 0) return { ...base, notFound: true, title: 'Not found in the sources', intro: `The reports quote no words of “${safeUserText(speaker)}”.` };
  const name = entity?.name ?? speaker;
  return { ...base, title: `In their own words: ${name}`, intro: entity?.roles[0] ? `${safeUserText(name)} — ${safeUserText(entity.roles[0])}` : undefined, quotes };
}
