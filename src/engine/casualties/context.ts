/**
 * The context a figure's event is read from: the places its clause names
 * (else its paragraph's, else the paragraph before's: "the border village" of
 * a sentence whose previous paragraph names Saravan), the kind of incident its
 * sentence speaks of, and a year that sets it apart from the reported incident.
 */
import type { Article, Sentence } from '../../corpus/types.js';
import type { RawFigure } from './extract.js';
import { findPlaces, ORGANISATION_WORD, type Place, type RegionNames } from './places.js';

/** The kind of the words that name no kind of incident ("attack", "operation"). */
export const GENERIC_INCIDENT = 'incident';

/** Kinds of incidents and the words for them (general English). */
const INCIDENTS: [string, string][] = [
  ['bombing', 'bomb bombs bombing bombings blast blasts explosion explosions suicide'],
  ['strike', 'strike strikes airstrike airstrikes raid raids offensive missile missiles drone drones shelling barrage'],
  ['shooting', 'shooting shootings gunfire gunman rampage massacre shot'],
  ['fire', 'fire fires blaze inferno wildfire wildfires bushfire bushfires'],
  ['flood', 'flood floods flooding storm deluge downpour hurricane cyclone typhoon tornado tsunami'],
  ['earthquake', 'earthquake earthquakes quake quakes tremor aftershock aftershocks'],
  ['collapse', 'collapse collapses landslide landslides avalanche mudslide'],
  ['crash', 'crash crashes crashed collision collisions collided accident accidents derailment derailed capsized capsizing sank sinking sunk'],
  ['crush', 'crush stampede stampedes'],
  ['outbreak', 'outbreak outbreaks epidemic epidemics'],
  ['eruption', 'eruption eruptions erupted erupting'],
  ['spill', 'spill spills leak leaks poisoning'],
  ['unrest', 'clashes clash crackdown protest protests protesters demonstration demonstrations demonstrators riot riots rioting uprising unrest'],
  // Words for any incident: they say something happened, not what kind of thing.
  [GENERIC_INCIDENT, 'attack attacks assault assaults operation incursion incident tragedy disaster catastrophe'],
];
const INCIDENT_WORD = /\b(air strikes?|opened fire|[a-z]+)\b/gi;
/** Word → kind of incident, looked up once per word. */
const INCIDENT_OF = new Map<string, string>([
  ...INCIDENTS.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)),
  ['air strike', 'strike'],
  ['air strikes', 'strike'],
  ['opened fire', 'shooting'],
]);
/** The rest of a body's name after a capitalised word: "… and Emergency Medical Services Department". */
const ORGANISATION_NAME_AFTER = new RegExp(String.raw`^(?:\s+(?:and|&|of|\p{Lu}[\p{L}-]*))*?\s+(?:${ORGANISATION_WORD}|Station|Center|Centre|Marshal|Insurance|Safety|Protection|Prevention|Management|Control)\b`, 'u');
/** "a flood of calls", "a storm of criticism": a figure of speech, not an incident. */
const FIGURATIVE = /^\s+of\s+(?!the\s+(?:dam|river|city|town)|water|rain)/i;

/** Every kind of incident there are words for. */
export const INCIDENT_KINDS: readonly string[] = INCIDENTS.map(([kind]) => kind);

/** The general words for a kind of incident ("crush" → crush, stampede, stampedes). */
export function wordsForIncidentKind(kind: string): string[] {
  return INCIDENTS.find(([k]) => k === kind)?.[1].split(' ') ?? [];
}

export function incidentOf(word: string): string | undefined {
  return INCIDENT_OF.get(word.toLowerCase());
}

