/**
 * Resolving a follow-up question against the previous turn of a conversation:
 * pronouns ("Where was he going?" after a question about Kakar), ellipsis
 * ("and in Pakistan?" after "How many died in Iran?") and "more".
 */
import { escapeRegExp } from '../text/regexp.js';
import { countryOf } from '../text/countries.js';
import { isPastTenseVerb, isPersonNoun, lemma, relatedWords } from '../text/lexicon.js';
import type { Turn } from './conversation.js';
import { AUXILIARY, thingNameAsked } from './answerTypes.js';
import { CASUALTY_TERM, questionWording, terms } from '../text/terms.js';
import type { Entity, EntityIndex } from './entities.js';

export type FollowUp =
  | { kind: 'more' }
  | { kind: 'question'; question: string; intent?: Turn['intent']; followsUp: boolean; context?: string[] };

/** "more", "next", "go on": the next quotes of the last answer. */
export const MORE = /^\s*(more|next|show more|go on|continue|and\?|more please|anything else\??)\s*[.!?]*\s*$/i;
/** An opening that makes the rest a fragment of the last question, longest first: "and what about United?" is not "and" + a question. */
const ELLIPSIS = /^\s*(and what about|and how about|what about|how about|same for|also|and)\b\s*/i;
/** Words that make a follow-up a question of its own, not a fragment of the last one. */
const COMPLETE_QUESTION = /^\s*(who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|can|could)\b/i;
const PERSON_PRONOUNS = /\b(he|she|him|her|his|hers)\b/i;
const GROUP_PRONOUNS = /\b(they|them|their|theirs)\b/i;
/**
 * "it" that stands for a thing: last word of the question ("How tall is it?",
 * "Who owns it?"), in a passive or progressive ("When was it built?", "Where
 * was it going?") or "its"; not "it" of "is it true that …" or "when did it happen".
 */
const THING_PRONOUNS = /\bit\s*[?.!]*\s*$|\b(?:is|was|were|are)\s+it\s+\w+(?:ed|en|t|ing)\b|\bits\b/i;

