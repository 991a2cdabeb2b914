import { describe, expect, it } from 'vitest';
import { questionWording, relatedTerms, terms } from '../../src/text/terms.js';

/** Whether two words meet: the same term, or WordNet relates them, looked up from either side. */
function related(a: string, b: string): boolean {
  const [ta, tb] = [terms(a).at(-1)!, terms(b).at(-1)!];
  return ta === tb || relatedTerms(a).some((r) => r.term === tb) || relatedTerms(b).some((r) => r.term === ta);
}

describe('index terms', () => {
  it('folds the words every incident counts its dead and injured in', () => {
    expect(terms('died')).toEqual(terms('killed'));
    expect(terms('fatalities')).toEqual(terms('dead'));
    expect(terms('hurt')).toEqual(terms('injured'));
    expect(terms('wounded')).toEqual(terms('injuries'));
  });

  it('reads inflections a stemmer cannot see, irregular ones included', () => {
    expect(terms('rose')).toEqual(terms('risen'));
    expect(terms('began')).toEqual(terms('begins'));
    expect(terms('fled')).toEqual(terms('flee'));
    expect(terms('children')).toEqual(terms('child'));
  });

  it('relates synonyms, derivations and broader terms through WordNet, whichever side names them', () => {
    expect(related('vowed', 'pledged')).toBe(true);
    expect(related('evacuate', 'evacuation')).toBe(true);
    expect(related('trucks', 'vehicles')).toBe(true);
    expect(related('photos', 'photograph')).toBe(true);
    expect(related('airstrikes', 'strikes')).toBe(true);
    // Words WordNet's tagged texts never use still meet their common synonyms.
    expect(related('demonstrators', 'protesters')).toBe(true);
    expect(related('nominee', 'candidate')).toBe(true);
    expect(related('trucks', 'children')).toBe(false);
  });

  it('reads a two-word verb as one term, so "called off" meets "cancelled"', () => {
    expect(terms('the match was called off')).toContain('call_off');
    expect(relatedTerms('call_off').map((r) => r.term)).toContain(terms('cancelled')[0]);
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

describe('chat typing', () => {
  it('reads contractions typed without the apostrophe, chat asides and "spox" as the words they stand for', () => {
    expect(terms(questionWording('whats the toll lol'))).toEqual(terms('toll'));
    expect(terms(questionWording('why hasnt the report been published'))).toEqual(terms('why has not the report been published'));
    expect(terms(questionWording('who is the UN spox'))).toEqual(terms('who is the UN spokesperson'));
  });
});
