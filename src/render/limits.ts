/** Discord's hard limits a message must respect (see shared/discord-limits.md). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedsTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/**
 * Cut text to at most `max` characters, ending with "…" when cut: never
 * splitting a surrogate pair, nor a guard the renderer put in from what it
 * guards (a backslash escape, "https:\u200D//", "@\u200D"): a cut there drops
 * the guard with the rest.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
  let kept = text.slice(0, cut);
  // "https:\u200D/" cut before its second slash, "@\u200D" or a backslash cut from what follows.
  kept = kept.replace(/:\u200D\/?$|[@<]?\u200D$|\\+$/, '');
  return `${kept}…`;
}
