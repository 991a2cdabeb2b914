/**
 * Casualty figures in one sentence, for any incident: each count of people
 * killed, missing, injured, rescued or displaced, or of homes and buildings
 * destroyed, with the words that give it. A figure's kind comes only from the
 * words that govern its own phrase: the casualty word it heads ("84 deaths"),
 * the verb or noun just before it ("killing three women", "the death of two
 * children", "the death toll had risen to ten") or the predicate after it
 * ("nine individuals were killed", "seven dead") — never from a neighbouring
 * figure. All word lists here are general English.
 */
import { numberValue, readNumbers, type NumberSpan, type Token } from './nlp.js';
import { NAMED_BY_NUMBER, UNIT } from '../../text/nlp.js';
import { MONTHS } from '../dates.js';
import { SCALE_WORDS, SMALL_NUMBER_WORDS } from '../../text/numberWords.js';

export type FigureKind = 'killed' | 'missing' | 'injured' | 'rescued' | 'displaced' | 'damage';
export const FIGURE_KINDS: FigureKind[] = ['killed', 'missing', 'injured', 'rescued', 'displaced', 'damage'];

/** A figure as read from its sentence (offsets into the sentence's text). */
export interface RawFigure {
  kind: FigureKind;
  /** The number phrase ("three women", "at least 9 casualties", "dozens of others"). */
  text: string;
  start: number;
  end: number;
  /** The coordinated phrase it belongs to ("three women and four children"), for display; equals `text` when alone. */
  phrase: string;
  phraseStart: number;
  /** Exact count, or the low end of a range; none for "dozens", "several". */
  count?: number;
  /** High end of a range ("between 5,000 and 6,000"). */
  countMax?: number;
  /** "at least", "more than", "about", "between", "dozens" … as written (lower case); none when exact. */
  qualifier?: string;
  /** Who it counts, as the text says ("women", "non-Iranian nationals"); none for a bare number. */
  who?: string;
  /** A whole toll (people, deaths, the toll itself) rather than a group within it (women, soldiers). */
  total: boolean;
  /** Adds to an earlier count ("31 more deaths", "another 6,085"). */
  increment: boolean;
  /** Part of a larger figure in the same sentence ("…seven nationals, including three women"). */
  part: boolean;
  /** The words that gave the kind ("killing", "were injured", "death toll"). */
  cue: string;
}

/**
 * Words that say the people counted were hurt or made ill (general English): "were treated", "had received hospital
 * treatment"; in an outbreak or a poisoning, "had been infected", "tested positive", "sickened", "fell ill".
 */
const INJURED_WORDS = String.raw`infected|infections?|illnesses|tested positive|sickened|(?:fell|fallen|falling|taken|became|become) ill|injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|in hospital|in (?:a )?critical condition|in critical care|in intensive care|critically|treated|(?:received|receiving|needed|needing|required|requiring|seen for|given|sought|seeking|asked for|asking for) (?:medical |hospital |emergency )?(?:treatment|help|care|attention)|patients|admitted|(?:in )?(?:a )?stable(?: condition)?|discharged`;
/** Made to leave home: "had to leave their homes", "were ordered to flee their homes", "remain out of their homes". */
const LEFT_HOMES = String.raw`(?:had|have|has|were forced|was forced|were ordered|was ordered|were told) to (?:leave|flee|abandon) (?:their|his|her) homes?|out of their homes`;
/** Brought out alive: "pulled alive", "pulled from the rubble alive", "pulled from the water" (general English). */
const PULLED_OUT = String.raw`pulled (?:out )?alive|pulled (?:alive )?(?:out of|from) (?:the )?(?:rubble|debris|ruins|wreckage|water|river|sea|mud)(?: alive)?`;
/** Words that say what happened to the people counted, by kind (general English). */
const CUES: [FigureKind, RegExp][] = [
  ['missing', /^(missing|unaccounted for|not accounted for|lost contact with|trapped)$/i],
  ['killed', /^([a-z]+ to death|kill(?:ed|ing|s)?|dead|died|dies|dying|deaths?|death toll|toll|fatalit(?:y|ies)|fatal\w*|perished|perishing|drowned|lives|lost their lives|presumed dead|feared dead|believed dead|shot dead|casualt(?:y|ies)|bodies|buried|murdered|homicides|murders|in mass graves)$/i],
  ['injured', new RegExp(String.raw`^(?:${INJURED_WORDS})$`, 'i')],
  ['rescued', new RegExp(String.raw`^(?:rescued|rescuing|saved|survived|survivors|escaped|${PULLED_OUT})$`, 'i')],
  ['displaced', new RegExp(String.raw`^(displaced|displacing|evacuated|evacuating|evacuees|homeless|fled|forced from their homes|forced out of their homes|driven from their homes|lost their homes|made homeless|left homeless|left without (?:a home|homes|shelter)|${LEFT_HOMES})$`, 'i')],
  ['damage', /^(destroy(?:ed|ing)|destruction of|damag(?:ed|ing)|flattened|razed|collapsed|gutted|burned down|washed away|swept away|breached|burst|broke|gave way)$/i],
];
/** The same words as one alternation, longer phrases before the words they contain ("presumed dead" before "dead"). */
const CUE_WORDS = String.raw`(?:crushed|trampled|burned|burnt|beaten|stabbed|hacked|stoned|starved|frozen|bludgeoned|choked|suffocated|shot|mauled|clubbed|battered) to death|unaccounted for|not accounted for|missing|lost contact with|trapped|presumed dead|feared dead|believed dead|shot dead|lost their lives|death toll|kill(?:ed|ing|s)?|dead|died|dies|dying|deaths?|toll|fatalit(?:y|ies)|fatal\w*|perished|perishing|drowned|lives|casualt(?:y|ies)|bodies|buried|in mass graves|murdered|${INJURED_WORDS}|rescued|rescuing|saved|survived|survivors|${PULLED_OUT}|escaped|displaced|displacing|evacuated|evacuating|evacuees|homeless|fled|(?:forced|driven) (?:from|out of) their homes|lost their homes|made homeless|left homeless|left without (?:a home|homes|shelter)|${LEFT_HOMES}|destroy(?:ed|ing)|destruction of|damag(?:ed|ing)|flattened|razed|collapsed|gutted|burned down|washed away|swept away|breached|burst|broke|gave way|homicides|murders`;
/** A number or a word for a count: sentences without one hold no figure (a quick test before the NLP reads them). */
const COUNTABLE = new RegExp(String.raw`\d|\b(${SMALL_NUMBER_WORDS}|${SCALE_WORDS}|dozens?|scores|several|numerous|many|handful|number)\b`, 'i');
/** A quick test: sentences without any of these words hold no figure. */
const ANY_CUE = new RegExp(String.raw`\b(${CUE_WORDS})\b`, 'i');

function kindOfCue(cue: string): FigureKind | undefined {
  const c = cue.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, re] of CUES) if (re.test(c)) return kind;
  return undefined;
}

