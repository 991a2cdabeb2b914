/**
 * Small formatting pieces shared by every answer: attributions, quoted text,
 * and user text made safe to echo (no markdown break-out, no mentions).
 */
import { escapeMarkdown } from '@discordjs/formatters';
import type { Article } from '../corpus/types.js';

/** Invisible and direction-changing characters that could hide or reorder text around our formatting. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * User text to show inside our own formatting: invisible and bidi controls
 * removed, whitespace folded, markdown escaped, and @ made inert with a
 * zero-width joiner so "@everyone" cannot become a mention even if copied.
 */
export function safeUserText(text: string): string {
  // Every markdown character escaped, in linear time: discord.js's escapeMarkdown takes seconds on
  // 6,000 hostile characters (its look-behinds are quadratic) and escapes only the first [text](url).
  return inert(text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().replace(/[\\*_`~|>#[\]]/g, '\\$&'));
}

/**
 * User text for plain-text places (embed footers, which Discord shows without
 * markdown): invisible and bidi controls removed, whitespace folded, mentions
 * made inert — but no backslash escapes, which a footer would show as typed.
 */
export function plainUserText(text: string): string {
  return inert(text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim());
}

/** "@everyone", "<@123>", "<#123>", "</cmd:1>" made inert with a zero-width joiner. */
function inert(text: string): string {
  return text.replace(/@/g, '@\u200D').replace(/<(?=[@#:a/])/g, '<\u200D');
}

/** Escaped article text, cached: the same quotes are rendered again and again, and escaping is costly. */
const quoteCache = new Map<string, string>();
const QUOTE_CACHE_SIZE = 5000;

/** Article text inside a block quote: escaped so an asterisk in a report stays an asterisk. */
export function quoteMarkdown(text: string): string {
  let out = quoteCache.get(text);
  if (out === undefined) {
    out = `> ${escapeMarkdown(text).replace(/@/g, '@\u200D').replace(/\n+/g, '\n> ')}`;
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
    // Titles and outlets are corpus text: escaped, and mentions made inert ("<@123>" in a headline pings no one and shows as text).
    const parts = [`*${inert(escapeMarkdown(article.title))}*`];
    if (article.outlet) parts.push(inert(escapeMarkdown(article.outlet)));
    parts.push(shortDate(article.published));
    head = parts.join(' · ');
    articleHeads.set(article, head);
  }
  return paragraph === undefined ? head : `${head} · ¶${paragraph}`;
}