export function resolveFollowUp(text: string, last: Turn | undefined, entities: EntityIndex): FollowUp {
  const question = text.trim();
  if (!last) return { kind: 'question', question, followsUp: false };
  if (MORE.test(question)) return { kind: 'more' };

  // Ellipsis ("and in Pakistan?", "what about Iran's?"): the last question with the new names in place
  // of the old ones of the same kind. A complete question after "and" ("and when did …") stands alone.
  const ellipsis = ELLIPSIS.exec(question);
  // "and where?", "why?", "how many exactly?": the last question asked again with this question word.
  const afterOpening = ellipsis ? question.slice(ellipsis[0].length) : question;
  const bare = BARE_QUESTION_WORD.exec(afterOpening);
  // "what floor?", "which hospital?": the last question asked again of that kind of thing.
  const kind = bare ? undefined : BARE_WHICH_NOUN.exec(afterOpening);
  const word = bare ? `${bare[1] ?? ''}${bare[2]!}` : kind && isNoun(kind[2]!.toLowerCase()) ? `${kind[1]} ${kind[2]}` : undefined;
  if (word) {
    const asked = askedAgain(last.question, word.toLowerCase());
    if (asked) return { kind: 'question', question: asked, followsUp: true };
  }
  // "and how many on Monday?": a question word before a phrase, with no verb of its own, is a fragment too.
  const rest = ellipsis ? question.slice(ellipsis[0].length).replace(WH_BEFORE_PHRASE, '') : '';
  if (ellipsis && !COMPLETE_QUESTION.test(rest)) {
    const fragment = rest.replace(/[?.!]+$/, '').trim();
    let base = last.question.replace(/[?.!]+$/, '');
    let placed = false;
    const named = entities.mentionedIn(fragment);
    for (const entity of named) {
      const previous = entity.kind === 'person' ? last.people : entity.kind === 'place' ? last.places : last.groups;
      for (const old of previous) {
        const re = new RegExp(`\\b${escapeRegExp(old)}(?=[’']s\\b|\\b)`, 'i');
        if (old !== entity.name && re.test(base)) {
          base = base.replace(re, entity.name);
          placed = true;
          break;
        }
      }
    }
    // "Who speaks for Iran's foreign ministry?" … "and for Pakistan's?": a country named in passing, by any of its names.
    // "Who is the governor of Ohio?" … "and of Pennsylvania?", "… on Sunday?" … "and on Monday?": the phrase of the same preposition.
    if (!placed) {
      const swapped = swapCountry(base, named) ?? swapPhrase(base, fragment) ?? swapName(base, fragment, last);
      placed = swapped !== undefined;
      base = swapped ?? base;
    }
    const resolved = placed ? base : `${base} ${fragment}`;
    return { kind: 'question', question: resolved.replace(/\s+/g, ' ').trim(), intent: last.intent, followsUp: true };
  }

  let resolved = question;
  let changed = false;
  // Names a pronoun stood for: the conversation's context, not what the follow-up asks about.
  const context: string[] = [];
  const person = last.people[0];
  if (person && PERSON_PRONOUNS.test(resolved) && entities.mentionedIn(question).every((e) => e.kind !== 'person')) {
    resolved = resolved.replace(/\b(his|hers)\b/gi, `${person}’s`).replace(/\b(he|she|him|her)\b/gi, person);
    changed = true;
    context.push(person);
  } else if (person && /\bhim\b/i.test(resolved) && !entities.mentionedIn(question).some((e) => e.name === person)) {
    // "How did Vijayan respond to him?": the one the question names is its subject; "him" is still the last person.
    resolved = resolved.replace(/\bhim\b/gi, person);
    changed = true;
    context.push(person);
  }
  const group = last.groups[0];
  if (group && GROUP_PRONOUNS.test(resolved) && !pluralPeopleBefore(resolved) && entities.mentionedIn(question).every((e) => e.kind === 'place')) {
    resolved = resolved.replace(/\b(their|theirs)\b/gi, `${group}’s`).replace(/\b(they|them)\b/gi, group);
    changed = true;
    context.push(group);
  }
  // "How tall is it?" after "Tell me about the Abu Mansour dam": the place or group the last question named;
  // "Where was it going?" after "What was the name of the ship …?": the thing it asked the name of.
  const named = thingNameAsked(last.question);
  const thing = named ? `the ${named}` : entities.mentionedIn(last.question).find((e) => e.kind !== 'person')?.name;
  if (thing && THING_PRONOUNS.test(resolved) && entities.mentionedIn(question).length === 0) {
    resolved = resolved.replace(/\bits\b/gi, `${thing}’s`).replace(/\bit\b/gi, thing);
    changed = true;
    context.push(thing);
  }
  // "… and how many could not be found?" after "How many bodies were brought off the island?": the bodies, still.
  // A follow-up that names a kind of casualty counts people: "and how many were injured?" after "how many bodies were recovered?".
  const counted = COUNTED_NOUN.exec(last.question)?.[1];
  if (counted && UNCOUNTED_HOW_MANY.test(resolved) && !namesCasualties(resolved)) {
    resolved = resolved.replace(UNCOUNTED_HOW_MANY, (m) => `${m}${counted} `);
    changed = true;
  }
  return { kind: 'question', question: resolved, followsUp: changed, context };
}

/** Whether a text says a kind of casualty ("injured", "killed", "died"): such a count is of people, whatever was counted before. */
function namesCasualties(text: string): boolean {
  const casualtyTerms: readonly string[] = Object.values(CASUALTY_TERM);
  return terms(questionWording(text)).some((t) => casualtyTerms.includes(t));
}

