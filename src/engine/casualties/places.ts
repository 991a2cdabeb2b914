/**
 * Places in report text, for any incident: names after "in", "near", "at" …,
 * names with a place word ("the city of Kerman", "Balochistan province"), and
 * countries from the world-countries table (src/text/countries.ts; names and demonyms: "Iranian
 * territory" is Iran). A corpus-wide gazetteer of what was read as a place
 * anywhere lets a later bare mention count too ("Derna, a port of …").
 */
import { countryCodes, countryRows, foldName as fold } from '../../text/countries.js';

export interface Place {
  /** The name as written ("Sistan and Baluchestan", "Saravan"). */
  name: string;
  /** Spelling-insensitive key: "Sistan-o-Balochistan" and "Sistan and Baluchestan" share one. */
  key: string;
  /** Offset in the text it was found in. */
  index: number;
  /** The country, when the name is one or the text says whose it is ("Iran’s Sistan …"). */
  country?: string;
  /** 1 a city, town or village; 2 unmarked; 3 a province or region; 4 a country. */
  rank: number;
  /** The word before it: "near" Saravan, "in" Derna. */
  prep?: string;
  /** A country merely named ("Greece", not "in Greece"): a place only when nothing better is said. */
  weak?: boolean;
}

/** Folded name or demonym → country common name, built on first use. */
const COUNTRY = new Map<string, string>();
const DEMONYM = new Map<string, string>();

function loadCountries(): void {
  if (COUNTRY.size > 0) return;
  for (const c of countryRows()) {
    const spellings = c.names.filter((s) => !/[,()]/.test(s));
    // "Republic of Turkey" → "Turkey", "Republic of Korea" → "Korea": the short name is how reports say it.
    const short = spellings.map((s) => /^(?:Republic|Kingdom|State|Commonwealth|Federation) of (?:the )?(\p{Lu}[\p{L} ]+)$/u.exec(s)?.[1]).filter(Boolean) as string[];
    for (const n of [...spellings, ...short]) if (!COUNTRY.has(fold(n))) COUNTRY.set(fold(n), c.name);
    for (const form of c.demonyms) DEMONYM.set(fold(form), c.name);
  }
}

/** The country a name or demonym stands for ("Iranian" → Iran), if any. */
export function countryOf(word: string): string | undefined {
  loadCountries();
  const f = fold(word);
  return COUNTRY.get(f) ?? DEMONYM.get(f);
}

