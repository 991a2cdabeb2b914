/**
 * Numbers written as words, general English: every reader of counts (terms, answer types, casualty figures,
 * sentence features) takes its words from here, so that "sixty ambulances" is a count wherever "60 ambulances" is.
 */

/** Words for a whole number below a hundred, and their values ("twenty-one" is read as two of them). */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

/** Words that multiply the number before them ("three hundred", "1.5 million"). */
export const SCALE_WORD_VALUES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };

/** "one|two|…|ninety": the words for numbers below a hundred, "dozen" and "zero" left out, as a regex alternation. */
export const SMALL_NUMBER_WORDS = Object.keys(NUMBER_WORD_VALUES)
  .filter((w) => w !== 'zero' && w !== 'dozen')
  .join('|');

/** "hundreds?|thousands?|…": the scale words, singular or plural, as a regex alternation. */
export const SCALE_WORDS = Object.keys(SCALE_WORD_VALUES)
  .map((w) => `${w}s?`)
  .join('|');
