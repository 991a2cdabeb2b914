/**
 * The entity index: people, organisations and places named in the corpus, with
 * the roles the text gives them and every sentence that mentions them. Found
 * with general cues of news prose (capitalised names, role words before or
 * after a name, organisation words, place prepositions), never a fixed list of
 * this incident's names.
 */
import type { Corpus, Sentence } from '../corpus/types.js';
import { isKnownPlace, subdivisionCountries } from '../text/countries.js';
import { fold, terms, tokenize } from '../text/terms.js';
import { isBuiltPlaceNoun, isPastTenseVerb, isPersonNoun, isWord, lemma } from '../text/lexicon.js';

export type EntityKind = 'person' | 'organisation' | 'place';

export interface Entity {
  /** The fullest form of the name seen in the text. */
  name: string;
  kind: EntityKind;
  /** Roles the text gives a person ("Interior Minister", "a deputy governor of …"), verbatim. */
  roles: string[];
  /** Sentence ids that mention the entity, in corpus order. */
  mentions: string[];
  /** Folded forms a question may use for it: the full name and, for people, the surname. */
  aliases: string[];
}

/** Nouns for a group that reports write beside a group's name, general English ("the firm Rydon", "Arconic, the American company"). */
export const GROUP_NOUNS = 'company|firm|group|agency|manufacturer|contractor|charity|organi[sz]ation|party|militia|body|authority|operator|maker|supplier|broadcaster|newspaper|network|union|association|council|consortium|developer|owner|landlord|insurer|carrier|airline|bank';
/** "Rydon, the firm that …", "Arconic, the American company": a name in apposition to a noun for a group. */
const ORG_APPOSITION = new RegExp(String.raw`^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(${GROUP_NOUNS})\b`, 'iu');
/** "the oil company Total", "the Dutch salvage firm Smit": a noun for a group right before the name. */
const ORG_BEFORE = new RegExp(String.raw`\b(?:the|an?|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS}),?\s+$`, 'iu');

/**
 * "Ana Reyes, the pilot of the plane,", "Maria Reyes, the pilot's sister,": the apposition after a name, when its
 * noun (the last word before "of", "who", a comma …) is one WordNet knows as a person. A group's noun wins.
 */