/** "Sistan-o-Balochistan", "Sistan and Baluchestan" → "sstnblchstn". */
export function placeKey(name: string): string {
  return fold(name)
    .replace(/\b(province|region|district|county|state|city|town|village|governorate|prefecture)\b/g, '')
    .replace(/-o-|\band\b/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/(?!^)[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]*`;
/** A capitalised name: "Saravan", "Sistan and Baluchestan", "Sistan-o-Balochistan", "North Kensington". */
const NAME = String.raw`${NAME_WORD}(?:(?:\s+and\s+|\s+)${NAME_WORD})*`;
const LOCAL = /^(city|town|village|port|suburb|neighbourhood|neighborhood|district)$/i;
const NOT_A_PLACE = /^(The|A|An|This|That|These|Those|He|She|It|They|We|His|Her|Its|Their|Our|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr|President|Prime|Minister|Governor|General|Colonel|Commander|Chief|Mayor|Army|Navy|Police|Government|Parliament|Congress|Senate|Court|Pentagon|Cabinet|Supreme)$/;

/** Lower-case words as a regular expression's alternatives that also match them capitalised ("in" → "[iI]n"). */
function eitherCase(words: string[]): string {
  return words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
}

/** "in", "In" …: a preposition, also opening a sentence ("In Turkey, at least 912 people …"). */
const PREPOSITIONS = eitherCase(['in', 'near', 'at', 'inside', 'into', 'within', 'outside', 'across', 'around', 'on', 'off', 'throughout', 'over']);
/** Words for a place before its name ("the town of Derna", "Province of Hatay"). */
const PLACE_OF_WORDS = ['city', 'town', 'village', 'port', 'province', 'region', 'district', 'county', 'state', 'governorate', 'area'];
const HAS_PLACE_WORD = new RegExp(String.raw`\b(?:${PLACE_OF_WORDS.join('|')})\s+of\s+\p{Lu}`, 'iu');
/** Words for a region after its name ("Balochistan province", "Buncombe County"), in either case. */
const REGION_WORDS = ['province', 'region', 'district', 'county', 'governorate', 'prefecture'];
const REGION_WORD = eitherCase(REGION_WORDS);
const HAS_REGION_WORD = new RegExp(String.raw`\p{Lu}[\p{L}’'-]*\s+(?:${REGION_WORD})\b`, 'u');
/**
 * The words skipped between a preposition and a name ("near the border town of"): not a second determiner nor a
 * word for a time, which end the phrase ("over the weekend the BBC reported", "in the morning the London Ambulance
 * Service said", "in midafternoon Yonhap reported": the name is the subject of what follows, not a place).
 */
const SKIPPED = String.raw`(?!(?:the|a|an|this|that|its|their|his|her|weekend|morning|afternoon|evening|night|day|week|month|year|meantime|meanwhile|end|past|statement|interview|letter|report|mid[a-z-]*|noon|dawn|dusk)\s)[a-z][a-z-]*\s+`;
/** A place where something was said (general English): "a news conference in", "told reporters in". */
const SPOKEN_AT = /\b(?:briefing|conference|press|told reporters|speaking|said)\s+$/i;
/** A body's office in a place, when it is the one speaking: "the NWS office in Louisville said". */
const OFFICE_AT = /\b(?:office|offices|headquarters)\s+$/i;
const SPEAKS_NEXT = /^\s*(?:said|says|say|reported|confirmed|announced|told)\b/i;
/** A verb whose particle "off" is ("got off", "jumped off"): general English. */
const PARTICLE_VERB_BEFORE = /\b(?:get|gets|got|getting|jump|jumped|jumping|step|stepped|stepping|climb|climbed|came|come|coming|fell|fall|falling|took|take|taken|pushed|thrown|threw)\s+$/i;
const LOCATIVE = new RegExp(String.raw`\b(${PREPOSITIONS})\s+(?:(?:the|its|their)\s+)?(?:${SKIPPED}){0,2}?(${NAME})`, 'gu');
const PLACE_OF = new RegExp(String.raw`\b(${eitherCase(PLACE_OF_WORDS)})\s+of\s+(${NAME})`, 'gu');
const NAME_WITH_WORD = new RegExp(String.raw`(${NAME})\s+(${REGION_WORD})\b`, 'gu');
const COUNTRY_WORD = new RegExp(String.raw`(${NAME_WORD})`, 'gu');
/** A body of water named by what it is of ("the Gulf of Mexico", "the Bay of Bengal"): general English. */
const WATER = /(?:^|\s)(?:Gulf|Bay|Sea|Strait|Straits|Lake|Isle)$/;
const OF_NAME = new RegExp(String.raw`^\s+of\s+${NAME}`, 'u');

/** Split "Iran’s Sistan and Baluchestan" into its owner (Iran) and the name. */
function possessive(name: string): { owner?: string; name: string } {
  const m = /^(\p{Lu}[\p{L}-]*)[’']s\s+(.+)$/u.exec(name);
  if (m && countryOf(m[1])) return { owner: countryOf(m[1]), name: m[2] };
  return { name: name.replace(/[’']s$/, '') };
}

/** The last word of a body's name, general English: "… Fire and Emergency Medical Services Department" is no place. */
export const ORGANISATION_WORD = String.raw`Department|Services?|Brigade|Authority|Agency|Commission|Office|Board|Council|Ministry|Corps|Academy|Institute|Association|Administration|Bureau|Command|University|College|Company|Club|Party|Committee|Foundation|Organi[sz]ation|Unit|Squad`;
const ENDS_AS_ORGANISATION = new RegExp(String.raw`\b(?:${ORGANISATION_WORD})$`);
/** A compass region ("the Southeast", "the Midwest") is no place of its own: general English. */
const COMPASS = /^(?:North|South)(?:east|west)(?:ern)?$|^Mid-?west$/;
/** A name that says it is a region: "Buncombe County", "Hatay Province". */
const REGION_NAME = new RegExp(String.raw`\s(?:${[...REGION_WORDS, 'oblast'].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})$`);

/**
 * The regions the reports name, read from them as a whole: a name in the table of every country's
 * subdivisions, of a country two or more of whose subdivisions the reports name ("Tennessee" beside
 * "Florida": US states, though Uruguay has a Florida too); and a country's name that is also such a
 * subdivision ("Georgia" beside them). Folded name → the country it is a region of.
 */
export type RegionNames = ReadonlyMap<string, string>;

function make(name: string, index: number, prep: string | undefined, rankHint?: number, owner?: string, regions?: RegionNames): Place | undefined {
  const trimmed = name.replace(/[.’'-]+$/, '');
  const first = trimmed.split(/[\s-]+/)[0];
  if (!trimmed || NOT_A_PLACE.test(first) || ENDS_AS_ORGANISATION.test(trimmed) || COMPASS.test(trimmed)) return undefined;
  const region = regions?.get(fold(trimmed));
  if (region) return { name: trimmed, key: placeKey(trimmed), index, country: owner ?? region, rank: 3, prep };
  // "US", "UK": a country's code, as written in capitals.
  const country = countryOf(trimmed) ?? (/^[A-Z]{2,3}$/.test(trimmed) ? countryCodes().get(trimmed) : undefined);
  if (country) return { name: countryOf(trimmed) === trimmed || COUNTRY.has(fold(trimmed)) ? trimmed : country, key: placeKey(country), index, country, rank: 4, prep };
  // A name that starts with a demonym ("Iranian Farsi", "Pakistani sources") is not a place.
  if (countryOf(first) && trimmed !== first) return undefined;
  // A county or province by its name's last word ("Buncombe County").
  return { name: trimmed, key: placeKey(trimmed), index, country: owner, rank: rankHint ?? (REGION_NAME.test(trimmed) ? 3 : 2), prep };
}

/** The words that make a country's name into its own ("the Republic of Azerbaijan"): general English. */
const STATE_OF = /^(?:Republic|Kingdom|Emirate|Sultanate|Principality|Commonwealth|Federation|State|Union)$/;
/** A compass adjective before a country's name names a part of it ("Northern Italy"), not another place. */
const PART_OF = /^(?:Northern|Southern|Eastern|Western|Central|North-?eastern|North-?western|South-?eastern|South-?western)$/;

/**
 * A country's name inside a longer name: the longer name when that is a country too ("South Korea", "United Arab
 * Emirates"), null when it is something else ("East Azerbaijan", "New Mexico", "Air India", "Luís Montenegro", "the
 * Gulf of Mexico", "the Law Society of Kenya"), undefined when the name stands alone. A capitalised word that opens
 * the text ("Neighbouring Tanzania") is no part of it.
 */
function longerName(text: string, index: number, word: string): string | null | undefined {
  const lead = /(?:^|[\s(])(?:(\p{Lu}[\p{L}’'-]*)\s+)?(\p{Lu}[\p{L}’'-]*)\s+(of\s+)?$/u.exec(text.slice(Math.max(0, index - 60), index));
  if (!lead) return undefined;
  const [, first, second, of] = lead;
  for (const name of [first && `${first} ${second} ${of ?? ''}${word}`, `${second} ${of ?? ''}${word}`]) if (name && COUNTRY.has(fold(name))) return name;
  if (of) return STATE_OF.test(second) ? undefined : null;
  const opensText = text.slice(0, index).trimEnd().length === second.length;
  return opensText || PART_OF.test(second) ? undefined : null;
}

/**
 * Offices and office-holders a town's name can stand before as their seat (general English): "the Paris prosecutor",
 * "the Paris police" is whose office it is, not where anything happened. (A county's coroner counts that county's
 * dead: a region's whole name keeps its place.)
 */
const OFFICE_AFTER =
  /^\s+(?:police|authorities|officials?|government|council|court|ministry|office|department|prefecture|administration|city hall|prosecutors?|prosecution|coroners?|governor|mayor|sheriff|spokes(?:man|woman|person)|ministers?|prefect|commissioner|chief|judge|magistrates?|investigators?|officers?)\b/i;

/**
 * Places a text names. `gazetteer` (keys of places read anywhere in the
 * corpus) adds bare mentions of known places.
 */
export function findPlaces(text: string, gazetteer?: Map<string, Place>, options: { bare?: boolean; regions?: RegionNames } = {}): Place[] {
  loadCountries();
  const regions = options.regions;
  // A place as named here, read with what the reports as a whole say of regions.
  const place = (name: string, index: number, prep: string | undefined, rankHint?: number, owner?: string) => make(name, index, prep, rankHint, owner, regions);
  const out: Place[] = [];
  const add = (p: Place | undefined) => {
    if (p && !out.some((o) => o.index === p.index || (o.key === p.key && Math.abs(o.index - p.index) < 3))) out.push(p);
  };
  for (const m of text.matchAll(LOCATIVE)) {
    // "got off the Sewol", "stepped off the plane": the particle of a verb of moving, not "off the coast of".
    if (/^off$/i.test(m[1]) && PARTICLE_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "At a morning briefing in Frankfort", "told reporters in Ankara", "the weather office in Louisville said": where a
    // figure was announced, not where its dead were.
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (SPOKEN_AT.test(lead) || (OFFICE_AT.test(lead) && SPEAKS_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    // "the Kenya National Commission on Human Rights": a body's remit, not a place.
    if (/^on$/i.test(m[1]) && ENDS_AS_ORGANISATION.test(lead.trimEnd())) continue;
    const { owner, name: named } = possessive(m[2]);
    // "in the Gulf of Mexico": the sea's whole name, not its first word.
    const ofWhat = WATER.test(named) ? OF_NAME.exec(text.slice(m.index + m[0].length))?.[0] : undefined;
    const name = named + (ofWhat ?? '');
    const at = m.index + m[0].length - m[2].length;
    if (owner) add(place(owner, at, m[1].toLowerCase()));
    // "in Iraq and Syria": each country.
    const parts = name.split(/\s+and\s+/);
    if (parts.length > 1 && parts.every((x) => countryOf(x) && !regions?.has(fold(x)))) {
      let offset = at;
      for (const part of parts) {
        offset = text.indexOf(part, offset);
        add(place(part, offset, m[1].toLowerCase()));
      }
      continue;
    }
    const end = at + m[2].length + (ofWhat?.length ?? 0);
    const next = text.slice(end, end + 12);
    const skipped = m[0].slice(m[1].length, m[0].length - m[2].length);
    // A sea named by what it is of is as close as a report gets to where a ship or a rig was: a town's rank.
    const rank = ofWhat || /\b(city|town|village|port) of\s*$/i.test(skipped) || /^,\s+an?\s+(city|town|village)\b/i.test(next) ? 1 : /^\s+(province|region|state|county)\b/i.test(next) || /\b(province|region) of\s*$/i.test(skipped) ? 3 : undefined;
    add(place(name, end - name.length, m[1].toLowerCase(), rank, owner));
  }
  // Each pattern runs only on a text with its key word: most sentences have none.
  if (HAS_PLACE_WORD.test(text)) for (const m of text.matchAll(PLACE_OF)) {
    const demonym = /(\p{Lu}\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    const { owner, name } = possessive(m[2]);
    add(place(name, m.index + m[0].length - name.length, 'in', LOCAL.test(m[1]) ? 1 : 3, owner ?? (demonym ? countryOf(demonym) : undefined)));
  }
  if (HAS_REGION_WORD.test(text)) for (const m of text.matchAll(NAME_WITH_WORD)) {
    const { owner, name } = possessive(m[1]);
    // "Buncombe County" is the name; "Balochistan province" names Balochistan.
    add(place(/^\p{Lu}/u.test(m[2]) ? `${name} ${m[2]}` : name, m.index + m[1].length - name.length, undefined, 3, owner));
    if (owner) add(place(owner, m.index, undefined));
  }
  // Countries named anywhere but as an agent ("by Pakistan", "from Iran"); demonyms before a place word.
  // (Not needed when only the places a text says something happened in are wanted: options.bare false.)
  if (options.bare === false) return out.sort((a, b) => a.index - b.index);
  for (const m of text.matchAll(COUNTRY_WORD)) {
    const word = m[1].replace(/[’']s$/, '');
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (COUNTRY.has(fold(word)) && !regions?.has(fold(word))) {
      const whole = longerName(text, m.index, word);
      if (whole === null) continue;
      const name = whole ?? word;
      const start = m.index + word.length - name.length;
      // "by Pakistan", "according to Pakistan", "Pakistan’s air force": an actor, not a place.
      const wide = text.slice(Math.max(0, start - 30), start);
      if (/\b(by|from|against|with|between|to)\s+$/i.test(wide) || /\b(?:between|by|from|against|with)\s+\S+\s+and\s+$/i.test(wide) || /^[’']s\s+\p{Ll}/u.test(text.slice(m.index + word.length, m.index + word.length + 4))) continue;
      const country = COUNTRY.get(fold(name))!;
      add({ name, key: placeKey(country), index: start, country, rank: 4, weak: true });
    } else if (DEMONYM.has(fold(word)) && /^\s+(territory|soil|city|province|town|village|coast|border)\b/i.test(after)) {
      const country = DEMONYM.get(fold(word))!;
      add({ name: country, key: placeKey(country), index: m.index, country, rank: 4 });
    } else if (gazetteer && !/\b(by|from|against|with|to|towards|toward)\s+$/i.test(before) && !/\p{Lu}[\p{L}-]*\s+$/u.test(before)) {
      // A known place named alone, not inside a longer name ("Central Maine Medical Center"); or a county
      // by its whole name, before a title ("Buncombe County Sheriff Quentin Miller").
      const known = gazetteer.get(placeKey(word));
      const whole = known !== undefined && REGION_NAME.test(known.name) && text.startsWith(known.name, m.index);
      if (known && known.name.split(/\s/)[0] === word && (whole || (!/^\s+\p{Lu}/u.test(after) && (word !== m[1] || !OFFICE_AFTER.test(after))))) add({ ...known, index: m.index, prep: undefined });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
