/**
 * Small formatting pieces shared by every answer: attributions, quoted text,
 * and user and corpus text made safe to show. Both are untrusted: neither can
 * break out of our formatting, mention anyone, or become a link. Corpus text
 * stays verbatim for the reader: escapes and zero-width joiners are invisible
 * in Discord (and removed again by src/render/text.ts for the console).
 */
import type { Article } from '../corpus/types.js';
import { truncate } from './limits.js';

/** Invisible and direction-changing characters that could hide or reorder text around our formatting. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** User text inside our own formatting: the same treatment as corpus text (see safeCorpusText). */
export function safeUserText(text: string): string {
  return safeCorpusText(text);
}

/**
 * User text made safe and at most `max` characters long: the text is cut
 * before it is escaped, so a cut never splits an escape or a joiner from the
 * character it guards ("https:\u200D" without its "//").
 */
export function safeUserTextWithin(text: string, max: number): string {
  return madeSafeWithin(safeUserText, text, max);
}

/** plainUserText, at most `max` characters long, cut before it is made inert (see safeUserTextWithin). */
export function plainUserTextWithin(text: string, max: number): string {
  return madeSafeWithin(plainUserText, text, max);
}

function madeSafeWithin(makeSafe: (text: string) => string, text: string, max: number): string {
  let safe = makeSafe(text);
  let keep = text.length;
  while (safe.length > max && keep > 1) {
    keep = Math.max(1, Math.min(keep - 1, Math.floor(keep * (max / safe.length))));
    safe = makeSafe(truncate(text, keep));
  }
  return safe.length > max ? '…' : safe;
}

/**
 * User text for plain-text places (embed footers, which Discord shows without
 * markdown): invisible and bidi controls removed, whitespace folded, mentions
 * made inert — but no backslash escapes, which a footer would show as typed.
 */
export function plainUserText(text: string): string {
  return inert(text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim());
}

/**
 * "@everyone", "<@123>", "<#123>", "</cmd:1>" made inert with a zero-width
 * joiner, and so is every "scheme://": Discord makes any http(s):// text a
 * clickable link, and a masked link's address would be one too.
 */
function inert(text: string): string {
  return text
    .replace(/@/g, '@\u200D')
    .replace(/<(?=[@#:a/])/g, '<\u200D')
    .replace(/:(?=\/\/)/g, ':\u200D');
}

/** Every markdown character escaped (linear time), and a list marker or heading at a line's start. */
function escapeAll(text: string): string {
  return text
    .replace(/[\\*_`~|>#[\]]/g, '\\$&')
    .replace(/^([ \t]*)([-+])(?=[ \t])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\.(?=[ \t])/gm, '$1\\.');
}

/**
 * Untrusted text (a title, an outlet, a name, a figure, or what a user typed)
 * inside our own formatting, on one line: invisible and bidi controls
 * removed, white space folded, every markdown character escaped in linear
 * time (discord.js's escapeMarkdown takes seconds on 6,000 hostile characters
 * and escapes only the first [text](url)), no mention, no link.
 */
export function safeCorpusText(text: string): string {
  return inert(escapeAll(text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()));
}

/** Escaped article text, cached: the same quotes are rendered again and again, and escaping is costly. */
const quoteCache = new Map<string, string>();
const QUOTE_CACHE_SIZE = 5000;

/** Article text inside a block quote: escaped so an asterisk in a report stays an asterisk, and no link or mention. */
export function quoteMarkdown(text: string): string {
  let out = quoteCache.get(text);
  if (out === undefined) {
    out = `> ${inert(escapeAll(text.replace(INVISIBLE, '').trim().replace(/[ \t]*\n\s*/g, '\n'))).replace(/\n/g, '\n> ')}`;
    if (quoteCache.size >= QUOTE_CACHE_SIZE) quoteCache.delete(quoteCache.keys().next().value!);
    quoteCache.set(text, out);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "18 Jan 2024" — a publication date, shown the same to everyone (it is a day, not a moment). */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Each article's "*Title* · Outlet · date", worked out once per article object (a reload brings new objects). */
const articleHeads = new WeakMap<Article, string>();

/** "*Title* · Outlet · 18 Jan 2024 · ¶3" — outlet only when the corpus gives one. */
export function attribution(article: Article, paragraph?: number): string {
  let head = articleHeads.get(article);
  if (head === undefined) {
    // Cut before escaping, so that an escape is never split from its character.
    const parts = [`*${safeCorpusText(truncate(article.title, 200))}*`];
    if (article.outlet) parts.push(safeCorpusText(truncate(article.outlet, 100)));
    parts.push(shortDate(article.published));
    head = parts.join(' · ');
    articleHeads.set(article, head);
  }
  return paragraph === undefined ? head : `${head} · ¶${paragraph}`;
}

/**
 * An article's address as a plain `<url>` (no preview), only when it is an
 * http or https URL without credentials; characters that could close the
 * brackets are percent-encoded by the URL parser. Undefined for anything else.
 */
export function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // "https://bank.example@evil.example" shows one site and opens another: not shown.
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) return undefined;
  // After the host these mean nothing special to a browser, but Discord could read "@everyone" or "[text](" or "~~" in them.
  const href = parsed.href.replace(/[@[\]()~*_|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return /[\s<>`]/.test(href) ? undefined : `<${href}>`;
}