/** Words that end a counted noun phrase: an auxiliary or modal. */
const AUXILIARY_AFTER = String.raw`(?:${AUXILIARY}|may|might|must)\b`;
/** "how many bodies were …": the words counted, up to the auxiliary after them. */
const COUNTED_NOUN = new RegExp(String.raw`\bhow\s+many\s+((?:(?!${AUXILIARY_AFTER})[\p{L}-]+\s+){0,2}?(?!${AUXILIARY_AFTER})[\p{L}-]+)\s+(?=${AUXILIARY_AFTER})`, 'iu');
/** "how many could not be found?": "how many" with no noun, an auxiliary right after it. */
const UNCOUNTED_HOW_MANY = new RegExp(String.raw`\bhow\s+many\s+(?=${AUXILIARY_AFTER})`, 'i');

/** A question word or phrase, longest first ("what time" before "what", "how many" before "how"). */
const QUESTION_WORD = String.raw`who|whom|whose|what time|what day|which day|what|when|where|why|how (?:many|much|long|far|big|old)|how`;
/** A question word standing alone ("where?", "how many exactly?", "for how long?"): it asks the last question again. */
const BARE_QUESTION_WORD = new RegExp(String.raw`^((?:for|since|until|till|from|to)\s+)?(${QUESTION_WORD})(?:\s+(?:exactly|then|else|though|precisely))?\s*[?.!]*\s*$`, 'i');
/** "what floor?", "which hospital?": a question word and one noun, nothing else. */
const BARE_WHICH_NOUN = /^\s*(what|which)\s+([a-z-]{3,})\s*[?.!]*\s*$/i;

/** A word WordNet knows as a noun and that is no inflected verb ("floor", not "happened"). */
function isNoun(word: string): boolean {
  return !isPastTenseVerb(word) && relatedWords(lemma(word)).some(([, , parts]) => parts.includes('n'));
}

/** The question word or phrase a question opens with ("how many", "when"), and "how many" takes its noun with it. */
const LEADING_QUESTION_WORD = new RegExp(String.raw`^\s*(?:${QUESTION_WORD})\b\s*`, 'i');
/** An opening that asks for everything about a topic ("tell me about the fire"): dropped before a question word. */
const TOPIC_OPENING = /^\s*(?:tell me (?:more )?about|what about|how about|about)\s+/i;

/**
 * "When did the fire start?" and then "where?": "where did the fire start". The last question's own question
 * word gives way to the new one; a question with none ("tell me about the fire", "did it start in a flat?")
 * gets it in front. Undefined when there is no last question to ask again.
 */
function askedAgain(previous: string, word: string): string | undefined {
  const body = previous.replace(/[?.!]+\s*$/, '').replace(TOPIC_OPENING, '').replace(LEADING_QUESTION_WORD, '').trim();
  if (!body) return undefined;
  const asked = `${word} ${body}`;
  return asked.charAt(0).toUpperCase() + asked.slice(1);
}

/** The prepositions a follow-up's phrase may open with ("on Monday", "of Pennsylvania", "in Ohio"). */
const PHRASE_PREPOSITIONS = 'in|on|at|of|for|from|by|during|near|inside|outside';
/** "how many on Monday", "who in Ohio": a question word (and "else", "more") before a phrase that opens with a preposition. */
const WH_BEFORE_PHRASE = new RegExp(String.raw`^(?:how many|how much|what|who|when|where|which)(?:\s+(?:else|more))?\s+(?=(?:${PHRASE_PREPOSITIONS})\s)`, 'i');
/** A phrase naming a day or a part of one ("on Monday morning", "by Thursday", "on 3 March"), general English. */
const DAY_PHRASE = new RegExp(
  String.raw`\b(?:${PHRASE_PREPOSITIONS}|until|since|before|after)\s+(?:the\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?)\b)(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|evening|night)\b)*`,
  'i',
);
/** Every such phrase of a question (DAY_PHRASE, global). */
const DAY_PHRASES = new RegExp(DAY_PHRASE.source, 'gi');
/** A fragment that is such a phrase, and its preposition. */
const PHRASE_OPENING = new RegExp(String.raw`^(${PHRASE_PREPOSITIONS})\s+\S`, 'i');