/** Nouns for people (general English); other nouns count people too unless they name a thing (see isPeople). */
const PEOPLE = /^(people|persons?|individuals?|civilians?|residents?|inhabitants|victims?|women|woman|men|man|children|child|kids|girls?|boys?|babies|baby|infants?|adults?|teenagers?|students?|pupils?|workers?|labou?rers?|miners?|soldiers?|troops|servicemen|officers?|police(?:men)?|policemen|firefighters?|rescuers?|volunteers?|nationals|citizens|migrants?|refugees?|patients?|passengers?|tourists?|pilgrims?|worshippers?|members?|militants?|terrorists?|fighters?|insurgents?|rebels?|gunmen|others|bodies|survivors?|families|relatives|journalists?|reporters?|guards?|staff|employees?|crew|pilots?|protesters?|demonstrators?|bystanders?|pedestrians?|elderly|patrols?|personnel|agents?|officials?|doctors?|nurses?|medics?|paramedics?|guests?|customers?|spectators?|fans|players?|prisoners?|inmates?|hostages?|evacuees|dead|wounded|injured|missing|casualties|fatalities|deaths|lives|victims)$/i;
/** Nouns for things that are counted but are not people (general English). */
const THINGS = /^(counts?|times|tips|leads|calls|votes|shots|rounds|weapons|rifles|guns|missiles|rockets|drones|planes|aircraft|jets|helicopters|trucks|boats|ships|sites|targets|locations|positions|hideouts|years|days|hours|minutes|weeks|months|percent|dollars|euros|pounds|points|questions|statements|reports|cases|charges|devices|computers|machines|systems|servers|files|warrants|counties|states|districts|towns|cities|countries|provinces|regions|areas|agencies|teams|units|groups|organisations|organizations|companies|families|factors|reasons|causes|signs|lines|parts|pieces|objects|items|links|issues|problems|errors|failures|steps|measures|rules|demands|conditions|options|things|words|letters|documents|photos|videos|images|messages|posts|claims|allegations|arrests|vessels|grenades|bombs|shells|bullets|placards|jewels|nights)$/i;
const STRUCTURES = /^(homes?|houses?|buildings?|flats?|apartments?|blocks?|bridges?|roads?|bases?|schools?|hospitals?|shops?|vehicles?|cars?|structures?|dwellings?|properties|residences?|businesses?|villages?|mosques?|churches?|dams?|towers?|factories|offices?|warehouses?|sites?|targets?|facilities|camps?|tents?)$/i;
/** Nouns for a whole toll, not a group within it. */
const GENERIC = /^(people|persons?|individuals?|lives|victims?|dead|deaths|fatalities|casualties|nationals|citizens|civilians|residents|inhabitants|injured|wounded|missing|trapped|bodies|patients|survivors|evacuees)$/i;
/** Nouns that count the casualty itself ("84 deaths", "9 casualties", "seven dead"). */
const HEAD_CUE = /^(dead|deaths?|fatalit(?:y|ies)|casualties|bodies|injured|wounded|hurt|injuries|infections|illnesses|infected|missing|trapped|survivors|evacuees|displaced|homeless|patients|homicides|murders)$/i;

