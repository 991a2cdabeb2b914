import * as z from 'zod/mini';
import '../zod.js';

/** A calendar date written as YYYY-MM-DD that really exists (no 2024-02-31). */
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
  z.refine((s: string) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date'),
);

/** A title or outlet: one line of text (a line break would let it spill into the answer around it). */
const oneLine = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.regex(/^[^\r\n\u2028\u2029]*$/, 'must be one line'));

/**
 * Front matter of a corpus file. Strict: an unknown field is an error, so a typo
 * such as `outlett:` is caught instead of silently dropping the outlet.
 */
export const frontMatterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, _ or -')),
  title: oneLine,
  // YAML reads an unquoted 2024-01-16 as a Date.
  published: z.pipe(
    z.transform((v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
    isoDate,
  ),
  outlet: z.optional(oneLine),
  /** Shown to readers as a plain <url>: only a web address, never javascript:, data: or file:. */
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as en'))),
  /** When the article was added to the corpus (ISO date-time); written by `npm run ingest`. */
  added: z.optional(z.iso.datetime({ offset: true })),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