/** "died of", "had succumbed to", "died from smoke and": what someone died of, up to a few words before the word (general English). */
const CAUSE_OF_DEATH_BEFORE = /\b(?:died|dying|dies|die|perished|succumbed)\s+(?:of|from|to)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** "the deadliest industrial", "the worst": a superlative ranking the incident word after it among others (general English). */
const RANKED_BEFORE = /\b(?:\w+est|most\s+\w+|worst)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Incident words of a text with their offsets. */
function incidentWords(text: string): { kind: string; word: string; index: number }[] {
  const out: { kind: string; word: string; index: number }[] = [];
  for (const m of text.matchAll(INCIDENT_WORD)) {
    const kind = incidentOf(m[1]);
    // "fire" in "opened fire", "set fire to", "under fire" is not a fire.
    if (kind === 'fire' && /\b(opened|open|set|under|exchanging|exchanged|returned)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "the victims had died of carbon monoxide poisoning": a cause of death, not another incident.
    if (CAUSE_OF_DEATH_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "fire extinguishers", "fire alarm", "fire chief John Donnelly": equipment or a service, not a fire.
    if (kind === 'fire' && /^\s+(extinguishers?|alarms?|exits?|escapes?|doors?|safety|drills?|hydrants?|chiefs?|departments?|brigades?|services?|crews?|engines?|trucks?|stations?|officials?|commissioners?|marshals?|captains?|officers?|fighters?|authorities)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (kind && /^(flood|storm|wave|hail|barrage)$/i.test(m[1]) && FIGURATIVE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "the Fire and Emergency Medical Services Department", "Flood Control Authority": a word of a body's name, not an incident.
    if (kind && /^\p{Lu}/u.test(m[1]) && m.index > 0 && ORGANISATION_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    if (kind) out.push({ kind, word: m[1], index: m.index });
  }
  return out;
}

const PLACE_REFERENCE = /\b(?:the|that|this|a)\s+(?:[a-z-]+\s+)?(?:village|town|city|area|region|province|district|neighbourhood|neighborhood|site|scene|tower|block|building)\b|\bthere\b/i;

/** The words before a place that make it someone's home or origin, not where something happened; general English. */
const ORIGIN_BEFORE = /(?:\bfrom(?:\s+across)?|\b(?:born|raised|grew up|lived|lives|living|resident|residents|native|natives|home|hometown)\s+(?:\w+\s+)?(?:in|near|of|outside))\s+(?:the\s+)?$/i;

/** "Turkey and Syria", "southern Turkey and northern Syria": countries a text names together. */
function regionOf(text: string, places: Place[]): string[] | undefined {
  const countries = places.filter((p) => p.rank === 4 && p.country).sort((a, b) => a.index - b.index);
  for (let i = 0; i + 1 < countries.length; i++) {
    const [a, b] = [countries[i], countries[i + 1]];
    if (a.country === b.country) continue;
    const between = text.slice(a.index + a.name.length, b.index);
    if (/^\s*(?:,|and|,\s*and)\s+(?:(?:north|south|east|west|central)(?:ern|-eastern|-western|eastern|western)?\s+)?$/i.test(between)) return [a.country!, b.country!].sort();
  }
  return undefined;
}

/** A region named again by its kind, right after a figure: "died in that county", "across the state". */
const REGION_REFERENCE = /^[^.;]{0,30}?\b(?:in|across|of)\s+(?:that|the|this)\s+(?:county|state|province|district|region|governorate|prefecture)\b/i;

export interface FigureContext {
  places: Place[];
  /** The key of the town or region its own sentence names, if any. */
  localPlace?: string;
  incident?: { kind: string; word: string; fromParagraph?: boolean };
  era?: string;
  region?: string[];
  context: string[];
}

/** Reads contexts for the figures of one corpus; paragraph-level readings are worked out once per paragraph. */
export class ContextReader {
  private readonly paragraphPlaces = new Map<string, Place[]>();
  private readonly paragraphIncidents = new Map<string, { kind: string; word: string; index: number }[]>();

  constructor(
    private readonly gazetteer: Map<string, Place>,
    private readonly regions?: RegionNames,
    /** Each place's country as the whole corpus voted it (place key → country). */
    private readonly placeCountry?: ReadonlyMap<string, string>,
  ) {}

  private readonly ledeCountries = new Map<string, Place | undefined>();

  /** The one country a report's title and first paragraph name (by name alone too: "Malawi's President"), if only one. */
  private countryOfLede(article: Article): Place | undefined {
    if (this.ledeCountries.has(article.id)) return this.ledeCountries.get(article.id);
    // Every place named there counts by its country: "in Port-au-Prince … while the prime minister was in Kenya" names two.
    const named = [...findPlaces(article.title, this.gazetteer, { regions: this.regions }), ...this.placesOfParagraph(article, 1)];
    const countries = new Set(named.map((p) => (p.rank === 4 ? p.key : (p.country ?? this.placeCountry?.get(p.key) ?? p.key))));
    const country = countries.size === 1 ? named.find((p) => p.rank === 4) : undefined;
    this.ledeCountries.set(article.id, country);
    return country;
  }

  private placesOfParagraph(article: Article, number: number): Place[] {
    const key = `${article.id}#${number}`;
    let places = this.paragraphPlaces.get(key);
    if (!places) {
      const p = article.paragraphs[number - 1];
      const text = p ? article.body.slice(p.start, p.end) : '';
      // Where someone comes from is no place anything happened: "born in Iran", "a couple from Varese", "lived near Piacenza".
      const origin = (place: Place) => place.prep !== undefined && ORIGIN_BEFORE.test(text.slice(Math.max(0, place.index - 40), place.index));
      places = findPlaces(text, this.gazetteer, { regions: this.regions }).filter((place) => !origin(place));
      this.paragraphPlaces.set(key, places);
    }
    return places;
  }

  private incidentsOfParagraph(article: Article, number: number): { kind: string; word: string; index: number }[] {
    const key = `${article.id}#${number}`;
    let found = this.paragraphIncidents.get(key);
    if (!found) {
      const p = article.paragraphs[number - 1];
      found = p ? incidentWords(article.body.slice(p.start, p.end)) : [];
      this.paragraphIncidents.set(key, found);
    }
    return found;
  }

  read(figure: RawFigure, sentence: Sentence, article: Article, sentencePlaces: Place[]): FigureContext {
    const text = sentence.text;
    const words = incidentWords(text);
    // The incident word nearest before the figure, else the first after it; else the paragraph's first.
    const before = words.filter((w) => w.index < figure.phraseStart);
    let own = before[before.length - 1] ?? words.find((w) => w.index >= figure.end);
    // "the attack resulted in …": a word that names a kind, elsewhere in the sentence, says which.
    // Not a comparison that ranks it: "… rose to 274, making it the deadliest industrial accident in Turkey's history".
    if (own?.kind === GENERIC_INCIDENT) own = words.find((w) => w.kind !== GENERIC_INCIDENT && !RANKED_BEFORE.test(text.slice(Math.max(0, w.index - 40), w.index))) ?? own;
    const paragraphWord = this.incidentsOfParagraph(article, sentence.paragraph)[0];
    const incident = own ?? (paragraphWord ? { ...paragraphWord, fromParagraph: true } : undefined);
    // The figure's clause: from its incident word (or the clause start) to a little after the figure.
    let from = Math.min(figure.phraseStart, own && own.index < figure.phraseStart ? own.index : Math.max(0, text.lastIndexOf(',', figure.phraseStart - 2), text.lastIndexOf(';', figure.phraseStart)));
    // A short opening phrase ("In Turkey, at least 912 people …") belongs to the clause it opens.
    if (from > 0 && from < 40 && text.indexOf(',') === from) from = 0;
    const to = Math.min(text.length, figure.end + 60);
    const inClause = sentencePlaces.filter((p) => p.index >= from && p.index < to);
    const context = [`${article.id}#${sentence.paragraph}`];
    let places = inClause;
    // No place in its clause: the sentence's, when all the sentence speaks of is one kind of incident
    // ("The Iranian strikes within Pakistan … the attack resulted in …"), not when another is there.
    if (places.length === 0 && incident && words.every((w) => w.kind === incident.kind)) places = sentencePlaces;
    const strong = (list: Place[]) => list.filter((p) => !p.weak);
    if (places.length === 0 && strong(sentencePlaces).length === 0) {
      // The sentence names no place: its paragraph's, else (a "border village", "the city") the paragraph before's.
      places = strong(this.placesOfParagraph(article, sentence.paragraph));
      // "the border village", "the restive province", "there" in the figure's sentence: a place the paragraph before
      // names. Not "the city" of another sentence ("one of the darkest days in the city's history"): that may be a
      // place the paragraph names only inside a name ("Greater Manchester Police"), not the one before.
      if (places.length === 0 && sentence.paragraph > 1 && PLACE_REFERENCE.test(text)) {
        // Only a place the paragraph before says something happened in or near, not a venue "at" an institution.
        places = strong(this.placesOfParagraph(article, sentence.paragraph - 1)).filter((p) => p.rank === 1 || /^(in|near|inside|within|outside|across)$/.test(p.prep ?? ''));
        if (places.length > 0) context.push(`${article.id}#${sentence.paragraph - 1}`);
      }
      // Still none: the one country the report's title and opening paragraph name, where they name one ("Malawi declares
      // 14 days of mourning …" for "… told a briefing that 676 people had been confirmed dead").
      if (places.length === 0 && sentence.paragraph > 1) {
        const country = this.countryOfLede(article);
        if (country) places = [country];
      }
    }
    // "in 2009", "since the summer of 1980", or a year as an adjective: "the 1953 flood".
    // Only in the figure's own clause or before it: "…, which would make it the deadliest since … in November 2001" dates a comparison, not the figure.
    const clauseText = text.slice(0, to);
    const year = /\bthe\s+(1[89]\d\d|20\d\d)\s+(?=[a-z])/.exec(clauseText)?.[1] ?? new RegExp(String.raw`\b(?:in|of|since|during)\s+(?:the\s+(?:whole\s+of\s+|summer\s+of\s+|spring\s+of\s+|autumn\s+of\s+|winter\s+of\s+)?)?(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(1[89]\d\d|20\d\d)\b`).exec(clauseText)?.[1];
    const era = year && year !== article.published.slice(0, 4) ? year : undefined;
    // Most specific first: towns before provinces before countries; nearest to the figure among equals.
    // "3,419 dead in Turkey": a place right after the figure is its own, whatever else the sentence names.
    const ownPlace = sentencePlaces.find((p) => p.index >= figure.end && p.index - figure.end <= 14 && /^\s+(?:in|inside|near|at)\s+(?:the\s+)?$/i.test(text.slice(figure.end, p.index)));
    const ranked = [...places].sort((a, b) => Number(b === ownPlace) - Number(a === ownPlace) || Number(Boolean(a.weak)) - Number(Boolean(b.weak)) || a.rank - b.rank || Math.abs(a.index - figure.start) - Math.abs(b.index - figure.start));
    let local = places === inClause || places === sentencePlaces ? ranked.find((p) => p.rank < 4)?.key : undefined;
    // "… said that nine people had died in that county": the region its sentence named before.
    if (!local && REGION_REFERENCE.test(text.slice(figure.end, to))) {
      const named = sentencePlaces.filter((p) => p.rank === 3 && p.index < figure.start).pop();
      if (named) {
        local = named.key;
        ranked.unshift(named);
      }
    }
    const region = ownPlace ? undefined : regionOf(text, places === inClause || places === sentencePlaces ? places : []);
    return { places: ranked, localPlace: local, region, incident: incident ? { kind: incident.kind, word: incident.word, ...('fromParagraph' in incident ? { fromParagraph: true } : {}) } : undefined, era, context };
  }
}