/**
 * "… on Sunday" and the fragment "on Monday", "… the governor of Ohio" and "of Pennsylvania": the last phrase of the
 * question that opens with the fragment's preposition, replaced by the fragment. Undefined when the fragment is no
 * such phrase or the question has none.
 */
function swapPhrase(base: string, fragment: string): string | undefined {
  const opening = PHRASE_OPENING.exec(fragment);
  if (!opening) return undefined;
  // "… on Monday morning?" and then "and by Thursday?": a day stands in for the day, whatever preposition each takes.
  if (DAY_PHRASE.test(fragment)) {
    const day = [...base.matchAll(DAY_PHRASES)].pop();
    if (day) return `${base.slice(0, day.index)}${fragment}${base.slice(day.index + day[0].length)}`;
  }
  // The preposition's object: capitalised words ("New York"), or a single word as typed ("ohio", "sunday").
  const phrase = new RegExp(String.raw`\b${opening[1]}\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*)*|[\p{L}\d'’.-]+)`, 'giu');
  const last = [...base.matchAll(phrase)].pop();
  if (!last) return undefined;
  return `${base.slice(0, last.index)}${withOneResolved(fragment, last[0])}${base.slice(last.index + last[0].length)}`;
}

/**
 * "… in the second impeachment ballot?" and then "and in the first one?": "one" stands for the noun the replaced
 * phrase had after its first word ("the first impeachment ballot").
 */
function withOneResolved(fragment: string, replaced: string): string {
  const noun = /^\S+\s+(?:the\s+)?\S+\s+(.+)$/u.exec(replaced)?.[1];
  return noun ? fragment.replace(/\b(?<=\p{L}+\s+)one\b/u, noun) : fragment;
}

/** A fragment that is only a name as written ("United", "Lake Huron"). */
const NAME_ONLY = /^\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,3}$/u;

/**
 * "How many flights did Delta cancel?" and then "what about United?", a name no report spells out in full: the
 * name the last question used for something it named (any word of "Delta Air Lines" it was written with),
 * replaced by the fragment. Undefined when the fragment is no name or the question names nothing.
 */
function swapName(base: string, fragment: string, last: Turn): string | undefined {
  if (!NAME_ONLY.test(fragment)) return undefined;
  for (const old of [...last.groups, ...last.people, ...last.places]) {
    const words = old.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 2);
    for (const written of [old, ...words]) {
      const at = new RegExp(String.raw`\b${escapeRegExp(written)}\b`).exec(base);
      if (at) return `${base.slice(0, at.index)}${fragment}${base.slice(at.index + written.length)}`;
    }
  }
  return undefined;
}

/** The question with the first country it names (by any of its names) replaced by a country the fragment names, if any. */
function swapCountry(base: string, named: Entity[]): string | undefined {
  for (const entity of named) {
    const country = countryOf(entity.name);
    if (!country) continue;
    for (const m of base.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
      const was = countryOf(m[0]);
      if (was && was !== country) return `${base.slice(0, m.index)}${entity.name}${base.slice(m.index + m[0].length)}`;
    }
  }
  return undefined;
}

/** Words for people in the plural that WordNet files as groups ("people", "crews"), general English. */
const PEOPLE_GROUPS = /^(?:people|ppl|folks|families|crowds|crews|residents|locals)$/i;

/**
 * "How many people lost their homes?": "their" has its antecedent in the
 * question itself, a plural noun for people before it, not the group the last
 * question named.
 */
function pluralPeopleBefore(question: string): boolean {
  const at = question.search(GROUP_PRONOUNS);
  const before = question.slice(0, Math.max(0, at)).match(/[\p{L}]+/gu) ?? [];
  return before.some((w) => PEOPLE_GROUPS.test(w) || (/s$/i.test(w) && w.length > 3 && lemma(w.toLowerCase()) !== w.toLowerCase() && isPersonNoun(w.toLowerCase())));
}
