/**
 * Every country, with its names, demonyms and capitals, from the
 * world-countries table (preprocessed into data/countries.json by
 * scripts/build-lexicon.ts). Lookups are by lower-case name: "iran",
 * "iranian", "tehran" → "Iran".
 */
import { readDataFile } from './dataFile.js';
import { withoutMarks } from './marks.js';

export interface CountryRow {
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  /** Upper-case codes news writes for the country: "US", "USA", "UK". */
  codes: string[];
  /** Its first-level subdivisions (states, provinces, counties), as the table writes them: "Tennessee", "Hatay". */
  regions: string[];
  /** The words for its currencies, as written after an amount: "rupee", "naira". */
  currencies: string[];
  /** What is written before an amount of its currencies, case as written: the ISO code ("INR") and a symbol in letters ("Rs"). */
  currencyMarks: string[];
}

/** Continents and regions a report takes as known places; general English. */
const REGIONS = ['europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'middle east', 'oceania', 'antarctica', 'caribbean', 'balkans', 'arctic', 'gulf', 'persian gulf', 'mediterranean', 'scandinavia'];

let table: Map<string, string> | undefined;
let rows: CountryRow[] | undefined;

/** The whole table: every country with its names, demonyms and capitals. */
export function countryRows(): CountryRow[] {
  return (rows ??= readDataFile<{ countries: CountryRow[] }>('countries.json').countries);
}

/** Every name, demonym (and its plural) and capital of every country, lower case → the country's common name. */
export function countryNames(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const c of countryRows()) {
      const aliases = [
        ...c.names,
        ...c.demonyms.flatMap((d) => [d, `${d}s`]),
        ...c.capitals.map((capital) => capital.replace(/\s+D\.C\.$/, '')),
      ];
      for (const alias of aliases) {
        const key = alias.toLowerCase();
        if (!table.has(key)) table.set(key, c.name);
      }
    }
  }
  return table;
}

let codes: Map<string, string> | undefined;

/** Upper-case country codes ("US", "UK", "USA") → the country's common name; only as written in capitals, never "us". */
export function countryCodes(): Map<string, string> {
  if (!codes) {
    codes = new Map();
    for (const c of countryRows()) for (const code of c.codes ?? []) if (!codes.has(code)) codes.set(code, c.name);
  }
  return codes;
}

/** The country a name, demonym, capital ("Washington") or code ("UK") as written stands for. */
export function countryOf(token: string): string | undefined {
  return countryNames().get(token.toLowerCase()) ?? (/^[A-Z]{2,3}$/.test(token) ? countryCodes().get(token) : undefined);
}

/** countryWords per country: a question naming a country reads them for each of its words. */
let wordsOfCountry: Map<string, readonly string[]> | undefined;

/** Every single-word way of naming a country: its one-word names, demonyms, capitals and codes (codes in capitals). */
export function countryWords(country: string): readonly string[] {
  if (!wordsOfCountry) {
    // Built in one pass over the tables, in their order (the order callers see, as before).
    const built = new Map<string, string[]>();
    const add = (name: string, word: string) => {
      const list = built.get(name);
      if (list) list.push(word);
      else built.set(name, [word]);
    };
    for (const [alias, name] of countryNames()) if (!/\s/.test(alias)) add(name, alias);
    for (const [code, name] of countryCodes()) add(name, code);
    wordsOfCountry = built;
  }
  return wordsOfCountry.get(country) ?? [];
}

/** A country, capital or world region by its lower-case name. */
export function isKnownPlace(name: string): boolean {
  return countryNames().has(name) || REGIONS.includes(name);
}

/** The country a lower-case name is a name of (not a demonym or capital), if any. */
export function isCountryName(name: string): boolean {
  const country = countryNames().get(name);
  return country !== undefined && country.toLowerCase() === name;
}

let multiword: RegExp | undefined;

/** Names of countries written in several words ("United States", "South Korea", "Saudi Arabian"), as one case-insensitive pattern, longest first. */
export function multiwordCountryPattern(): RegExp {
  if (!multiword) {
    const names = [...countryNames().keys()].filter((name) => /\s/.test(name)).sort((a, b) => b.length - a.length);
    multiword = new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
  }
  return multiword;
}

/** The first code news writes for a country ("US" for the United States), if the table gives one. */
export function countryCode(country: string): string | undefined {
  return countryRows().find((row) => row.name === country)?.codes[0];
}

/** Compass and size words some tables use as a subdivision's whole name ("Central", "Eastern"): general English, never read as one. */
const PLAIN_WORDS = /^(?:north|south|east|west|central|centre|center|eastern|western|northern|southern|capital|coast|coastal|lakes|islands|upper|lower|middle|north-east|north-west|south-east|south-west)$/;

let subdivisions: Map<string, string[]> | undefined;

/** A place's name as looked up: lower case, without accents, one apostrophe ("Āz̄arbāyjān" → "azarbayjan"). */
export function foldName(name: string): string {
  return withoutMarks(name).toLowerCase().replace(/[’']/g, "'");
}

/**
 * The countries a name is a first-level subdivision of (a US state, a Turkish
 * province, a Kenyan county): "Tennessee" → United States; "Florida" → the
 * United States and Uruguay. Which one a report means is read from the
 * reports as a whole (src/engine/casualties/index.ts). A country's own name
 * is not listed here ("Georgia"): see subdivisionsNamedAsCountries.
 */
export function subdivisionCountries(name: string): readonly string[] {
  if (!subdivisions) {
    subdivisions = new Map();
    for (const c of countryRows()) {
      for (const region of c.regions ?? []) {
        const key = foldName(region);
        if (PLAIN_WORDS.test(key) || countryNames().has(key)) continue;
        const list = subdivisions.get(key);
        if (!list) subdivisions.set(key, [c.name]);
        else if (!list.includes(c.name)) list.push(c.name);
      }
    }
  }
  return subdivisions.get(foldName(name)) ?? [];
}

/** The subdivisions of a country whose names are also countries' ("Georgia" of the United States), lower case. */
export function subdivisionsNamedAsCountries(country: string): string[] {
  const row = countryRows().find((c) => c.name === country);
  return (row?.regions ?? []).map(foldName).filter((name) => countryNames().has(name) && countryNames().get(name) !== country);
}

let currencyMarks: Set<string> | undefined;

/** Whether a token is written before an amount of some country's currency ("INR", "Rs", "KES"; case as written), or is a currency sign ("£", "€"). */
export function isCurrencyMark(token: string): boolean {
  currencyMarks ??= new Set(countryRows().flatMap((c) => c.currencyMarks));
  return currencyMarks.has(token) || /^\p{Sc}$/u.test(token);
}

let currencies: Set<string> | undefined;

/**
 * Whether a word names a currency of some country ("rupees", "naira", "euros"): an amount before it is money.
 * Reports write the table's "złoty" as "zlotys" and its "sol" as "soles": marks are dropped on both sides, and a
 * plural may take -s or -es.
 */
export function isCurrencyWord(word: string): boolean {
  currencies ??= new Set(countryRows().flatMap((c) => c.currencies.map(foldName)));
  const w = foldName(word);
  return currencies.has(w) || (w.endsWith('s') && (currencies.has(w.slice(0, -1)) || (w.endsWith('es') && currencies.has(w.slice(0, -2)))));
}
