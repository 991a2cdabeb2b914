/**
 * Who struck whom. In a cross-border conflict every sentence names both
 * countries, so words alone cannot tell "Iran's strikes in Pakistan" from
 * "Pakistan's strikes in Iran". This reads the direction from the grammar of
 * news prose: "in/into/inside/within/against … X" is a target; "X's strikes",
 * "by X", "X launched/struck …" is an attacker; "X struck Y" is both.
 */
import { escapeRegExp } from '../text/regexp.js';

export interface Direction {
  attackers: Set<string>;
  targets: Set<string>;
}

const STRIKE_NOUN = String.raw`(?:air)?strikes?|attacks?|assaults?|raids?|operation|bombings?|missiles?|barrage|offensive|retaliation`;
const STRIKE_VERB = String.raw`used|use|fired|deployed|struck|strike|strikes|hit|hits|attacked|attack|attacks|launched|launch|targeted|target|bombed|bomb|raided|conducted|carried out`;

/** One pattern per country map finding its names as whole words: faster than looking up every word. */
const patterns = new WeakMap<Map<string, string>, RegExp>();
function countryPattern(countries: Map<string, string>): RegExp {
  let re = patterns.get(countries);
  if (!re) {
    const names = [...countries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(`(?<!\\p{L})(?:${names.join('|') || '(?!)'})(?!\\p{L})`, 'giu');
    patterns.set(countries, re);
  }
  return re;
}
const TARGET_BEFORE = /\b(?:in|inside|into|within|against|against targets in|on)\s+(?:the\s+)?(?:(?!to\b|of\b)[a-z-]+\s+)?$/i;
const ATTACKER_BEFORE = /\bby\s+(?:the\s+)?$/i;
const STRIKES_AFTER = new RegExp(String.raw`^(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:${STRIKE_NOUN})\b`, 'u');
const STRIKES_VERB_AFTER = new RegExp(String.raw`^(?:[’']s)?(?:\s+[\p{L}-]+)?\s+(?:${STRIKE_VERB})\b`, 'u');

/**
 * Attackers and targets named in a text. `countries` maps folded names,
 * demonyms and capitals ("iran", "iranian", "tehran" …) to a country; any
 * case is accepted, so lower-case questions ("pakistani strikes") work too.
 */
export function directionOf(text: string, countries: Map<string, string>): Direction {
  const attackers = new Set<string>();
  const targets = new Set<string>();
  const mentions = [...text.matchAll(countryPattern(countries))].map((m) => ({ index: m.index, end: m.index + m[0].length, country: countries.get(m[0].toLowerCase())! }));
  for (const [k, m] of mentions.entries()) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.end, m.end + 60);
    // "the Pakistani strikes", "Iran’s attack": the country owns the strikes, even after "in" ("killed in the Pakistani strikes").
    if (STRIKES_AFTER.test(after)) attackers.add(m.country);
    else if (TARGET_BEFORE.test(before)) targets.add(m.country);
    else if (ATTACKER_BEFORE.test(before)) attackers.add(m.country);
    const verb = STRIKES_VERB_AFTER.exec(after);
    if (verb) {
      attackers.add(m.country);
      // "Iran struck Pakistan", "Iran’s IRGC hit targets inside the Pakistani territory": the next country is the target.
      const next = mentions[k + 1];
      if (next && next.country !== m.country && next.index - (m.end + verb[0].length) < 40) targets.add(next.country);
    }
  }
  return { attackers, targets };
}

/** How well a sentence's direction agrees with a question's: positive agrees, negative is the reverse. */
export function directionAgreement(question: Direction, sentence: Direction): number {
  if (question.attackers.size === 0 && question.targets.size === 0) return 0;
  let score = 0;
  for (const t of question.targets) {
    if (sentence.targets.has(t)) score += 1;
    else if (sentence.attackers.has(t)) score -= 1;
  }
  for (const a of question.attackers) {
    if (sentence.attackers.has(a)) score += 0.5;
    else if (sentence.targets.has(a)) score -= 1;
  }
  return score;
}
