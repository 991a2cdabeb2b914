/**
 * Casualty figures: every count of killed or injured people the reports give,
 * with the exact words, the article, and the event it belongs to. Figures are
 * never merged or averaged: where reports give different numbers for the same
 * event, each stays, and the event is marked as disputed.
 */
import type { Article, Sentence } from '../corpus/types.js';
import { NUMBER } from './features.js';

export type CasualtyKind = 'killed' | 'injured' | 'casualties';

export interface CasualtyFigure {
  /** The figure's words as written ("three women and four children"), a slice of the sentence. */
  text: string;
  /** Total count when the words give one (7 for "three women and four children"); undefined for "several". */
  count?: number;
  /** "at least", "over" … when the report hedges. */
  qualifier?: string;
  kind: CasualtyKind;
  sentence: Sentence;
  /** Which event the figure is about (see eventOf). */
  event: string;
  /** A headline total ("seven people", "at least 9 casualties") rather than a breakdown or a vague count. */
  total: boolean;
}

export interface CasualtyEvent {
  key: string;
  label: string;
  figures: CasualtyFigure[];
  /** Distinct counts of the same kind disagree. */
  disputed: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const VICTIMS = '(?:people|persons|individuals|civilians|women|children|girls|boys|men|nationals|citizens|soldiers|troops|militants|terrorists|casualties|lives|victims|non-[A-Za-z]+ nationals)';
const QUALIFIER = '(?:at least|over|more than|nearly|about|around|up to|some|almost)';
/** "three women and four children", "at least 9 casualties", "nine individuals", "dozens of people", "several “terrorists”". */
const FIGURE = new RegExp(
  String.raw`(?:\b(${QUALIFIER})\s+)?\b(${NUMBER})(?:\s+(?:[a-z-]+\s+){0,2}?${VICTIMS})(?:\s*,?\s+(?:and|including)\s+${NUMBER}\s+(?:[a-z-]+\s+){0,1}?${VICTIMS})*|\b(several|numerous|a number of|dozens of)\s+[“"]?(terrorists|militants|people)[”"]?`,
  'gi',
);
const KILL = /\b(kill\w*|dead|death|deaths|died|fatalit\w*|deceased|lives|perished)\b/i;
const INJURE = /\b(injur\w*|wound\w*|hurt)\b/i;
const CASUALTY = /\bcasualt\w*\b/i;

function toNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_NUMBERS[w];
}

/** Sum of the numbers in a figure's words: "three women and four children" → 7. */
function total(text: string): number | undefined {
  const parts = text.match(new RegExp(String.raw`\b${NUMBER}\b`, 'gi')) ?? [];
  const numbers = parts.map(toNumber);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return undefined;
  return numbers.reduce<number>((a, b) => a + (b ?? 0), 0);
}

/**
 * The kind of a figure: the casualty word nearest to it in the sentence. An
 * "injured" before the figure ("injured three girls") wins only when it is
 * closer than any word for death.
 */
function kindOf(sentence: string, index: number, length: number): CasualtyKind | undefined {
  let best: { kind: CasualtyKind; distance: number } | undefined;
  const consider = (re: RegExp, kind: CasualtyKind) => {
    for (const m of sentence.matchAll(new RegExp(re.source, 'gi'))) {
      const distance = m.index < index ? index - (m.index + m[0].length) : m.index - (index + length);
      if (distance < 0) return void (best = { kind, distance: 0 });
      if (distance < 60 && (!best || distance < best.distance)) best = { kind, distance };
    }
  };
  consider(KILL, 'killed');
  consider(INJURE, 'injured');
  consider(CASUALTY, 'casualties');
  return best?.kind;
}

const BOMBING = /\b(bombing|bombings|blasts?|suicide)\b/gi;
const STRIKE = /\b(strikes?|airstrikes?|attacks?|assault|raids?|explosions)\b/gi;
/** "in southeastern Iran", "within Pakistani territory", "a region of Pakistan’s …": where strikes landed. */
const TARGET = /\b(?:in|inside|into|within|on|(?:region|province|part|territory|soil) of)\s+(?:the\s+)?(?:(?!to\b|of\b)[a-z-]+\s+)?(\p{Lu}\p{L}+)/gu;

