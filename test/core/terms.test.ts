import { describe, expect, it } from 'vitest';
import { terms } from '../../src/text/terms.js';

describe('index terms', () => {
  it('folds synonyms a question and a report use for the same thing', () => {
    expect(terms('died')).toEqual(terms('killed'));
    expect(terms('fatalities')).toEqual(terms('dead'));
    expect(terms('hurt')).toEqual(terms('injured'));
    expect(terms('wounded')).toEqual(terms('injuries'));
    expect(terms('hit')).toEqual(terms('struck'));
    expect(terms('raid')).toEqual(terms('attack'));
  });

  it('stems, drops stop words and possessives, and reads number words as numbers', () => {
    expect(terms('Who were the targets of Iran’s strikes?')).toEqual(terms('target Iran strike'));
    expect(terms('nine individuals')).toEqual(terms('9 individuals'));
    expect(terms('the of and what')).toEqual([]);
  });

  it('keeps an acronym that spells a stop word, apart from other words: "US" is not "us" nor "used"', () => {
    expect(terms('the US consulate')).toContain(terms('US')[0]);
    expect(terms('US')).not.toEqual(terms('used'));
    expect(terms('tell us')).toEqual(terms('tell'));
  });
});
