import { withoutMarks } from '../text/marks.js';

/**
 * Stable article ids: the publication date and a slug of the title, so the
 * same report ingested twice gets the same id (and is refused the second time).
 */

/** Longest id we make, date included. */
export const MAX_ID_LENGTH = 60;

/** "Pakistan confirms strikes!" → "pakistan-confirms-strikes": ASCII letters and digits joined by hyphens. */
export function slugify(text: string): string {
  return withoutMarks(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `2024-01-18-pakistan-confirms-strikes`: at most 60 characters, cut at a word
 * boundary when the title is long. A title with no letters or digits gives
 * `<date>-article`.
 */
export function articleId(title: string, published: string): string {
  const room = MAX_ID_LENGTH - published.length - 1;
  let slug = slugify(title) || 'article';
  if (slug.length > room) {
    const cut = slug.slice(0, room + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, room);
    slug = slug.replace(/-+$/, '');
  }
  return `${published}-${slug}`;
}
