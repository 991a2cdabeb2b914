/**
 * Rendering answers as Discord message payloads that always fit Discord's
 * limits and never ping anyone. Every command's reply is built here, so the
 * limits are enforced in one place.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { CommandResult, MessagePayload, QuoteAnswer, SourceRef } from '../app/types.js';
import type { Corpus } from '../corpus/types.js';
import type { Quote } from '../engine/engine.js';
import { answerButtons, requestLine } from './buttons.js';
import { attribution, INVISIBLE, plainUserTextWithin, quoteMarkdown, safeUserText, safeUserTextWithin } from './format.js';
import { LIMITS, truncate } from './limits.js';

export const EPHEMERAL = 64;
const COLOUR = 0x3b82f6;
const NOT_FOUND_COLOUR = 0x9ca3af;
/** Quotes shown per answer; "More" shows the next ones. */
export const PAGE_SIZE = 5;

/** What a command wants to show; `renderView` turns it into a payload within limits. */
export interface View {
  title: string;
  /** The request as typed, recorded in the footer for buttons. */
  request: { command: string; text: string };
  /** A line above the quotes (already safe markdown). */
  intro?: string;
  /** All quotes of the answer, best first; the page from `offset` is shown. */
  quotes?: Quote[];
  offset?: number;
  /** Remarks shown before the quotes, e.g. disagreements (plain text). */
  notes?: string[];
  /** Extra fields (already safe markdown), e.g. casualty figures by event. */
  fields?: APIEmbedField[];
  /** Free markdown body for list-like answers (sources, help). */
  body?: string;
  ephemeral?: boolean;
  notFound?: boolean;
  /** Whether to attach the answer buttons (not on help or errors). */
  buttons?: boolean;
  /** Answers for the console's JSON when they are not the quotes (e.g. casualty figures). */
  answers?: QuoteAnswer[];
}

export function sourceRefs(corpus: Corpus, quote: Quote): SourceRef[] {
  return quote.sources.map((s) => {
    const article = corpus.byId.get(s.articleId)!;
    return { article: article.id, title: article.title, outlet: article.outlet, published: article.published, paragraph: s.paragraph };
  });
}

export function toQuoteAnswer(corpus: Corpus, quote: Quote): QuoteAnswer {
  return { quote: quote.text, article: quote.articleId, paragraph: quote.paragraph, sources: sourceRefs(corpus, quote) };
}

/**
 * One quote as markdown: the quote as a block quote (which must start its own
 * line), then the article it is from and every other article that reports it.
 */
export function quoteBlock(corpus: Corpus, quote: Quote, number?: number, maxLength = Infinity): string {
  const [first, ...others] = quote.sources;
  const source = `— ${attribution(corpus.byId.get(first.articleId)!, first.paragraph)}`;
  const lines = [number === undefined ? source : `**${number}.** ${source}`];
  if (others.length > 0) lines.push(truncate(`also in: ${others.map((s) => attribution(corpus.byId.get(s.articleId)!, s.paragraph)).join('; ')}`, 500));
  const tail = lines.join('\n');
  const whole = `${quoteMarkdown(quote.text)}\n${tail}`;
  if (whole.length <= maxLength) return whole;
  // Too long for the room left: the quote is cut at a word with "…", its attribution kept.
  const room = maxLength - tail.length - 1;
  let chars = Math.min(quote.text.length, room);
  for (;;) {
    const cut = quoteMarkdown(cutAtWord(quote.text, chars));
    if (cut.length <= room || chars <= 1) return `${cut}\n${tail}`;
    chars = Math.max(1, Math.floor(chars * Math.min(0.95, room / cut.length)));
  }
}

/** The first `max` characters of a text (at most), cut after a whole word when there is one in the last third, with "…". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  if (space > cut.length * 0.66) cut = cut.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // White space and invisible characters before the "…" go: shown escaped, "word \u2060" would read "word …".
  return `${cut.replace(TRAILING_BLANK, '')}…`;
}

const TRAILING_BLANK = new RegExp(`(?:\\s|${INVISIBLE.source})+$`, 'u');

/** Room kept for the first quote of a page, so that notes or a long body never leave a page empty. */
const FIRST_QUOTE_ROOM = 1200;