function personNounApposition(after: string): string | undefined {
  const m = /^,\s+(?:an?|the|his|her|their|its)\s+((?:[\p{L}'’-]+\s+){0,3}?)([\p{Ll}-]+)(?=\s+(?:of|for|at|in|on|from|with|who|whose|that|which|and)\b|\s*[,.;]|\s*$)[^,.;]*/u.exec(after);
  if (!m) return undefined;
  // "…, a safety consultancy suspected of …": a participle after a noun qualifies it; the noun is the head.
  const before = m[1].trim().split(/\s+/).filter(Boolean);
  const head = /(?:ed|ing)$/.test(m[2]) && before.length > 0 ? before[before.length - 1]!.toLowerCase() : m[2];
  return isPersonNoun(head) && !ORG_APPOSITION.test(after) ? m[0] : undefined;
}

/** Words for a person's role, general English: the words that make a name beside them a person's. */
const ROLE_WORD_LIST =
  'minister|spokesman|spokesperson|spokeswoman|director|governor|president|premier|representative|correspondent|official|ambassador|chief|commander|analyst|secretary|general|envoy|leader|head|mayor|senator|lawmaker|mp|adviser|advisor|chairman|chairwoman|professor|researcher|expert|journalist|reporter|king|queen|prince|emir|cleric|ayatollah|mr|mrs|ms|dr|suspect|gunman|shooter|attacker|victim|survivor|witness|owner|engineer|officer|detective|sheriff|judge|prosecutor|captain|colonel|sergeant|lieutenant|superintendent|commissioner|inspector|coroner|doctor|surgeon|nurse|firefighter|pilot|driver|founder|executive|ceo|manager|chair|speaker|deputy|candidate|activist|resident|student|teacher|worker|administrator' +
  // Titles as abbreviated before a name ("Capt. Chesley Sullenberger", "Lt. Col. …"); not "Sen." or "Rep.", which are names too.
  '|capt|lt|col|maj|sgt|adm|gov|cmdr|supt|insp|cpl|pvt|prof|rev|gen';
/** A noun for a person before a name between commas: "the preacher, ", "Vale's chief executive, ", "the chief executive of Colonial Pipeline, ". */
const LEADING_ROLE = /(?<![\p{L}\p{N}’'.-])((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,5})?),\s*$/u;
/** The same noun of a group named in common words: "the president of the condominium association, ". */
const LEADING_ROLE_OF_GROUP = /(?<![\p{L}\p{N}’'.-])((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s*$/u;

/**
 * The capitalised words of a text, folded, that no name found in it covers and that stand alone: no capitalised word
 * right before or after ("Yu" in "Yu, 41, said", not "Tianjin" in "Tianjin Port Group").
 */
function loneNameWords(text: string, found: { at: number; length: number }[]): string[] {
  const tokens = tokenize(text);
  const covered = new Set(found.flatMap((f) => Array.from({ length: f.length }, (_, k) => f.at + k)));
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (covered.has(i) || !/^\p{Lu}\p{Ll}+$/u.test(token)) return;
    if (/^\p{Lu}/u.test(tokens[i - 1] ?? '') || /^\p{Lu}/u.test(tokens[i + 1] ?? '')) return;
    out.push(fold(token));
  });
  return out;
}

/** Words that make a name a person's role when they stand next to it. */
export const ROLE_WORDS = new RegExp(`^(${ROLE_WORD_LIST})$`, 'i');
/** A role in apposition after a name: "…, a deputy governor", "…, the chief of the navy's diving unit". */
const APPOSITION = /^,\s+((?:an?|the)\s+)?([^,.;]{0,60}?)\b(minister|spokesman|spokesperson|director|governor|president|representative|correspondent|official|ambassador|chief|commander|analyst|secretary|envoy|leader|head|adviser|advisor|professor|researcher|expert|suspect|gunman|owner|engineer|officer|sheriff|judge|prosecutor|commissioner|doctor|founder|executive|manager|speaker|deputy|candidate|activist|resident|student|teacher|worker|reservist|veteran|instructor|member)\b[^,.;]*/i;

/**
 * The role the words after a name give it in apposition, without its comma. Strictly, only one whose role word
 * comes first or after an article, is not another's ("Andy Beshear, the governor's wife …" gives Beshear no role)
 * and starts no list ("Mokhber, the speaker of parliament and the head of the judiciary form …", "…, Governor Malek
 * Rahmati, …"): a name with a title before it has a role already.
 */
function appositionAfter(after: string, strict = false): string | undefined {
  const apposition = APPOSITION.exec(after);
  // The words right after the role word: the match is the comma, the article (1), the words before the role (2), the role (3) and the rest.
  const afterRole = (a: RegExpExecArray) => a[0].slice(/^,\s+/.exec(a[0])![0].length + (a[1]?.length ?? 0) + a[2].length + a[3].length);
  const strictly = (a: RegExpExecArray) =>
    (a[1] !== undefined || a[2].trim() === '') && !/^\p{Lu}/u.test(a[3]) && !/^['’]s\b/.test(afterRole(a)) && !/\sand\s+(?:the|an?|his|her|their)\s/i.test(a[0]);
  const fits = apposition && !opensWithVerb(apposition) && (!strict || strictly(apposition));
  if (fits) return apposition[0].replace(/^,\s+/, '').trim();
  return strict ? undefined : personNounApposition(after)?.replace(/^,\s+/, '').trim();
}

/**
 * ", rejected the official account": what follows a name opens with a verb the lemmatizer changes, so it is no
 * apposition giving a role; ", served for years as the commander" still gives one.
 */
function opensWithVerb(apposition: RegExpExecArray): boolean {
  if (apposition[1] || /\bas\s+(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(apposition[2])) return false;
  const verb = /^\p{Ll}+ed\b/u.exec(apposition[2] + apposition[3])?.[0];
  return verb !== undefined && lemma(verb) !== verb;
}

/** "… stepped down as mayor of Colorado City", "… took over as chief executive": an inflected verb, then "as" and a role. */
const AS_ROLE = new RegExp(String.raw`^\s+(\p{Ll}+)(?:\s+(?:down|up|in|out|over|on|off))?\s+as\s+((?:(?:the|an?|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${ROLE_WORD_LIST})\b[^,.;]*)`, 'u');
/** Words that end a company's name (an organisation's, see ORG_WORDS and COMPANY_WORDS). */
const COMPANY_ENDINGS = 'lines|airlines|airways|pipeline|pipelines|inc|ltd|plc|llc|corp|co|holdings|industries|plastics|products|petroleum|energy|systems|technologies|motors|chemicals|enterprises';
const ORG_WORDS = new RegExp(
  String.raw`^(ministry|agency|center|centre|forum|league|army|corps|council|organisation|organization|group|party|tv|news|guard|guards|front|state|liberation|brigade|brigades|movement|committee|union|parliament|government|office|department|force|forces|police|bank|university|institute|commission|embassy|network|media|press|times|post|journal|foundation|association|daily|broadcaster|consulate|court|bureau|board|service|services|federation|society|church|school|hospital|administration|authority|inquiry|company|corporation|assembly|senate|congress|command|unit|team|fund|programme|program|works|${COMPANY_ENDINGS}|partners|construction|engineering|laboratories|labs|railway|railways|utilities|navy|nations|cross|crescent|mining|shipping|logistics|international|yard)$`, 'i');
/** Words that end a company's name: its first word alone may stand for it ("Delta" for Delta Air Lines). */
const COMPANY_WORDS = new RegExp(String.raw`\b(?:${COMPANY_ENDINGS})\b`, 'i');
const PLACE_WORDS = /^(province|city|village|town|region|district|territory|border|county|strip|gulf|sea|valley|capital|island|mountains|desert|airspace|house|bar|grille|grill|hall|restaurant|hotel|club|store|market|mall|tower|building|bridge|station|airport|port|square|park|street|road|avenue|lane|way|estate|dam|river|lake|coast|beach|harbour|harbor|falls)$/i;
const PLACE_PREPOSITIONS = /^(in|near|to|from|at|into|inside|within|across|toward|towards|outside|around|between)$/i;
/** "north", "southeast", "south-west", "northern": a compass point a place is reckoned from (general English). */
export const COMPASS_WORD = String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?`;
const COMPASS_POINT = new RegExp(`^${COMPASS_WORD}$`, 'i');
/** After a name: a comma, then one or two capitalised words, then punctuation: "Jackson[, Mississippi,]". */
const TOWN_REGION = /^,\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?)(?=\s*(?:[,.;:)!?]|$))/u;
/** A country, a capital or a first-level subdivision (a state, a province): what follows a town's name after a comma. */
const isRegionName = (name: string) => isKnownPlace(name.toLowerCase()) || subdivisionCountries(name).length > 0;
/** Capitalised words that start sentences or headings without being names. */
const NOT_NAMES = new Set(
  'the a an in on at as by for from with to of and but or however meanwhile according after before later earlier during while when where who what why how this that these those it its he she they we his her their our there here then both all many some several numerous following amid additionally also if since sunni shia shiite muslim until yet so thursday wednesday tuesday monday friday saturday sunday january february march april may june july august september october november december read more'.split(' '),
);

const TOKEN = /[\p{L}\p{M}\p{N}’'@.-]+/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A–Z, the common case, without a regex
  if (c >= 97 && c <= 122) return /^(al|el|ul|bin|ibn|de|van|von)-\p{Lu}/u.test(word);
  return /^\p{Lu}/u.test(word);
}

/** How many roles an entity keeps, the first ones read. */
const MAX_ROLES = 5;

/** A role for an entity, unless it has it already or has its fill of them. */
function giveRole(entity: Entity, role: string): void {
  if (entity.roles.length < MAX_ROLES && !entity.roles.includes(role)) entity.roles.push(role);
}

/** The marks of a generation that follow a family name: "Jr", "III". */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** A name joined to a general English participle by a hyphen: "Texas-based", "Iran-backed", "Saudi-led". */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{M}.’']*)-(?:based|born|backed|led|owned|run|made|bound|controlled|linked|funded|allied|aligned|affiliated|registered|flagged|brokered|headquartered)$/u;

/**
 * The capitalised words of a role that say whose or what role it is, folded: "Ohio Governor" → ["ohio"],
 * "Fire Chief" → ["fire"]. Role words themselves and words that only start sentences are not among them.
 */
export function roleQualifiers(role: string): string[] {
  const words = role.match(TOKEN) ?? [];
  return words.map(clean).filter((w) => w && isCapitalised(w) && !ROLE_WORDS.test(w) && !NOT_NAMES.has(w.toLowerCase())).map((w) => w.toLowerCase());
}

/**
 * Words between a role word and a name that make it no role of that name, general English: "the driver of the
 * Coromandel Express", "President Alexander Lukashenko said Yevgeny Prigozhin …", "… met Putin".
 */
const ROLE_NOT_OF_NEXT = /^(?:of|for|at|in|on|from|to|and|said|says|told|tells|met|meets|with|or|than|who|whom|that|which|called|named|asked|urged|as|while|after|before)$/i;

function clean(word: string): string {
  return word.replace(/[’']s$/, '').replace(/[.’'-]+$/, '').replace(/^[’'-]+/, '');
}

/** A word for someone by what they are or do: a role word ("governor") or a noun WordNet knows as a person's ("nominee"). */
function isRoleNoun(word: string): boolean {
  return ROLE_WORDS.test(word) || isPersonNoun(word);
}

/** The noun a role ends in, before "of", "for", "at", "in" ("Chief Constable" → "constable", "the head of the force" → "head"), folded. */
function roleHead(role: string): string | undefined {
  const noun = /([\p{L}-]+)\s*(?:\b(?:of|for|at|in|on|to|from|with)\b.*)?$/u.exec(role.replace(/[,;].*$/, '').trim())?.[1];
  return noun && /^\p{L}/u.test(noun) && isRoleNoun(noun.toLowerCase()) ? fold(noun) : undefined;
}

/** "the president said", "the chief constable apologised": a role written with "the" and no name after it, folded. */
function definiteRoleHeads(text: string): string[] {
  const heads: string[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*)\b(?!\s+(?:of|for)\b|\s*,?\s+\p{Lu})/gu)) {
    if (isRoleNoun(m[1])) heads.push(fold(m[1]));
  }
  return heads;
}

/** Verbs that only help another ("had been", "would"): they say nothing done by a name before them. */
const AUXILIARY = /^(?:had|has|have|was|were|is|are|am|did|does|do|would|could|should|might|must|been)$/;

export class EntityIndex {
  private readonly entities = new Map<string, Entity>();
  private readonly byAlias = new Map<string, Entity>();

  /** Aliases by their first word, so finding names in a text is one pass over its words. */
  private readonly aliasIndex = new Map<string, { words: string[]; entity: Entity }[]>();
  /** Entities each sentence mentions. */
  private readonly bySentence = new Map<string, Entity[]>();
  /** People by folded surname while building, so a later "Kugelman" joins "Michael Kugelman". */
  private readonly bySurname = new Map<string, Entity>();
  /** Mention sets while building (arrays are filled from them at the end, in corpus order). */
  private readonly mentionSets = new Map<Entity, Set<string>>();

  /** Find the entities of a corpus; or take them from a snapshot (see toSnapshot) of the same corpus. */
  constructor(corpus: Corpus, snapshot?: Entity[]) {
    if (snapshot) {
      for (const entity of snapshot) this.entities.set(fold(entity.name), entity);
      this.indexAliases();
    } else {
      for (const sentence of corpus.sentences) this.scan(sentence);
      this.settle();
      for (const entity of this.entities.values()) {
        entity.aliases.push(fold(entity.name));
        if (entity.kind === 'person') {
          // The family name, not a generation's mark after it ("Chesley B Sullenberger III" is "Sullenberger").
          const parts = entity.name.split(/\s+/).filter((part, k) => k === 0 || !GENERATION.test(part));
          if (parts.length > 1) entity.aliases.push(fold(parts[parts.length - 1]));
        }
        const short = this.shortForms.get(entity);
        if (short) entity.aliases.push(short);
      }
      this.indexAliases();
      // Every later use of a known name is a mention too ("groups such as Jaish al-Adl"), and a
      // surname seen alone ("Kugelman said") is a mention of the full person.
      // A family name alone is the person of that name the article named last: "Acting President Han
      // Duck-soo … Biden told Han" is Han Duck-soo, though the corpus has another Han.
      let article = '';
      const lastBySurname = new Map<string, Entity>();
      const lastByRole = new Map<string, Entity>();
      // Each person's role nouns, read once: a person is mentioned in many sentences.
      const headsOf = new Map<Entity, string[]>();
      const roleHeads = (person: Entity) => {
        let heads = headsOf.get(person);
        if (!heads) headsOf.set(person, (heads = person.roles.flatMap((role) => roleHead(role) ?? [])));
        return heads;
      };
      for (const sentence of corpus.sentences) {
        if (sentence.articleId !== article) {
          article = sentence.articleId;
          lastBySurname.clear();
          lastByRole.clear();
        }
        // "… the president said": the person the article last named with that role (President Joe Biden).
        for (const head of definiteRoleHeads(sentence.text)) {
          const person = lastByRole.get(head);
          if (person) this.mentionSets.get(person)!.add(sentence.id);
        }
        const found = this.mentionsIn(sentence.text, true);
        for (const { entity, alias } of found) {
          if (entity.kind === 'person') for (const head of roleHeads(entity)) lastByRole.set(head, entity);
          const person = alias.includes(' ') ? undefined : lastBySurname.get(fold(alias));
          const meant = person && person !== entity && (entity.kind !== 'person' || alias !== fold(entity.name)) ? person : entity;
          this.mentionSets.get(meant)!.add(sentence.id);
          // "Park said" after "Park Soon-kwan": the person, not also the place the word alone was first read as.
          if (meant !== entity) this.mentionSets.get(entity)!.delete(sentence.id);
          if (meant.kind === 'person' && alias.includes(' ')) {
            // Either end of a full name may be the family name: "Kugelman" of Michael Kugelman, "Han" of Han Duck-soo.
            const parts = fold(meant.name).split(/\s+/);
            lastBySurname.set(parts[parts.length - 1], meant);
            lastBySurname.set(parts[0], meant);
          }
        }
        // "Yu, 41, said …" after "Yu Xuewei": a family name written first, too short or too rare to be any name's alias,
        // standing alone (no capitalised word beside it) is the person the article named in full.
        for (const word of loneNameWords(sentence.text, found)) {
          const person = lastBySurname.get(word);
          if (person) this.mentionSets.get(person)!.add(sentence.id);
        }
      }
      const order = new Map(corpus.sentences.map((s, i) => [s.id, i]));
      for (const [entity, set] of this.mentionSets) entity.mentions = [...set].sort((a, b) => order.get(a)! - order.get(b)!);
      this.mentionSets.clear();
    }
    for (const entity of this.entities.values()) {
      for (const id of entity.mentions) {
        const list = this.bySentence.get(id);
        if (list) list.push(entity);
        else this.bySentence.set(id, [entity]);
      }
    }
  }

  private indexAliases(): void {
    for (const entity of this.entities.values()) {
      for (const alias of entity.aliases) {
        if (this.byAlias.has(alias) || alias.length < 3) continue;
        this.byAlias.set(alias, entity);
        const words = tokenize(alias).map(fold);
        if (words.length === 0) continue;
        const list = this.aliasIndex.get(words[0]) ?? [];
        list.push({ words, entity });
        this.aliasIndex.set(words[0], list);
      }
    }
  }

  /** The entities as plain data, to load again without reading the text (see the constructor). */
  toSnapshot(): Entity[] {
    return [...this.entities.values()];
  }

  /** How many different names each name term is part of ("nichola" in two people's names is no way to tell them apart). */
  namesWithTerm(term: string): number {
    if (!this.nameTermCounts) {
      this.nameTermCounts = new Map();
      for (const e of this.entities.values()) for (const t of new Set(terms(e.name))) this.nameTermCounts.set(t, (this.nameTermCounts.get(t) ?? 0) + 1);
    }
    return this.nameTermCounts.get(term) ?? 0;
  }

  private nameTermCounts?: Map<string, number>;

  /** Index terms of the roles the corpus gives the people a sentence names ("suspect" for a sentence that names Card). */
  roleTermsOf(sentenceId: string): Set<string> {
    let set = this.roleTerms.get(sentenceId);
    if (!set) {
      set = new Set(this.inSentence(sentenceId).flatMap((e) => [...this.roleTermsOfEntity(e)]));
      this.roleTerms.set(sentenceId, set);
    }
    return set;
  }

  private readonly roleTerms = new Map<string, Set<string>>();

  /** Index terms of the roles the corpus gives one entity ("railway spokesman" for Ravi Kumar). */
  roleTermsOfEntity(entity: Entity): ReadonlySet<string> {
    let set = this.entityRoleTerms.get(entity);
    if (!set) this.entityRoleTerms.set(entity, (set = new Set(entity.roles.flatMap((r) => terms(r)))));
    return set;
  }

  private readonly entityRoleTerms = new WeakMap<Entity, ReadonlySet<string>>();

  /** Every word that qualifies a person's role somewhere in the corpus ("ohio" of "Ohio Governor"): see roleQualifiers. */
  roleQualifierWords(): ReadonlySet<string> {
    this.qualifierWords ??= new Set(this.all('person').flatMap((e) => e.roles.flatMap(roleQualifiers)));
    return this.qualifierWords;
  }

  private qualifierWords?: Set<string>;

  /** Entities a sentence of the corpus mentions (precomputed, no text scan). */
  inSentence(sentenceId: string): readonly Entity[] {
    return this.bySentence.get(sentenceId) ?? [];
  }

  all(kind?: EntityKind): Entity[] {
    const list = [...this.entities.values()].filter((e) => !kind || e.kind === kind);
    return list.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  }

  /**
   * Entities a text names, by full name or (for people) surname, in order of
   * first mention. The longest name wins where names overlap: "Pakistan
   * Foreign Ministry" is the ministry, not Pakistan.
   */
  mentionedIn(text: string): Entity[] {
    const found: Entity[] = [];
    for (const { entity } of this.mentionsIn(text)) if (!found.includes(entity)) found.push(entity);
    return found;
  }

  /**
   * Each name a text uses, with the alias it was written as (folded words joined by spaces). In the reports a
   * one-word name is written capitalised: "the total number" is no mention of the company Total. A question may
   * be typed all in lower case.
   */
  private mentionsIn(text: string, asWritten = false): { entity: Entity; alias: string; at: number; length: number }[] {
    const tokens = tokenize(text);
    const words = tokens.map(fold);
    const found: { entity: Entity; alias: string; at: number; length: number }[] = [];
    for (let i = 0; i < words.length; ) {
      let best: { length: number; entity: Entity } | undefined;
      for (const { words: alias, entity } of this.aliasIndex.get(words[i]) ?? []) {
        if ((best && alias.length <= best.length) || !alias.every((w, k) => words[i + k] === w)) continue;
        // A surname alone is the person ("Kugelman said"), not the start of another name ("Baloch Sunni Muslim group").
        const surnameOnly = entity.kind === 'person' && alias.length === 1 && alias[0] !== fold(entity.name);
        if (surnameOnly && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) continue;
        if (asWritten && alias.length === 1 && !isCapitalised(tokens[i])) continue;
        best = { length: alias.length, entity };
      }
      if (best) found.push({ entity: best.entity, alias: words.slice(i, i + best.length).join(' '), at: i, length: best.length });
      i += best?.length ?? 1;
    }
    return found;
  }

  /** Entities whose name starts with, or contains a word starting with, the prefix. */
  complete(prefix: string, limit = 25): Entity[] {
    const p = fold(prefix.trim());
    const all = this.all();
    if (!p) return all.slice(0, limit);
    const starts = all.filter((e) => fold(e.name).startsWith(p));
    const words = all.filter((e) => !starts.includes(e) && fold(e.name).split(/[\s-]+/).some((w) => w.startsWith(p)));
    return [...starts, ...words].slice(0, limit);
  }

  private scan(sentence: Sentence): void {
    const tokens: Token[] = [...sentence.text.matchAll(TOKEN)].flatMap((m) => {
      // "Texas-based", "Iran-backed": the name is the part before the hyphen; the rest says how it relates.
      const compound = NAME_COMPOUND.exec(m[0]);
      if (!compound) return [{ text: m[0], start: m.index, end: m.index + m[0].length }];
      const cut = m.index + compound[1].length;
      return [{ text: compound[1], start: m.index, end: cut }, { text: m[0].slice(compound[1].length + 1), start: cut + 1, end: m.index + m[0].length }];
    });
    let i = 0;
    while (i < tokens.length) {
      if (!isCapitalised(tokens[i].text) || (i === 0 || /[.:;!?—–"“]\s*$/.test(sentence.text.slice(tokens[i - 1].end, tokens[i].start))) && NOT_NAMES.has(clean(tokens[i].text).toLowerCase())) {
        i++;
        continue;
      }
      if (NOT_NAMES.has(clean(tokens[i].text).toLowerCase())) {
        i++;
        continue;
      }
      // Extend over capitalised words and the connectors inside names ("Sistan and Baluchestan", "Jaish al-Adl").
      let j = i + 1;
      while (j < tokens.length) {
        const gap = sentence.text.slice(tokens[j - 1].end, tokens[j].start);
        if (gap !== ' ' || /[’']s$/.test(tokens[j - 1].text)) break;
        const word = tokens[j].text;
        if (isCapitalised(word) && !NOT_NAMES.has(clean(word).toLowerCase())) j++;
        else if (/^(and|of|al|bin|ul|o)$/i.test(word) && j + 1 < tokens.length && isCapitalised(tokens[j + 1].text) && (word !== 'of' || ORG_WORDS.test(clean(tokens[j - 1].text)))) j++;
        else break;
      }
      this.classify(sentence, tokens, i, j);
      i = j;
    }
  }

  private classify(sentence: Sentence, tokens: Token[], from: number, to: number): void {
    const words = tokens.slice(from, to).map((t) => clean(t.text)).filter(Boolean);
    if (words.length === 0) return;
    const after = sentence.text.slice(tokens[to - 1].end, tokens[to - 1].end + 80);
    const wordAfter = (after.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}]/gu, '');
    // "Balasore hospital", "the Tocuyito prison": a name before a word for a place, or for a building or facility.
    // "an Atlanta-based carrier", "the Austin, Texas-based company": a place.
    const placeAfter =
      /^-(?:based|born)\b/.test(after) ||
      /^,\s+\p{Lu}[\p{L}.]*-based\b/u.test(after) || PLACE_WORDS.test(wordAfter) || (/^\p{Ll}/u.test(wordAfter) && isBuiltPlaceNoun(wordAfter));
    // "Iraq and Syria" is two names; "Sistan and Baluchestan province" is one.
    const and = words.indexOf('and');
    if (and > 0 && !/^\s+(province|region|state|territory)\b/i.test(after)) {
      // "the Tocorón and Tocuyito prisons": two places.
      if (placeAfter && /s$/.test(wordAfter) && !words.some((w) => ORG_WORDS.test(w))) {
        this.add(words.slice(0, and).join(' '), 'place', sentence);
        this.add(words.slice(and + 1).join(' '), 'place', sentence);
        return;
      }
      this.classify(sentence, tokens, from, from + and);
      this.classify(sentence, tokens, from + and + 1, to);
      return;
    }
    // "Colonial Pipeline, which has its headquarters …": "which", not "who", so no person, whatever it says elsewhere.
    if (/^,\s+which\b/.test(after)) this.notPerson.add(fold(words.join(' ')));
    const prevWord = from > 0 ? clean(tokens[from - 1].text) : '';
    // A lone demonym or adjective ("Iranian", "Pakistani") is not a name; "in Kahului", "near Karachi", standing alone, is a place.
    const standsAlone = !/^\p{Ll}/u.test(wordAfter) || /^(?:on|in|at|and|or|to|for|with|by|after|before|where|which|that|who|was|were|is|are|had|has)$/.test(wordAfter);
    const placeNamedAlone = PLACE_PREPOSITIONS.test(prevWord) && standsAlone && !/(ian|ese|ish)$/.test(words[0]);
    // ", Mississippi," after a town's name: the state, province or country it is in.
    if (from > 0 && isRegionName(words.join(' ')) && /^,\s+$/.test(sentence.text.slice(tokens[from - 1].end, tokens[from].start)) && isCapitalised(tokens[from - 1].text)) {
      this.add(words.join(' '), 'place', sentence);
      return;
    }
    if (words.length === 1 && /(ian|ani|ese|ish|i)$/.test(words[0]) && !isKnownPlace(words[0].toLowerCase()) && !placeNamedAlone) return;
    if (placeAfter && !words.some((w) => ORG_WORDS.test(w))) {
      this.add(words.join(' '), 'place', sentence);
      return;
    }
    // "in Jackson, Mississippi,", "from Midfield, Texas;": a town, then its state, province or country, is two places,
    // even where the town's name is someone's surname elsewhere in the reports.
    const region = TOWN_REGION.exec(after);
    if (region && words.length <= 3 && isRegionName(region[1]) && !words.some((w) => ORG_WORDS.test(w) || ROLE_WORDS.test(w))) {
      this.placeNamed.add(fold(words.join(' ')));
      this.add(words.join(' '), 'place', sentence, undefined, 1, false);
      return;
    }
    // "Interior Minister Ahmad Vahidi": the capitalised role words before the name are the role.
    let lastRole = -1;
    words.forEach((w, k) => {
      if (ROLE_WORDS.test(w) || ORG_WORDS.test(w)) lastRole = k;
    });
    const before = tokens.slice(Math.max(0, from - 4), from).map((t) => clean(t.text));
    const lastWord = words[words.length - 1];

    if (lastRole >= 0 && lastRole < words.length - 1 && ROLE_WORDS.test(words[lastRole]) && words.length - lastRole - 1 <= 4) {
      const name = words.slice(lastRole + 1).join(' ');
      this.add(name, 'person', sentence, rolePhrase(sentence.text, tokens, from, from + lastRole));
      // "Capt Anant Surawan, chief of the navy's Underwater Demolition Assault Unit": the apposition is a role too.
      const apposition = appositionAfter(after, true);
      if (apposition) this.addRole(name, apposition);
      const orgPart = words.slice(0, lastRole);
      if (orgPart.some((w) => ORG_WORDS.test(w))) this.add(orgPart.join(' '), 'organisation', sentence);
      return;
    }
    // "NHS England", "Ohio EPA": an acronym inside a name of several words is an organisation's ("at AIIMS Bhubaneswar"
    // is somewhere to be, and read below as a place).
    // Not "US Secretary" (a title), nor "Noorudheen CK" (initials): two letters only first, no title word.
    const acronymInName =
      !PLACE_PREPOSITIONS.test(prevWord) &&
      !words.some((w) => ROLE_WORDS.test(w)) &&
      words.some((w, k) => (k === 0 ? /^\p{Lu}{2,6}$/u : /^\p{Lu}{3,6}$/u).test(w) && !/^[IVXL]+$/.test(w) && !isKnownPlace(w.toLowerCase()));
    if ((words.length > 1 && (acronymInName || words.some((w) => ORG_WORDS.test(w)))) || /^\p{Lu}{2,6}$/u.test(words.join('')) && !isKnownPlace(words.join(' ').toLowerCase()) && !ORG_WORDS.test(words[0]) && words.length === 1) {
      if (PLACE_WORDS.test(lastWord)) {
        this.add(words.join(' '), 'place', sentence);
        return;
      }
      this.add(words.join(' '), 'organisation', sentence);
      return;
    }
    const name = words.join(' ');
    const folded = name.toLowerCase();
    if (isKnownPlace(folded) || PLACE_WORDS.test(lastWord)) {
      this.add(name, 'place', sentence);
      return;
    }
    // "Robert Card, 40,": an age after a name; "Jane Doe said": a full name that speaks.
    if (words.length >= 2 && words.length <= 4 && !words.some((w) => PLACE_WORDS.test(w) || ORG_WORDS.test(w)) && /^(,\s+\d{1,3},|\s+(said|says|told|added|wrote|testified)\b)/.test(after)) {
      this.add(name, 'person', sentence);
      return;
    }
    // "Tim Boyd stepped down as mayor of Colorado City": a name that takes on or leaves a role.
    const takesRole = AS_ROLE.exec(after);
    if (takesRole && words.length >= 2 && words.length <= 4 && !words.some((w) => PLACE_WORDS.test(w) || ORG_WORDS.test(w)) && lemma(takesRole[1]) !== takesRole[1]) {
      this.add(name, 'person', sentence, takesRole[2]);
      return;
    }
    // "The preacher, Suraj Pal, …", "The nominee, Choi Byung-hyuk, …": a noun for a person, then the name between commas.
    // "The chief executive of Colonial Pipeline, Joseph Blount, …": the noun may be of a name.
    // "Chauvin's mother, Carolyn Pawlenty, …": a name's possessive stands for "the".
    // "The president of the condominium association, Jean Wodnicki, …": or of a group in common words.
    const textBefore = sentence.text.slice(Math.max(0, tokens[from].start - 90), tokens[from].start);
    const leading = [LEADING_ROLE, LEADING_ROLE_OF_GROUP].map((re) => re.exec(textBefore)).find((m) => m !== null && isRoleNoun(m[2]));
    if (leading && words.length >= 2 && words.length <= 4 && /^,/.test(after) && !words.some((w) => PLACE_WORDS.test(w) || ORG_WORDS.test(w))) {
      this.add(name, 'person', sentence, leading[1]);
      return;
    }
    // A role word just before ("spokesperson Mao Ning") or an apposition just after ("Ali Reza Marhamati, a deputy governor").
    // "the driver of the Coromandel Express": a role of the name, not the name of someone in that role.
    // Nor the role of another name between ("President Alexander Lukashenko said Yevgeny Prigozhin …").
    const roleBefore = before.findIndex((w, k) => ROLE_WORDS.test(w) && !before.slice(k + 1).some((x) => ROLE_NOT_OF_NEXT.test(x) || (/^\p{Lu}/u.test(x) && !ROLE_WORDS.test(x))));
    const appositionRole = appositionAfter(after);
    // A role word right before the name ("chief executive Park Soon-kwan") makes it a person's even where a word of
    // it names places elsewhere ("Park", "Hall"); not a possessive ("the governor's Summer House").
    const roleRightBefore = ROLE_WORDS.test(before[before.length - 1] ?? '') && !/[’']s$/.test(tokens[from - 1]?.text ?? '');
    if (words.length >= 2 && words.length <= 4 && (roleBefore >= 0 || appositionRole) && (roleRightBefore || !words.some((w) => PLACE_WORDS.test(w)))) {
      let role: string | undefined;
      if (appositionRole) role = appositionRole;
      else {
        const roleIndex = Math.max(0, from - 4) + roleBefore;
        role = rolePhrase(sentence.text, tokens, roleIndex, roleRightBefore ? from - 1 : roleIndex);
      }
      this.add(name, 'person', sentence, role);
      return;
    }
    // "Rydon, the firm that …", "Arconic, the American company": an organisation named by apposition.
    if (ORG_APPOSITION.test(after) || ORG_BEFORE.test(sentence.text.slice(Math.max(0, tokens[from].start - 60), tokens[from].start)) || /^(group|organisation|organization|outfit|movement)\b/i.test(after.trim()) || /^(group|organisation|organization|outfit)$/i.test(prevWord)) {
      this.add(name, 'organisation', sentence);
      return;
    }
    // "the coastal town of Susa", "the city of Saravan": a place word, then "of", then the name.
    // "the worst-hit district was Tesh": a place word, then "was" or "is", then the name.
    // …and "35 miles southeast of Nashville", "north of Kyiv": a compass point, then "of", then the name.
    const placeOf = /^(?:of|was|is)$/i.test(prevWord) && (PLACE_WORDS.test(before[before.length - 2] ?? '') || (/^of$/i.test(prevWord) && COMPASS_POINT.test(before[before.length - 2] ?? '')));
    if (placeOf) this.placeNamed.add(fold(name));
    if (placeOf || PLACE_PREPOSITIONS.test(prevWord) || /^(the)$/i.test(prevWord) && PLACE_PREPOSITIONS.test(before[before.length - 2] ?? '')) {
      // "in Davos", "near the city of Saravan", "in the Persian Gulf"
      this.add(name, 'place', sentence);
      return;
    }
    if (/^,\s+(a|the)\s+(city|town|village|province|region|country)\b/i.test(after)) {
      this.add(name, 'place', sentence);
      return;
    }
    // "… that Tomas Brandt won the election": two or three capitalised words, none an English word ("Storm Daniel",
    // "Jeju Air", "Norfolk Southern" are not), that did something, are a person's name: a weak vote, which any other
    // cue outvotes.
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && !isWord(w.toLowerCase()) && !isKnownPlace(w.toLowerCase())) &&
      /^\s+\p{Ll}/u.test(after) &&
      !AUXILIARY.test(wordAfter) &&
      isPastTenseVerb(wordAfter)
    ) {
      this.add(name, 'person', sentence, undefined, 1);
    }
  }

  private add(name: string, kind: EntityKind, sentence: Sentence, role?: string, vote = kind === 'place' ? 1 : 2, surnameIsPerson = true): void {
    const key = fold(name);
    if (key.length < 2 || NOT_NAMES.has(key)) return;
    let entity = this.entities.get(key);
    // A person already known by a longer name ("Kugelman" inside "Michael Kugelman") is the same entity.
    if (!entity && !key.includes(' ') && surnameIsPerson) entity = this.bySurname.get(key);
    if (!entity) {
      entity = { name, kind, roles: [], mentions: [], aliases: [] };
      this.entities.set(key, entity);
      this.mentionSets.set(entity, new Set());
    }
    // A name's kind is what most of its mentions say, a person's or organisation's cues counting more than a preposition's.
    const votes = this.votes.get(entity) ?? { person: 0, organisation: 0, place: 0 };
    votes[kind] += vote;
    this.votes.set(entity, votes);
    if (kind === 'person' && key.includes(' ')) this.bySurname.set(key.slice(key.lastIndexOf(' ') + 1), entity);
    if (role) giveRole(entity, role);
    this.mentionSets.get(entity)!.add(sentence.id);
  }

  /** One more role of a person already added. */
  private addRole(name: string, role: string): void {
    const entity = this.entities.get(fold(name));
    if (entity) giveRole(entity, role);
  }

  private readonly votes = new Map<Entity, Record<EntityKind, number>>();
  /** An organisation's first word, written alone in the reports (see settle). */
  private readonly shortForms = new Map<Entity, string>();
  /** Names the reports give a place word before ("the town of Mayfield"): never a company's short form. */
  private readonly placeNamed = new Set<string>();
  /** Names followed by ", which" somewhere: never a person. */
  private readonly notPerson = new Set<string>();

  /** Settle each name's kind by its votes, and fold a surname seen alone into the person it belongs to. */
  private settle(): void {
    for (const [entity, votes] of this.votes) {
      // Below every other kind, even one no mention voted for: "Colonial Pipeline, which …" is no person, however often it "said".
      if (this.notPerson.has(fold(entity.name))) votes.person = -1;
      entity.kind = (Object.keys(votes) as EntityKind[]).reduce((a, b) => (votes[b] > votes[a] ? b : a), entity.kind);
    }
    // "Colonial" alone for Colonial Pipeline, "Delta" for Delta Air Lines: a company's first word, when no other
    // organisation's name starts with it and it is no place's name. ("Virginia State Police" is named after a place.)
    const byFirstWord = new Map<string, Entity | null>();
    for (const [key, entity] of this.entities) {
      if (entity.kind !== 'organisation' || !key.includes(' ') || !COMPANY_WORDS.test(key.slice(key.indexOf(' ')))) continue;
      const first = key.slice(0, key.indexOf(' '));
      byFirstWord.set(first, byFirstWord.has(first) ? null : entity);
    }
    for (const [key, entity] of [...this.entities]) {
      const org = byFirstWord.get(key);
      if (!org || isKnownPlace(key) || this.placeNamed.has(key) || entity.kind === 'person') continue;
      for (const id of this.mentionSets.get(entity) ?? []) this.mentionSets.get(org)!.add(id);
      this.shortForms.set(org, key);
      this.entities.delete(key);
      this.mentionSets.delete(entity);
    }
    for (const [key, entity] of [...this.entities]) {
      if (key.includes(' ')) continue;
      const person = this.bySurname.get(key);
      if (!person || person === entity || person.kind !== 'person' || this.placeNamed.has(key)) continue;
      for (const id of this.mentionSets.get(entity) ?? []) this.mentionSets.get(person)!.add(id);
      for (const role of entity.roles) if (person.roles.length < 5 && !person.roles.includes(role)) person.roles.push(role);
      this.entities.delete(key);
      this.mentionSets.delete(entity);
    }
    this.votes.clear();
  }

}

/**
 * The role phrase ending at token `last`, read backwards from `first` over the
 * words that qualify it ("the interim Prime Minister", "The Wilson Center’s
 * South Asia director"), stopping at punctuation or a word that ends a phrase.
 */
function rolePhrase(text: string, tokens: Token[], first: number, last: number): string {
  let k = first;
  while (k > 0 && first - k < 5) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    const word = tokens[k - 1].text;
    if (gap !== ' ' || /^(said|says|by|that|and|but|or|nor|yet|because|although|though|if|where|which|whose|whom|than|of|with|to|from|as|in|on|who|while)$/i.test(word)) break;
    // "On the same day President Donald Trump …", "later that week Governor …": when, not part of the role.
    if (/^(day|week|month|year|morning|afternoon|evening|night|time|later|earlier|then|also|now|when|after|before|since|until|today|yesterday|tonight)$/i.test(word)) break;
    k--;
    if (/^(the|a|an)$/i.test(word)) break;
  }
  return text.slice(tokens[k].start, tokens[last].end).replace(/,$/, '');
}