/**
 * Which event a figure belongs to: a bombing when the nearest event word
 * before it is a bombing or blast; otherwise strikes in the country the text
 * names as their target ("in Iran", "within Pakistani territory"), looked for
 * in the sentence, then its paragraph's first sentence, then the article's lede.
 */
export function eventOf(figureIndex: number, sentence: Sentence, article: Article, countries: Map<string, string>): { key: string; label: string } {
  const before = sentence.text.slice(0, figureIndex);
  const lastOf = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index));
  const bombingAt = lastOf(BOMBING);
  if (bombingAt >= 0 && bombingAt > lastOf(STRIKE)) {
    const place = /\b(?:city|town|province) of (\p{Lu}\p{L}+)/u.exec(sentence.text)?.[1];
    return { key: 'bombing', label: place ? `Earlier bombing (${place})` : 'Earlier bombing' };
  }
  const targets = (text: string) =>
    [...text.matchAll(TARGET)].map((m) => ({ index: m.index, country: countries.get(m[1].toLowerCase()) })).filter((t) => t.country);
  // In the sentence: the target named nearest before the figure, else the first after it.
  const inSentence = targets(sentence.text);
  const own = inSentence.filter((t) => t.index < figureIndex).pop() ?? inSentence[0];
  // Else the first target the paragraph names, else the first the article names (its lede).
  const paragraph = article.paragraphs[sentence.paragraph - 1];
  const context = [paragraph, ...article.paragraphs].flatMap((p) => p.sentences.map((s) => s.text));
  const found = own ?? context.map((text) => targets(text)[0]).find(Boolean);
  if (found?.country) return { key: `strikes-in-${found.country.toLowerCase()}`, label: `Strikes in ${found.country}` };
  return { key: 'other', label: 'Other reports' };
}

export function findFigures(sentence: Sentence, article: Article, countries: Map<string, string>): CasualtyFigure[] {
  const figures: CasualtyFigure[] = [];
  if (!KILL.test(sentence.text) && !INJURE.test(sentence.text) && !CASUALTY.test(sentence.text)) return figures;
  for (const m of sentence.text.matchAll(FIGURE)) {
    const text = m[0];
    const kind = kindOf(sentence.text, m.index, text.length);
    if (!kind) continue;
    const qualifier = m[1]?.toLowerCase();
    // "seven nationals, including three women and four children" counts seven, not fourteen.
    const body = (qualifier ? text.slice(m[1].length).trim() : text).split(/,?\s+including\s+/)[0];
    const vague = m[3] !== undefined || /^(dozens|scores|hundreds)$/i.test(m[2] ?? '');
    figures.push({
      text,
      count: vague ? undefined : total(body),
      qualifier: vague ? m[3]?.toLowerCase() ?? m[2]?.toLowerCase() : qualifier,
      kind,
      sentence,
      event: eventOf(m.index, sentence, article, countries).key,
      total: !vague && /\b(people|persons|individuals|casualties|nationals|civilians|victims|lives)\b/i.test(body),
    });
  }
  return figures;
}

/** Group figures by event; an event is disputed when it has two different exact counts of one kind. */
export function groupFigures(figures: CasualtyFigure[], labels: Map<string, string>): CasualtyEvent[] {
  const byEvent = new Map<string, CasualtyFigure[]>();
  for (const f of figures) {
    const list = byEvent.get(f.event);
    if (list) list.push(f);
    else byEvent.set(f.event, [f]);
  }
  const events: CasualtyEvent[] = [];
  for (const [key, list] of byEvent) {
    const killed = new Set(list.filter((f) => f.kind !== 'injured' && f.count !== undefined && !f.qualifier).map((f) => f.count));
    const hedged = list.filter((f) => f.kind !== 'injured' && f.count !== undefined && f.qualifier);
    const disputed = killed.size > 1 || hedged.some((h) => [...killed].some((k) => k !== undefined && k < h.count!));
    // Headline totals first, then exact breakdowns, then vague counts; corpus order within each.
    const rank = (f: CasualtyFigure) => (f.total ? 0 : f.count !== undefined ? 1 : 2);
    const figures = list.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
    events.push({ key, label: labels.get(key) ?? key, figures, disputed });
  }
  // Events with the most figures first: the incident itself before background.
  return events.sort((a, b) => b.figures.length - a.figures.length);
}