export function renderView(corpus: Corpus, view: View): CommandResult {
  const offset = view.offset ?? 0;
  const allQuotes = view.quotes ?? [];
  const page = allQuotes.slice(offset, offset + PAGE_SIZE);
  // Titles render markdown and often echo the user's words: always made safe here.
  const embed: APIEmbed = { title: safeUserTextWithin(view.title, LIMITS.embedTitle), color: view.notFound ? NOT_FOUND_COLOUR : COLOUR };

  // Build the description piece by piece, stopping before the limit; a quote never gets cut mid-way.
  const parts: string[] = [];
  let shown = 0;
  const room = LIMITS.embedDescription - 40;
  let used = 0;
  /** Add a piece if it fits in `limit` characters of description; the pieces are joined by a blank line. */
  const add = (text: string, limit = room) => {
    const length = used + (parts.length > 0 ? 2 : 0) + text.length;
    if (length > limit) return false;
    parts.push(text);
    used = length;
    return true;
  };
  const left = (limit: number) => limit - used - (parts.length > 0 ? 2 : 0);
  const beforeQuotes = page.length > 0 ? room - FIRST_QUOTE_ROOM : room;
  if (offset > 0 && page.length === 0 && allQuotes.length > 0) add(`No more quotes: all ${allQuotes.length} were shown.`);
  else if (view.intro) add(truncate(view.intro, 1000), beforeQuotes);
  for (const note of view.notes ?? []) add(`⚠️ ${safeUserText(note)}`, beforeQuotes);
  if (view.body && left(beforeQuotes) > 0) add(truncate(view.body, left(beforeQuotes)), beforeQuotes);
  for (const quote of page) {
    const block = quoteBlock(corpus, quote, offset + shown + 1);
    if (add(block)) {
      shown++;
      continue;
    }
    // A page always shows at least one quote, so More always moves forward.
    if (shown === 0) {
      if (add(quoteBlock(corpus, quote, offset + 1, left(room)))) shown++;
    }
    break;
  }
  if (parts.length > 0) embed.description = parts.join('\n\n');

  const fields = (view.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
    name: truncate(f.name, LIMITS.fieldName),
    value: truncate(f.value, LIMITS.fieldValue),
    inline: f.inline,
  }));
  if (fields.length > 0) embed.fields = fields;

  const total = allQuotes.length;
  const pageInfo = shown > 0 ? `Quotes ${offset + 1}–${offset + shown} of ${total}` : '';
  // The request is cut before it is made inert, so a cut never leaves "https:" with its joiner and no "//".
  const requestRoom = LIMITS.footer - pageInfo.length - requestLine(view.request.command, '').length - 2;
  const request = requestLine(view.request.command, plainUserTextWithin(view.request.text, requestRoom));
  embed.footer = { text: truncate([pageInfo, request].filter(Boolean).join('\n'), LIMITS.footer) };
  fitEmbed(embed);

  const nextOffset = offset + shown < total ? offset + shown : undefined;
  const message: MessagePayload = {
    embeds: [embed],
    components: view.buttons === false ? [] : answerButtons({ command: view.request.command, offset, nextOffset, hasQuotes: total > 0, ephemeral: Boolean(view.ephemeral) }),
    allowed_mentions: { parse: [] },
  };
  if (view.ephemeral) message.flags = EPHEMERAL;
  const answers = view.answers ?? page.slice(0, shown).map((q) => toQuoteAnswer(corpus, q));
  return { answers, message };
}

/** Keep one embed within the 6,000-character total by shortening fields, then the description. */
function fitEmbed(embed: APIEmbed): void {
  const size = () =>
    (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  while (size() > LIMITS.embedsTotal && embed.fields && embed.fields.length > 0) embed.fields.pop();
  if (size() > LIMITS.embedsTotal && embed.description) embed.description = truncate(embed.description, Math.max(0, embed.description.length - (size() - LIMITS.embedsTotal)));
}

/** A short message for a user error: ephemeral, no buttons. */
export function renderError(text: string): CommandResult {
  return {
    answers: [],
    message: { content: truncate(text, LIMITS.content), embeds: [], components: [], allowed_mentions: { parse: [] }, flags: EPHEMERAL },
  };
}
