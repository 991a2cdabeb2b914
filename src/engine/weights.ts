/**
 * Every tunable weight of answering, in one place, each documented where it
 * is declared. Scores are on the scale of coverage: the share (0–1) of the
 * question's weighted words a sentence has.
 */
import type { Relation } from '../text/lexicon.js';

/**
 * How much a WordNet relative counts against the word itself (1): a synonym
 * ("vow" for "pledge") or a derivation ("evacuation" for "evacuate") nearly as
 * much, a broader term ("vehicle" for "truck") less.
 */
export const RELATED_WEIGHT: Record<Relation, number> = { s: 0.7, d: 0.8, b: 0.5 };
