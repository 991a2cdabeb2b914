/**
 * Answers that carry over to any incident: a small made-up report set,
 * answered with knowledge from general resources (lemmatizer, WordNet) and
 * from the reports themselves (acronyms, context), never a word list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, parseArticle } from '../../src/corpus/loader.js';
import { Engine } from '../../src/engine/engine.js';

const article = (id: string, published: string, title: string, ...paragraphs: string[]) =>
  parseArticle(`${id}.md`, `---\nid: ${id}\ntitle: "${title}"\npublished: ${published}\n---\n\n${paragraphs.join('\n\n')}\n`);

let engine: Engine;
beforeAll(() => {
  engine = new Engine(
    buildCorpus('memory', [
      article(
        'a1',
        '2031-03-02',
        'River bursts its banks in Marlow',
        'The river Dane burst its banks in the town of Marlow on Monday night, flooding hundreds of homes.',
        'The water rose two metres in six hours, the Environment Protection Agency (EPA) said.',
        'Three trucks were swept away near the old mill. Their drivers were rescued by a helicopter crew.',
        'The tanker Aurora ran aground off the coast during the storm. The vessel is owned by Blue Sea Shipping, a firm based in Dover.',
      ),
      article(
        'a2',
        '2031-03-03',
        'Marlow counts the cost',
        'The EPA blamed a blocked culvert for the sudden rise in the water level.',
        'Mayor Ellen Rhodes vowed to rebuild the flood defences before next winter.',
        'Volunteers handed out blankets at the church hall on Tuesday.',
      ),
    ]),
  );
});

const top = (question: string) => engine.ask(question).quotes[0]?.text ?? '';

describe('answers for any incident', () => {
  it('reads irregular inflections: "rise" meets "rose"', () => {
    expect(top('How far did the water rise?')).toMatch(/rose two metres/);
  });

  it('meets a narrower word in the reports for a broader one in the question: vehicles → trucks', () => {
    expect(top('How many vehicles were swept away?')).toMatch(/Three trucks/);
  });

  it('meets synonyms both ways: "pledged" for "vowed"', () => {
    expect(top('What did the mayor pledge?')).toMatch(/vowed to rebuild/);
  });

  it('matches an acronym to the name it stands for, read from the reports', () => {
    expect(top('What did the Environment Protection Agency blame?')).toMatch(/blocked culvert/);
  });

  it('takes in the sentence before when that is what names the subject, and quotes both whole', () => {
    const quote = top('Who owns the Aurora?');
    expect(quote).toMatch(/Blue Sea Shipping/);
    expect(quote).toMatch(/^The tanker Aurora/);
  });

  it('says "not found" for a question the reports do not answer, though they name its subject', () => {
    expect(engine.ask('What is the population of Marlow?').notFound).toBe(true);
    expect(engine.ask('Who owns the old mill?').notFound).toBe(true);
  });
});

describe('a toll that later reports change', () => {
  it('leads a plain "how many died?" with the latest report’s figure, the earlier one shown as earlier', () => {
    const toll = new Engine(
      buildCorpus('memory', [
        article('t1', '2032-03-10', 'Outbreak kills 12', 'At least 12 people have died and more than 300 have fallen ill in the outbreak, the health ministry said on Tuesday.'),
        article('t2', '2032-03-14', 'Toll rises to 19', 'The death toll from the outbreak has risen to 19, with 512 suspected cases recorded so far, officials said on Saturday.'),
        article('t3', '2032-03-14', 'Clashes at the clinic', 'Police said 40 people were injured when crowds stormed the clinic on Friday.'),
      ]),
    );
    // Asked about the injured, the answer is the injured, not the death toll.
    expect(toll.ask('How many people were hurt?').quotes[0].text).toMatch(/40 people were injured/);
    const answer = toll.ask('How many people have died?');
    expect(answer.quotes[0].text).toMatch(/risen to 19/);
    expect(answer.quotes.map((q) => q.text).join(' ')).toMatch(/At least 12/);
    expect(answer.notes.join(' ')).toMatch(/latest report \(14 Mar 2032\) gives 19; earlier: at least 12/);
  });
});