const QUALIFIERS = String.raw`at least|more than|over|nearly|almost|about|around|roughly|approximately|some|up to|as many as|as few as|fewer than|less than|under|close to|an estimated|estimated|a further|another|at most|above|below|just over|just under|well over|in excess of|upwards of|a total of|only|just`;
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(${QUALIFIERS})\s+$`, 'i');
/** Counts with no exact value. */
const VAGUE = /\b(a number of|a handful of|numerous|several|many|scores of|dozens of|hundreds of|thousands of|tens of thousands of|hundreds of thousands of|countless)\s+(?=[“"‘']?\p{L})/giu;
/** Between a cue word and the number it governs ("killing at least", "the death of", "claimed the lives of"). */
const LEFT_FILLER = /^(?:\s*(?:of\s*,|(?:the|a|an|of|included|include|includes|comprised|comprise|numbered|were|was|are|is|some|all|at least|more than|nearly|almost|about|around|up to|as many as|an estimated|another|a further|least|including|them|those|to|in)\b))*\s*$/i;
/** Between a number phrase and the predicate that says what happened to it ("were reportedly killed"). */
const RIGHT_FILLER = String.raw`(?:\s*,?\s*(?:who|that|which|had|have|has|were|was|are|is|been|being|be|reportedly|still|now|already|also|later|since|subsequently|believed|thought|feared|known|confirmed|reported|said|found|left|to|more|others|of them|in total|so far|altogether|all|each|later|there|inside|outside|with|as|a result|the|in|at|on|could|may|might|would|will|be|initially|first|officially|then|eventually|either|both|too|still)\b)*`;
const RIGHT_CUE = new RegExp(String.raw`^${RIGHT_FILLER}\s*,?\s*(?:(?:[a-z]+\s+){0,2}?)(${CUE_WORDS})\b`, 'i');
/** Subjects that name a toll: "the death toll … has risen to", "the number of dead … passed", "the number of bodies recovered now stands at", "put the dead … at". */
const TOLL_SUBJECT = /\b(death toll|toll|number of (?:\p{Lu}[\p{L}-]+ who (?:had |have )?(?:died|perished)|(?:people|those|\p{Lu}[\p{L}-]+) (?:who|that) (?:(?:were|have been|had been) killed|(?:have |had )?(?:died|perished|lost their lives))|(?:people |those |\p{Lu}[\p{L}-]+ )?(?:(?:known|confirmed|believed|feared|reported|thought) to have |(?:confirmed|known|reported) )?(?:dead|died|deaths|killed|fatalities|victims|casualties|bodies (?:recovered|found|retrieved)|injured|wounded|hurt|treated|infected|infections|(?:confirmed |new )?cases|missing|displaced|evacuated))|the dead|the (?:wounded|injured|missing)|(?:count|tally) of (?:the )?(?:dead|deaths|victims|injured|missing)|deaths|fatalities|casualties|(?:flood|storm|quake|earthquake) deaths)\b/giu;
/**
 * How far (characters) a toll's subject may stand before its figure: "The number of people killed in the landslides
 * that buried villages in Kerala's Wayanad district rose to 167" runs about 80.
 */
const TOLL_SUBJECT_REACH = 120;
/** After a first figure of a toll, the same toll changed: "… and was raised to", "… and later revised to", "… and to". */
const TOLL_RAISED_AGAIN =
  /^\d[\d,.]*\b[^\d]*?\band\s+(?:then\s+)?(?:(?:by|on|in|late|later|early)\b[^,\d]{0,30}?\s+(?=it\s))?(?:it\s+)?(?:(?:was|were|had been|has been|is|had|has)?\s*(?:later\s+)?(?:raised|revised|lowered|increased|reduced|cut|rose|climbed|jumped|risen|lifted|put)\s+(?:up\s+|down\s+)?)?(?:to|at)\s*$/i;
const TOLL_PREDICATE = /\b(to|at|above|over|past|reached|reach|passed|surpassed|exceeded|topped|hit|of|was|is|were|are|be|been|stood at|stands at|now|had|has|more than|beyond|nearly|almost|around|about|risen|rose|climbed|increased|jumped|grown|fallen|dropped|than|into the|into)\s*$/i;
/** "the state's total", "Florida's count": one place's or body's count, not the whole toll ("the week's total" is). */
const PLACE_COUNT = /\b(?!(?:day|week|weekend|month|year)['’]s)\p{L}[\p{L}-]*['’]s\s/iu;
/** A toll of one group: "number of" and a word other than people, those or how the dead are known. */
const GROUP_TOLL = /^number of (?!(?:people|those|confirmed|known|reported|believed|feared|thought)\b)[\p{L}-]+ (?:who|that|confirmed|known|reported|dead|died|deaths|killed)\b/iu;
/** "of La Palma's 85,000 residents", "of the town's 40 firefighters": the whole a figure is part of, after it (general English). */
const POPULATION_AFTER = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+(?:roughly\s+|about\s+|some\s+|nearly\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+[\p{L}-]+/iu;
/** …and the same population read from its number: the words before it. */
const POPULATION_BEFORE = new RegExp(String.raw`(?:\d[\d,.]*|\b(?:${SMALL_NUMBER_WORDS}|dozens|hundreds|thousands))\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+['’]s\s+(?:roughly\s+|about\s+|some\s+|nearly\s+)?$`, 'iu');
/** Numbers that are part of a date ("October 1", "1 October 2022", "2019"), not a count. */
const MONTH = MONTHS.join('|');
const DATE_NUMBERS = new RegExp(String.raw`\b(?:(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\b`, 'g');
/** A toll's words after a preposition ("behind the deaths", "over the casualties"): the object of something else, not a subject. */
const TOLL_AS_OBJECT = /\b(?:behind|over|about|from|by|against|into|despite)\s+(?:the\s+|these\s+|those\s+|such\s+)?$/i;
/** ", he said,", ", officials said,": a reporting clause set off by commas. */
const REPORTING_CLAUSE = /,\s*(?:he|she|they|it|officials|police|(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:said|says|added|warned|told\s+\w+),\s*/u;
/** "run into the thousands", "in the hundreds": a vague count with no noun after it. */
const VAGUE_THE = /\b(?:into|in|to)\s+the\s+(hundreds|thousands|tens of thousands|millions)\b(?!\s+of\b)/gi;
/** "… and at least 2,662 were killed in Syria": a bare number killed or dead in a named place is that place's whole toll. */
const BARE_TOLL_OF_PLACE = /^\s+(?:(?:were|had been|have been)\s+killed|(?:had\s+|have\s+)?died)\s+in\s+\p{Lu}/u;

/** A toll named by a word that needs its paragraph to say what it counts: "its count", "the final figure", "the official tally", "the week's total", "his state's count". */
const COUNT_SUBJECT = /\b(?:its|the|their|his|her|official|final|new|latest|revised|overall)\s+(?:\p{L}[\p{L}-]*['’]s\s+)?(?:official\s+|final\s+|overall\s+)?(count|tally|figure|total)\b/giu;
/** The casualty words of the text before a sentence, nearest last, for COUNT_SUBJECT. */
const CONTEXT_CUE = /\b(died|dead|deaths|killed|fatalities|injured|wounded|hurt|infected|infections|tested positive|missing|unaccounted for|displaced|evacuated)\b/gi;

/** A restrictive relative clause between a phrase and its predicate, up to that predicate ("who were known to be inside"). */
const RELATIVE_CLAUSE = new RegExp(String.raw`^\s+(?:who|that)\s+(?:[^,.;\d]|\d+\s+(?:hours?|days?|weeks?|months?|years?)\b){0,90}?(?=\s(?:were|was|had been|have been|are|is)\s+(?:still\s+|now\s+|all\s+)?(?:${CUE_WORDS})\b)`, 'i');
/** Brought to hospital, a casualty department or a named hospital: the people counted are hurt (general English). */
const HOSPITAL_TRIP = new RegExp(
  String.raw`^${RIGHT_FILLER}\s*,?\s*((?:taken|brought|rushed|airlifted|flown|transported|transferred|moved|sent|driven|carried|made (?:their|his|her) (?:own )?way) to) (?:(?:a|the|local|nearby|area|two|three|several|different) )*(?:hospitals?\b|casualty\b|emergency (?:rooms?|departments?)\b|A&E\b|trauma (?:centres?|centers?)\b|(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:Hospital|Medical Cent(?:er|re)|Infirmary|Clinic|Trauma Cent(?:er|re)|Health Cent(?:er|re))\b)`,
  'u',
);
/** "had been formally identified": said of victims, of the dead. */
const IDENTIFIED = new RegExp(String.raw`^${RIGHT_FILLER}\s*(?:(?:formally|positively|officially|now|since)\s+)?(identified)\b`, 'i');

/** Words that say what happened only with the words around them ("victims … identified", "taken to hospital"). */
const LATE_CUE = /\b(identified|medical examiner|coroner|hospitals?|medical (?:care|help|attention)|casualty|emergency|A&E|Medical Cent(?:er|re)|Infirmary|Clinic)\b/i;

/** Sentences with a counted figure: a casualty word and a number or count word. */
function mayHaveCount(text: string): boolean {
  return COUNTABLE.test(text) && (ANY_CUE.test(text) || LATE_CUE.test(text) || /\b(number of|count|tally|figure|total|cases)\b/i.test(text));
}

/** Sentences worth reading: a counted figure, or one the words give without a number (see uncountedFigures). */
export function mayHaveFigure(text: string, before = ''): boolean {
  return mayHaveCount(text) || NONE_WORD.test(text) || DAMAGE_WORD.test(text) || MOVED_WORD.test(text) || tollContinued(text, before) !== undefined;
}

/** Words for the hurt and for the dead, general English: what a sentence says of "victims" it counts. */
const HURT_WORDS = /\b(?:injur\w*|wound\w*|hurt|treated|hospitali[sz]ed)\b/i;
const DEAD_WORDS = /\b(?:kill\w*|dead|deaths?|died|dies|fatal\w*|bodies|lives)\b/i;

/**
 * The kind of figure a toll's words count: "the number of injured", "the number of people hurt", "the death toll".
 * "The number of victims" is of the hurt where its sentence speaks of injuries and of no death ("put the number of
 * victims at 950, saying two-thirds of them had only light injuries").
 */
function kindOfToll(words: string, sentence = ''): FigureKind {
  if (/injur|wound|hurt|treated|infect|cases/i.test(words)) return 'injured';
  if (/missing/i.test(words)) return 'missing';
  if (/displac|evacu/i.test(words)) return 'displaced';
  return /\bvictims\b/i.test(words) && HURT_WORDS.test(sentence) && !DEAD_WORDS.test(sentence) ? 'injured' : 'killed';
}

/** "It reached 93 on Saturday night and 96 on Sunday": "it", "the figure" … standing for a toll, as the sentence's subject. */
const TOLL_PRONOUN = /^(?:It|The figure|That figure|The number|That number|The count|The total|The tally)\s+(?:had\s+|has\s+|then\s+|later\s+|now\s+|since\s+)?(?:reached|rose|climbed|stood|was|jumped|hit|passed|increased|grew|went)\b/;

/**
 * The kind of toll a sentence's "it" stands for, when the sentence before it
 * (in its paragraph) speaks of a toll: "The toll had stood at 67 … It reached 93".
 */
function tollContinued(text: string, before: string): FigureKind | undefined {
  if (!TOLL_PRONOUN.test(text)) return undefined;
  const previous = before.trim().split(/(?<=[.!?])\s+/).pop() ?? '';
  const toll = [...previous.matchAll(TOLL_SUBJECT)].pop();
  if (toll) return kindOfToll(toll[0]);
  // "The count has risen steadily since the weekend.": a count, of what the paragraph said before.
  if (!new RegExp(COUNT_SUBJECT.source, 'iu').test(previous)) return undefined;
  const said = [...before.slice(-400).matchAll(CONTEXT_CUE)].pop();
  return said ? kindOfCue(said[1]) : undefined;
}

interface Phrase {
  start: number;
  end: number;
  count?: number;
  countMax?: number;
  qualifier?: string;
  vague: boolean;
  who?: string;
  head?: string;
  increment: boolean;
  /** "145 of the dead": a part of a count given elsewhere. */
  partOf: boolean;
}

/** The noun phrase a number starts: "three women", "seven non-Iranian nationals", "dozens of others", "Three of them". */
function phraseAt(text: string, tokens: Token[], num: { start: number; end: number; value?: number; vagueWord?: string }): Phrase {
  let start = num.start;
  let qualifier: string | undefined;
  let increment = false;
  const before = text.slice(Math.max(0, start - 30), start);
  const q = QUALIFIER_BEFORE.exec(before);
  if (q) {
    qualifier = q[1].toLowerCase();
    start -= q[0].length;
    if (qualifier === 'another') increment = true;
    if (qualifier === 'a further' || qualifier === 'another') qualifier = undefined;
    if (qualifier === 'only' || qualifier === 'just' || qualifier === 'a total of') qualifier = undefined;
  }
  let end = num.end;
  const count = num.value;
  let countMax: number | undefined;
  // A range: "between 5,000 and 6,000", "50 to 60", "18,000-20,000".
  const range = /^(\s*(?:and|to|or|-|–)\s*)([\d,.]+|[a-z]+)/i.exec(text.slice(end, end + 20));
  if (range && (/\bbetween\s+$/i.test(before) || /^\s*(to|-|–|or)\s*$/i.test(range[1]))) {
    const other = tokens.find((t) => t.start === end + range[1].length && t.pos === 'NUM');
    if (other) {
      countMax = numberValue(other.text);
      end = other.end;
    }
  }
  if (/\bbetween\s+$/i.test(before) && countMax !== undefined) {
    qualifier = 'between';
    start = Math.min(start, num.start - (/\bbetween\s+$/i.exec(before)![0].length));
  }
  if (/^\s+more\b/i.test(text.slice(end, end + 6))) {
    increment = true;
    end += text.slice(end).match(/^\s+more/i)![0].length;
  }
  // The nouns after the number: adjectives, nouns, names, quotation marks; "of them", "of the dead", "of others".
  let who: string | undefined;
  let head: string | undefined;
  let partOf = false;
  const of = /^\s+of\s+(?:(them|others)\b|(?:the|those|these|its|their)\s+(?:[\d,]+\s+)?(?:[a-z]+\s+)?(?!(?:were|was|are|is|had|have|has|killed|died|who|that|which)\b)([a-z]+)(?![a-z]|['’]s\b))/i.exec(text.slice(end));
  if (of) {
    end += of[0].length;
    head = of[2] ?? (of[1].toLowerCase() === 'others' ? 'others' : undefined);
    who = of[2];
    // "145 of the dead", "nine of them": a part of a count given elsewhere.
    partOf = Boolean(of[2]) || /^(them|those)$/i.test(of[1] ?? '');
  } else {
    const words: Token[] = [];
    let i = tokens.findIndex((t) => t.start >= end);
    while (i >= 0 && i < tokens.length && words.length < 5) {
      const t = tokens[i];
      if (/^[“”"‘']$/.test(t.text) || t.text === '-') {
        i++;
        continue;
      }
      if (/^(dead|missing|trapped|injured|wounded|homeless)$/i.test(t.text)) {
        // "seven dead" counts the dead; "found dead" after a noun is the predicate, read later.
        if (words.length === 0) words.push(t);
        break;
      }
      if (!['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) break;
      // "raised to 80 late that night", "rose to 106 overnight": a word of time, not what is counted.
      if (/^(?:late|early|overnight|today|tonight|yesterday|now|earlier|later|so|since)$/i.test(t.text)) break;
      words.push(t);
      i++;
    }
    // "11 more found inside": a participle after "more" is the predicate (the tagger may read it as a noun).
    if (increment && words.length > 0 && /^(?:\w+ed|found|left|held|kept|brought|taken|seen|known|thought|feared)$/i.test(words[0].text)) words.length = 0;
    // Stop before a word that is not part of the phrase ("people killed": "killed" is the predicate).
    while (words.length > 0 && kindOfCue(words[words.length - 1].text) && !HEAD_CUE.test(words[words.length - 1].text)) words.pop();
    if (words.length > 0) {
      const last = words[words.length - 1];
      end = last.end;
      // Closing quotation mark of a quoted noun ("terrorists”).
      if (/^[”"’']/.test(text.slice(end, end + 1))) end += 1;
      head = last.text;
      who = text.slice(words[0].start, last.end);
    }
  }
  return { start, end, count, countMax, qualifier: num.vagueWord ?? qualifier, vague: Boolean(num.vagueWord) || count === undefined, who, head, increment, partOf };
}

/** Words that say a text speaks of illness: its "cases" are people made ill ("36 confirmed cases"), not display or court cases. */
const ILLNESS = /\b(?:infect\w*|virus\w*|viral|outbreak|epidemic|pandemic|diseases?|tested positive|symptoms?|contagio\w*|illness\w*|sick\w*|poisoning|quarantin\w*)\b/i;

/** "65 new cases", "28 cases in 12 states" where the sentence or its paragraph speaks of illness: people made ill. */
function illnessCases(p: Phrase, text: string, before: string): boolean {
  return /^cases$/i.test(p.head ?? '') && (/\b(?:new|confirmed|suspected|probable|positive)\b/i.test(p.who ?? '') || ILLNESS.test(text) || ILLNESS.test(before));
}

/** Verbs that take lives, right before "N lives" (general English). */
const LIVES_TAKEN = /\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|took|take[sn]?|taking)\s+(?:the\s+)?$/i;

/**
 * The kind a phrase's own head word names: "84 deaths", "seven dead", "65 new cases" of the ill. Not "she had several
 * illnesses" (a person's conditions; a number of illnesses is a count of the ill).
 */
function ownKind(p: Phrase, text: string, before: string, ill = illnessCases(p, text, before)): FigureKind | undefined {
  if (ill) return 'injured';
  return p.head && HEAD_CUE.test(p.head) && !(p.vague && /^illnesses$/i.test(p.head)) ? kindOfCue(p.head) : undefined;
}

function isPeople(head: string | undefined): boolean {
  if (!head) return true;
  const h = head.replace(/[“”"‘’']/g, '');
  // People unless the noun names a thing: "aides", "Greeks", "rescue workers" count people; "targets", "bases" do not,
  // nor does a unit of measure ("buried over 1,040 hectares").
  return PEOPLE.test(h) || (!THINGS.test(h) && !UNIT.test(h) && !STRUCTURES.test(h));
}

/** The kind a phrase is given by the words around it, and those words; undefined when nothing governs it. */
function governingCue(text: string, chain: Phrase[], before = ''): { kind: FigureKind; cue: string; toll?: boolean } | undefined {
  const first = chain[0];
  const last = chain[chain.length - 1];
  // 1. The phrase's own head: "84 deaths", "9 casualties", "seven dead", "of the dead".
  for (const p of chain) {
    const kind = ownKind(p, text, before);
    if (kind) return { kind, cue: p.head! };
  }
  const clauseStart = Math.max(0, ...[/[.;:!?]\s/g].flatMap((re) => [...text.slice(0, first.start).matchAll(re)].map((m) => m.index + 1)));
  const left = text.slice(clauseStart, first.start);
  // 2. A toll named before it: "the death toll had risen to ten", "the number of dead in Derna alone had passed 2,000".
  const tolls = [...left.matchAll(TOLL_SUBJECT)];
  const toll = tolls[tolls.length - 1];
  // "the group behind the deaths smuggled 1,100 people": a toll after a preposition is no subject, and what follows is not its figure.
  if (toll && left.length - (toll.index + toll[0].length) < TOLL_SUBJECT_REACH && !TOLL_AS_OBJECT.test(left.slice(0, toll.index))) {
    // A reporting clause inside is no obstacle: "The toll was huge, he said, and would run into the thousands".
    // …and so is a date: "the number of people killed in the October 1 disaster in Malang rose to 135".
    const between = left.slice(toll.index + toll[0].length).replace(REPORTING_CLAUSE, ' ').replace(DATE_NUMBERS, 'that day');
    // "The toll had stood at 67 on Friday and was raised to 80 late that night": the same toll, again.
    const again = /\d/.test(between) && TOLL_RAISED_AGAIN.test(between.slice(between.search(/\d[^\d]*$/)));
    // "… had reached 282, and by late evening it had risen to 284": the comma before "and" is the same toll's.
    if (TOLL_PREDICATE.test(between) && (!/\d/.test(between) || again) && !/\b(but|while|whereas)\b/i.test(between) && (again || !/,\s/.test(between))) {
      // "the number of Egyptian dead", "the number of Jordanians who died", "the number of hostages killed": one group's toll, not the whole.
      return { kind: kindOfToll(toll[0], text), cue: toll[0], toll: !GROUP_TOLL.test(toll[0]) };
    }
  }
  // 2b. "cut its count to 3,958", "the final figure could reach 20,000": a count whose kind the words before it say ("how many people died").
  const counts = [...left.matchAll(COUNT_SUBJECT)];
  const count = counts[counts.length - 1];
  if (count && left.length - (count.index + count[0].length) < 40) {
    const between = left.slice(count.index + count[0].length);
    const said = [...`${before} ${text.slice(0, clauseStart + count.index)}`.slice(-300).matchAll(CONTEXT_CUE)].pop();
    const kind = said ? kindOfCue(said[1]) : undefined;
    if (kind && TOLL_PREDICATE.test(between) && !/\d/.test(between) && !/\b(and|but|while|after|as)\b/i.test(between)) return { kind, cue: `${count[0]} (${said![1]})`, toll: !PLACE_COUNT.test(count[0]) };
  }
  // "claimed 152 lives", "cost 40 lives": lives taken (not "saved 20 lives").
  if (LIVES_TAKEN.test(left) && /^\s+lives\b/i.test(text.slice(last.end))) return { kind: 'killed', cue: 'lives', toll: true };
  // 3. A casualty word just before it: "killing three women", "the death of two children", "claimed the lives of 84 people".
  const cues = [...left.matchAll(new RegExp(String.raw`\b(${CUE_WORDS})\b`, 'gi'))];
  const cue = cues[cues.length - 1];
  if (cue && LEFT_FILLER.test(left.slice(cue.index + cue[0].length))) {
    const kind = kindOfCue(cue[1]);
    // "killed" before a number means killing it ("killed two children"); "wounds"/"patients"/"survivors" before a number say nothing about it.
    if (kind && !/^(wounds|fatal|fatally|patients|survivors|evacuees)$/i.test(cue[1])) return { kind, cue: cue[1] };
  }
  // 4. The predicate after it: "nine individuals were killed", "had gone missing", "were found dead", "were in critical condition".
  // A place between the phrase and its predicate is no obstacle: "10,100 people in Derna had been reported missing".
  // …and so is what the people belong to: "14 members of the skating community had been killed".
  const placed =
    /^\s+(?:in|at|inside|near|from|aboard|on board)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|^\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:community|club|team|family|families|group|crew|school|class|staff|force|unit|congregation|church|company|union|party|board|band|squad)\b/u.exec(text.slice(last.end, last.end + 60))?.[0].length ?? 0;
  // An aside between commas is no obstacle either: "1,100 of them, who could not be identified, had been laid in mass graves".
  // So is a restrictive relative clause before the predicate: "58 people who were known to have been in the tower were missing".
  // And so is one more person joined to them: "Two hostages and the gunman who had held them were killed".
  const rightFull = text
    .slice(last.end + placed, last.end + placed + 200)
    .replace(/^\s+and\s+(?:the|a|an|his|her|their|its)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*(?=\s+(?:who|that|were|was|had|have)\b)/u, '')
    .replace(/^,\s*(?:who|which)\b[^,.;]{0,60},/, '')
    // "More than 7,000 of La Palma's 85,000 residents have had to leave": the population between a figure and its verb.
    .replace(POPULATION_AFTER, '')
    // "At least 14 people, seven of them children, had been taken to hospitals": the rest of a part's aside.
    .replace(last.partOf && chain.length > 1 ? /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s*,(?=\s*(?:had|have|has|were|was|are|is)\b)/u : /$^/, '')
    .replace(RELATIVE_CLAUSE, '');
  const right = rightFull.slice(0, 80);
  // Sent to hospital by what happened: "the gas sent 585 to hospital", "the blast sent 500 people to seek medical care".
  if (/\b(?:sent|send|sends|sending|put|putting|puts)\s+$/i.test(left) && /^\s+(?:(?:to|in|into)\s+(?:a\s+|the\s+)?hospitals?|to\s+(?:seek|get)\s+(?:medical\s+)?(?:treatment|help|care))\b/i.test(right)) return { kind: 'injured', cue: 'sent to hospital' };
  const r = RIGHT_CUE.exec(right);
  if (r && !/\d/.test(right.slice(0, r.index + r[0].length - r[1].length)) && !/\b(and|but)\b/i.test(right.slice(0, r.index + r[0].length - r[1].length).replace(/\bwith\b/, ''))) {
    const kind = kindOfCue(r[1]);
    // "were missing and had to be presumed dead", "had been reported missing had been found safe", "trapped for 69 days … had
    // been lifted to safety": the outcome counts.
    const outcome = /^[^.;]{0,90}?\b(presumed dead|found dead|found (?:safe|alive)|safe and well|(?:lifted|brought|pulled|hoisted|winched|carried|led) (?:out |up )?to safety|rescued|assumed? (?:that )?(?:they|all of them) (?:were|are|had) (?:dead|died))\b/i.exec(rightFull.slice(r.index + r[0].length));
    const filler = right.slice(0, r.index + r[0].length - r[1].length);
    // "three more in hospital" after "seven died …" is elliptical: "in hospital" needs its own verb to say injured.
    if (/^in hospital$/i.test(r[1]) && !/\b(were|was|are|is|been|remain\w*|still)\b/i.test(filler)) return undefined;
    // "nine more trapped in the hull" (bodies, after "four bodies") is no predicate: the trapped are missing only when said to be.
    // "33 miners trapped deep inside the mine" is said of people, though.
    const trappedUnsaid = /^trapped$/i.test(r[1]) && !/\b(were|was|are|is|be|been|remain\w*|still)\b/i.test(filler) && !(last.head && isPeople(last.head) && !/^bodies$/i.test(last.head));
    if (kind === 'missing' && outcome) return { kind: /dead/i.test(outcome[1]) ? 'killed' : 'rescued', cue: outcome[1] };
    if (kind && !trappedUnsaid && !/^(lives|toll|deaths?|bodies|patients|survivors|evacuees|casualt\w*)$/i.test(r[1])) return { kind, cue: r[1] };
  }
  // 5. Taken to hospital: "ten more had made their own way to casualty departments", "one was moved to Mercy Medical Center".
  const trip = HOSPITAL_TRIP.exec(right);
  // Not those who work there or visit ("three nurses were sent to the hospital").
  if (trip && !/\d/.test(trip[0]) && !/^(doctors?|nurses?|medics?|staff|relatives|families|officials?|reporters?|journalists?|visitors?|volunteers?)$/i.test(last.head ?? '')) return { kind: 'injured', cue: trip[1] };
  // 6. Victims identified: identifying victims is identifying the dead ("the other ten victims had been formally identified").
  const identified = IDENTIFIED.exec(right);
  if (identified && chain.every((p) => p.head && /^(victims?|bodies|dead|deceased)$/i.test(p.head))) return { kind: 'killed', cue: `${last.head} ${identified[1]}` };
  // 7. "N of them" whose "them" is a casualty noun earlier in its sentence: "The dead ranged in age from 14 to 76 … 16 of them were male".
  if (chain.length === 1 && first.partOf && !first.head && /^\s+of\s+(?:them|those)\b/i.test(text.slice(first.start, first.end).replace(/^\S+/, ''))) {
    const antecedent = themOf(text.slice(0, first.start));
    if (antecedent) return antecedent;
  }
  // 9. "It reached 93 on Saturday night and 96 on Sunday", after a sentence about the toll.
  const continued = tollContinued(text, before);
  if (continued) return { kind: continued, cue: 'it (the toll before)', toll: true };
  // 8. A sentence opening on the whole it divides: "Of the 27 bodies taken to Etah, 23 were women".
  const whole = chain.length === 1 && !first.head ? OF_THE_WHOLE.exec(text.slice(0, first.start)) : null;
  if (whole) {
    const noun = whole[1].toLowerCase();
    const kind = noun === 'bodies' || noun === 'deceased' || noun === 'victims' ? 'killed' : kindOfCue(noun);
    if (kind) return { kind, cue: whole[0].trim() };
  }
  return undefined;
}

/** "Of the 27 bodies taken to Etah, …", "Of the injured, …": the whole a figure after the comma is part of. */
const OF_THE_WHOLE = /^\s*Of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(dead|deceased|bodies|victims|killed|injured|wounded|hurt|missing)\b[^;:.,]*,\s*$/i;

/** Casualty nouns a later "them" can stand for; "victims" are the dead where the sentence speaks of what is done for the dead. */
const ANTECEDENT = /\b(?:the|those|these)\s+(dead|deceased|bodies|killed|victims|injured|wounded|hurt|missing)\b/gi;
const DEATH_WORDS = /\b(medical examiner|coroner|autops(?:y|ies)|post-mortems?|morgue|mortuary|funerals?|obituar(?:y|ies)|buried|burial)\b/i;

/** What "them" counts, from the last casualty noun before it in its sentence, with nothing counted between. */
function themOf(left: string): { kind: FigureKind; cue: string } | undefined {
  const m = [...left.matchAll(ANTECEDENT)].pop();
  if (!m || COUNTABLE.test(left.slice(m.index + m[0].length).replace(/\b(?:from|between|aged?)\s+\d+\s+(?:to|and)\s+\d+\b/gi, ''))) return undefined;
  const noun = m[1].toLowerCase();
  if (noun === 'victims') return DEATH_WORDS.test(left) ? { kind: 'killed', cue: `them (${m[0]}; ${DEATH_WORDS.exec(left)![1]})` } : undefined;
  const kind = noun === 'bodies' || noun === 'deceased' ? 'killed' : kindOfCue(noun);
  return kind ? { kind, cue: `them (${m[0]})` } : undefined;
}

/** Every figure of one sentence. */
export function extractFigures(text: string, before = ''): RawFigure[] {
  if (!mayHaveFigure(text, before)) return [];
  const counted = mayHaveCount(text) || tollContinued(text, before) ? countedFigures(text, before) : [];
  const uncounted = uncountedFigures(text).filter((u) => !counted.some((f) => f.start < u.end && u.start < f.end));
  return uncounted.length > 0 ? [...counted, ...uncounted].sort((a, b) => a.start - b.start) : counted;
}

/** The figures of a sentence that a number or a word for a count gives. */
function countedFigures(text: string, before: string): RawFigure[] {
  const { tokens, numbers } = readNumbers(text);
  const spans: { start: number; end: number; value?: number; vagueWord?: string }[] = [];
  for (const raw of numbers) {
    // wink keeps a leading "about", "some" … in the cardinal: the qualifier is read apart.
    const lead = new RegExp(String.raw`^(?:(?:${QUALIFIERS}|between)\s+)+`, 'i').exec(raw.text)?.[0] ?? '';
    const n = lead ? { ...raw, text: raw.text.slice(lead.length), start: raw.start + lead.length, value: numberValue(raw.text.slice(lead.length)) } : raw;
    if (/^(half|a half|one half|quarter)$/i.test(n.text) || !n.text) continue;
    if (/\bhow\s+$/i.test(text.slice(Math.max(0, n.start - 5), n.start))) continue;
    // A number that names something: "Flight 516", "Route 66", "Runway 34", "Gate 5".
    if (NAMED_BY_NUMBER.test(/(\S+)\s+$/.exec(text.slice(Math.max(0, n.start - 14), n.start))?.[1] ?? '')) continue;
    // An age: "William Young, 44, who …", "Robert Card, 40,".
    if (/\p{L},\s*$/u.test(text.slice(Math.max(0, n.start - 3), n.start)) && /^,/.test(text.slice(n.end, n.end + 1)) && /^\d{1,3}$/.test(n.text)) continue;
    // "a woman aged 38": an age too; so is "between 32 and 94 years old".
    if (/\baged\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))) continue;
    if (/^\s*(?:(?:and|to|-|–)\s*\d+\s*)?years?[ -]old\b/i.test(text.slice(n.end, n.end + 20))) continue;
    // "a population of just over 13 million": everyone who lives there, not a count of the harmed.
    if (/\bpopulation of\s+(?:[a-z]+\s+){0,2}$/i.test(text.slice(Math.max(0, n.start - 40), n.start))) continue;
    // "a mother of three", "a father of two young children": a family, not a count of the harmed.
    if (/\b(?:(?:grand)?(?:mother|father|parent)s?|mum|mom|dad)\s+of\s+$/i.test(text.slice(Math.max(0, n.start - 20), n.start))) continue;
    let { start } = n;
    let value = n.value;
    // wink reads "a thousand" as "thousand".
    if (value === undefined && /^(thousand|hundred|dozen)$/i.test(n.text) && /\ba\s+$/i.test(text.slice(Math.max(0, start - 2), start))) {
      start -= 2;
      value = n.text.toLowerCase() === 'dozen' ? 12 : n.text.toLowerCase() === 'hundred' ? 100 : 1000;
    }
    if (isTimeOrMeasure(text, n)) continue;
    spans.push({ start, end: n.end, value, vagueWord: value === undefined ? n.text.toLowerCase() : undefined });
  }
  for (const m of text.matchAll(VAGUE)) {
    const word = m[1].toLowerCase();
    if (/\bhow\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const overlapping = spans.find((s) => s.start < m.index + m[0].length && m.index < s.end);
    if (overlapping) {
      if (overlapping.value === undefined) overlapping.vagueWord = word; // "dozens of" over wink's "dozens"
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[1].length, vagueWord: word });
  }
  for (const m of text.matchAll(VAGUE_THE)) {
    const at = m.index + m[0].length - m[1].length;
    if (!spans.some((s) => s.start < at + m[1].length && at < s.end)) spans.push({ start: at, end: at + m[1].length, vagueWord: m[1].toLowerCase() });
  }
  // "dozens of people": the phrase goes on after "of".
  for (const s of spans) {
    const of = s.vagueWord && /^\s+of(?=\s+[“"‘']?\p{L})/u.exec(text.slice(s.end, s.end + 8));
    if (of && !/^\s+of\s+(them|those|the|these|its|their)\b/i.test(text.slice(s.end, s.end + 12))) s.end += of[0].length;
  }
  spans.sort((a, b) => a.start - b.start);
  const phrases: Phrase[] = [];
  for (const s of spans) {
    if (phrases.length > 0 && s.start < phrases[phrases.length - 1].end) continue; // the high end of a range, read with it
    phrases.push(phraseAt(text, tokens, s));
  }
  for (const p of phrases) if (p.vague && /\bof$/.test(p.qualifier ?? '')) p.qualifier = p.qualifier!.replace(/\s+of$/, '');

  // Chains: "three women and four children", "seven nationals, including three women and four children".
  const figures: RawFigure[] = [];
  let i = 0;
  while (i < phrases.length) {
    const chain = [phrases[i]];
    let including = -1;
    while (i + chain.length < phrases.length) {
      const prev = chain[chain.length - 1];
      const next = phrases[i + chain.length];
      const gap = text.slice(prev.end, next.start);
      // "three women and four children"; not "Three of them died, eight were admitted", nor "had recovered 110 bodies,
      // and 238 people were still missing" (each has its own predicate).
      const ownPredicate = /^\s+(were|was|are|is|had|have|has)\b/i.test(text.slice(next.end, next.end + 8));
      if (/^\s*(,|and|, and|or)\s*$/i.test(gap) && !(ownPredicate && /^\s*,\s*(?:and\s*)?$/.test(gap))) chain.push(next);
      else if (/^\s*,?\s*(including|among them|among whom|of whom|comprising)\s*$/i.test(gap)) {
        if (including < 0) including = chain.length;
        chain.push(next);
      } else break;
    }
    i += chain.length;
    if (chain.some((p) => p.start === p.end)) continue;
    // "7,000 of La Palma's 85,000 residents": the 85,000 are the whole population, not a figure.
    if (POPULATION_BEFORE.test(text.slice(Math.max(0, chain[0].start - 60), chain[0].start))) continue;
    let found = governingCue(text, chain, before);
    if (!found) found = elided(text, chain, figures);
    if (!found) continue;
    let governed: { kind: FigureKind; cue: string; toll?: boolean } = found;
    const phraseStart = chain[0].start;
    const phraseEnd = chain[chain.length - 1].end;
    const listed = figures.length;
    /** Figures of this chain that count everyone of their kind, and whose head word names that kind ("15 deaths"). */
    const ownWhole = new Set<RawFigure>();
    chain.forEach((p, k) => {
      const ill = illnessCases(p, text, before);
      const own = ownKind(p, text, before, ill);
      const people = ill || isPeople(p.head);
      if (own) governed = { kind: own, cue: p.head! };
      const kind = governed.kind === 'damage' ? (people && p.head ? undefined : 'damage') : people ? governed.kind : undefined;
      if (!kind) return;
      if (kind === 'damage' && !(p.head && STRUCTURES.test(p.head))) return;
      const part = (including >= 0 && k >= including) || p.partOf;
      const whole = including >= 0 ? chain.slice(including) : chain;
      // A whole toll: a toll named as such ("the death toll had risen to ten"), or everyone of a kind ("seven people",
      // "84 deaths"); not a bare number ("eight at the bar"), nor bodies recovered or patients brought in.
      // Nor a share of it ("only two of the dead", "the first two people confirmed killed"), nor one of a list (below).
      const everyone =
        !part &&
        !p.increment &&
        !/\bof\s+(?:the|those|these)\s/i.test(text.slice(p.start, p.end)) &&
        !/\b(?:only|just|the first|the last|first)\s+$/i.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
        (p.head ? GENERIC.test(p.head.replace(/[“”"]/g, '')) && !/^(bodies|patients|survivors)$/i.test(p.head) : Boolean(governed.toll) || BARE_TOLL_OF_PLACE.test(text.slice(p.end, p.end + 60)));
      figures.push({
        kind,
        text: text.slice(p.start, p.end),
        start: p.start,
        end: p.end,
        phrase: text.slice(part || including < 0 ? (part ? whole[0].start : phraseStart) : phraseStart, part ? phraseEnd : including >= 0 ? chain[including - 1].end : phraseEnd),
        phraseStart: part ? whole[0].start : phraseStart,
        count: p.vague ? undefined : p.count,
        countMax: p.countMax,
        qualifier: p.qualifier,
        who: p.who?.replace(/^[“"]|[”"]$/g, ''),
        // "Eleven people, four of them women, …": the parts beside it leave it the whole.
        total: everyone && (including < 0 ? chain.filter((q) => !q.partOf).length : including) === 1,
        increment: p.increment,
        part,
        cue: governed.cue,
      });
      if (everyone && own === kind && including < 0) ownWhole.add(figures[figures.length - 1]);
    });
    // "had recorded 65 cases and 15 deaths": in a list, a figure whose own word names its kind, the only one of that
    // kind in the list, is that kind's whole toll, and is quoted on its own (not "six men and one woman": parts of one).
    // (A figure alone in its chain is already whole and quoted on its own: this changes nothing for it.)
    const fromChain = figures.slice(listed);
    for (const f of ownWhole) {
      if (fromChain.some((g) => g !== f && g.kind === f.kind)) continue;
      f.total = true;
      f.phrase = f.text;
      f.phraseStart = f.start;
    }
  }
  return figures;
}

/**
 * A kind the grammar carries over from the figure before, when the verb is
 * left out or the phrase spells that figure out:
 * "seven died at the alley, eight at the bar and three more in hospital";
 * "left seven people dead in Turkey and four in Bulgaria";
 * "Seven people were found there …, six men and one woman" (6 + 1 = 7).
 */
function elided(text: string, chain: Phrase[], previous: RawFigure[]): { kind: FigureKind; cue: string } | undefined {
  const last = previous[previous.length - 1];
  if (!last) return undefined;
  const first = chain[0];
  const gap = text.slice(last.end, first.start);
  if (/[.;:!?]/.test(gap)) return undefined;
  // Gapping: a bare number and a place, in a list after the figure.
  const bare = chain.length === 1 && !first.head;
  if (bare && /(?:,|\band)\s*$/.test(gap) && gap.length < 40 && /^\s+(?:more\s+)?(?:at|in|on|inside|outside|near)\b/.test(text.slice(first.end, first.end + 12))) {
    return { kind: last.kind, cue: last.cue };
  }
  // An elided noun: "six bodies recovered from the building and 11 more found inside" counts 11 more bodies,
  // so the casualty noun that heads the figure before is this figure's own head.
  if (chain.length === 1 && !first.head && /\smore$/i.test(text.slice(first.start, first.end)) && HEAD_CUE.test(last.cue) && (last.who ?? '').toLowerCase().endsWith(last.cue.toLowerCase()) && /(?:,|\band)\s*$/.test(gap) && gap.length < 60 && !/^\s+(?:were|was|are|is|had|have|has)\b/i.test(text.slice(first.end, first.end + 6))) {
    return { kind: last.kind, cue: `more ${last.cue}` };
  }
  // "16 of them were male and two were female": "two [of them]", the same "them".
  if (bare && last.part && last.cue.startsWith('them (') && /^\s+(?:were|was|are|is)\s+[\p{L}-]+\s+and\s*$/iu.test(gap) && /^\s+(?:were|was|are|is)\b/i.test(text.slice(first.end, first.end + 6))) {
    return { kind: last.kind, cue: last.cue };
  }
  // Apposition: the breakdown of the figure before it, ending the sentence.
  const sum = chain.reduce((n, p) => n + (p.count ?? NaN), 0);
  if (/,\s*$/.test(gap) && /^\s*[.;]?\s*$/.test(text.slice(chain[chain.length - 1].end)) && sum === last.count) return { kind: last.kind, cue: last.cue };
  return undefined;
}

/** "7:02 pm", "12 kilometres", "24-storey", "1974", "29 years", "60 percent": numbers that count no one. */
function isTimeOrMeasure(text: string, n: NumberSpan): boolean {
  const after = text.slice(n.end, n.end + 16);
  const before = text.slice(Math.max(0, n.start - 12), n.start);
  if (/^[:.]\d|^\s*(am|pm|a\.m\.|p\.m\.|o'clock|per ?cent|percent|%)/i.test(after)) return true;
  if (/^-(storey|story|year|day|hour|minute|week|month|metre|meter|mile|kilometre|km)/i.test(after)) return true;
  if (/^\s*(years?|days?|hours?|minutes?|seconds?|weeks?|months?|decades?|kilometres?|kilometers?|km|miles?|metres?|meters?|millimetres?|feet|foot|inches|tonnes?|tons?|kg|kilograms?|pounds|dollars|euros|storeys?|floors?|times|millions?|billions?)\b/i.test(after) && !/^\s*millions?\s+of\s+people/i.test(after)) return true;
  // "a magnitude 5.9 aftershock", "a 6.8-magnitude quake": a strength, not a count.
  if (/\bmagnitude[\s-]+(?:of\s+)?$/i.test(before) || /^-?\s*magnitude\b/i.test(after)) return true;
  if (/[$£€]\s*$/.test(before) || /\b(in|since|of|from|until|by)\s+$/i.test(before) && /^\d{4}$/.test(n.text)) return true;
  if (/^\d{4}$/.test(n.text) && Number(n.text) > 1800 && Number(n.text) < 2100 && !/^\s+(people|persons|dead|deaths)/i.test(after)) return true;
  return false;
}

/** Things that are damaged, destroyed or swept away (general English), for figures without a count. */
const DAMAGED = String.raw`(?:windows|doors|walls|roofs|homes|houses|buildings|blocks|flats|apartments|bridges|roads|districts|neighbourhoods|neighborhoods|streets|villages|towns|city|town|village|towers?|cars|vehicles|shops|schools|hospitals|mosques|churches|offices|factories|infrastructure)`;
/** "no serious injuries were reported", "no one was killed", "there were no deaths": a count of none. */
const NONE = /\b(?:(no (?:(?:serious|major|further|other|immediate|known|life-threatening) )?(injuries|deaths|fatalities))(?= (?:were|was|have been|has been|had been) (?:reported|recorded|confirmed))|((?:no one|no-one|nobody|none of them) (?:was|were|has been|had been) (?:(?:seriously|badly|critically|fatally) )?(killed|injured|hurt|wounded|harmed))\b|there (?:were|was|have been|had been) (no (?:(?:serious|major|reported|immediate) )?(injuries|deaths|fatalities))\b)/gi;
/** A damage verb with what it damaged, no count: "smashed windows", "destroyed much of the city". */
const DAMAGE_OBJECT = new RegExp(String.raw`\b(?:smashed|shattered|destroyed|damaged|flattened|razed|gutted|wiped out|levell?ed|swept away|washed away|demolished|tore down|torn down)\s+(?:(?:much|most|parts?|large parts|swathes|all|half|sections) of )?(?:the |its |their |his |her )?(?:[a-z-]+ )?(${DAMAGED})\b(?![’'-])`, 'gi');
/** "the damage, including broken windows": damage the text names as such. */
const DAMAGE_NAMED = new RegExp(String.raw`\bdamage\b[^.;]{0,20}?\b(?:including|included|includes|such as)\s+((?:broken|smashed|shattered|damaged|destroyed|collapsed|burned|burnt|flooded)\s+(?:[a-z-]+\s+)?(${DAMAGED}))\b`, 'gi');
/** "whole districts of Derna had disappeared", "the bridge was swept away": what was damaged, then how. */
const DAMAGE_SUBJECT = new RegExp(String.raw`\b((?:(?:whole|entire|many|most|large|several) )?(?:(?!(?:that|and|the|of|as|when|where|after|before|while|said|saw|says|say|showed|shows)\b)(?![a-z]+ed )[a-z-]+ )?(${DAMAGED})(?: of (?:the )?[\p{L}-]+)? (?:had|have|has|were|was)(?: been)? (?:(?:completely|entirely|partly|largely|totally|simply|all) )?(?:disappeared|destroyed|flattened|razed|swept away|washed away|wiped out|levell?ed|collapsed|gutted|demolished|submerged))\b`, 'giu');
/** "apartment blocks with their fronts ripped off". */
const DAMAGE_WITH = new RegExp(String.raw`\b((?:(?![a-z]+ed )[a-z-]+ )?(${DAMAGED}) with (?:their|its) (?:[a-z-]+ )?(?:fronts?|roofs?|walls?|facades?|façades?|windows|sides?) (?:ripped|torn|blown|sheared|knocked) (?:off|out|away))`, 'gi');
/** "moved residents out of four towers": the people of buildings made to leave them. */
const MOVED_OUT = new RegExp(String.raw`\b(?:evacuated|moved|relocated|cleared|rehoused|decanted|removed)\s+((?:the |all |its |their )?(residents|people|tenants|families|occupants|inhabitants|households)\s+(?:out of|from)\s+(?:the |its |their )?(?:[\w,-]+ ){0,2}?${DAMAGED})`, 'gi');
/** Quick tests (not global: a global expression's test() moves its lastIndex, and matchAll starts from there). */
const NONE_WORD = /\b(?:no|nobody|no-one|none)\b/i;
const MOVED_WORD = /\b(?:evacuated|moved|relocated|cleared|rehoused|decanted|removed)\s/i;
const DAMAGE_WORD = /\b(broken|burned|burnt|flooded|smashed|shattered|destroyed|damaged|flattened|razed|gutted|wiped out|levell?ed|swept away|washed away|demolished|torn down|tore down|disappeared|collapsed|submerged|ripped|torn|blown|sheared|knocked)\b/i;

/** Figures the words give without a number: none hurt, damage described, residents moved out. */
function uncountedFigures(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  const add = (kind: FigureKind, words: string, start: number, who: string | undefined, cue: string, count?: number) => {
    if (out.some((f) => f.start < start + words.length && start < f.end)) return;
    out.push({ kind, text: words, start, end: start + words.length, phrase: words, phraseStart: start, count, who, total: false, increment: false, part: false, cue });
  };
  if (NONE_WORD.test(text)) {
    for (const m of text.matchAll(NONE)) {
      const words = m[1] ?? m[3] ?? m[5];
      const cue = m[2] ?? m[4] ?? m[6];
      const kind = kindOfCue(cue);
      if (kind) add(kind, words, m.index + m[0].indexOf(words), undefined, cue, 0);
    }
  }
  if (DAMAGE_WORD.test(text)) {
    for (const re of [DAMAGE_NAMED, DAMAGE_SUBJECT, DAMAGE_WITH, DAMAGE_OBJECT]) {
      for (const m of text.matchAll(re)) {
        const words = re === DAMAGE_OBJECT ? m[0] : m[1];
        // A number makes it a counted figure ("destroyed 151 homes"), read with the others.
        if (COUNTABLE.test(words)) continue;
        // "the gutted tower": a participle after a determiner describes a thing; it is no figure.
        if (re === DAMAGE_OBJECT && /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        add('damage', words, m.index + m[0].indexOf(words), m[re === DAMAGE_OBJECT ? 1 : 2], words);
      }
    }
  }
  if (MOVED_WORD.test(text)) for (const m of text.matchAll(MOVED_OUT)) add('displaced', m[1], m.index + m[0].indexOf(m[1]), m[2], m[0].split(/\s/)[0]);
  return out;
}
