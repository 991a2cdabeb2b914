import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/text/split.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at sentence ends and keeps offsets exact', () => {
    const text = 'Iran struck on Tuesday. Pakistan replied on Thursday! Why now?';
    expect(sentences(text)).toEqual(['Iran struck on Tuesday.', 'Pakistan replied on Thursday!', 'Why now?']);
  });

  it('keeps closing quotation marks with their sentence', () => {
    const text = 'Pakistan named its operation “Marg Bar Sarmachar.” In Farsi it means death to.';
    expect(sentences(text)).toEqual(['Pakistan named its operation “Marg Bar Sarmachar.”', 'In Farsi it means death to.']);
  });

  it('does not split after abbreviations, initials or a.m. before a day', () => {
    expect(sentences('Mr. Khan met Dr. Ali at 4 a.m. Thursday. Then he left.')).toEqual(['Mr. Khan met Dr. Ali at 4 a.m. Thursday.', 'Then he left.']);
    expect(sentences('The U.S. said so. J. Smith agreed.')).toEqual(['The U.S. said so.', 'J. Smith agreed.']);
    expect(sentences('The blast occurred at 2:15 p.m. (0845 GMT) in a storage unit. Then more.')).toEqual(['The blast occurred at 2:15 p.m. (0845 GMT) in a storage unit.', 'Then more.']);
  });

  it('keeps a time like "4:00 am" inside its sentence', () => {
    expect(sentences('Explosions occurred at around 4:00 am. Nobody was hurt.')).toEqual(['Explosions occurred at around 4:00 am.', 'Nobody was hurt.']);
  });

  it('keeps a quotation that spans sentences whole, with its attribution', () => {
    const text = '"Over the years we warned them. They did nothing," it noted. Later it added more.';
    expect(sentences(text)).toEqual(['"Over the years we warned them. They did nothing," it noted.', 'Later it added more.']);
    const curly = 'The ministry said, “We acted. We had to.” Others disagreed.';
    expect(sentences(curly)).toEqual(['The ministry said, “We acted. We had to.”', 'Others disagreed.']);
  });

  it('falls back to plain splitting when quotation marks never close', () => {
    const text = '“The risk is higher. “The director said the sides are at par.';
    expect(sentences(text)).toEqual(['“The risk is higher.', '“The director said the sides are at par.']);
  });

  it('splits paragraphs at blank lines with exact offsets', () => {
    const body = 'One.\n\nTwo two.\n\n\nThree.';
    expect(splitParagraphs(body).map((p) => body.slice(p.start, p.end))).toEqual(['One.', 'Two two.', 'Three.']);
  });
});
