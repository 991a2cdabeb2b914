/**
 * Numbers, money, percentages, measures, dates and times in text, read by
 * wink-nlp's English model. Loaded on first use (about 100 ms), so a start
 * from a prebuilt engine snapshot never pays for it.
 */
import type winkNLPType from 'wink-nlp';
import { createRequire } from 'node:module';
import { isCurrencyMark, isCurrencyWord } from './countries.js';
import { SCALE_WORD_VALUES, SMALL_NUMBER_WORDS } from './numberWords.js';

export type ValueType = 'count' | 'money' | 'percent' | 'measure' | 'duration' | 'date' | 'time';

export interface ValueMention {
  type: ValueType;
  /** The words as written. */
  text: string;
}

type Nlp = ReturnType<typeof winkNLPType>;
let nlp: Nlp | undefined;
let winkModule: typeof winkNLPType | undefined;
let winkModel: unknown;
const require = createRequire(import.meta.url);

/**
 * The one wink-nlp instance (sentence boundaries, negation, parts of speech,
 * entities), shared by every reader of the text. Required at first use, not
 * imported: a start from an engine snapshot never loads the model.
 */
export function wink(): Nlp {
  if (!nlp) for (const load of nlpLoads) load();
  return nlp!;
}

/** Whether the model has been loaded (test/core/startLight.test.ts). */
export function nlpLoaded(): boolean {
  return nlp !== undefined;
}

/** wink() in its three loads (the library, the model, the instance: about 0.3 s in all), for a warm-up to take one per turn. */
export const nlpLoads: (() => void)[] = [
  () => void (winkModule ??= require('wink-nlp') as typeof winkNLPType),
  () => void (winkModel ??= require('wink-eng-lite-web-model')),
  () => void (nlp ??= winkModule!(winkModel as Parameters<typeof winkNLPType>[0], ['sbd', 'negation', 'pos', 'ner'])),
];

/** Units a count may measure in, general English: "75 metres", "four miles", "magnitude 6". */
export const UNIT = /^(m|km|cm|mm|ft|mph|kph|metres?|meters?|kilomet(?:re|er)s?|centimet(?:re|er)s?|miles?|feet|foot|inches|inch|yards?|storeys?|stories|floors|tonnes?|tons?|kg|kilograms?|grams?|litres?|liters?|gallons?|barrels?|acres?|hectares?|square|cubic|degrees?|celsius|fahrenheit|knots?|magnitude|volts?|watts?|megawatts?|kilotons?|megatons?)$/i;

/**
 * Only a sentence with a digit or a number word can hold a value: the model is not run on the others. A plural scale
 * alone ("thousands of protesters") is left out: it says no count a "how many" question can take.
 */
const MAY_HAVE_VALUE = new RegExp(String.raw`\d|\b(${SMALL_NUMBER_WORDS}|${Object.keys(SCALE_WORD_VALUES).join('|')}|dozens?|scores|per ?cent|percent)\b`, 'i');

/** Words after which a number names something rather than counts: "Flight 516", "Route 66", "Local 862", "Gate 5" (general English). */
export const NAMED_BY_NUMBER = /^(?:Flight|Route|Highway|Interstate|Runway|Gate|Platform|Terminal|Room|Ward|Bay|Unit|Article|Section|Chapter|Line|Bus|Train|No\.?|Number|Local|Precinct|Exit|Pier|Berth|Dock|Block|Building|Category|Level|Phase)$/;

const TYPES: Record<string, ValueType | undefined> = {
  CARDINAL: 'count', MONEY: 'money', PERCENT: 'percent', DURATION: 'duration', DATE: 'date', TIME: 'time',
};

/** "up to a mile", "half a metre", "an inch": one of a unit, written with an article, is a measure the model does not read. */
const ONE_UNIT = /\b(?:a|an|half\s+a)\s+([a-z]+)\b/gi;

export function valueMentions(text: string): ValueMention[] {
  const units: ValueMention[] = [];
  for (const m of text.matchAll(ONE_UNIT)) if (UNIT.test(m[1]!) && !/^(?:square|cubic|magnitude)$/i.test(m[1]!)) units.push({ type: 'measure', text: m[0] });
  if (!MAY_HAVE_VALUE.test(text)) return units;
  const doc = wink().readDoc(text);
  const its = wink().its;
  const tokens = doc.tokens().out(its.value) as string[];
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const out: ValueMention[] = [];
  details.forEach((entity, k) => {
    let type = TYPES[entity.type];
    if (!type) return;
    const [first, last] = spans[k];
    if (type === 'count') {
      if (NAMED_BY_NUMBER.test(tokens[first - 1] ?? '')) return;
      const next = [tokens[last + 1] ?? '', tokens[last + 2] ?? ''];
      // "four miles", "75 metres tall": a count followed by a unit is a measure.
      if (next.some((t) => UNIT.test(t))) type = 'measure';
      // "50 crore rupees", "50 million naira": a count followed by a currency is money.
      else if (next.some(isCurrencyWord)) type = 'money';
      // "Rs 10 lakh", "KES 5,000", "£50,000", "€3 billion": a count after a currency's code or symbol is money.
      else if (isCurrencyMark(tokens[first - 1] ?? '')) type = 'money';
    }
    out.push({ type, text: entity.value });
  });
  return [...out, ...units];
}

/**
 * The head of the noun phrase a text opens with: the last noun of its first
 * run of nouns and adjectives ("Danwon pupils were on the trip" → "pupils",
 * "security guards were working" → "guards"). Undefined when it opens with no noun.
 */
export function nounPhraseHead(text: string): string | undefined {
  const doc = wink().readDoc(text);
  const values = doc.tokens().out(wink().its.value) as string[];
  const pos = doc.tokens().out(wink().its.pos) as string[];
  let head: string | undefined;
  for (let i = 0; i < values.length; i++) {
    // A one-letter token is chat shorthand ("r" for "are"), not a noun.
    if (!/^[\p{L}-]{2,}$/u.test(values[i]) || !['NOUN', 'PROPN', 'ADJ'].includes(pos[i])) break;
    if (pos[i] !== 'ADJ') head = values[i];
  }
  return head;
}
