/**
 * Dates and times in article text, resolved against the article's publication
 * date with chrono-node. News reports speak of the past: a bare weekday is the
 * latest such day on or before publication ("Tuesday" in a Thursday report is
 * two days earlier), where chrono alone would pick the nearest, even a future one;
 * so is a day and month far after publication ("3 March" in a September report).
 * A weekday after a verb of what is still to come in its clause ("would pay
 * tribute at a ceremony on Thursday") is the first such day after publication.
 */
import * as chrono from 'chrono-node/en';

export interface DateMention {
  /** The words as written, an exact slice of the text. */
  text: string;
  /** Offset of `text` within the text it was found in. */
  index: number;
  /** Resolved calendar day (YYYY-MM-DD), or undefined for a time of day alone. */
  day?: string;
  /** Whether the mention names a time of day ("4:00 am"). */
  hasTime: boolean;
  /**
   * Whether it pins one day: a date, a weekday, "today", "this morning" — not
   * "this week", "earlier this month", "now" or "in the day".
   */
  specific: boolean;
  /** The resolved moment (UTC; the corpus gives no time zone). */
  date: Date;
}

/**
 * A verb of what is still to come, general English: "will", "would", "is expected to", "plans to". Narrower than
 * answerTypes' SPEAKS_FUTURE: "may", "could" or "until" also stand before a day that has passed ("may have died on Tuesday").
 */
const FUTURE_VERB = /\b(?:will|would|shall|going to|(?:expected|due|scheduled|set|planning|plans?|planned|intends?|intended|aims?)\s+to|(?:set|fixed|scheduled|slated|planned|due)\s+for|ahead\s+of|next|upcoming)\b|'ll\b/i;
/** "on January 20 next year": the words right after a day that put it ahead. */
const AHEAD_AFTER = /^,?\s+(?:next|the following)\s+(?:year|month)\b/i;
/** Where the clause of a date begins: after the last stop, semicolon, colon or comma before it. */
const CLAUSE_START = /^.*(?:[.;:!?]|,\s)/s;
const DAY_MS = 86_400_000;
/**
 * A day and month with no year ("died on 3 March") that chrono reads as more than this many days after publication is
 * last year's, unless its clause tells it as still to come: chrono picks the nearest, and a report published in
 * September speaks of March past, not of March next year. Nearer days may be ones planned ("schools reopen on 20 January").
 */
const PAST_DAY_BEYOND_DAYS = 60;
/** What joins the two ends of a span of days: "from Tuesday until sunset on December 20". */
const SPAN_TO = /^\s*(?:until|till|through|to)\b[^.;,]{0,25}$/i;

const TIME_ONLY = /^(at\s+)?(around\s+)?\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
/** "In 24 hours", "within two days": how long something took, not a moment, unless its clause tells of what is to come. */
const SPAN_ONLY = /^(?:in|within)\s+(?:(?:about|around|roughly|nearly|almost|just|under|less than|more than|over)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight|a few|several)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/**
 * "Trapped for 69 days", "freed after 17 days": how long something lasted, which chrono reads as a day counted from
 * publication. "After two days" is a day only when its clause tells of what is to come ("will reopen after two
 * days"). ("17 days after the collapse" stays: it dates something, if not by publication.)
 */
const SPAN_COUNT = String.raw`(?:(?:about|around|roughly|nearly|almost|just|under|less than|more than|over|some)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)`;
const SPAN_LASTED = new RegExp(String.raw`^for\s+${SPAN_COUNT}$`, 'i');
const SPAN_AFTER = new RegExp(String.raw`^after\s+${SPAN_COUNT}$`, 'i');

/** "in the week", "in the month": a period something happened during, not a span from now. */
const DURING = /^in\s+the\s+(?:week|month|year)$/i;

/** A bare number and a day ("17 on Wednesday", "21 on Friday"): a count before a date, not an hour. */
const BARE_NUMBER_HOUR = /^\d{1,2}\s+(?:on|by|this|last|late|early)\b/i;

export function findDates(text: string, published: string): DateMention[] {
  const reference = new Date(`${published}T12:00:00Z`);
  const mentions: DateMention[] = [];
  const results = chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
  for (const [k, result] of results.entries()) {
    const start = result.start;
    // Whether the date's own clause, before it, tells of what is still to come (read only where it matters).
    const toldAsFuture = () => FUTURE_VERB.test(text.slice(0, result.index).replace(CLAUSE_START, '')) || AHEAD_AFTER.test(text.slice(result.index + result.text.length));
    if ((SPAN_ONLY.test(result.text.trim()) || SPAN_AFTER.test(result.text.trim())) && !toldAsFuture()) continue;
    if (SPAN_LASTED.test(result.text.trim())) continue;
    // "Earlier in the week", "later in the month": during it, which chrono reads as a week or a month from now.
    if (DURING.test(result.text.trim())) continue;
    let date = start.date();
    if (!start.isCertain('day') && start.get('weekday') !== null) {
      // Past bias for bare weekdays; a future one for a weekday that its clause tells as still to come, or that
      // begins a span ending after publication ("from Tuesday until December 20" in a Monday report).
      const next = results[k + 1];
      const endsLater = next?.start.isCertain('day') && next.start.date().getTime() > reference.getTime() + DAY_MS / 2 && SPAN_TO.test(text.slice(result.index + result.text.length, next.index));
      const future = endsLater || toldAsFuture();
      if (!future && date.getTime() > reference.getTime() + DAY_MS / 2) date = new Date(date.getTime() - 7 * DAY_MS);
      if (future && date.getTime() < reference.getTime() - DAY_MS / 2) date = new Date(date.getTime() + 7 * DAY_MS);
    }
    if (start.isCertain('day') && start.isCertain('month') && !start.isCertain('year') && date.getTime() > reference.getTime() + PAST_DAY_BEYOND_DAYS * DAY_MS && !toldAsFuture()) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()));
    }
    // "rose to 17 on Wednesday": chrono reads a bare number before a day as an hour; an hour is written as one.
    const hasTime = start.isCertain('hour') && !BARE_NUMBER_HOUR.test(result.text.trim());
    const timeOnly = TIME_ONLY.test(result.text.trim());
    const specific = !/^(right )?now$/i.test(result.text.trim()) && (start.isCertain('day') || start.get('weekday') !== null || /\b(today|yesterday|tonight|morning|evening|afternoon|night)\b/i.test(result.text));
    mentions.push({ text: result.text, index: result.index, day: timeOnly ? undefined : date.toISOString().slice(0, 10), hasTime, specific, date });
  }
  return mentions;
}

/** "2024-01-16" → a Discord timestamp that each reader sees in their own format (long date). */
export function discordDay(day: string): string {
  const seconds = Math.floor(new Date(`${day}T12:00:00Z`).getTime() / 1000);
  return `<t:${seconds}:D>`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_WORD = [...MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`), 'Sept'].join('|');
/** A day named in words: a weekday, a month with its day ("July 31", "31 Jul"), "today", "yesterday", or a day counted ("on the first day"). */
const DAY_NAMED = new RegExp(
  String.raw`\b(?:${WEEKDAYS.join('|')})\b|\b(?:${MONTH_WORD})\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_WORD})\b|\b(?:yesterday|today)\b|\b(?:first|second|third|fourth|fifth|last|that|same)\s+day\b`,
  'i',
);

/** Whether a text (a question) names a day: "How many had died by Wednesday?". */
export function namesDay(text: string): boolean {
  return DAY_NAMED.test(text);
}

/** "2024-01-16" → "Tuesday 16 January 2024". */
export function longDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
