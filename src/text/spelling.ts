/**
 * Typos of English words the reports do not use: "treatd" → "treated",
 * "replacng" → "replacing". The reports' own words are tried first
 * (PassageIndex); this is the fallback, so that a misspelt question word
 * still meets its WordNet relatives in the reports ("treated" → the reports'
 * "hospital" words, "replacing" → "replaced"). Only a word with letters in an
 * order no English word has is taken for a typo: a name typed in lower case
 * ("biden") is left as typed, however near an English word it is ("bidden").
 */
import { isWord, lemma, listedWords, relatedWords } from './lexicon.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Longer than this is no misspelt English word (and its spellings one edit away would be thousands: "xxxx…" typed 6,000 times). */
const LONGEST_TYPO = 24;

/** Endings that make a word of another (general English): a comparative, a superlative, an adverb, an agent. */
const ENDINGS = ['est', 'er', 'ly', 'ness', 'ers'];

/**
 * Whether a word is English as it stands: a word WordNet lists, an inflection the lemmatizer knows, or a word
 * with an ending WordNet does not list forms of ("longer", "widest", "happier", "quickly").
 */
function readsAsEnglish(word: string): boolean {
  if (isWord(lemma(word))) return true;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length < ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    // "longer" → long, "wider" → wide, "bigger" → big, "happier" → happy, "happily" → happy.
    const stems = [stem, `${stem}e`, stem.replace(/([a-z])\1$/, '$1'), stem.replace(/i$/, 'y')];
    if (stems.some((s) => s.length >= 2 && isWord(lemma(s)))) return true;
  }
  return false;
}

/**
 * The spellings one edit away, the first letter kept (a typo rarely hits it), in the order typos are common:
 * a letter left out ("treatd"), two letters swapped ("recieve"), one letter for another, a letter too many.
 */
function oneEditAway(word: string): string[][] {
  const inserted: string[] = [];
  const swapped: string[] = [];
  const replaced: string[] = [];
  const deleted: string[] = [];
  for (let i = 1; i <= word.length; i++) {
    for (const c of LETTERS) inserted.push(word.slice(0, i) + c + word.slice(i));
    if (i < word.length) {
      for (const c of LETTERS) if (c !== word[i]) replaced.push(word.slice(0, i) + c + word.slice(i + 1));
      deleted.push(word.slice(0, i) + word.slice(i + 1));
      if (i + 1 < word.length && word[i] !== word[i + 1]) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  }
  return [inserted, swapped, replaced, deleted];
}

/** The one English word that doubling one of a word's letters gives ("colapse" → "collapse"), or undefined. */
function onlyWordWithLetterDoubled(word: string): string | undefined {
  const words = new Set<string>();
  const own = lemma(word);
  for (let i = 0; i < word.length; i++) {
    const doubled = word.slice(0, i + 1) + word.slice(i);
    // "pineed" is "pine" again, not another word.
    const base = lemma(doubled);
    if (base !== own && isWord(base)) words.add(doubled);
  }
  return words.size === 1 ? [...words][0] : undefined;
}

/**
 * The small word of a question's form a short typo stands for, with a letter it lost or two letters swapped
 * ("wer" → "were", "teh" → "the"), when it is no English word itself: such a word weighs nothing in a question.
 */
export function stopWordNear(word: string, stopWords: ReadonlySet<string>): string | undefined {
  if (!/^[a-z]+$/.test(word) || readsAsEnglish(word)) return undefined;
  const [inserted, swapped] = oneEditAway(word);
  return [...swapped!, ...inserted!].find((candidate) => stopWords.has(candidate));
}

/** Every three letters in a row that some English word has ("^tr", "eat", "at$"): built on first use. */
let englishTrigrams: Set<string> | undefined;

function trigramsOf(word: string): string[] {
  const marked = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= marked.length; i++) out.push(marked.slice(i, i + 3));
  return out;
}

/**
 * Whether a word has letters in an order no English word has ("treatd": "td$"; "replacng": "cng"): a typo, not a
 * name English does not list ("biden", "hamas"), which is left alone however near an English word it is ("bidden").
 */
function looksMisspelt(word: string): boolean {
  const known = trigramSet();
  return trigramsOf(word).some((t) => !known.has(t));
}

function trigramSet(): Set<string> {
  if (!englishTrigrams) {
    englishTrigrams = new Set();
    for (const listed of listedWords()) if (/^[a-z]+$/.test(listed)) for (const t of trigramsOf(listed)) englishTrigrams.add(t);
  }
  return englishTrigrams;
}

/** What spelling loads on first use (about 50 ms), for the bot's preparations after start (Engine.preparations). */
export const spellingLoads: (() => void)[] = [() => void trigramSet()];

/**
 * The English word one typo from `word` (four letters or more, not itself a word), or undefined. Among the
 * spellings of the commonest kind of typo that give a word, one whose term the reports use (`reportsUse`) is
 * taken first, then the one with most WordNet relatives (a word with many senses is a common word).
 */
export function englishWordNear(word: string, reportsUse: (candidate: string) => boolean): string | undefined {
  if (word.length < 4 || word.length > LONGEST_TYPO || !/^[a-z]+$/.test(word)) return undefined;
  // A double letter written single ("colapse", "anounce") leaves only English letter triples: the one English word
  // that doubling a letter gives is meant, however English the typo looks, when the reports use it ("biden" is no
  // "bidden": a name typed in lower case). So it is when the typo is itself a word the reports never use ("pined"
  // where they say "pinned").
  if (readsAsEnglish(word) || !looksMisspelt(word)) {
    const doubled = onlyWordWithLetterDoubled(word);
    return doubled !== undefined && reportsUse(doubled) ? doubled : undefined;
  }
  for (const kind of oneEditAway(word)) {
    let best: string | undefined;
    let bestRank = -1;
    for (const candidate of kind) {
      const base = lemma(candidate);
      if (candidate.length < 3 || !isWord(base)) continue;
      // A word the reports use counts above any other; then the commoner word.
      const rank = (reportsUse(candidate) ? 1_000_000 : 0) + relatedWords(base).length;
      if (rank > bestRank) {
        best = candidate;
        bestRank = rank;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
