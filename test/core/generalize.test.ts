/**
 * Answers that carry over to any incident: a small made-up report set,
 * answered with knowledge from general resources (lemmatizer, WordNet) and
 * from the reports themselves (acronyms, context), never a word list.
 */
import { noteText } from '../../src/render/notes.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, loadCorpus } from '../../src/corpus/loader.js';
import { findAcronyms } from '../../src/engine/acronyms.js';
import { datedClauseAround } from '../../src/engine/cues.js';
import { valueMentions } from '../../src/text/nlp.js';
import { speakerView } from '../../src/render/views.js';
import { memoryArticle, memoryEngine } from './memoryArticle.js';
import { Engine } from '../../src/engine/engine.js';
import { analyzeQuestion } from '../../src/engine/ranking.js';
import { terms } from '../../src/text/terms.js';
import { askedSpeaker } from '../../src/engine/answerTypes.js';
import { MutableAppContext } from '../../src/app/context.js';
import { runCommand } from '../../src/app/dispatch.js';

const article = memoryArticle;

/** The question is answered (not "not found"), and its first quote says what the pattern matches. */
function expectLeadsWith(engine: Engine, question: string, pattern: RegExp): void {
  const answer = engine.ask(question);
  expect(answer.notFound).toBe(false);
  expect(answer.quotes[0]?.text).toMatch(pattern);
}

let engine: Engine;
beforeAll(() => {
  engine = memoryEngine(
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

describe('places from the word after a name', () => {
  it('reads names before a word for a building or facility as places, both of "the X and Y prisons"', () => {
    const e = memoryEngine(
      article('p1', '2031-05-01', 'Arrests after the protests', 'Those detained were sent to the Alder and Birchwood prisons, and the wounded to Kestrel hospital.'),
    );
    const places = e.entities.all('place').map((x) => x.name);
    expect(places).toEqual(expect.arrayContaining(['Alder', 'Birchwood', 'Kestrel']));
    expect(e.ask('Where were those detained sent?', { intent: 'where' }).quotes[0]?.text).toMatch(/Birchwood prisons/);
  });
});

describe('questions about what is still to come', () => {
  const fire = () => article('h1', '2031-06-01', 'Fire guts the Lantern Theatre', 'A fire gutted the Lantern Theatre on Friday night.', 'The theatre first reopened in 2019 after a long refit, its owners said.');
  it('does not answer "when will …" with what has already happened', () => {
    expect(memoryEngine(fire()).ask('When will the Lantern Theatre reopen?').notFound).toBe(true);
  });

  it('reads "when is the report coming out?" as a question about what is to come, answered by the report still expected', () => {
    const e = memoryEngine(
      article('r1', '2031-06-01', 'Witnesses heard', 'Witnesses gave evidence to the panel on Tuesday.', 'The final report of the inquiry is expected next year.'),
    );
    expectLeadsWith(e, 'when is the final report of the inquiry coming out?', /expected next year/);
  });

  it('answers it from a report that speaks of it to come', () => {
    const later = memoryEngine(fire(), article('h2', '2031-06-09', 'Theatre to reopen', 'The Lantern Theatre will reopen on 1 September after repairs, its owners said on Monday.'));
    expect(later.ask('When will the Lantern Theatre reopen?').quotes[0]?.text).toMatch(/will reopen on 1 September/);
  });
});

describe('"when did …" answered by the day that stands by the asked words', () => {
  it('leads with "the miner died on 3 March", not the day of a ruling that mentions the death', () => {
    const e = memoryEngine(
      article('d1', '2031-09-14', 'Mine owner convicted', 'A court in Talbury on Tuesday found the owner of the Greyholm mine guilty of negligence in the death of Aled Price, a miner.', 'Aled Price, 41, died on 3 March after a roof collapsed in a tunnel of the Greyholm mine.'),
    );
    expect(e.ask('When did Aled Price die?').quotes[0]?.text).toMatch(/^Aled Price, 41, died on 3 March/);
  });
});

describe('a prefix a hyphen splits from its word', () => {
  it('answers "Who was the co-pilot?" from "the other pilot, Jeffrey Marsh": "co" is no word the reports must have', () => {
    const e = memoryEngine(
      article('p1', '2031-01-16', 'Jet lands on river', 'A jet with 155 people aboard landed on the river Wend on Thursday after birds struck both engines.', 'The captain, Anna Holt, flew the jet down while the other pilot, Jeffrey Marsh, worked through the engine checklist.'),
    );
    expect(e.ask('Who was the co-pilot?').quotes[0]?.text).toMatch(/the other pilot, Jeffrey Marsh/);
  });
});

describe('an acronym the reports only spell out', () => {
  it('weighs "NTSB" as the words "National Transportation Safety Board" weigh, and finds it in a report that spells it out', () => {
    const e = memoryEngine(
      article('n1', '2032-05-04', 'Board closes crash inquiry', "The National Transportation Safety Board on Tuesday closed its investigation into the crash of Flight 212, concluding that the crew's decision to land on the lake saved 60 lives.", 'Board members praised the crew. The inquiry lasted 15 months. It ended with 35 safety recommendations on how wings are de-iced.'),
      article('n2', '2031-02-01', 'Flight 212 lands on lake', 'Flight 212 landed on Lake Kerrow on Sunday with 60 people aboard after ice formed on its wings.', 'A team from the National Transportation Safety Board arrived on Monday to begin an investigation.'),
      article('n3', '2031-02-03', 'Jet lifted from lake', 'Salvage crews lifted Flight 212 from Lake Kerrow on Tuesday, and the National Transportation Safety Board took charge of the wreck.'),
    );
    expect(e.ask('How many safety recommendations came out of the NTSB investigation?').quotes[0]?.text).toMatch(/35 safety recommendations/);
  });
});

describe('people named with an abbreviated title, an initial or a generation', () => {
  const e = memoryEngine(
    article('c1', '2031-01-16', 'Jet lands on river', 'A jet landed on the river Wend on Thursday. The pilot was identified as Capt. Chesley B. Sullenberger III, 57, of Danville.', 'Capt Anant Surawan, chief of the navy\'s diving unit, said the crew had been rescued. Bush telephoned Sullenberger on Friday.', 'The search went on, but Maj Gen Lars Ekholm, deputy commander of the army, said it would end soon.'),
  );
  it('reads "Capt. Chesley B. Sullenberger III" as a person with his title, and "Sullenberger" alone as him', () => {
    const person = e.entities.all('person').find((p) => p.name.includes('Sullenberger'));
    expect(person?.roles).toContain('Capt.');
    const call = e.corpus.sentences.find((s) => s.text.startsWith('Bush telephoned'))!;
    expect(e.entities.inSentence(call.id)).toContain(person);
  });
  it('keeps the apposition after a titled name as a role too', () => {
    expect(e.entities.all('person').find((p) => p.name === 'Anant Surawan')?.roles).toEqual(['Capt', "chief of the navy's diving unit"]);
    // "but" begins no title.
    expect(e.entities.all('person').find((p) => p.name === 'Lars Ekholm')?.roles).toEqual(['Maj Gen', 'deputy commander of the army']);
  });
});

describe('a short name the reports never write', () => {
  const e = memoryEngine(
    article('s1', '2031-01-16', 'Jet lands on river', 'A jet landed on the river Wend on Thursday. The pilot was identified as Capt. Chesley Sullenberger, 57.'),
    article('s2', '2032-05-04', 'Board closes inquiry', 'Sullenberger, now 59, retired from the airline in March after three decades.', 'Kitty Higgins, a board member, praised the crew.'),
  );
  it('reads "Sully" as the one person whose name begins so', () => {
    expect(e.ask('When did Sully retire?').quotes[0]?.text).toMatch(/retired from the airline in March/);
  });
  it('still says "not found" for a name that begins no one\'s', () => {
    expect(e.ask('When did Tully retire?').notFound).toBe(true);
  });
});

describe('a person named in other words at the start of a sentence', () => {
  const e = memoryEngine(
    article('t1', '2031-06-17', 'Toll rises at Holm Tower', 'Commander Ana Ruiz of the city police said on Saturday that 40 people had died in the Holm Tower fire.', 'Fire chief Tom Hale said crews had reached the top floor but could not search it.', 'The commander fought back tears as she described the block. She said she had gone up to the top floor herself and that the devastation was hard to put into words.', 'Ruiz said the search would take weeks.'),
  );
  it('reads "The commander …" as Commander Ana Ruiz, and "She said …" after it as her words', () => {
    const commander = e.corpus.sentences.find((s) => s.text.startsWith('The commander'))!;
    expect(e.entities.inSentence(commander.id).map((p) => p.name)).toContain('Ana Ruiz');
    expect(e.ask('What did Ana Ruiz see when she went up to the top floor?').quotes[0]?.text).toMatch(/She said she had gone up to the top floor/);
  });
});

describe('questions about how something turned out', () => {
  const inquiry = () =>
    article('i1', '2031-08-04', 'Inquiry opens into the mine collapse', 'The Mining Safety Board opened an inquiry into the collapse on Monday.', 'Its final report, which will set out the cause of the collapse, is due next year.');
  it('does not answer "what did the final report conclude" with a report still to come', () => {
    expect(memoryEngine(inquiry()).ask('What did the final report of the Mining Safety Board conclude?').notFound).toBe(true);
  });

  it('does not answer "who won" with a race the reports tell as still ahead, nor read "won" as a typo of "on"', () => {
    const race = memoryEngine(
      article('w1', '2031-06-14', 'Candidates pause their campaigns', 'Maria Lind, who is campaigning ahead of the runoff election on June 25, cancelled a rally on Wednesday.', 'Her rival, Jon Berg, said the election on June 25 would go ahead.', 'Berg spoke on Tuesday at a rally in the north before the runoff election.'),
    );
    expect(race.ask('Who won the runoff election on June 25?').notFound).toBe(true);
    const result = memoryEngine(article('w2', '2031-06-26', 'Lind wins the runoff', 'Maria Lind, the opposition leader, won the runoff election on June 25 with 54 percent of the vote.', 'Her rival, Jon Berg, spoke on June 25 at a rally in the north.'));
    expect(result.ask('Who won the runoff election on June 25?').quotes[0]?.text).toMatch(/Maria Lind, the opposition leader, won/);
  });

  it('answers "in the end" from a sentence whose last clause says how it turned out, after an earlier forecast', () => {
    const e = memoryEngine(
      article('o1', '2031-10-04', 'Bank revises breach count', 'Norbank had earlier warned that up to 100,000 Canadian customers might be affected, but it now says the data of about 8,000 Canadian customers was exposed.'),
    );
    expect(e.ask('In the end how many Canadian customers had their data exposed?').quotes[0]?.text).toMatch(/about 8,000 Canadian customers/);
  });

  it('answers it from a report that gives the finding', () => {
    const later = memoryEngine(inquiry(), article('i2', '2032-06-01', 'Board blames worn supports', 'The final report of the Mining Safety Board concluded that worn roof supports caused the collapse.'));
    expect(later.ask('What did the final report of the Mining Safety Board conclude?').quotes[0]?.text).toMatch(/worn roof supports/);
  });
});

describe('"What is <name>?" for a name the reports spell out', () => {
  it('leads with the sentence that spells it out ("the Provincial Power Company, known as Gridco, …")', () => {
    const e = memoryEngine(
      article('g1', '2031-02-16', 'Outages spread across the state', 'Millions of homes in the state lost power on Monday as Gridco cut supply.', 'The Provincial Power Company, known as Gridco, which runs the power grid for most of the state, ordered outages at 1:25 am.', 'Governor Ana Ruiz said on Monday that Gridco had failed the state.'),
      article('g2', '2031-02-19', 'Power returns', 'Gridco ordered a total of 20,000 megawatts of load shed, which the report called the largest controlled blackout in state history.'),
    );
    expect(e.ask('What is Gridco?').quotes[0]?.text).toMatch(/^The Provincial Power Company, known as Gridco/);
  });
});

describe('"which government official …" asks for a person', () => {
  it('answers with the official named, not with a sentence naming the government', () => {
    const e = memoryEngine(
      article('o1', '2031-06-16', 'Rope used, government concedes', 'Hundreds are missing after the ferry went down this week, the Red Cross office said on Friday, while the Norland government conceded for the first time that patrol officers had used a rope when they came alongside the ferry.', 'The rope is now central to the dispute. On Friday, Tomas Berg, the spokesman for the caretaker government, told a television channel that the crew had used a rope to steady their craft.'),
    );
    expect(e.ask('Which government official admitted that a rope had been used?').quotes[0]?.text).toMatch(/Tomas Berg/);
  });
});

describe('a name that takes on or leaves a role is a person', () => {
  it('reads "Tom Hale stepped down as mayor of Ridgeton" as the mayor asked about', () => {
    const e = memoryEngine(
      article('m1', '2031-02-18', 'Storm leaves towns without water', 'In Ridgeton, Mayor Ana Ruiz asked residents to stop leaving taps running and to save water for the firefighters.', 'In the west of the state, Tom Hale stepped down as mayor of Ridgeton Springs after a post on Tuesday in which he told residents that no one owed them anything.', 'Hours before the head of the grid quit, the governor had called on her to step down.'),
    );
    expect(e.entities.all().find((x) => x.name === 'Tom Hale')?.kind).toBe('person');
    expect(e.ask('Which mayor quit after telling residents the government owed them nothing?').quotes[0]?.text).toMatch(/Tom Hale/);
  });
});

describe('why-questions: a reason given in other words', () => {
  it('reads "hastened", "contributed to" and "the worst conditions for" as giving a reason', () => {
    const e = memoryEngine(
      article('w1', '2031-07-04', 'Ice wall falls on climbers', 'The number of people confirmed dead in Sunday\'s glacier collapse on the Monte Alto rose to eight on Monday afternoon.', 'Drones searching the Monte Alto found two more bodies at the edge of the debris on Wednesday, raising the toll from the glacier collapse to nine.', 'Rescue chief Ana Ruiz said the unusual heat had probably hastened the melting of the glacier, but she described the collapse as a complex event.'),
      article('w2', '2031-07-05', 'Families wait at the glacier', 'A few days before the collapse, the keeper of the hut at the top of the glacier had posted a video of water running under the ice.', 'Investigators said on Saturday that they had identified all the people killed when part of the glacier collapsed last Sunday.', 'The mountain has been closed since the glacier collapse, and hikers were turned back at the foot of the glacier on Tuesday.'),
    );
    expect(e.ask('Why did the glacier collapse?').quotes[0]?.text).toMatch(/hastened the melting/);
  });
});

describe('why-questions: a purpose that opens the sentence', () => {
  it('reads "To keep the reservoir from spilling over, engineers opened the gates" as giving the reason', () => {
    const e = memoryEngine(
      article(
        'p1',
        '2036-05-02',
        'Spillway opened at Carrow dam',
        'Engineers opened the spillway gates at Carrow dam on Friday night, the water board said.',
        'To keep the reservoir from spilling over the top, engineers opened the spillway gates again on Saturday.',
        'Three farms downstream were flooded on Sunday, farmers said.',
      ),
    );
    expect(e.ask('why were the gates opened').quotes[0]?.text).toMatch(/^To keep the reservoir/);
  });
});

describe('why-questions: the sentence after the one that says what is asked', () => {
  it('explains it, without a "because": "Reopening the bridge has proved slow. Steel beams ordered abroad are stuck …"', () => {
    const e = memoryEngine(
      article(
        'd1',
        '2031-03-11',
        'Orrin bridge stays shut',
        'The Orrin bridge was closed to traffic on Monday after inspectors found cracks in two of its piers.',
        'Reopening the Orrin bridge has proved slow. Steel beams ordered from a mill abroad are stuck at the port of Dunmore, and every weld must be checked by hand. The county engineer said the work "could last weeks, if not longer."',
        'Commuters now cross the river by ferry, which adds forty minutes to the trip.',
      ),
    );
    expect(e.ask('Why is it taking so long to reopen the Orrin bridge?').quotes[0]?.text).toMatch(/Steel beams ordered/);
  });
});

describe('a company with a foreign name', () => {
  it('is an organisation when "the operating company, X," names it, though "X, rejected the official account" follows a role', () => {
    const e = memoryEngine(
      article('c1', '2031-05-14', 'Fire traps miners', 'The mine is operated by Dorna Komur Varlik, one of the largest private coal producers.', 'Officials said 363 had been rescued, while the operating company, Dorna Komur Varlik, said close to 450 miners had been saved.'),
      article('c2', '2031-05-16', 'Company denies negligence', 'Ramazan Kaya, the general manager of Dorna Komur Varlik, rejected the official account that a transformer exploded.', 'Alp Demir, the owner of the parent company Dorna Holding, said the mine was one of the best run in the country.'),
    );
    expect(e.entities.all().find((x) => x.name === 'Dorna Komur Varlik')?.kind).toBe('organisation');
    expect(e.ask('Which company operates the coal mine?').quotes[0]?.text).toMatch(/operated by Dorna Komur Varlik/);
  });
});

describe('"the name of …" asks for a name the reports give', () => {
  const e = () =>
    memoryEngine(
      article('n1', '2031-07-02', 'Opposition leader flies into exile', 'A military plane carrying Tomas Ortega and his wife left the capital on Saturday night. On landing, Ortega thanked Ana Ruiz, the foreign minister.'),
      article('n2', '2031-07-03', 'Crash on the coast line', 'Ravi Kumar, a railway spokesman, spoke on Sunday. He also said the driver and assistant driver of the Silver Express were being treated in hospital.'),
    );
  it('says "not found" when they mention the person asked about without a name', () => {
    expect(e().ask("What is the name of Ortega's wife?").notFound).toBe(true);
    expect(e().ask('What was the name of the Silver Express driver?').notFound).toBe(true);
  });

  it('reads "the driver of the Silver Express" as a role of the train, not the train as a person', () => {
    const train = e().entities.all().find((x) => x.name === 'Silver Express');
    expect(train?.kind).not.toBe('person');
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
    expect(answer.notes.map(noteText).join(' ')).toMatch(/latest report \(14 Mar 2032\) gives 19; earlier: at least 12/);
  });

  it('answers "how many died?" with the dead, not with a count of the infected that rose', () => {
    const toll = memoryEngine(
      article('v1', '2032-02-05', 'Ten infected on ferry', 'Ten people aboard the ferry Seaview have tested positive for the virus, the health ministry said on Wednesday.'),
      article('v2', '2032-02-09', 'Ferry cases reach 61', 'The ministry said 51 more people aboard the Seaview had been infected, bringing the number of confirmed cases to 61.'),
      article('v3', '2032-02-14', 'Two passengers die', 'Two passengers from the Seaview have died, the ministry said on Friday.', 'The number of confirmed cases linked to the ship rose to 140.'),
    );
    const answer = toll.ask('How many people have died?');
    expect(answer.quotes[0]?.text).toMatch(/Two passengers from the Seaview have died/);
    expect(answer.notes.map(noteText).join(' ')).not.toMatch(/140/);
  });

  it('does not take a share of the dead ("Nine of the dead were Italian") for an earlier toll of the same count', () => {
    const toll = new Engine(
      buildCorpus('memory', [
        article('s1', '2032-07-06', 'Toll rises to nine', 'The death toll from the glacier collapse on Monte Alto rose to nine on Wednesday.'),
        article('s2', '2032-07-09', 'All eleven identified', 'Investigators said on Saturday that they had identified all eleven people killed in the glacier collapse on Monte Alto.', 'Nine of the dead were Italian and two were Czech.'),
      ]),
    );
    const answer = toll.ask('How many people died?');
    expect(answer.quotes[0]?.text).toMatch(/all eleven people killed/);
    const notes = answer.notes.map(noteText).join(' ');
    expect(notes).toMatch(/latest report \(9 Jul 2032\) gives 11; earlier: 9/);
    expect(notes).not.toMatch(/differ/);
  });

  it('reads "the number of bodies recovered now stands at 82" as the latest toll', () => {
    const toll = memoryEngine(
      article('b1', '2032-06-15', 'Toll from the sinking rises to 78', 'The coast guard said 78 bodies had been recovered after the fishing boat sank on Wednesday.'),
      article('b2', '2032-06-23', 'Families wait for news', 'The number of bodies recovered now stands at 82, up from the 78 reported last week, and 104 people survived.'),
    );
    expect(toll.ask('How many people died?').quotes[0]?.text).toMatch(/now stands at 82/);
    expect(toll.casualtyEvents().flatMap((e) => e.figures).some((f) => f.kind === 'killed' && f.count === 82)).toBe(true);
  });
});

describe('a number written with or without its thousands separator', () => {
  it('is one number: "1301" meets "1,301"', () => {
    const e = memoryEngine(
      article('h1', '2031-06-20', 'Pilgrims die in heat', 'More than 550 pilgrims died in the heat, diplomats said on Tuesday.'),
      article('h2', '2031-06-23', 'Ministry gives full toll', 'Health Minister Omar Said announced on Sunday that 1,301 pilgrims had died, most of them without permits.'),
    );
    expect(e.ask('who announced the 1301 toll').quotes[0]?.text).toMatch(/Omar Said/);
    expect(e.ask('when was the toll of 1,301 announced').quotes[0]?.text).toMatch(/on Sunday/);
  });
});

describe('question words read as a reader means them', () => {
  let plant: Engine;
  beforeAll(() => {
    plant = new Engine(
      buildCorpus('memory', [
        article(
          'p1',
          '2033-05-06',
          'Blast at the Harwick chemical plant',
          'Hundreds of workers at the Harwick chemical plant were sent home after an explosion on Sunday morning.',
          'The chemical plant, opened in 1990, stands beside the Otter canal in Northfield.',
          'The fire began in a storage shed at the back of the site, the fire service said.',
          'Shift manager Tom Walker ran back inside to shut off the gas supply.',
          'Fire crews from Manford station reached the site within ten minutes.',
        ),
        article(
          'p2',
          '2033-05-07',
          'Plant director resigns',
          'The plant director, Alice Frame, resigned on Monday after inspectors said alarms had been switched off.',
          'Sprinklers had not been installed because the owners judged the cost too high, the union said.',
          'Inspectors called it the worst blast at a mine or plant in the county.',
        ),
      ]),
    );
  });
  const first = (question: string) => plant.ask(question).quotes[0]?.text ?? '';

  it('answers "where is X?" with a place other than X', () => {
    expect(first('Where is the Harwick chemical plant?')).toMatch(/Otter canal in Northfield/);
  });

  it('reads "weren’t" as "were not", not as a word the reports lack', () => {
    expect(first('Why weren’t sprinklers installed?')).toMatch(/cost too high/);
  });

  it('reads a two-word verb for a word the reports use: "step down" for "resigned"', () => {
    expect(first('Why did the plant director step down?')).toMatch(/alarms had been switched off/);
  });

  it('meets a synonym the reports write only in another form: "step down" → "resign" → "resignation"', () => {
    const council = memoryEngine(
      article(
        'c1',
        '2034-02-03',
        'Council under fire over flood',
        'Council officials offered blankets and hot meals to families at the leisure centre on Friday.',
        'Council leader Mary Hale offered her resignation on Saturday, taking the blame for the slow response.',
      ),
    );
    expect(council.ask('Which official offered to step down?').quotes[0]?.text ?? '').toMatch(/offered her resignation/);
  });

  it('never takes a person’s name for a relative of a question word ("walk" is not Tom Walker)', () => {
    const walk = plant.index.questionTerms('when did the workers walk out').find((t) => t.term === 'walk');
    expect(walk?.matches.map((m) => m.term)).not.toContain('walker');
  });

  it('reads a short form typed for a name the reports use ("harw" for Harwick), but never an English word as one', () => {
    expect(plant.index.questionTerms('wat happened at harw').map((t) => t.term)).toContain('harwick');
    expect(plant.index.questionTerms('was a man hurt').map((t) => t.term)).toContain('man');
  });

  it('keeps an English word the reports do not use instead of "correcting" it to one they do', () => {
    expect(plant.index.questionTerms('did the manager change his mind').map((t) => t.term)).toContain('mind');
  });
});

describe('the answer the question asks for, not the nearest words', () => {
  let bridge: Engine;
  beforeAll(() => {
    bridge = new Engine(
      buildCorpus('memory', [
        article(
          'b1',
          '2034-09-12',
          'Footbridge collapses in Hallam',
          'A footbridge over the river Wend in Hallam collapsed under a crowd of walkers, the county council said on Monday.',
          'The footbridge was built in the 1960s and was last inspected in 2029.',
          'Witnesses said the footbridge collapsed on Sunday evening as dozens of walkers crossed it.',
          'Police said the suspect in a separate arson case, Mark Tolley, had been arrested.',
          'The rescue effort on the river ran through the night with four boats.',
          'Divers said the rescue effort, codenamed Operation Lantern, would go on until Wednesday.',
        ),
        article(
          'b2',
          '2034-09-13',
          'Hallam bridge: contractor questioned',
          'Investigators named the site contractor, Greyling Works, as a suspect in the collapse.',
          'Greyling Works had repaired the bridge deck in August, and the council said Greyling Works had ignored two warnings.',
          'Detectives interviewed Greyling Works managers on Tuesday about the collapse.',
          'The footbridge collapse was the worst in the county since a flood on 3 March 2001, the county council said on Tuesday.',
          'Greyling Works also made the steel cables that held the deck.',
          'Greyling Works director Anna Pell said the company would cooperate with the inquiry.',
          'The owner of a cafe by the river, Sam Hale, said he heard the cables snap.',
        ),
      ]),
    );
  });
  const first = (question: string) => bridge.ask(question).quotes[0]?.text ?? '';

  it('dates an event by a year or decade when that is what the reports give', () => {
    expect(first('When was the footbridge constructed?')).toMatch(/built in the 1960s/);
  });

  it('does not date an event by the day someone spoke about it', () => {
    expect(first('When did the footbridge collapse?')).toMatch(/collapsed on Sunday evening/);
  });

  it('answers "what was X called?" with the name the reports give it', () => {
    expect(first('What was the rescue effort called?')).toMatch(/Operation Lantern/);
  });

  it('answers "who is the X of Y?" with the person holding that role, and says "not found" when no report names one', () => {
    expect(first('Who is the director of Greyling Works?')).toMatch(/Anna Pell/);
    expect(bridge.ask('Who is the owner of Greyling Works?').notFound).toBe(true);
  });

  it('meets a broader word when the reports never use the question’s own: "manufactured" → "made"', () => {
    expect(first('Which company manufactured the steel cables?')).toMatch(/made the steel cables/);
  });
});

describe('a question word the reports never use', () => {
  it('meets its broader word even when another sense of it is in the reports: "dispatched" → "sent", though "murder" is there', () => {
    const match = new Engine(
      buildCorpus('memory', [
        article(
          'm1',
          '2036-05-02',
          'Crush at Orrin stadium',
          'Twenty ambulances stood idle at the county depot, a union official said.',
          'The county ambulance service said it had sent twelve ambulances to Orrin stadium.',
          'A man was later charged with murder over a separate stabbing outside the ground.',
        ),
      ]),
    );
    expectLeadsWith(match, 'How many ambulances were dispatched?', /sent twelve ambulances/);
  });
});

describe('measures asked for in any incident', () => {
  let quake: Engine;
  beforeAll(() => {
    quake = new Engine(
      buildCorpus('memory', [
        article(
          'q1',
          '2035-02-10',
          'Tremor shakes Lorvik',
          'A tremor shook the coastal town of Lorvik on Sunday, damaging the harbour wall and the old ferry pier.',
          'The tremor had a magnitude of 6.1, the national seismic office said, and struck at a depth of 12 km.',
          'The ferry pier, which is 240 metres long, was closed for three weeks while engineers checked it.',
          'The old lighthouse, which stands about a mile from the pier, lost part of its lantern room.',
        ),
      ]),
    );
  });
  const first = (question: string) => quake.ask(question).quotes[0]?.text ?? '';

  it('finds a magnitude, a length and a time span by their units', () => {
    expect(first('What magnitude was the tremor?')).toMatch(/magnitude of 6\.1/);
    expect(first('How strong was the tremor?')).toMatch(/magnitude of 6\.1/);
    expect(first('How long is the ferry pier?')).toMatch(/240 metres/);
    expect(first('How deep was the tremor?')).toMatch(/12 km/);
    expect(first('How far is the lighthouse from the pier?')).toMatch(/about a mile/);
  });

  it('answers "how long was it shut?" with how long it lasted ("for 33 hours", "90 minutes"), not how long after', () => {
    const e = memoryEngine(
      article(
        'g1',
        '2036-09-20',
        'Police close drone inquiry',
        'Police said on Friday that they had closed the inquiry into the drones that shut Dunmore airport, nine months after the disruption.',
        'The runway at Dunmore had been out of use for about 33 hours, the longest shutdown there since 2010.',
      ),
      article('g2', '2036-09-21', 'Bail hearing for drone suspect', 'A judge in Carlow heard the case on Monday; the suspect had been held in 2035 for a theft.', 'The judge took the arguments under advisement at the end of a hearing that lasted close to 90 minutes.'),
    );
    expect(e.ask('How long was Dunmore shut for?').quotes[0]?.text).toMatch(/33 hours/);
    expect(e.ask('How long did the bail hearing in Carlow go on?').quotes[0]?.text).toMatch(/90 minutes/);
  });

  it('reads "four and a half hours", "half an hour" and "a thirty-second video" as how long something lasted', () => {
    const e = memoryEngine(
      article(
        'h1',
        '2036-10-02',
        'Gunman surrenders at Kell bank',
        'Crowds gathered as the siege at the Kell bank went on, police said.',
        'The siege at the Kell bank was over in four and a half hours.',
        'Firefighters at the Orrin depot fought the blaze through the night, the fire service said.',
        'Firefighters at the Orrin depot had the blaze out in half an hour.',
        'A video the hostages recorded at the Kell bank was shared widely on Wednesday.',
        'The hostages at the Kell bank recorded a thirty-second video.',
      ),
    );
    expect(e.ask('How long did the siege at the Kell bank go on?').quotes[0]?.text).toMatch(/four and a half hours/);
    expect(e.ask('How long did firefighters at the Orrin depot take?').quotes[0]?.text).toMatch(/half an hour/);
    expect(e.ask("How long was the hostages' video?").quotes[0]?.text).toMatch(/thirty-second/);
  });

  it('tells a length said to be a depth from a length of something else', () => {
    const sea = memoryEngine(
      article('s1', '2035-06-19', 'Search off Lorvik', 'Sonar buoys dropped in the water off Lorvik can listen down to about 4,000 metres, the coast guard said.', 'The search off Lorvik is over water about 3,800 metres deep, the coast guard said.'),
    );
    expect(sea.ask('How deep is the water off Lorvik?').quotes[0]?.text).toMatch(/3,800 metres deep/);
  });
});

describe('a past event’s figures', () => {
  it('are a disagreement between reports, not a toll that changed with the day a report was written', () => {
    const floods = new Engine(
      buildCorpus('memory', [
        article('f1', '2036-04-01', 'River floods Ashby', 'Two people were killed when the river burst its banks in Ashby on Monday.', 'The great flood of 1953 killed at least 300 people in the valley, officials said.'),
        article('f2', '2036-04-03', 'Ashby clears up', 'Volunteers cleared mud from homes in Ashby on Wednesday.', 'Historians say the 1953 flood killed about 400 people in the valley.'),
      ]),
    );
    // The incident itself leads; the past event, reported twice, comes after it.
    expect(floods.casualtyEvents()[0].label).not.toMatch(/1953/);
    const past = floods.casualtyEvents().find((e) => e.label.includes('1953'));
    expect(past?.lines.map((l) => l.text).sort()).toEqual(['about 400 people', 'at least 300 people']);
    expect(past?.series.some((s) => s.changed)).toBe(false);
    expect(past?.series.some((s) => s.disputed)).toBe(true);
    expect(floods.notesFor(past!).map(noteText).join(' ')).toMatch(/Reports differ on .*1953.*at least 300.*about 400|Reports differ on .*1953.*about 400.*at least 300/);
  });
});

describe('the kind of figure a how-many question asks for', () => {
  it('reads missing, rescued, displaced and damage as well as the dead and the hurt', async () => {
    const { analyzeQuestion } = await import('../../src/engine/ranking.js');
    const kindOf = (question: string) => analyzeQuestion(engine, question, 'what').figureKind;
    expect(kindOf('How many people are still missing?')).toBe('missing');
    expect(kindOf('How many people were rescued?')).toBe('rescued');
    expect(kindOf('How many residents were evacuated?')).toBe('displaced');
    expect(kindOf('How many homes were destroyed?')).toBe('damage');
    expect(kindOf('How many people were hurt?')).toBe('injured');
  });
});

describe('a number that names something', () => {
  it('is no count a how-many question could take: "Local 862", "Gate 5", "Category 4"', () => {
    const counts = (text: string) => valueMentions(text).filter((v) => v.type === 'count').map((v) => v.text);
    expect(counts('Kay Moss, the president of Local 862 in Orrin, said her members had gathered at Gate 5.')).toEqual([]);
    expect(counts('The storm strengthened to Category 4 before it reached the coast.')).toEqual([]);
    expect(counts('About 8,700 members walked out of the plant in Orrin.')).toEqual(['About 8,700']);
  });
});

describe('a count written in words', () => {
  it('answers "how many" at sixty or ninety as at twelve: "it had sent sixty ambulances"', () => {
    const e = memoryEngine(
      article(
        'w1',
        '2031-05-02',
        'Blast at Orrin stadium',
        'Ambulances from three counties raced to Orrin stadium after the blast on Friday night.',
        'The county ambulance service said it had sent sixty ambulances to Orrin stadium.',
        'Ninety people were treated at the stadium before the last ambulances left.',
      ),
    );
    const first = e.ask('How many ambulances were sent to Orrin stadium?').quotes[0]?.text;
    expect(first).toContain('sixty ambulances');
    expect(valueMentions('Ninety people were treated at the stadium.').map((v) => v.type)).toEqual(['count']);
  });
});

describe('an amount after a currency symbol', () => {
  it('is money: "£50,000", "€3 billion" answer "how much"', () => {
    const e = memoryEngine(
      article(
        'm1',
        '2031-12-22',
        'Reward offered over drones',
        'Police said 12 people had called Dunmore airport about the reward it is offering for information.',
        'Dunmore airport is offering a reward of £50,000 for information.',
      ),
    );
    expect(e.ask('How much money is Dunmore airport offering as a reward for information?').quotes[0]?.text).toMatch(/£50,000/);
  });
});

describe('the clause a date belongs to', () => {
  it('reads "near Marlow, Kent, on Wednesday" as the day of what the sentence tells, not a clause of its own', () => {
    const told = 'Rhodes visited families at a church hall near Marlow, Kent, on Wednesday, March 5, her first trip there.';
    expect(datedClauseAround(told, told.indexOf('Wednesday'))).toMatch(/^Rhodes visited families/);
    const other = 'The river rose overnight, and on Wednesday the town was cut off.';
    expect(datedClauseAround(other, other.indexOf('Wednesday'))).not.toMatch(/river/);
    const e = memoryEngine(
      article(
        'd1',
        '2031-03-06',
        'Rhodes visits flood shelter',
        'Mayor Ellen Rhodes visited families sheltering from the flood at a church hall near Marlow, Kent, on Wednesday, March 5, her first trip to the town since the river burst its banks.',
        'Tempers flared as families turned up at the hall the same Wednesday.',
      ),
    );
    expect(e.ask('When did Rhodes turn up at the church hall?').quotes[0]?.text).toMatch(/^Mayor Ellen Rhodes visited/);
  });
});

describe('"in 24 hours" is how long something took, not a time', () => {
  it('so "at what time …?" is answered by the clock time', () => {
    const e = memoryEngine(
      article(
        'm1',
        '2031-06-25',
        'Rebel columns turn back',
        'Rask said his columns had driven 700 kilometres in 24 hours and turned back short of the capital.',
        'The turn back was confirmed in a message Rask released at 8:25 p.m.',
      ),
    );
    expect(e.ask('At what time did Rask say his columns were turning back?').quotes[0]?.text).toMatch(/8:25 p\.m\./);
  });
});

describe('a date that names another event', () => {
  it('does not date the asked event ("won the March election, arrived in Lisbon")', () => {
    const e = memoryEngine(
      article('x1', '2031-06-09', 'Opposition leader in exile', 'Tomas Ortega, the candidate who says he won the March presidential election, arrived in Lisbon to seek asylum.', 'A plane carrying Ortega left the capital on Saturday night and landed near Lisbon on Sunday, 8 June.'),
    );
    expect(e.ask('When did Ortega arrive in Lisbon?').quotes[0]?.text).toMatch(/8 June/);
  });

  it('dates the incident itself by a day before its first report, not by a later event in a sentence that names it', () => {
    const e = memoryEngine(
      article('f1', '2031-04-16', 'Ferry sinks off Arden', 'A passenger ferry carrying 400 people sank off the coast of Arden on Wednesday morning, the coast guard said.', 'Divers searched the ferry through the night.'),
      article('f2', '2031-04-18', 'Ferry captain says sorry', 'The captain of the ferry that sank off Arden with 400 people on board apologized on television on Thursday.', 'Divers reached the ferry on Friday.'),
      article('f3', '2031-04-20', 'Ferry captain arrested', 'The captain of the ferry that sank off Arden was arrested early on Saturday, prosecutors said.'),
    );
    expect(e.ask('when did the ferry sink').quotes[0]?.text).toMatch(/Wednesday morning/);
    // A question about what comes after the incident is dated as any other.
    expect(e.ask('when was the captain of the ferry arrested').quotes[0]?.text).toMatch(/Saturday/);
  });

  it('reads the first report\'s headline as naming the incident ("Freight train derails"), whatever its text calls it', () => {
    const e = memoryEngine(
      article('t1', '2031-02-04', 'Freight train derails and burns near Arden', 'A freight train carrying chemicals left the rails near Arden on Friday night, officials said.', 'Fire crews fought the blaze all night.'),
      article('t2', '2031-02-09', 'Residents go home', 'Residents forced out of their homes by the train derailment near Arden, Ohio, began returning on Wednesday evening, February 8, after officials declared the air safe.'),
      article('t3', '2031-02-24', 'Train inquiry report', 'Investigators said 38 rail cars derailed at 8:54 p.m. on February 3, and 11 of them carried chemicals.'),
    );
    expect(e.ask('when did the train derail').quotes[0]?.text).toMatch(/February 3|Friday night/);
  });

  it('does not date an event by a day counted from it ("on Friday, the day after the wreck was found")', () => {
    const e = memoryEngine(
      article('w0', '2031-06-19', 'Submersible missing', 'A submersible with five people aboard went missing on Sunday.'),
      article('w1', '2031-06-23', 'Wreck found', 'On Thursday, a robot launched from a ship found the wreck on the sea floor.'),
      article('w2', '2031-06-26', 'Inquiry opens', 'On Sunday, the coast guard said its inquiry had been convened on Friday, the day after the wreck was found.'),
    );
    expect(e.ask('What day was the wreck found?').quotes[0]?.text).toMatch(/^On Thursday/);
  });

  it('does not answer with a sentence saying the answer is not known ("would not say when")', () => {
    const e = memoryEngine(
      article('v1', '2031-02-07', 'Evacuation goes on', 'At a briefing at 5 pm on Tuesday, officials in Arden would not say when the evacuation order might be lifted.'),
      article('v2', '2031-02-09', 'Residents return', 'Residents began returning to Arden on Wednesday, once the evacuation order was lifted.'),
    );
    expect(e.ask('When was the evacuation order lifted?').quotes[0]?.text).toMatch(/on Wednesday/);
  });

  it('answers "what caused X?" with what set X off, not with a lawsuit ("cause" in its legal sense)', () => {
    const e = memoryEngine(
      article('d1', '2031-02-04', 'Train derails near Arden', 'A freight train derailed near Arden on Friday night, and a fire burned for two days.'),
      article('d2', '2031-02-09', 'Residents sue over derailment', 'Residents filed a lawsuit over the derailment on Monday.', 'The derailment case reached a federal court in Arden on Tuesday.'),
      article('d3', '2031-02-23', 'Bearing blamed', 'An overheated wheel bearing on the 23rd car set off the derailment, investigators said on Thursday.'),
    );
    expect(e.ask('What caused the derailment?').quotes[0]?.text).toMatch(/wheel bearing/);
  });

  it('still dates the event it names ("Friday\'s attack")', () => {
    const e = memoryEngine(article('x2', '2031-06-09', 'Mourning in the city', "The city mourned on Sunday for the victims of Friday's attack on the market.", 'Shops stayed shut on Monday.'));
    expect(e.ask('When was the attack on the market?').quotes[0]?.text).toMatch(/Friday's attack/);
  });
});

describe('a cause in the words reports use for it', () => {
  const e = () =>
    memoryEngine(
      article('c1', '2031-06-04', 'Rail toll revised', 'The state revised the death toll of the rail crash from 288 to 275 on Sunday.', '"Some bodies had been counted twice, so the toll is 275," the chief secretary said.', 'The toll was revised again on Tuesday.'),
      article('c2', '2031-06-05', 'Ferry service halted', 'State radio said the ferry service was halted on Monday, citing unnamed officials.', 'The ferry service was halted on Monday, citing the storm warnings for the coast.', 'The ferry service carried 3,000 people a day.'),
    );
  it('reads ", so" and "citing" as giving a reason, but not "citing unnamed officials"', () => {
    expect(e().ask('Why was the death toll revised to 275?').quotes[0]?.text).toMatch(/counted twice/);
    expect(e().ask('Why was the ferry service halted?').quotes[0]?.text).toMatch(/citing the storm warnings/);
  });
});

describe('a two-letter acronym of a two-word name', () => {
  const e = () =>
    memoryEngine(
      article('u1', '2031-09-10', 'Flood toll revised', 'The health ministry put the death toll at 11,300 on Monday.', 'The United Nations cut its count of the dead to 3,958 on Sunday.', 'A UN team reached the city on Monday.'),
      article('u2', '2031-09-11', 'Aid arrives', 'Aid from Iraq and Syria reached the port on Tuesday.', 'IS fighters were not involved, officials said.'),
    );
  it('reads "UN" as the United Nations the reports name (after a sentence\'s opening "The")', () => {
    expect(e().ask('what is the UN death toll?').quotes[0]?.text).toMatch(/United Nations cut its count/);
    expect(e().ask('whats the UN death toll?').quotes[0]?.text).toMatch(/United Nations cut its count/);
  });

  it('does not read a list ("Iraq and Syria") as the name of an acronym', () => {
    expect(e().ask('What did IS fighters do?').quotes[0]?.text).toMatch(/IS fighters/);
    expect(findAcronyms(e().corpus).has('is')).toBe(false);
  });
});

describe('"who was <verb>ed by X" asks who, not what X is', () => {
  const arrest = 'Kent Constabulary said on Friday that it had arrested a man over the warehouse fire.';
  const e = (paragraph = arrest) => memoryEngine(article('w1', '2031-08-01', 'Arrest after warehouse fire', paragraph));
  it('answers with the name of the one arrested', () => {
    expect(e(`${arrest} The arrested man is Tom Hale, 34, a former employee.`).ask('Who was arrested by Kent Constabulary?').quotes[0]?.text).toMatch(/Tom Hale/);
  });
  it('says "not found" when the reports do not name them', () => {
    expect(e().ask('Who was arrested by Kent Constabulary?').notFound).toBe(true);
    expect(e().ask('Who is Kent Constabulary?').notFound).toBe(false);
  });
});

describe('"who is the <role>" is answered by the one who holds it', () => {
  it('not by a sentence naming someone in another role ("…, Governor Ann Ray said")', () => {
    const e = memoryEngine(
      article('s1', '2031-10-26', 'Manhunt after Hallam shooting', 'Hundreds of officers searched the county overnight for the suspect in the Hallam shooting, Governor Ann Ray said on Thursday.'),
      article('s2', '2031-10-27', 'Police name Hallam shooting suspect', 'Police on Friday named the suspect in the Hallam shooting as Tom Hale, 40, of Bowdoin.'),
    );
    expect(e.ask('Who is the suspect in the Hallam shooting?').quotes[0]?.text).toMatch(/Tom Hale/);
  });

  it('of the place the question names, not of a neighbour the sentence also names ("the governor of Ohio")', () => {
    const e = memoryEngine(
      article('g1', '2031-02-04', 'Chemical train burns on the state line', 'A train carrying chemicals burned near Arden, Ohio, on Friday night.', 'Pennsylvania Governor Jo Marsh said the smoke from Ohio had reached homes in her state, and the governor ordered schools closed.'),
      article('g2', '2031-02-06', 'Residents told to leave', 'Ohio Governor Tom Reed ordered residents within a mile of the train to leave.', 'Marsh said Pennsylvania would help.'),
    );
    expect(e.ask('who is the governor of Ohio').quotes[0]?.text).toMatch(/Tom Reed/);
    expect(e.ask('who is the governor of pennsylvania').quotes[0]?.text).toMatch(/Jo Marsh/);
  });

  it('of the qualified role asked ("Japan\'s transport minister"), not another minister of that country', () => {
    const e = memoryEngine(
      article(
        't1',
        '2031-01-03',
        'Jet and patrol plane collide at Velmar airport',
        'Prime Minister Aiko Mori said the collision would not slow the transport of supplies to the flooded north of Japan.',
        'Transport Minister Ken Sato said the runway would reopen on Monday.',
      ),
    );
    expect(e.ask("Who is Japan's transport minister?").quotes[0]?.text).toMatch(/Ken Sato/);
  });

  it('by the person, when the question also asks how much ("who announced how much was handed over?")', () => {
    const e = memoryEngine(
      article(
        'w1',
        '2031-07-12',
        'Militia hands over its weapons',
        'It was announced on Wednesday that the militia had handed over 2,000 pieces of equipment and 20,000 rifles.',
        'Colonel Ivan Petrov, the army spokesman, announced the tally, saying the militia had handed over more than had been asked of it.',
      ),
    );
    expect(e.ask('Who announced how much equipment the militia had handed over?').quotes[0]?.text).toMatch(/Ivan Petrov/);
  });

  it('when the holder\'s name starts with a word that names places elsewhere ("chief executive Park Soon-kwan")', () => {
    const e = memoryEngine(
      article(
        'p1',
        '2031-06-24',
        'Fire at Norvel plant kills nine',
        'A fire at the Norvel cell plant in Dalsan killed nine workers on Monday, the fire service said.',
        'Fire chief Kim Min-ho said the blaze spread through the second floor within minutes.',
        'Norvel chief executive Park Soon-il visited the site in the afternoon and apologised to the families.',
        'Park said the company would cooperate with investigators.',
      ),
    );
    const who = e.ask('who is the chief executive of norvel?').quotes[0]?.text ?? '';
    expect(who).toMatch(/Park Soon-il/);
    const later = e.corpus.sentences.find((s) => s.text.startsWith('Park said'))!;
    expect(e.entities.inSentence(later.id).map((x) => x.name)).toEqual(['Park Soon-il']);
  });
});

describe('a place name that ends like a demonym', () => {
  it('reads "in Kahului" as a place, and still not "Baluchi militants" or "the Houthi group"', () => {
    const e = memoryEngine(
      article('k1', '2031-08-12', 'Wildfire search goes on', 'Families of the missing can give DNA samples at a family assistance centre in Kahului.', 'Officials said Baluchi militants and the Houthi group were not involved.'),
    );
    const places = e.entities.all('place').map((x) => x.name);
    expect(places).toContain('Kahului');
    expect(places).not.toContain('Baluchi');
    expect(places).not.toContain('Houthi');
    expect(e.ask('Where can families of the missing give DNA?').quotes[0]?.text).toMatch(/in Kahului/);
  });
});

describe('an acronym only the question uses', () => {
  it('meets the name whose initials it spells ("EU" for the reports\' "European Union")', () => {
    const e = memoryEngine(article('a1', '2031-03-18', 'Aid reaches the valley', 'The European Union pledged 20 million euros in emergency aid on Saturday.', 'Convoys reached the last villages on Sunday.'));
    expectLeadsWith(e, 'How much aid did the EU pledge?', /European Union pledged/);
  });
});

describe('what may still come, in the words reports use for it', () => {
  it('answers "how much will it cost" from "could cost", "how long will it take" from "may take"', () => {
    const e = memoryEngine(article('f1', '2032-05-12', 'Bridge rebuild', 'Rebuilding the Harlow Bridge could cost at least 1.7 billion dollars, officials said on Sunday.', 'The rebuild may take four years, the transport minister said.', 'The bridge opened in 1977.'));
    expect(e.ask('How much will it cost to rebuild the bridge?').quotes[0]?.text).toMatch(/could cost/);
    expect(e.ask('How long will the rebuild take?').quotes[0]?.text).toMatch(/may take four years/);
  });
});

describe('"the name of the ship" when the reports give it beside the noun', () => {
  it('answers with "the ship, the Meridian Star," rather than any other name near the word', () => {
    const e = memoryEngine(
      article('n3', '2032-05-06', 'Ship strikes bridge', 'Board chair Maya Hollis said the ship had lost power twice before the crash.', 'The ship, the Meridian Star, had left the port at 12:45 am.'),
    );
    expect(e.ask('What was the name of the ship?').quotes[0]?.text).toMatch(/Meridian Star/);
  });

  it('and after the name ("the Rhosus, a cargo ship")', () => {
    const e = memoryEngine(
      article('n4', '2032-08-05', 'Blast at the port', 'Badri Daher said the ship had been held at the port for years.', 'The chemical reached the port in 2013 on board the Rhosus, a cargo ship from Batumi.'),
    );
    expect(e.ask('What was the name of the ship?').quotes[0]?.text).toMatch(/Rhosus/);
  });

  it('reads the noun whose names are asked, not the first word after "the names of the"', () => {
    const e = memoryEngine(
      article('n5', '2032-07-04', 'Ice falls on climbers', 'Among the injured were two German tourists, a 67-year-old man and a 58-year-old woman.', 'Rescuers said the search would resume on Tuesday.'),
    );
    // "two German" is no name of the tourists: the reports give none, so "not found".
    expect(e.ask('What were the names of the two German tourists who were injured?').quotes).toEqual([]);
  });
});

describe('"where was it going?"', () => {
  it('is answered by a destination ("bound for Singapore") before a place merely named', () => {
    const e = memoryEngine(
      article('d1', '2032-05-06', 'Ship strikes bridge', 'The ship had left the port of Calden at 12:45 am bound for Singapore, the Coast Guard said.', 'The port of Calden, which handles 850,000 ships a year, will stay closed to large ships.'),
    );
    expect(e.ask('Where was the ship going?').quotes[0]?.text).toMatch(/bound for Singapore/);
  });

  it('reads "headed" as going, not as a head of something, and a route "from X to Y" as a destination', () => {
    const e = memoryEngine(
      article('t1', '2032-02-04', 'Train derails at Arden', 'Robert Hall, head of the board for railroad safety, said the train derailed near Arden in Ohio.', 'The train was moving freight from Madison, Illinois, to Conway, Pennsylvania, when it derailed.'),
    );
    expect(e.ask('Where was the train headed?').quotes[0]?.text).toMatch(/to Conway/);
  });

  it('and "where was it coming from?" by where the journey began, not where it ended', () => {
    const e = memoryEngine(
      article('j1', '2032-12-29', 'Jet crash-lands at Arden', 'The flight landed at Arden airport on its belly and hit a wall at the end of the runway.', 'The flight was returning from Bangkok with 181 people aboard.'),
    );
    expect(e.ask('Where was the flight coming from?').quotes[0]?.text).toMatch(/from Bangkok/);
    // A relative clause's "came from" asks where the school is, not where anyone came from.
    expect(analyzeQuestion(e, 'Where is the school the students came from?', 'where').journeyEnd).toBeUndefined();
  });
});

describe('a building or facility by name', () => {
  it('answers "where were the pair taken?" with "Kestrel District Hospital", a name ending in a word for a building, as a place', () => {
    const e = memoryEngine(
      article('h1', '2032-03-05', 'Two found ill on a bench', 'Officials in Alder said the pair had been taken ill on a bench.', 'The pair were taken to Kestrel District Hospital.'),
    );
    expect(e.ask('Where were the pair taken?').quotes[0]?.text).toMatch(/Kestrel District Hospital/);
  });
});

describe('a place named after "the district was"', () => {
  it('answers "which area was worst hit?" with "the worst-hit district was Tesh"', () => {
    const e = memoryEngine(article('t1', '2033-10-04', 'Cyclone toll rises', 'The death toll from the cyclone rose to 41 on Tuesday, officials said.', 'The worst-hit district was Tesh, where 19 people died when a river burst its banks.'));
    expect(e.entities.all('place').map((x) => x.name)).toContain('Tesh');
    expect(e.ask('Which area was worst hit?').quotes[0]?.text).toMatch(/district was Tesh/);
  });
});

describe('"what was the motive?" with no topic named', () => {
  it('answers with the reasons the reports give for the incident itself', () => {
    const e = memoryEngine(
      article('m1', '2034-02-11', 'Gunman kills five at shopping centre', 'A gunman opened fire at the Brookfield shopping centre on Saturday, killing five people.', 'Police named the attacker as Tomas Reyl, 27.'),
      article('m2', '2034-02-13', 'Gunman had grudge, police say', 'The man who killed five people at the centre had a grudge against the managers who fired him, police said on Monday.', 'A vigil was held on Sunday.'),
    );
    for (const question of ['What was the motive?', 'What caused it?']) {
      const answer = e.ask(question);
      expect(answer.notFound).toBe(false);
      expect(answer.quotes[0]?.text).toMatch(/grudge/);
    }
  });
});

describe('the latest figure of a kind leads', () => {
  it('answers "how many are missing?" with the latest report\'s count first', () => {
    const e = memoryEngine(
      article('l1', '2032-05-06', 'Bridge collapses', 'The bridge collapsed early on Tuesday after a ship struck it, leaving six road workers missing, officials said.'),
      article('l2', '2032-05-12', 'Search goes on', 'The bodies of three more workers were recovered on Saturday; one worker is still missing.'),
    );
    expect(e.ask('How many workers are missing?').quotes[0]?.text).toMatch(/one worker is still missing/);
  });
});

describe('/quote of someone the reports never quote directly', () => {
  it('shows what the reports say they said, and says that these are not their own words', async () => {
    const e = memoryEngine(article('q1', '2031-03-14', 'Earthquake strikes', 'Interior Minister Lena Ostrova said rescue teams were struggling to reach villages cut off by landslides.', 'Lena Ostrova visited the town of Marren on Friday.'));
    const { quotes, reported } = e.quotesBy('Lena Ostrova');
    expect(reported).toBe(true);
    expect(quotes.map((q) => q.text)).toEqual(['Interior Minister Lena Ostrova said rescue teams were struggling to reach villages cut off by landslides.']);
    const view = speakerView(e, 'Lena Ostrova', { title: 'Quote', request: { command: 'quote', text: 'Lena Ostrova' } });
    expect(view.notFound).toBeFalsy();
    expect(view.intro).toMatch(/no words of Lena Ostrova in quotation marks/);
  });
});

describe('"who was the PM of New Zealand at the time?"', () => {
  it('reads a country of two words as the one that owns the role asked about, not a prime minister of another country', () => {
    const e = new Engine(loadCorpus('test/fixtures/incidents/whakaari-eruption-2019/corpus'));
    expect(e.ask("Who was New Zealand's prime minister?").quotes[0]?.text).toMatch(/Jacinda Ardern/);
  });

  it('reads "at the time" as no topic of the question', () => {
    const e = memoryEngine(article('p1', '2019-12-09', 'Volcano erupts', 'Prime Minister Jacinda Ardern said the scale of the tragedy was devastating.'));
    expect(e.index.questionTerms('who was the PM at the time').map((t) => t.term)).not.toContain('time');
  });
});

describe('the thing a how-many question counts', () => {
  it('is the head of its noun phrase, not a name before it ("How many Danwon pupils …")', () => {
    const e = memoryEngine(article('c9', '2014-04-16', 'Ferry sinks', 'Danwon High School in Ansan, a commuter city south of Seoul, had put 325 second-year students and 14 of its teachers on the ferry for a field trip.'));
    expectLeadsWith(e, 'How many Danwon pupils were on the trip?', /325 second-year students/);
  });
});

describe('adverbs of time are no topic', () => {
  it('answers "how many are still missing?" from "seven miners remain missing"', () => {
    const e = memoryEngine(article('s9', '2035-06-05', 'Mine rescue', 'The death toll rose to 19 after eight more bodies were recovered overnight, and seven miners remain missing.'));
    expect(e.ask('How many are still missing?').quotes[0]?.text).toMatch(/seven miners remain missing/);
    expect(e.ask('Is anyone missing yet?').notFound).toBe(false);
  });
});

describe('a number right after another', () => {
  it('still counts what follows it ("rose to 19 after eight more bodies were recovered")', () => {
    const e = memoryEngine(article('b9', '2035-06-05', 'Mine rescue', 'The death toll rose to 19 after eight more bodies were recovered overnight, and seven miners remain missing.'));
    const answer = e.ask('How many bodies were recovered overnight?');
    expect(answer.notFound).toBe(false);
    expect(answer.notes.map(noteText).join(' ')).not.toMatch(/gives a number/);
  });
});

describe('"no report gives a number"', () => {
  it('is not said over a quote that gives one in other words', () => {
    const e = memoryEngine(article('n9', '2014-04-20', 'Ferry sinks', 'Even the number of people on board kept shifting. The coast guard first gave the total as 477, and later 475.'));
    const answer = e.ask('How many people were on board?');
    expect(answer.quotes[0]?.text).toMatch(/477/);
    expect(answer.notes.map(noteText).join(' ')).not.toMatch(/gives a number/);
  });

  it('is said when the quotes give none', () => {
    const e = memoryEngine(article('n8', '2014-04-20', 'Storm', 'Many people were evacuated from the coast before the storm, officials said.'));
    const answer = e.ask('How many people were evacuated from the coast?');
    expect(answer.notes.map(noteText).join(' ')).toMatch(/gives a number/);
  });
});

describe('why-questions', () => {
  const inquiry = () =>
    memoryEngine(
      article(
        'w1',
        '2020-12-01',
        'Regulator charges 13 parties',
        'The regulator has charged 13 parties over the eruption.',
        'Relatives said the report told families very little because it did not identify the parties facing charges.',
        'Its chief executive declined to name those charged, because they may ask for name suppression in court.',
      ),
    );

  it('are answered by the reason of the asked thing, not by a reason that is the asked thing ("because it did not identify the parties")', () => {
    expect(inquiry().ask("Why won't the regulator identify the parties it charged?").quotes[0]?.text).toMatch(/name suppression/);
  });

  it('with "won\'t" ask the reason for a refusal, which a report gives in any tense', () => {
    const answer = inquiry().ask("Why won't the regulator identify the parties it charged?");
    expect(answer.notFound).toBe(false);
  });

  it('are answered by a purpose ("so as not to damage remains")', () => {
    const e = memoryEngine(
      article('w2', '2024-03-26', 'Search of the hall', 'On Sunday workers were going through the debris by hand in the main hall.', 'Workers were going through the debris by hand so as not to damage remains.'),
    );
    expect(e.ask('Why were workers going through the debris by hand?').quotes[0]?.text).toMatch(/so as not to/);
  });
});

describe('a figure asked of a day', () => {
  it('leads with the figure of that day, not the latest ("how many had died by Wednesday?")', () => {
    const e = memoryEngine(
      article('d1', '2031-07-31', 'Landslide toll rises', 'The number of people killed in the landslide rose to 167 on Wednesday, officials said.'),
      article('d2', '2031-08-02', 'Toll passes 190', 'The district collector said on Friday that 195 people had died in the landslide.'),
    );
    expect(e.ask('How many people had died by Wednesday?').quotes[0]?.text).toMatch(/167/);
    expect(e.ask('How many people have died?').quotes[0]?.text).toMatch(/195/);
  });
});

describe('a name joined to a participle ("Texas-based", "Iran-backed")', () => {
  const e = () =>
    memoryEngine(
      article('h1', '2024-07-26', 'Review published', 'CrowdStrike published its review on Wednesday.', 'In the review, the Austin, Texas-based company said the faulty file was part of a fast update.'),
      article('h2', '2024-07-27', 'Airline sues', 'The Atlanta-based carrier said it would sue, and Iran-backed groups were not involved.'),
    );

  it('is the name alone, and "-based" makes it a place', () => {
    const names = e().entities.all().map((x) => x.name);
    expect(names.some((n) => n.includes('-'))).toBe(false);
    expect(e().entities.all('place').map((x) => x.name)).toEqual(expect.arrayContaining(['Austin', 'Texas', 'Atlanta']));
  });

  it('answers where a company is based', () => {
    expect(e().ask('Where is CrowdStrike based?').quotes[0]?.text).toMatch(/Austin, Texas-based/);
  });
});

describe('an acronym of a title', () => {
  it('meets the title the reports write before a name ("CM" for "Chief Minister Pinarayi Vijayan"), not half a role and half a name', () => {
    const e = memoryEngine(
      article(
        'cm1',
        '2024-08-01',
        'Hope fades',
        'District Collector Meghashree D R said the search would go on.',
        'Chief Minister Pinarayi Vijayan said on Thursday that nobody was left to be saved.',
      ),
    );
    expect(e.ask('what did the CM say on thursday').quotes[0]?.text).toMatch(/^Chief Minister/);
  });
});

describe('a noun in -ing and its plural', () => {
  it('are one word with the verb ("warnings", "warning", "warned")', () => {
    const e = memoryEngine(
      article('b1', '2031-04-28', 'Blackout across the country', 'Power failed across the country at 12:33 on Monday.', 'Energy Minister Ana Ruiz said the grid had been stable that morning.'),
      article('b2', '2031-05-02', 'Minister rejects claims', 'Ruiz rejected claims that the government had been warned of a blackout and had ignored the advice.'),
    );
    expect(e.ask('What did Ruiz say about warnings before the blackout?').quotes[0]?.text).toMatch(/had been warned/);
  });
});

describe('a word\'s relatives through the part of speech it has in the question', () => {
  const e = () =>
    memoryEngine(
      article('p1', '2024-07-23', 'Airline investigated', 'Transportation officials opened an investigation into Skyline Airways on Tuesday.', 'Passengers who believed the airline had broken passenger protection rules were invited to file complaints.'),
    );
  const relatives = (question: string, word: string) => analyzeQuestion(e(), question, 'what').terms.find((t) => t.term === word)?.matches.map((m) => m.term) ?? [];

  it('reads "the judge" as a noun, which does not mean "believe"', () => {
    expect(relatives('What did the judge say about the rules?', 'judge')).not.toContain('believe');
  });

  it('keeps a verb\'s relatives where the word is a verb ("to judge")', () => {
    expect(relatives('What did passengers want to judge?', 'judge')).toContain('believe');
  });
});

describe('"how long was the … <participle>?"', () => {
  it('asks for a time, not a length ("How long was the road closed?")', () => {
    const e = memoryEngine(
      article('l1', '2024-06-01', 'Road closed', 'The coast road, a 12-kilometre stretch, was closed after the landslide.', 'Police said the coast road was closed for six hours while crews cleared it.'),
    );
    expect(e.ask('How long was the coast road closed?').quotes[0]?.text).toMatch(/six hours/);
    expect(e.ask('How long is the coast road?').quotes[0]?.text).toMatch(/12-kilometre/);
  });

  it('reads the thing measured up to a preposition ("How long is the border between Arland and Brevia?") as a length, and "… the bridge over the Tay closed?", "… the Tay bridge shut?" as a time', () => {
    const e = memoryEngine(
      article(
        'l2',
        '2024-06-02',
        'Border stays shut',
        'The border between Arland and Brevia was closed for three weeks after the coup.',
        'Arland and Brevia share a border about 1,600 kilometres long.',
        'The bridge over the Tay, 2.3 km long, was damaged in the storm.',
        'The bridge over the Tay was closed for two days while engineers checked it.',
      ),
    );
    expect(e.ask('How long is the border between Arland and Brevia?').quotes[0]?.text).toMatch(/1,600 kilometres/);
    expect(e.ask('How long was the bridge over the Tay closed?').quotes[0]?.text).toMatch(/two days/);
    expect(e.ask('How long was the Tay bridge shut?').quotes[0]?.text).toMatch(/two days/);
  });
});

describe('"who was the <noun for a person>?" answered by a group', () => {
  it('takes a name in apposition to the noun, a group\'s as well as a person\'s ("the landlord, the Riverside Housing Trust")', () => {
    const e = memoryEngine(
      article(
        'l1',
        '2031-05-04',
        'Tenants had warned of the danger',
        'Fire crews were called to the block at 2 am.',
        'For years tenants had complained about the wiring to the building\'s landlord, the Riverside Housing Trust, without reply.',
        'Residents said the lifts had been broken for months.',
      ),
    );
    expectLeadsWith(e, 'who was the landlord?', /Riverside Housing Trust/);
  });

  it('reads a name in apposition after a preposition as the person the noun names ("ended with the shift foreman, Luis Urzua,")', () => {
    const e = memoryEngine(
      article('m1', '2031-10-14', 'Last miner freed', 'The rescue ended on Wednesday night with the shift foreman, Luis Urzua, stepping out of the capsule.', 'Crowds cheered at the camp.'),
    );
    expect(e.entities.all('person').map((p) => p.name)).toContain('Luis Urzua');
  });

  it('answers "who was the president of the condo association?" with the person named after "the president of the condominium association,"', () => {
    const e = memoryEngine(
      article(
        'c1',
        '2031-06-29',
        'Tower block collapse',
        'President Ana Cole approved an emergency declaration for the state on Friday.',
        'In a letter to residents in April, the president of the condominium association, Mara Dvorak, wrote that the damage had become worse.',
      ),
    );
    expect(e.entities.all('person').map((p) => p.name)).toContain('Mara Dvorak');
    const answer = e.ask('who was the president of the condo association?');
    expect(answer.quotes[0]?.text).toMatch(/Mara Dvorak/);
  });

  it('leads with the name beside the noun, on either side, over a name said near it ("Ana Reyes, the pilot", not "the pilot\'s sister")', () => {
    const e = memoryEngine(
      article(
        'p1',
        '2031-07-09',
        'Plane lands in a field',
        'Governor Tom Hale praised the crew after the pilot landed the plane in a field.',
        'On Monday Maria Reyes, the pilot\'s sister, thanked the rescuers.',
        'Rescuers said Ana Reyes, the pilot of the small plane, walked away with a cut to her arm.',
      ),
    );
    expect(e.ask('who was the pilot?').quotes[0]?.text).toMatch(/^Rescuers said Ana Reyes, the pilot of/);
  });
});

describe('a reason given for something else', () => {
  it('does not lead "what caused the fire?" when its sentence says nothing of a fire', () => {
    const e = memoryEngine(
      article(
        'r1',
        '2031-06-10',
        'Blaze guts warehouse',
        'Witnesses said the fire seemed to have started in a storeroom, where a forklift battery had been left charging.',
        'The owner was asked why alarms had not been fitted. He said the work had been put off because of the cost it would have caused.',
      ),
    );
    expect(e.ask('what caused the fire?').quotes[0]?.text).toMatch(/forklift battery/);
  });

  // Each sentence below names the asked thing beside a reason cue; only one gives its cause.
  const e = memoryEngine(
    article(
      'v1',
      '2031-12-10',
      'Eruption toll rises to six on Tarua Island',
      'A sixth person has died as a result of the eruption on Tarua Island, police said on Tuesday.',
      'Guides said tourist numbers had fallen sharply since the eruption.',
      'Volcanologists said a build-up of steam beneath the crater lake had set off the blast.',
    ),
    article(
      'd1',
      '2031-08-01',
      'Result of Lindora vote delayed by six hours',
      'The result came more than six hours after polling stations were due to close.',
      'The council chairman attributed the delay to an attack on the system that carries the tallies.',
    ),
  );

  it('does not take the asked thing as its own cause ("died as a result of the eruption", "since the eruption")', () => {
    expect(e.ask('what caused the eruption?').quotes[0]?.text).toMatch(/build-up of steam/);
  });

  it('reads "attributed the delay to" as a reason, and "due to close" as no reason', () => {
    expect(e.ask('why was the result delayed?').quotes[0]?.text).toMatch(/attributed the delay to an attack/);
  });
});

describe('"what year …?"', () => {
  it('is answered by a sentence that writes a year, not by a time of day', () => {
    const e = memoryEngine(
      article(
        'y1',
        '2031-09-01',
        'Fire at Harbour Mill',
        'Firefighters were called to Harbour Mill at 3.10 am on Sunday, and the building was in flames within the hour.',
        'Harbour Mill was built in 1911 and had been empty for a decade.',
      ),
    );
    expect(e.ask('What year was Harbour Mill built?').quotes[0]?.text).toMatch(/1911/);
  });

  it('is "not found" when no report writes the year, however much else a sentence covers', () => {
    const e = memoryEngine(
      article(
        'y2',
        '2031-03-27',
        'Container ship still stuck in the canal',
        'The container ship Meridian, built for a Taiwanese line and sailing under a Panamanian flag, has blocked the canal since Tuesday.',
        'Tugs tried again to free the ship on Friday.',
      ),
    );
    expect(e.ask('What year was the Meridian built?').notFound).toBe(true);
  });
});

describe('"what was the final death toll?"', () => {
  it('leads with the incident\'s latest toll, not a sentence about the last such disaster', () => {
    const e = memoryEngine(
      article('f1', '2031-10-01', 'Ferry capsizes off Sandpoint', 'At least 12 people were killed when a ferry capsized off Sandpoint on Monday, the coast guard said.', 'The last deadly ferry accident in the region was in 1998, when 40 people died.'),
      article('f2', '2031-10-03', 'Ferry toll rises', 'The number of people killed in the ferry disaster has risen to 19, the coast guard said on Wednesday.'),
    );
    expect(e.ask('What was the final death toll?').quotes[0]?.text).toMatch(/risen to 19/);
  });
});

describe('"how old …?" and "what is the …?"', () => {
  it('answers "how old was the bridge?" with an age, not with another number about the bridge', () => {
    const e = memoryEngine(
      article(
        'b1',
        '2031-03-02',
        'Bridge closed after cracks found',
        'Engineers closed the bridge on Monday after finding 14 cracks in its main span.',
        'The bridge, a 62-year-old steel structure, carries about 9,000 vehicles a day.',
      ),
    );
    expect(e.ask('how old was the bridge?').quotes[0]?.text).toMatch(/62-year-old/);
  });

  it('says "not found" to "how old was the preacher?" when no report gives his age, and reads "Ana Ruiz, 79," as one', () => {
    const e = memoryEngine(
      article(
        'p1',
        '2031-07-02',
        'Crush at prayer meeting',
        'The crush began as the preacher was leaving the tent and thousands tried to get out at once.',
        'Among the dead was Ana Ruiz, 79, a retired teacher.',
      ),
    );
    expect(e.ask('how old was the preacher?').notFound).toBe(true);
    expect(e.ask('how old was Ana Ruiz?').quotes[0]?.text).toMatch(/Ana Ruiz, 79/);
  });

  it('says "not found" to "how fast was the bus going?" when no report gives a speed, and answers a rate asked by "how fast"', () => {
    const e = memoryEngine(
      article(
        's1',
        '2031-05-02',
        'Bus and lorry collide on the coast road',
        'The bus, carrying 31 passengers, was going north on the coast road when it hit a lorry at the junction near Carlow on Friday evening.',
        'The lorry was loaded with 20 tonnes of gravel.',
        'Sea levels in the bay are rising by 4 millimetres every year, a survey found.',
      ),
    );
    expect(e.ask('how fast was the bus going when it hit the lorry?').notFound).toBe(true);
    expect(e.ask('how fast are sea levels rising in the bay?').quotes[0]?.text).toMatch(/4 millimetres every year/);
  });

  it('answers "how fast / high / powerful" from the sentence giving that measure, even when it calls the thing "the object" and uses no verb of the question', () => {
    const e = memoryEngine(
      article(
        'm1',
        '2031-06-01',
        'Comet fragment explodes over Tarnow',
        'A comet fragment exploded over Tarnow on Monday morning, shattering windows across the city.',
        'The university team travelled from Krakow to collect pieces from the fields.',
      ),
      article(
        'm2',
        '2031-06-02',
        'Comet fragment was bigger than first thought',
        'Astronomers said the object weighed about 900 tonnes before it entered the atmosphere at about 19 kilometres per second.',
        'It exploded some 30 kilometres above the ground, releasing about 40 kilotons of energy.',
      ),
    );
    expect(e.ask('how fast was the comet fragment travelling?').quotes[0]?.text).toMatch(/19 kilometres per second/);
    expect(e.ask('how powerful was the explosion of the comet fragment?').quotes[0]?.text).toMatch(/40 kilotons/);
    expect(e.ask('how high was the comet fragment when it exploded?').quotes[0]?.text).toMatch(/30 kilometres above the ground/);
  });

  it('answers "what is the <thing>?" with the sentence that says what it is', () => {
    const e = memoryEngine(
      article(
        'k1',
        '2031-03-02',
        'Inquiry looks at the sluice',
        'Inspectors said the sluice had not been opened for years before the flood.',
        'Water poured over the sluice at 4 am, residents said.',
        'Downstream, the sluice, a steel gate that lets water out of the reservoir, was found jammed.',
      ),
    );
    expect(e.ask('what is the sluice?').quotes[0]?.text).toMatch(/a steel gate that lets water out/);
  });

  it('answers "what is <a name>?" with the sentence that says what the place is', () => {
    const e = memoryEngine(
      article(
        'k2',
        '2031-03-02',
        'Fire reaches Portmore',
        'The Portmore fire was 90 percent contained on Friday.',
        'Portmore, home to about 8,000 people, was a fishing port before it became a resort.',
      ),
    );
    expect(e.ask('what is Portmore?').quotes[0]?.text).toMatch(/home to about 8,000 people/);
  });
});

describe('an acronym the reports never write, and a cause in the passive', () => {
  it('finds "the National Weather Agency" for "what did the NWA say?" when the reports never write "NWA"', () => {
    const e = memoryEngine(
      article(
        'w1',
        '2031-08-02',
        'Storm floods the coast',
        'Rivers burst their banks across the coast on Friday.',
        'The National Weather Agency said it had issued a red warning two days earlier.',
      ),
    );
    expectLeadsWith(e, 'what did the NWA say?', /National Weather Agency said/);
  });

  it('answers "what caused the landslides?" with "landslides set off by … rain"', () => {
    const e = memoryEngine(
      article(
        'l1',
        '2031-08-02',
        'Landslides hit hill villages',
        'Rescuers reached the landslides after the road was cleared on Wednesday.',
        'Landslides set off by three days of heavy rain buried two villages before dawn.',
        'The landslides cut the only road after the bridge collapsed.',
      ),
    );
    expect(e.ask('what caused the landslides?').quotes[0]?.text).toMatch(/set off by three days of heavy rain/);
  });
});

describe('the whole toll', () => {
  it('leads "how many people died in the protests?" with the toll, not one town\'s count', () => {
    const e = memoryEngine(
      // Most of the reports are about other things: "protests" is no word of every page.
      article('a1', '2031-04-03', 'Shops shut', ...Array.from({ length: 30 }, (_, k) => `Shops in district ${k + 1} stayed shut for the week.`)),
      article('t1', '2031-04-06', 'Toll rises', 'Hospital staff said 40 people died on Friday, bringing the toll over four days of protests to 112.'),
      article(
        't2',
        '2031-04-07',
        'Protests spread to the provinces',
        'In Riverton, two construction workers died and 30 people were injured when the protests turned into clashes with police.',
      ),
    );
    expect(e.ask('how many people died in the protests?').quotes[0]?.text).toMatch(/toll over four days of protests to 112/);
  });

  it('still leads "how many died on the first day?" with that day\'s figure', () => {
    const e = memoryEngine(
      article('t1', '2031-04-03', 'Protests turn deadly', 'Six people died on the first day of the protests, police said.'),
      article('t2', '2031-04-06', 'Toll rises', 'Hospital staff said 40 people died on Friday, bringing the toll over four days of protests to 112.'),
    );
    expect(e.ask('how many people died on the first day of the protests?').quotes[0]?.text).toMatch(/^Six people died on the first day/);
  });
});

describe('"what started the fire?"', () => {
  it('asks for a cause, as "what caused the fire?" does, and "the cause of the fire" answers it', () => {
    const e = memoryEngine(
      article(
        'f1',
        '2031-09-12',
        'Fire burns through the old town',
        'The fire started on a hillside on Tuesday morning and reached the harbour after dark.',
        'Crews said the fire was 80 percent contained by Thursday, after the wind dropped.',
        'Investigators said the cause of the fire was a power line that fell onto dry grass.',
      ),
    );
    const answer = e.ask('what started the fire?');
    expect(answer.intent).toBe('why');
    expect(answer.quotes[0]?.text).toMatch(/cause of the fire was a power line/);
  });
});

describe('"what is the <thing> called?"', () => {
  const e = memoryEngine(
    article('s1', '2031-05-02', 'Ship runs aground in canal', 'A container ship ran aground in the canal on Tuesday and blocked traffic in both directions.', 'The ship, the Golden Heron, was carrying 18,000 containers from China to the Netherlands.', 'Tugs called to the scene failed to move it.'),
    article('s2', '2031-05-04', 'Salvage crews start dredging', "Officials called the operation the most complex in the canal's history.", 'Operation Clearwater, the salvage effort, began on Thursday with two dredgers.'),
  );

  it('asks for the name, as "what was the name of the ship?" does, not for a sentence with "called" in it', () => {
    expect(e.ask('what was the ship called?').quotes[0]?.text).toMatch(/Golden Heron/);
    expect(e.ask('whats the salvage operation called').quotes[0]?.text).toMatch(/Operation Clearwater/);
  });
});

describe('"who did it?"', () => {
  it('asks who is responsible, as "who is responsible?" does', () => {
    const e = memoryEngine(
      article('w1', '2031-05-02', 'Bomb hits market', 'A bomb exploded in a crowded market in Dorval on Friday, killing 12 people.', 'A group called the Northern Front claimed responsibility for the attack in a statement on Saturday.'),
    );
    for (const q of ['who did it?', 'who did this', 'who was behind it?']) expect(e.ask(q).quotes[0]?.text).toMatch(/claimed responsibility/);
  });
});

describe('"the victims" of reports that never write the word', () => {
  it('meets their words for the dead', () => {
    const e = memoryEngine(
      article('v1', '2031-02-11', 'Gunman kills four at school', 'A gunman killed four people at a school in Arden on Monday, police said.', 'Those killed were two teachers, a caretaker and a pupil, the school said.', 'The school will stay closed until next week.'),
    );
    expect(e.ask('who were the victims?').quotes.map((q) => q.text).join(' ')).toMatch(/two teachers, a caretaker and a pupil/);
    expect(e.ask('tell me about the victims').notFound).toBe(false);
  });
});

describe('a count given with a word of the counted thing\'s family', () => {
  it('answers "how many survivors?" with "All 155 people aboard survived", not "none gives a number"', () => {
    const e = memoryEngine(
      article('s1', '2031-01-16', 'Jet lands on river', 'A jet came down on the river on Thursday.', 'All 155 people aboard survived.'),
      article('s2', '2031-01-17', 'Pier count questioned', 'The mayor gave a lower count for the number of survivors brought to the pier, saying 58 people had been taken there.'),
    );
    const answer = e.ask('how many survivors were there?');
    expect(answer.notFound).toBe(false);
    expect(answer.quotes.map((q) => q.text).join(' ')).toMatch(/All 155 people aboard survived/);
  });
});

describe('"what is being done?"', () => {
  it('asks for the action taken, though it has no word of its own', () => {
    const e = memoryEngine(
      article('a1', '2031-08-09', 'Storm floods Arden', 'Floodwater filled hundreds of homes in Arden overnight.', 'The city has taken action: it opened three shelters and sent 200 workers to clear the debris, the mayor said.'),
    );
    expect(e.ask('what is being done about it?').quotes[0]?.text).toMatch(/opened three shelters/);
  });
});

describe('a casualty word the reports never use', () => {
  it('answers "how many were injured?" with the figure they give in other words ("treated in hospital")', () => {
    const e = memoryEngine(
      article('h1', '2031-06-14', 'Fire guts tower block', 'Fire swept through a 24-storey tower block overnight, and firefighters fought the blaze for hours.', 'NHS officials said 74 people were being treated in six hospitals, 20 of them in critical care.'),
      article('h2', '2031-06-15', 'Tower residents rehoused', 'The council said it would rehouse every family from the tower within three weeks.'),
    );
    expect(e.ask('how many were injured?').quotes[0]?.text).toMatch(/74 people were being treated/);
  });
});

describe('an adjective meets the ones WordNet says it is similar to', () => {
  it('reads "go quiet" of reports that say "fell silent"', () => {
    const e = memoryEngine(
      article('q1', '2031-12-26', 'Volcano declared over', 'Officials declared the eruption over on Saturday, ten days after the volcano fell silent on December 13.', 'About 7,000 people were evacuated in September.'),
      article('q2', '2031-09-20', 'Volcano erupts', 'The volcano erupted on September 19, sending lava towards the coast.'),
    );
    expect(e.ask('when did the volcano go quiet?').quotes[0]?.text).toMatch(/fell silent on December 13/);
  });
});

describe('chat shorthand is written out, not corrected to a report\'s word', () => {
  it('reads "how meny" as "how many", though the reports write "men"', () => {
    const e = memoryEngine(
      article('m1', '2031-04-02', 'Truck ploughs into crowd', 'Two men were arrested on Friday.', 'The attack killed 86 people, among them 15 children.'),
      article('m2', '2031-04-03', 'Children among the dead', 'Men, women and children were killed as the truck drove along the promenade, the mayor said.'),
    );
    expect(e.ask('how meny children were killed').quotes[0]?.text).toMatch(/15 children/);
  });
});

describe('general English a new incident asks in', () => {
  const e = memoryEngine(
    article(
      'd1',
      '2031-09-04',
      'Tailings dam bursts above mining town',
      'A tailings dam at the Serra Alta mine burst on Friday, sending a wave of mud into the town below.',
      'Fire service spokesman Lieutenant Ana Costa said 40 people were still missing.',
      'The mine’s owner said it did not yet know what had made the dam fail.',
      'Engineers later concluded that the dam failed because water had built up inside it.',
    ),
    article(
      'd2',
      '2031-09-06',
      'Police examine device found at the scene',
      'Police said the device found near the dam was a homemade bomb made of two metal pipes.',
      'The device measured about 30 centimetres in length, and investigators found 12 more pipes in a van.',
      'A worker climbed the hill above the site on Friday afternoon.', 'The worker said he had climbed the hill in the hope that the mud would not reach it.',
    ),
  );

  it('reads "what kind of X" as asking about X, not about a "kind"', () => {
    expect(e.ask('What kind of bomb was it?').quotes[0]?.text).toMatch(/homemade bomb/);
  });

  it('takes "in the hope that" as the reason a why-question asks for', () => {
    expect(e.ask('Why did the worker climb the hill?').quotes[0]?.text).toMatch(/in the hope that/);
  });

  it('answers "how big" with a size in centimetres', () => {
    expect(e.ask('how big was the device?').quotes[0]?.text).toMatch(/30 centimetres/);
  });

  it('meets "spokesman" for "spokesperson": one word for another person', () => {
    expect(e.ask('Who was the spokesperson for the fire service?').quotes[0]?.text).toMatch(/Ana Costa/);
  });

  it('asks for a cause with "what made …", and a sentence saying the cause is not known does not lead', () => {
    expect(e.ask('What made the dam fail?').quotes[0]?.text).toMatch(/because water had built up/);
  });
});

describe('"what\'s the length of the canal in km?"', () => {
  const e = memoryEngine(
    article(
      'c1',
      '2031-03-24',
      'Ship blocks the Nile Canal',
      'A container ship ran aground in the Nile Canal on Tuesday, blocking traffic for six days.',
      'The canal, which is 190 kilometres long, links the two seas.',
      'Tugs reached the Nile Canal from a port 6 kilometres to the south on Wednesday.',
    ),
  );

  it('asks for a length, with "what\'s" read as "what is" and "in km" as the unit asked for', () => {
    expect(e.ask("what's the length of the Nile Canal in km").quotes[0]?.text).toMatch(/190 kilometres long/);
    expect(e.ask('whats the length of the nile canal').quotes[0]?.text).toMatch(/190 kilometres long/);
  });
});

describe('a name no report uses', () => {
  const e = memoryEngine(
    article(
      'n1',
      '2031-01-08',
      'Airlines ground their Corvair 90 jets after a panel blows out',
      'Westline Airways, the only other carrier that flies the model, has 79 Corvair 90 jets, while Harbor Air has 65.',
      'The Kestrel National Commission on Human Rights said 14 passengers had been questioned by investigators.',
    ),
  );

  it('is "not found": the reports say nothing of what it asks', () => {
    expect(e.ask('How many Corvair 90 jets does Copa Airlines fly?').notFound).toBe(true);
    expect(e.ask('How many Corvair 90 jets does Harbor Air fly?').quotes[0]?.text).toMatch(/Harbor Air has 65/);
  });

  it('is not an acronym the reports spell out', () => {
    expect(e.ask('How many passengers did the KNCHR say were questioned?').quotes[0]?.text).toMatch(/14 passengers/);
  });
});

describe('a follow-up about the name the last answer gave', () => {
  const reports = () =>
    memoryEngine(
      article(
        'r1',
        '2031-05-04',
        'Grounded freighter refloated on the Tarn',
        'The freighter Calder, which ran aground on the Tarn on Wednesday, was refloated on Monday morning.',
        'The Port Authority of Lisbon and the Marlow City Council watched from the bank as the salvage company Anchor pulled the Calder free with four tugs.',
        'Anchor said its crews finished the work on Monday evening, after the last tug left the channel.',
        'The Calder had dropped anchor off the bank before it ran aground.',
      ),
    );
  const ask = (ctx: MutableAppContext, question: string) => runCommand(ctx, 'ask', { options: { question }, userId: 'u1', channelId: 'c1', guildId: null });

  it('finds a name after a noun for a group ("the salvage company Anchor"), but not a common word written in lower case', () => {
    const engine = reports();
    const anchor = engine.entities.all().find((e) => e.name === 'Anchor');
    expect(anchor?.kind).toBe('organisation');
    expect(anchor?.mentions).toEqual(['r1#2.0', 'r1#3.0']);
  });

  it('reads "they" as the company the answer named, the one beside the question’s words', async () => {
    const ctx = new MutableAppContext(reports());
    expect(ctx.engine.ask('Which salvage company pulled the freighter free?', {}).named?.[0]?.name).toBe('Anchor');
    await ask(ctx, 'Which salvage company pulled the freighter free?');
    const followUp = await ask(ctx, 'When did they finish the work?');
    expect(JSON.stringify(followUp.message)).toContain('Understood as: “When did Anchor finish the work?”');
    expect(followUp.answers[0].quote).toContain('finished the work on Monday evening');
  });

  it('leads a follow-up with what the person its pronoun stands for said, not a sentence that only has the asked words', async () => {
    const engine = memoryEngine(
      article('t1', '2031-06-15', 'Fire guts tower block', 'Fire tore through the Elm Court tower block on Wednesday.', 'Late on Wednesday, small fires could still be seen burning on the top floors.'),
      article('t2', '2031-06-18', 'Toll rises', 'Commander Ana Ruiz of the city police said on Saturday that 40 people had died.', 'The commander fought back tears as she spoke. She said she had gone up to the top floor herself and that the damage was hard to put into words.'),
    );
    const ctx = new MutableAppContext(engine);
    await ask(ctx, 'Who is Ana Ruiz?');
    const followUp = await ask(ctx, 'What did she see when she went to the top floor?');
    expect(followUp.answers[0].quote).toContain('gone up to the top floor herself');
  });

  it('reads "their" as the company the answer names by the question\'s own words ("owned by"), not one written beside the word "company"', () => {
    const engine = memoryEngine(
      article('w1', '2031-04-22', 'Rig sinks in the gulf', 'The rig, which is owned by Norwell Ltd., the biggest drilling contractor in the gulf, was working for the oil company Bexar when it sank.', 'Sam Ito, Norwell\'s chief executive, said the crew had been evacuated.', 'Ann Lee, Bexar\'s chief executive, promised to pay for the cleanup.'),
    );
    expect(engine.ask('Which company owns the rig?', {}).named?.[0]?.name).toMatch(/^Norwell/);
  });

  it('reads "they" after "what city did <group> take?" as that group, not one the answer names in passing', async () => {
    const ctx = new MutableAppContext(
      memoryEngine(
        article(
          'm1',
          '2031-06-24',
          'Rebels take Norvik',
          'The Free Army took over the city of Norvik on Saturday, and the Defence Ministry said it was moving troops north.',
          'The Free Army columns turned back 200 kilometres short of the capital.',
        ),
      ),
    );
    await ask(ctx, 'what city did the free army take over?');
    const followUp = await ask(ctx, 'how close did they get to the capital?');
    expect(JSON.stringify(followUp.message)).toContain('Understood as: “how close did Free Army get to the capital?”');
  });
});

describe('"how many <people> were there?" is no casualty question', () => {
  it('answers with the count of those sent, not of those hurt', () => {
    const engine = memoryEngine(
      article(
        'f1',
        '2031-06-01',
        'Warehouse fire in Tarnby burns through the night',
        'A fire destroyed a grain warehouse in the port of Tarnby on Sunday night. Officials said one firefighter was seriously hurt while fighting the blaze.',
        'Crews worked until dawn. About 400 firefighters were sent to the scene from across the region, the fire service said.',
      ),
    );
    expect(engine.ask('How many firefighters were there?', {}).quotes[0]?.text).toContain('About 400 firefighters were sent');
    // A casualty question still gets the count of the hurt.
    expect(engine.ask('How many firefighters were hurt?', {}).quotes[0]?.text).toContain('one firefighter was seriously hurt');
  });
});

describe('a what-question with a clause that sets the scene', () => {
  it('answers "what did she say when she visited …" with her words, though the visit is told a sentence earlier', () => {
    const e = memoryEngine(
      article('v1', '2031-09-02', 'Governor visits flooded valley', 'Governor Ana Ruiz visited the flooded Alder valley on Monday, where hundreds of homes were under water.',
        'Ruiz spoke with volunteers at a shelter before touring the valley by boat. She told officials that the state would pay for every repair, and said the levee inspections would be published.'),
    );
    expect(e.ask('What did Ruiz say when she visited the valley?').quotes[0]?.text).toMatch(/pay for every repair/);
  });
});

describe('"who runs X?" asks for whoever leads it, by any title', () => {
  const reports = () =>
    memoryEngine(
      article('l1', '2031-10-04', 'Harbor line shut after hack', 'Harbor Freight Lines shut its network on Friday after a cyberattack, the company said.',
        'The agency that oversees the port, whose director, Sam Reed, spoke on Saturday, said Harbor Freight Lines was cooperating.',
        'The chief executive of Harbor Freight Lines, Maria Okafor, said on Sunday that the network would restart within days.'),
    );
  it('answers with the title by the company the question names, held by a person named there', () => {
    expect(reports().ask('Who runs Harbor Freight Lines?').quotes[0]?.text).toMatch(/Maria Okafor/);
  });
  it('answers "who runs the Kerrow region?" with its governor: a governor, a mayor or a captain leads too', () => {
    const e = memoryEngine(
      article('g1', '2031-02-16', 'Blast shatters windows in Kerrow', 'Emergencies Minister Ivan Sokol, who flew into Kerrow late on Friday and met the governor of the Kerrow region at 9 p.m., said on Saturday that the main work was done.', 'By the late afternoon Ruiz had put the number of injured at 950.', 'Governor Ana Ruiz of the Kerrow region told reporters that the damage would come to more than one billion roubles.'),
    );
    expect(e.ask('who runs the Kerrow region').quotes[0]?.text).toMatch(/^Governor Ana Ruiz of the Kerrow region/);
  });
  it('reads the company as an organisation, and "The chief executive of …, Maria Okafor," as a person with that title', () => {
    const e = memoryEngine(
      article('l2', '2031-10-05', 'Harbor line restarts', 'Harbor Freight Lines, which has its headquarters in Portside, said it restarted the network.',
        'Harbor Freight Lines said the restart went well.', 'The chief executive of Harbor Freight Lines, Maria Okafor, thanked staff. Harbor said the backlog would clear by Friday.'),
    );
    const company = e.entities.all().find((x) => x.name === 'Harbor Freight Lines');
    expect(company?.kind).toBe('organisation');
    // "Harbor said": the company's first word alone is the company.
    expect(company?.mentions).toContain(e.corpus.sentences.find((s) => s.text.startsWith('Harbor said'))?.id);
    expect(e.entities.all('person').find((x) => x.name === 'Maria Okafor')?.roles.join(' ')).toMatch(/chief executive of Harbor Freight Lines/);
  });
  it('gives "On the same day President Ana Ruiz signed …" the role "President", not "the same day President"', () => {
    const e = memoryEngine(
      article('l3', '2031-10-06', 'Order signed', 'Ports reopened on Monday. On the same day President Ana Ruiz signed an order on shipping.', 'Earlier in the day Governor Tom Bell visited the docks.'),
    );
    expect(e.entities.all('person').find((x) => x.name === 'Ana Ruiz')?.roles).toEqual(['President']);
    expect(e.entities.all('person').find((x) => x.name === 'Tom Bell')?.roles).toEqual(['Governor']);
  });
  it('gives a role written before one name to that name, not to the name after it ("President Ivo Lenz said Karl Brand had …")', () => {
    const e = memoryEngine(
      article('l4', '2031-10-07', 'Brand in Tolvar', 'Karl Brand, the founder of the Ostra militia, led his men into Tolvar.', 'President Ivo Lenz said Karl Brand had arrived in Tolvar.'),
    );
    expect(e.entities.all('person').find((x) => x.name === 'Karl Brand')?.roles).toEqual(['the founder of the Ostra militia']);
    expect(e.entities.all('person').find((x) => x.name === 'Ivo Lenz')?.roles).toEqual(['President']);
  });
  it('reads "The company\'s chief executive, Troy Propes," after a sentence naming the company as its leader', () => {
    const kentucky = new Engine(loadCorpus('test/fixtures/incidents/kentucky-tornadoes-2021/corpus'));
    expect(kentucky.ask('Who runs Mayfield Consumer Products?').quotes[0]?.text).toMatch(/chief executive, Troy Propes/);
  });
  it('keeps a town a place when a company is named after it', () => {
    const e = memoryEngine(
      article('l3', '2031-10-06', 'Storm hits Alderton', 'The storm flattened much of the town of Alderton on Friday.', 'Alderton Candle Products said its factory in Alderton was destroyed.'),
    );
    expect(e.entities.all().find((x) => x.name === 'Alderton')?.kind).toBe('place');
  });
});

describe('"when did it happen?" names no topic: the incident itself', () => {
  // Files sorted by name put the week-later report first; its opening dates what came after.
  const reports = () =>
    memoryEngine(
      article('a-later', '2031-11-14', 'All accounted for a week after the storm', 'Everyone reported missing has now been accounted for, the governor said on Friday, a week after the storm.',
        'Crews kept clearing roads.'),
      article('b-first', '2031-11-08', 'Storm flattens Ashby', 'A violent storm flattened much of the town of Ashby late on Friday, officials said.', 'Power was cut to thousands of homes.'),
    );
  it('leads with the opening of the earliest report, which dates the incident', () => {
    expect(reports().ask('when did it happen?').quotes[0]?.text).toMatch(/flattened much of the town of Ashby late on Friday/);
  });
  it('answers a bare /when with that day, not with the earliest dated sentence of all', async () => {
    const e = memoryEngine(
      article('a-later', '2031-11-14', 'All accounted for a week after the storm', 'Everyone reported missing has now been accounted for, the governor said on Friday, a week after the storm.'),
      article('b-first', '2031-11-08', 'Storm flattens Ashby', 'A violent storm flattened much of the town of Ashby late on Friday, officials said.',
        'The county had inspected the shelters on Monday, 3 November, and found them ready.'),
    );
    const answer = await runCommand(new MutableAppContext(e), 'when', { options: {}, userId: 'u1', channelId: 'c1', guildId: null });
    expect(answer.answers[0]?.quote).toMatch(/flattened much of the town of Ashby late on Friday/);
  });
  it('does not read "did it" as a phrase of its own', () => {
    expect(terms('when did it happen')).not.toContain('do_it');
  });
});

describe('countries as a chat user writes them', () => {
  it('reads a demonym several table entries share as the principal country ("French" is France, "American" the United States)', async () => {
    const { countryOf } = await import('../../src/text/countries.js');
    expect(countryOf('french')).toBe('France');
    expect(countryOf('American')).toBe('United States');
    expect(countryOf('dutch')).toBe('Netherlands');
  });

  it('indexes "U.S." as the acronym US, not as two letters too short to index', () => {
    expect(terms('The U.S. Embassy in Kigali')).toEqual(terms('The US Embassy in Kigali'));
  });

  it('answers "why did the american embassy in kigali close?" from "The U.S. Embassy in Kigali closed …"', () => {
    const e = memoryEngine(
      article('k1', '2031-10-10', 'Outbreak spreads in the capital', 'The Belgian embassy in Kigali closed to the public because of the outbreak, and its staff worked from home.',
        'The U.S. Embassy in Kigali closed to the public because of the outbreak, and its staff worked from home.'),
      // Both close for the same reason: only the country tells them apart.
    );
    expect(e.ask('why did the american embassy in kigali close?').quotes[0]?.text).toMatch(/U\.S\. Embassy/);
  });
});

describe('who did it, and where a journey was going, in any words', () => {
  const e = memoryEngine(
    article('t1', '2031-03-11', 'Gunmen seize train in mountain pass', 'The train had pulled out of Northgate, the provincial capital, at around 9 a.m. on its long run north to Harwick in the hills.',
      'The Free Valley Front, a banned separatist group that has fought the state for years, said its fighters carried out the attack.',
      'In Northgate, the first train to Harwick since the attack pulled out on Friday morning carrying about 430 passengers, after Jon Reed, a member of the National Assembly, cut a ribbon.',
      'Police said the train attack group of suspects had not been found.'),
  );

  it('answers "which group was behind the train attack?" with the group that says it carried it out', () => {
    expect(e.ask('Which group was behind the train attack?').quotes[0]?.text).toMatch(/carried out the attack/);
  });

  it('answers "what was the train\'s destination?" with the run north to Harwick', () => {
    expectLeadsWith(e, "what was the train's destination", /run north to Harwick/);
  });
});

describe('a role written with "the" is the person the report last named with it', () => {
  it('reads "the governor said" as the governor the article named before', () => {
    const engine = memoryEngine(
      memoryArticle(
        'g1',
        '2031-07-01',
        'Floods hit the valley',
        'Governor Ana Reyes visited the flooded towns of the valley on Monday.',
        'Reyes also met the mayors of three towns at the fire station.',
        '"Every family will get help to rebuild their homes," the governor said at the station.',
        'Reyes toured homes in the valley that had been cut off for two days.',
      ),
    );
    expect(engine.ask('What did Reyes say about the homes?').quotes[0]?.text).toMatch(/Every family will get help/);
    const quoted = engine.corpus.sentences.find((s) => s.text.includes('the governor said'))!;
    expect(engine.entities.inSentence(quoted.id).map((e) => e.name)).toContain('Ana Reyes');
    // "the mayors" is no role any person named before holds: nobody is read into that sentence.
    const mayors = engine.corpus.sentences.find((s) => s.text.includes('the mayors'))!;
    expect(engine.entities.inSentence(mayors.id).map((e) => e.name)).toEqual(['Ana Reyes']);
  });
});

describe('who-is questions about a named person', () => {
  // Brand is named in every report; only one says what he is.
  const e = memoryEngine(
    article('w1', '2031-11-01', 'Column reaches Tolvar', 'Karl Brand said his column had reached Tolvar on Saturday.', 'Karl Brand said his men held the airfield.'),
    article('w2', '2031-11-02', 'Column turns back', 'The column turned back on Sunday. Karl Brand, the founder of the Ostra militia, agreed to leave for Varn.'),
    article('w3', '2031-11-03', 'Brand in Varn', 'Officials said Karl Brand had arrived in Varn. Nobody knew where Karl Brand was on Monday.'),
  );
  it('leads "who is Karl Brand" with the sentence that says what he is', () => {
    expect(e.ask('who is Karl Brand').quotes[0]?.text).toMatch(/the founder of the Ostra militia/);
  });
  it('reads "/who Karl Brand" (a name alone) as asking the same', () => {
    expect(e.ask('Karl Brand', { intent: 'who' }).quotes[0]?.text).toMatch(/the founder of the Ostra militia/);
  });
  it('titles "/who Karl Brand" as the question "Who is Karl Brand", and "/who turned back" as "Who turned back"', async () => {
    const title = async (topic: string) => (await runCommand(new MutableAppContext(e), 'who', { options: { topic }, userId: 'u', channelId: 'c', guildId: 'g' })).message.embeds?.[0]?.title;
    expect(await title('Karl Brand')).toBe('Who is Karl Brand');
    expect(await title('is Karl Brand')).toBe('Who is Karl Brand');
    expect(await title('turned back')).toBe('Who turned back');
  });
});

describe('"what kind of …" answered by what the thing is said to be', () => {
  const grounding = () =>
    memoryEngine(
      article('k1', '2031-03-04', 'Ship runs aground', 'The ship Northern Star ran aground off Cape Hollin on Tuesday, the port authority said.', 'Crews were still trying to refloat the ship Northern Star on Wednesday.'),
      article('k2', '2031-03-05', 'Salvage begins', 'The Northern Star, a Liberian-registered oil tanker, was carrying 80,000 tonnes of crude when it struck the reef.'),
    );
  it('leads "What kind of ship is the Northern Star?" with the apposition that says so', () => {
    expect(grounding().ask('What kind of ship is the Northern Star?').quotes[0]?.text).toMatch(/a Liberian-registered oil tanker/);
  });
});

describe('"who is the … guy": a noun for a person the reports never write', () => {
  const spill = () =>
    memoryEngine(
      article('g1', '2031-05-02', 'Oil leak grows', 'Oil kept leaking from the Harwell platform on Friday, the company said.', "Mara Quist, Norvane Energy's chief operating officer, told reporters that crews would try a new cap within days.", 'Norvane said the cleanup had cost it $450 million so far.'),
      article('g2', '2031-05-03', 'Cap fails', 'The first cap failed on Saturday, and Norvane said the leak could last weeks.', 'Quist said engineers would keep trying.'),
    );
  it('answers "who is the Norvane guy who keeps talking to reporters?" with the one named there: "guy" stands for any name', () => {
    expect(spill().ask('who is the Norvane guy who keeps talking to reporters?').quotes[0]?.text).toMatch(/^Mara Quist/);
  });
});

describe('"who is X\'s lawyer?" asks for someone else, named as X\'s lawyer', () => {
  const trial = () =>
    memoryEngine(
      article('p1', '2031-02-10', 'Operator charged', 'Prosecutors charged Egon Harlan, the operator of the lift, with negligence on Monday.', "Harlan's lawyer, Dana Roth, said her client would ask to serve house arrest at home.", 'Harlan did not speak in court.'),
    );
  it('reads "Harlan\'s lawyer, Dana Roth," as a person with that role', () => {
    const roth = trial().entities.all('person').find((e) => e.name === 'Dana Roth');
    expect(roth?.roles).toContain("Harlan's lawyer");
  });
  it('answers with the lawyer\'s name, which a follow-up\'s "she" then stands for', () => {
    const answer = trial().ask("Who is Egon Harlan's lawyer?");
    expect(answer.quotes[0]?.text).toMatch(/Dana Roth/);
    expect(answer.named?.map((e) => e.name)).toEqual(['Dana Roth']);
  });
});

describe('"what time did it happen?": the hour of the incident, wherever a report gives it', () => {
  const failure = () =>
    memoryEngine(
      article(
        't1',
        '2031-01-25',
        'Dam bursts near Tarrow',
        'A dam holding back mine waste burst on Friday near the town of Tarrow, killing at least 40 people, officials said.',
        'The alarm at a second dam sounded at about 5:30 on Sunday morning, and residents fled uphill.',
        'Rescuers kept searching through the night.',
      ),
      article(
        't2',
        '2032-01-25',
        'A year after the Tarrow dam collapse',
        'Families gathered on Saturday to remember the 40 people killed when the dam collapsed.',
        'Prosecutors charged 16 people over the disaster.',
        'The dam collapsed at 12:28 pm on 25 January 2031, burying the staff canteen in mud.',
      ),
    );
  it('leads with the sentence naming the incident with its hour, not an opening that gives another hour', () => {
    expect(failure().ask('what time did it happen?').quotes[0]?.text).toMatch(/12:28 pm/);
  });
});

describe('"how many … were involved?": "involved" names no topic', () => {
  it('answers from the sentence counting the trains, which never says "involved"', () => {
    const e = memoryEngine(
      article('v1', '2031-06-03', 'Trains collide near Dunmore', 'Two passenger trains and a goods train collided near Dunmore station on Friday evening, officials said.', 'The signalling system had been changed a week before, engineers said.'),
      article('v2', '2031-06-04', 'Inquiry opens', 'The rail safety board opened an inquiry on Saturday and said 12 engineers had been involved in changing the signals.'),
      // Reports that speak of trains without "involved": the word is rare, and weighs much unless it is read as no topic.
      ...['Crews cleared the wreck of the trains on Sunday.', 'Trains ran again on the line on Monday.', 'The trains had been running late before the crash.', 'Relatives waited for news of those on the trains.'].map((text, i) =>
        article(`v${i + 3}`, `2031-06-0${i + 5}`, 'Line reopens', text),
      ),
    );
    expect(e.ask('how many trains were involved?').quotes[0]?.text).toMatch(/Two passenger trains and a goods train collided/);
  });
});

describe('"which town was hit worst?": a superlative asks which ranks first, it names no topic', () => {
  it('answers from the reports that name the hardest-hit town, though none writes "worst"', () => {
    const e = memoryEngine(
      article('w1', '2031-09-11', 'Floods sweep the coast', 'Floodwater hit the town of Brava on Monday, destroying whole streets and killing at least 300 people.', 'Smaller towns along the coast reported damage to roads.'),
      article('w2', '2031-09-12', 'Aid reaches Brava', 'Aid convoys reached Brava on Tuesday, where 10,000 people are still missing.'),
    );
    expect(e.ask('which town was hit worst?').quotes[0]?.text).toMatch(/the town of Brava/);
  });
});

describe('"who won the election?": a name no cue marks, that did something, is a person', () => {
  const vote = () =>
    memoryEngine(
      article('n1', '2031-11-03', 'Election result disputed', 'Lena Vos rejected a recount outright, saying the opposition had already won the election and asking whether people would vote again.', 'Turnout was high across the country.'),
      article('n2', '2031-11-02', 'Council names election winner', 'The electoral council said on Sunday that Tomas Brandt won the election with 52 percent of the vote.'),
    );
  it('answers with the sentence naming the winner, though no title, role or "said" marks the name', () => {
    const answer = vote().ask('who won the election?');
    expect(answer.notFound).toBe(false);
    expect(answer.quotes[0]?.text).toMatch(/Tomas Brandt won the election/);
  });
  it('reads "Jeju Air" or "Storm Daniel", whose words are English words, as no person', () => {
    const e = memoryEngine(article('n3', '2031-11-04', 'Airline grounds jets', 'Storm Daniel flooded the runway, and Jeju Air cancelled every flight.'));
    expect(e.entities.all('person').map((p) => p.name)).toEqual([]);
  });
});

describe('who-questions: the name standing next to the asked words leads', () => {
  it('leads "who won the election?" with "Tomas Brandt won", not a name whose clause only mentions winning', () => {
    const e = memoryEngine(
      article('n1', '2031-11-03', 'Election result disputed', 'Lena Vos rejected a recount of the election outright, saying her camp had already won the election and asking whether people would vote a third time.'),
      article('n2', '2031-11-02', 'Council names winner', 'The electoral council declared that Tomas Brandt won, with 52 percent of the vote in the election.'),
    );
    expect(e.ask('who won the election?').quotes[0]?.text).toMatch(/Tomas Brandt won/);
  });
});

describe('who-questions: the asked word as another person\'s kin names someone else', () => {
  it('does not lead "who was the gunman?" with "the gunman\'s brother"', () => {
    const e = memoryEngine(
      article('p1', '2031-04-02', 'Gunman named', 'A relative said Oskar Lindqvist, the 24-year-old gunman, had moved back to the city in March.'),
      article('p2', '2031-04-03', 'Brother detained', "Police detained the gunman's younger brother, Anton Lindqvist, 19, on Tuesday.", "Anton Lindqvist, the gunman's brother, was released without charge."),
    );
    expect(e.ask('who was the gunman?').quotes[0]?.text).toMatch(/Oskar Lindqvist, the 24-year-old gunman/);
  });
});

describe('a storm\'s strength and a count of places affected', () => {
  const storm = () =>
    memoryEngine(
      article('s1', '2031-12-11', 'Tornadoes tear through the valley', 'Tornadoes tore through the valley overnight, flattening much of the town of Marren and killing at least 40 people.', 'Counting four deaths in Orla and two in Beck, at least 46 people died across three states.'),
      article('s2', '2031-12-13', 'Weather service rates the tornado', 'The weather service said the Marren tornado was an EF4, with peak winds estimated at 180 mph.'),
    );
  it('answers "how strong was the tornado?" with its rating and winds', () => {
    expect(storm().ask('how strong was the tornado?').quotes[0]?.text).toMatch(/an EF4, with peak winds/);
  });
  it('answers "how many states were affected?" from the count of states, though no report says "affected"', () => {
    expect(storm().ask('how many states were affected?').quotes.map((q) => q.text)).toContainEqual(expect.stringMatching(/across three states/));
  });
});

describe('"who attacked first?": an ordinal asks which came first, it names no topic', () => {
  it('is answered from reports of the attacks, though none writes "first"', () => {
    const e = memoryEngine(
      article('o1', '2031-02-03', 'Norland strikes Sud', 'Norland launched an attack on militant camps inside Sud on Tuesday, killing two children.'),
      article('o2', '2031-02-05', 'Sud hits back', 'Sud retaliated on Thursday with an attack on targets in Norland, two days after the Norland strikes.'),
    );
    expect(e.ask('who attacked first?').notFound).toBe(false);
  });
});

describe('a short sentence of a report is an answer like any other', () => {
  it('leads "how many of the crew made it off alive?" with "Of the ferry\'s 29 crew, 22 survived.", though it is under 40 characters', () => {
    const e = memoryEngine(
      article('c1', '2031-05-02', 'Ferry sinks off Kell', 'The ferry capsized off Kell on Wednesday morning with 300 people on board.', "Of the ferry's 29 crew, 22 survived.", 'Eleven passengers who got off the ship alive said the crew had told them to stay put.'),
      article('c2', '2031-05-03', 'Crew questioned', 'Prosecutors said 15 members of the crew had been arrested, and a passenger told reporters that the crew had said to stay put.'),
    );
    expect(e.ask('how many of the crew made it off alive?').quotes[0]?.text).toMatch(/^Of the ferry's 29 crew, 22 survived\./);
  });
});

describe('"what caused it?": asked of the incident in the reports\' own word for it', () => {
  const fire = () =>
    memoryEngine(
      article('f1', '2031-06-24', 'Fire at battery plant kills 20', 'A fire tore through a battery plant in Oster on Monday, killing 20 workers, officials said.', 'The governor told fire chiefs at the scene to find out exactly what had caused the fire.', 'The cause of the first explosions was not yet known on Monday night.'),
      article('f2', '2031-06-25', 'Plant had safety warnings', 'Putting names to the dead has been slow because most of the bodies were badly burned.', 'A state committee was set up to establish what caused the fire.'),
      article('f3', '2031-08-20', 'Police finish inquiry', 'The June fire that killed 20 workers at the battery plant in Oster was caused by the company rushing orders while ignoring defects in its cells, police said on Tuesday.'),
    );
  it.each(['what caused it?', 'why did it happen?', 'what was the cause?'])('answers "%s" with the reason given for the fire, not a sentence that only seeks one', (question) => {
    expect(fire().ask(question).quotes[0]?.text).toMatch(/was caused by the company rushing orders/);
  });
  it('reads "the leak was the result of …" as the cause of the leak', () => {
    const e = memoryEngine(
      article('g1', '2031-05-08', 'Gas leak kills 12', 'Gas leaked from a storage tank at a chemical plant near Varno early on Thursday, killing 12 people.', 'The state set up a committee to establish what caused the leak.'),
      article('g2', '2031-05-20', 'Committee reports', 'The committee chairman told reporters the leak was the result of a runaway reaction in the oldest tank.'),
    );
    expect(e.ask('what was the cause of the leak?').quotes[0]?.text).toMatch(/the result of a runaway reaction/);
  });
});

describe('"what\'s the latest?", "any updates?": the newest report leads', () => {
  const story = () =>
    memoryEngine(
      article('u1', '2031-07-03', 'Glacier collapse kills six', 'At least six climbers were killed on Sunday when part of the Varn glacier broke away, rescuers said.'),
      article('u2', '2031-07-05', 'Toll rises to nine', 'Drones found three more bodies on Tuesday, raising the toll from the Varn glacier collapse to nine.'),
      article('u3', '2031-07-09', 'All victims named', 'Investigators said on Saturday they had named all eleven people killed in the Varn glacier collapse, closing the count.'),
    );
  it.each(["what's the latest?", 'any updates?', 'latest news'])('answers "%s" with the newest report\'s opening first', (question) => {
    const answer = story().ask(question);
    expect(answer.notFound).toBe(false);
    expect(answer.quotes[0]?.text).toMatch(/named all eleven people/);
  });
  it('still answers "what happened?" with the first report\'s opening', () => {
    expect(story().ask('what happened?').quotes[0]?.text).toMatch(/At least six climbers were killed/);
  });
});

describe('"what did inspectors find?": after "did", the person noun is who acts, not the kind of answer', () => {
  it('answers with what they found, not a sentence that names people', () => {
    const e = memoryEngine(
      article('i1', '2031-09-20', 'Records detail plant conditions', 'Inspectors found black mould on a ceiling and blood pooled on the floor inside the Varn plant.'),
      article('i2', '2031-09-22', 'Senator seeks review', 'Senator Ana Ruiz asked Paul Grey, the inspector general, to examine why regulators let the Varn plant keep running after inspectors found violations.'),
    );
    expect(e.ask('What did inspectors find inside the Varn plant?').quotes[0]?.text).toMatch(/black mould/);
  });
});

describe('"was anyone else arrested?": "else" names no topic', () => {
  it('answers from the reports of arrests, which never write "else"', () => {
    const e = memoryEngine(
      article('x1', '2031-05-23', 'Man arrested after blast', 'Officers arrested a 23-year-old man in the south of the city on Tuesday in connection with the attack.'),
      article('x2', '2031-05-24', 'Three more held', 'Three more men were arrested on Wednesday, police said.'),
    );
    const answer = e.ask('was anyone else arrested?');
    expect(answer.notFound).toBe(false);
    expect(answer.quotes.map((q) => q.text).join(' ')).toMatch(/Three more men were arrested/);
  });
});

describe('an adverb no report writes ("wrongly", "eventually") names no topic', () => {
  it('answers "what was wrongly announced?" from the report of the announcement', () => {
    const e = memoryEngine(
      article('w1', '2031-04-17', 'Army retracts claim', 'The army announced on Wednesday that all but eight of the students had been freed, then withdrew the claim a day later.'),
      article('w2', '2031-04-18', 'Parents dispute figures', 'Parents said more than 200 students were still missing.'),
    );
    expectLeadsWith(e, 'What was wrongly announced?', /The army announced on Wednesday/);
  });
});

describe('"who is responsible?", "who is to blame?": asked of the incident, answered by who is blamed or accused', () => {
  const crash = () =>
    memoryEngine(
      article('r1', '2031-03-01', 'Train derails in Osten', 'A passenger train derailed near Osten on Friday, killing nine people, officials said.', 'Rescuers worked through the night at the crash site.'),
      article('r2', '2031-03-09', 'Operator accused', 'Prosecutors accused the operator, Lakeline Rail, of negligence over the crash, saying it had skipped track inspections for a year.'),
    );
  it.each(['who is responsible?', 'who is to blame?'])('answers "%s" with the party accused, not "not found"', (question) => {
    const answer = crash().ask(question);
    expect(answer.notFound).toBe(false);
    expect(answer.quotes[0]?.text).toMatch(/accused the operator, Lakeline Rail, of negligence/);
  });
});

describe('"what type of plane was it?": a model\'s designation is the answer, though the sentence names no plane', () => {
  it('answers with "The Airbus A320, flying as Flight 88, …"', () => {
    const e = memoryEngine(
      article('a1', '2031-01-16', 'Plane lands on river', 'A passenger plane lost both engines after hitting birds and landed on the river Tamsin on Thursday, and all on board survived.', 'The Airbus A320, flying as Flight 88, had 150 passengers and five crew aboard, the airline said.'),
      article('a2', '2031-01-17', 'Plane lifted from river', 'Crews lifted the plane from the water on Saturday and moved it to a pier.'),
    );
    expect(e.ask('what type of plane was it?').quotes[0]?.text).toMatch(/The Airbus A320, flying as Flight 88/);
  });
});

describe('"where was the plane coming from?": a sentence with no journey\'s end says where something else is', () => {
  it('leads with "returning from Varna", not a sentence that only names a plane and a place', () => {
    const e = memoryEngine(
      article('j1', '2031-12-29', 'Jet crashes on landing', 'A passenger jet returning from Varna slid off the runway at Osten airport on Sunday and caught fire.'),
      article('j2', '2032-01-04', 'Mourning ends', 'Mourners left flowers and paper planes at the memorial in Osten on Saturday as the week of national mourning ended.'),
    );
    expect(e.ask('where was the plane coming from?').quotes[0]?.text).toMatch(/returning from Varna/);
  });
});

describe('"what did he say the minister had done?": "done", like "do" and "did", names no topic', () => {
  it('answers the follow-up from what the spokesman said the minister did, though no report writes "done"', async () => {
    const ctx = new MutableAppContext(
      memoryEngine(
        article('d1', '2031-07-01', 'Pilgrims missing after heatwave', 'Relatives said dozens of pilgrims from Kessia were still missing after the heatwave in Arvan.'),
        article('d2', '2031-07-02', 'Ministry acts', 'Ministry spokesman Ravi Osten said on Monday that the minister had set up a special team to search for the missing.'),
        article('d3', '2031-07-03', 'Minister under pressure', 'The minister faced calls to resign as the toll rose to 41.', 'Opposition leaders said the minister had ignored warnings about the heat.'),
        article('d4', '2031-07-04', 'Families wait', 'Families waited outside the ministry in Kessia for news of their relatives.', 'The minister met some of them on Thursday.'),
      ),
    );
    const ask = (question: string) => runCommand(ctx, 'ask', { options: { question }, userId: 'u', channelId: 'c', guildId: 'g' });
    await ask('Who is Ravi Osten?');
    const answer = await ask('what did he say the minister had done?');
    expect(answer.answers[0]?.quote).toMatch(/set up a special team/);
  });
});

describe('"how far", "how tall", "how much did it weigh": a measure with a unit answers, a bare count does not', () => {
  const e = () =>
    memoryEngine(
      article('m1', '2031-09-01', 'Tanker blast kills 22 at depot', 'A fuel tanker exploded at the Harlow depot on Monday, killing 22 workers.', 'Officials said the blast could throw debris up to a mile from the depot.'),
      article('m2', '2031-09-02', 'Depot inquiry opens', 'The inquiry into the blast opened on Tuesday with 40 witnesses due to speak.'),
    );

  it('answers "how far" with "up to a mile", one of a unit written with an article', () => {
    const answer = e().ask('how far could the debris fly?');
    expect(answer.quotes[0]?.text).toMatch(/up to a mile/);
  });

  it('finds nothing for "how much did the tanker weigh?" where the reports give only counts', () => {
    expect(e().ask('how much did the tanker weigh?').notFound).toBe(true);
  });
});

describe('a toll of one group of people, and a cause still being worked out', () => {
  const port = () =>
    memoryEngine(
      article('p1', '2031-08-13', 'Port blasts kill 44', 'Two blasts at a port warehouse killed 44 people on Wednesday, among them many firefighters.', 'Firefighters had been called to a fire at the warehouse before the blasts.', 'Officials said firefighters were among the missing.'),
      article('p2', '2031-08-20', 'Port toll rises to 114', 'The toll from the port blasts rose to 114 people on Thursday.', 'Twelve of those confirmed dead were firefighters, officials said.', 'Relatives of missing firefighters confronted officials at a hotel.'),
    );

  it('answers "how many firefighters were killed?" with the firefighters\' count, not the whole toll', () => {
    expect(port().ask('how many firefighters were killed?').quotes[0]?.text).toMatch(/Twelve of those confirmed dead were firefighters/);
  });

  it('does not lead "what caused the fire?" with investigators "still working out what caused" it', () => {
    const e = memoryEngine(
      article('f1', '2031-02-06', 'Inquiry reports on port fire', 'Investigators are still working out what caused the fire at the warehouse, officials said.', 'The inquiry found the fire at the warehouse was caused by a container of chemicals that overheated in the heat.'),
    );
    expect(e.ask('what caused the fire at the warehouse?').quotes[0]?.text).toMatch(/container of chemicals that overheated/);
  });
});

describe('a place in common words whose noun WordNet knows as a built place', () => {
  it('answers "where did relatives confront officials?" with "at a hotel", though no list of place nouns has "hotel"', () => {
    const e = memoryEngine(
      article(
        'h1',
        '2031-08-16',
        'Anger grows over port blasts',
        'Anger is growing in the port city of Kestrel.',
        'Relatives of missing firefighters confronted officials at a hotel on Saturday to demand news.',
        'The toll from the blasts rose to 112 on Sunday, officials in Kestrel said.',
      ),
    );
    expectLeadsWith(e, 'where did relatives of the missing firefighters confront officials?', /at a hotel/);
  });
});

describe('"how long after … did it happen?" asks for a span, not the story', () => {
  it('leads with the sentence giving the time between the two events, not the reports\' openings', () => {
    const e = memoryEngine(
      article('b1', '2031-08-13', 'Blasts hit port', 'Two blasts tore through a port warehouse on Wednesday night, killing 44 people.', 'The blasts came about 40 minutes after the first reports of a fire at the warehouse.'),
      article('b2', '2031-08-14', 'Port toll rises', 'The toll from the port blasts rose to 50 on Thursday.', 'Officials said a fire had been reported at the warehouse before the blasts.'),
    );
    expect(e.ask('how long after the fire was reported did the blasts happen?').quotes[0]?.text).toMatch(/about 40 minutes after the first reports/);
  });
});

describe('"what was he accused of?" asks what was said of him, not his words', () => {
  it('answers with the accusation, not a sentence where he speaks', () => {
    const e = memoryEngine(
      article(
        'a1',
        '2031-08-27',
        'Warehouse bosses held',
        'Police said those held include Yu Lin, chairman of the warehouse company.',
        'Yu Lin and two managers are accused of storing dangerous goods illegally, police said.',
        'Yu Lin told reporters on Friday that the company had every licence it needed.',
      ),
    );
    expect(e.ask('what was Yu Lin accused of?').quotes[0]?.text).toMatch(/accused of storing dangerous goods/);
    expect(askedSpeaker('what was he accused of?')).toBeUndefined();
    expect(askedSpeaker('what has she been told?')).toBeUndefined();
    expect(askedSpeaker('what was he saying?')).toBe('he');
    expect(askedSpeaker('what did Yu Lin say?')).toBe('Yu Lin');
  });
});

describe('names in the order other languages write them', () => {
  const reports = () =>
    memoryEngine(
      article(
        'y1',
        '2031-08-27',
        'Warehouse bosses held',
        'Police detained company chairman Yu Xuewei and Zeng Fan, who works for Haitong Anxin, a safety consultancy suspected of helping the company get papers.',
        'Yu, 41, a former manager at the state chemicals group Sinochem, said he controlled most of the company.',
      ),
    );

  it('reads a family name written first and alone ("Yu, 41, said") as the person the report named in full', () => {
    const yu = reports().entities.all('person').find((p) => p.name === 'Yu Xuewei');
    expect(yu?.mentions).toEqual(['y1#1.0', 'y1#2.0']);
  });

  it('does not take "X, a safety consultancy suspected of …" for a person: the participle qualifies the noun before it', () => {
    expect(reports().entities.all('person').map((p) => p.name)).not.toContain('Haitong Anxin');
  });
});

describe('"where was the festival held?" asks where the incident took place', () => {
  it('answers with the place the reports give, as "where did it happen?" does, not with "held funerals"', () => {
    const e = memoryEngine(
      article('f1', '2031-11-06', 'Eight die in festival crush', 'Eight people died on Friday night when a crowd surged toward the stage at the Lantern music festival.', 'The festival was taking place at Harbor Park, a stadium complex in south Kestrel.'),
      article('f2', '2031-11-10', 'Families mourn', 'As families held funerals for the festival victims, lawsuits against the organisers grew.', 'The festival had sold 50,000 tickets.'),
    );
    const quotes = e.ask('where was the festival held').quotes.slice(0, 2).map((q) => q.text);
    expect(quotes.join(' ')).toMatch(/Harbor Park/);
    expect(quotes[0]).not.toMatch(/held funerals/);
  });
});

describe('"how fast was the water flowing?"', () => {
  it('is answered by a flow per second with a unit of several words ("2,000 cubic metres of water per second")', () => {
    const e = memoryEngine(
      article('w1', '2031-10-31', 'Flash floods', 'The Poyo ravine burst its banks on Tuesday evening.', 'By about 6:30 p.m. the Poyo ravine was carrying some 2,000 cubic metres of water per second, officials said.'),
    );
    expect(e.ask('how fast was the water flowing in the Poyo ravine?').quotes[0]?.text).toMatch(/2,000 cubic metres of water per second/);
  });
});

describe('"how much money …": the word for money is what the answer gives', () => {
  it('answers "how much money did the region ask for?" from a sentence giving the sum in roubles, which never says "money"', () => {
    const e = memoryEngine(
      article('m1', '2031-02-20', 'Region counts the damage', 'The meteor blast smashed windows across the region on Friday.', 'The regional government asked the federal government for 1 billion roubles to cover repairs, the governor said.', 'Residents said they had no money to replace their own windows.', 'Officials in Moscow said the army would help with repairs.'),
    );
    // The word "money" is the question's form: it is never a word the answer must have.
    expect([...analyzeQuestion(e, 'how much money did the region ask Moscow for to cover repairs?', 'what').formTerms]).toContain('money');
    expect([...analyzeQuestion(e, 'how much cash will residents get?', 'what').formTerms]).toContain('cash');
    expectLeadsWith(e, 'how much money did the region ask Moscow for to cover repairs?', /1 billion roubles/);
  });
});

describe('"which hospital …" asks for a built place by its name', () => {
  it('leads with the sentence naming "Kestrel Children\'s Hospital", not one that only says "hospitals"', () => {
    const e = memoryEngine(
      article(
        'k1',
        '2031-11-07',
        'Boy hurt in crush',
        'The mayor said 25 people had been taken to hospitals and that 13 were still being treated, among them a boy, Ezra Hale.',
        'Ezra Hale had been kept in a coma at Kestrel Children\'s Hospital since Friday night, his family said.',
      ),
    );
    expect(analyzeQuestion(e, 'which hospital was ezra treated at', 'what').namedThing?.test("at Kestrel Children's Hospital since")).toBe(true);
    expect(e.ask('which hospital was ezra treated at').quotes[0]?.text).toMatch(/Kestrel Children's Hospital/);
  });
});

describe('"the show" is a topic, not the verb "show"', () => {
  it('answers "what did he say about stopping the show?" with what he said about the show', () => {
    const e = memoryEngine(
      article(
        's1',
        '2031-11-09',
        'Police chief defends response',
        'Police Chief Ana Ruiz said on Monday that officers had tried to stop fans climbing the fences at the festival.',
        'Ruiz said ending the show in front of 50,000 fans without warning could have set off a riot.',
      ),
    );
    expect(e.ask('what did Ana Ruiz say about stopping the show?').quotes[0]?.text).toMatch(/ending the show/);
  });
});

describe('"where did he flee to?" asks where a journey ended', () => {
  it('leads with "bound for the Maldives", not "fled abroad"', () => {
    const e = memoryEngine(
      article('r1', '2031-07-13', 'President flees', 'President Ravi Perera fled the country on Wednesday aboard a military aircraft bound for the Maldives, officials in Colombo said.'),
      article('r2', '2031-07-21', 'New president sworn in', 'Lawmakers chose a new president on Wednesday to replace Ravi Perera, who fled abroad and resigned last week, officials in Colombo said.'),
    );
    // The flight's end is asked: a sentence naming where it was bound for answers, one without does not lead.
    expect(analyzeQuestion(e, 'where did Ravi Perera flee to', 'where').journeyEnd?.test('aboard a military aircraft bound for the Maldives')).toBe(true);
    expect(e.ask('where did Ravi Perera flee to').quotes[0]?.text).toMatch(/bound for the Maldives/);
  });
});

describe('"who shot the gunman?" answered by the passive and its doer', () => {
  it('leads with "was shot dead by a Border Patrol agent" over sentences that only name people near the asked words', () => {
    const e = memoryEngine(
      article(
        'g1',
        '2031-05-25',
        'Gunman kills 21 at school',
        'About 30 minutes before the attack, Governor Ana Ruiz said, the gunman sent messages saying he would attack a school.',
        'The gunman was shot dead by a Border Patrol agent who went into the building with other officers.',
        'School police chief Tom Hale said officers had waited for keys before going in after the gunman.',
        'Governor Ana Ruiz said the shooting was the worst in the state.',
      ),
    );
    expect(e.ask('who shot the gunman?').quotes[0]?.text).toMatch(/shot dead by a Border Patrol agent/);
  });
});

describe('"how much rain fell?" asks for an amount with a unit', () => {
  it('leads with "491 litres of rain per square metre", not a sentence counting the dead', () => {
    const e = memoryEngine(
      article(
        'v1',
        '2031-10-30',
        'Floods kill 95',
        'At least 95 people have died after torrential rain from a slow-moving storm sent torrents of water through towns on Tuesday.',
        'The weather agency said the town of Chiva recorded 491 litres of rain per square metre on Tuesday.',
      ),
    );
    expect(e.ask('how much rain fell?').quotes[0]?.text).toMatch(/491 litres of rain/);
  });
});

describe('"who is the new president?"', () => {
  it('is answered by the one the latest report tells taking up the role, not "not found" for want of the word "new"', () => {
    const e = memoryEngine(
      article('p1', '2031-07-10', 'President flees', 'President Ravi Perera fled the country on Wednesday as protesters stormed his residence.', 'Protesters said President Ravi Perera had betrayed them.'),
      article('p2', '2031-07-21', 'Parliament chooses a president', 'Lawmakers on Wednesday chose Prime Minister Ana Silva to replace Ravi Perera.', 'Ana Silva was sworn in as the country\'s ninth president on Thursday.'),
    );
    expectLeadsWith(e, 'who is the new president?', /Ana Silva was sworn in/);
  });
});

describe('"who was behind the wheel?" asks who was driving', () => {
  it('answers with the man accused of driving the truck, not "not found" for want of a wheel', () => {
    const e = memoryEngine(
      article(
        't1',
        '2031-06-29',
        'Driver charged',
        'The man accused of driving the truck, Tom Hale of Elkhart, was charged on Wednesday.',
        'Fifty-three migrants died in the truck, which was found on a remote road.',
      ),
    );
    expectLeadsWith(e, 'Who was behind the wheel of the truck?', /accused of driving the truck, Tom Hale/);
  });
});

describe('"who speaks for the ministry?" asks for its spokesperson', () => {
  it('leads with the spokesperson, not another official of the ministry', () => {
    const e = memoryEngine(
      article(
        's1',
        '2031-01-18',
        'Ministry responds',
        'Foreign Minister Ana Ruiz met the ambassador on Tuesday.',
        'Tom Hale, the foreign ministry spokesperson, said the strikes were unacceptable.',
      ),
    );
    expect(e.ask("who speaks for the foreign ministry?").quotes[0]?.text).toMatch(/Tom Hale, the foreign ministry spokesperson/);
  });
});

describe('"in Jackson, Mississippi": a town, then its state, is a place', () => {
  it('answers where the service was held, though a person in the reports has the surname Jackson', () => {
    const e = memoryEngine(
      article(
        'j1',
        '2031-05-20',
        'Memorial for the workers',
        'Dana Jackson, the head of the safety agency, visited the plant on Monday.',
        'The workers killed in the blast were remembered on Tuesday at a memorial service in Jackson, Mississippi, organised by the company.',
        'Eleven hard hats were lined up in front of the stage, and relatives spoke about the men.',
      ),
    );
    expectLeadsWith(e, 'where was the memorial service held?', /memorial service in Jackson, Mississippi/);
  });
});

describe('"who was the gunman?" asks who the gunman is', () => {
  it('leads with the sentence naming him, not with the man he shot, whom more sentences name beside the word', () => {
    const e = memoryEngine(
      article(
        'g1',
        '2031-07-14',
        'Senator shot at rally',
        'A gunman shot Senator Ana Ruiz at a rally on Saturday.',
        'Police said the gunman who wounded Ana Ruiz fired from a roof.',
        'The gunman who targeted Ana Ruiz was shot dead by a police sniper.',
        'On Sunday the FBI identified the suspected gunman as Tom Hale, 20, of Elmwood.',
      ),
    );
    expectLeadsWith(e, 'who was the gunman?', /identified the suspected gunman as Tom Hale/);
  });
});

describe('"how much fuel was the ship carrying?" asks for an amount of a substance', () => {
  it('leads with the sentence giving the fuel in tonnes, not a shorter one that only mentions the fuel', () => {
    const e = memoryEngine(
      article(
        'f1',
        '2031-05-21',
        'Ship on fire off the coast',
        'The ship was carrying fuel and chemicals when it caught fire on Thursday, with a crew of 25 on board.',
        'Salvage teams fear that the fuel the ship was carrying could leak into the sea if the hull breaks up.',
        'The ship, which had arrived from the Gulf two days earlier with plastic pellets and resin for local factories, was carrying about 300 tonnes of fuel, the port authority said on Friday.',
      ),
    );
    expectLeadsWith(e, 'how much fuel was the ship carrying?', /300 tonnes of fuel/);
  });
});

describe('an ordinal meets its number: "the tenth body" and "rose to ten"', () => {
  it('answers when the tenth body was found, not "not found" for want of the word "tenth"', () => {
    const e = memoryEngine(
      article(
        'o1',
        '2031-03-12',
        'Search goes on after the landslide',
        'The death toll from the landslide rose to ten on Friday when divers found another body in the river.',
        'Rescuers said on Thursday that they had found a body buried under the mud near the road.',
        'The search was suspended overnight because of rain.',
      ),
    );
    expectLeadsWith(e, 'when was the tenth body found?', /rose to ten on Friday/);
  });
});

describe('a short typo of a small word ("wer" for "were") weighs nothing', () => {
  it('answers "how many gunmen wer there", not "not found" for want of the word "wer"', () => {
    const e = memoryEngine(
      article(
        'w1',
        '2031-09-22',
        'Gunmen storm shopping centre',
        'Witnesses said there were about ten gunmen, several with their faces covered.',
        'Police sealed off the shopping centre on Saturday afternoon.',
      ),
    );
    expectLeadsWith(e, 'how many gunmen wer there', /about ten gunmen/);
  });
});

describe('"was anyone arrested?" of reports that say "detained" or "in custody"', () => {
  it('answers with the detentions, not "not found" for want of the word "arrest"', () => {
    const e = memoryEngine(
      article(
        'a1',
        '2031-03-23',
        'Concert hall attack',
        'Gunmen opened fire at a concert hall on Friday, killing 40 people.',
        'Security services said on Saturday that 11 people had been detained, including the four gunmen.',
      ),
    );
    expectLeadsWith(e, 'was anyone arrested?', /11 people had been detained/);
  });
});

describe('"what was the magnitude?" asks of the incident, not of a second one', () => {
  it('leads with the main quake’s magnitude, not the shorter sentence on a second quake', () => {
    const e = memoryEngine(
      article(
        'm1',
        '2031-02-06',
        'Earthquake strikes',
        'A magnitude 7.8 earthquake struck the south of the country at 4:17 a.m. on Monday, toppling thousands of buildings and killing more than 2,000 people.',
        'A second quake of magnitude 7.5 hit the region around 1:24 p.m., as rescuers searched the rubble.',
      ),
    );
    expectLeadsWith(e, 'what was the magnitude?', /magnitude 7\.8 earthquake/);
    expectLeadsWith(e, 'what was the magnitude of the second quake?', /second quake of magnitude 7\.5/);
  });
});

describe('"when was the bridge built?" is answered by the year it opened or was completed', () => {
  it('answers with "opened in 1977", not "not found" for want of the word "built"', () => {
    const e = memoryEngine(
      article(
        'b1',
        '2031-03-26',
        'Bridge collapses after ship strike',
        'A container ship struck a support pillar of the bridge at about 1:28 a.m. on Tuesday, bringing most of the span down into the river.',
        'The bridge, opened in 1977, carried about 31,000 vehicles a day.',
      ),
    );
    expectLeadsWith(e, 'when was the bridge built?', /opened in 1977/);
  });
});

describe('"how long will the state of emergency last?" is answered by the length it was given', () => {
  it('answers with "a three-month state of emergency", told as past, not "not found" for want of a future', () => {
    const e = memoryEngine(
      article(
        'e1',
        '2031-02-08',
        'Emergency declared after quake',
        'The president declared a three-month state of emergency in the ten affected provinces on Tuesday.',
        'Rescue teams worked through the night in freezing temperatures.',
      ),
    );
    expectLeadsWith(e, 'how long will the state of emergency last?', /three-month state of emergency/);
  });
});

describe('"how many rescuers?" is counted by "60,000 rescue workers"', () => {
  it('leads with the count before a word of the counted noun’s family, not a sentence naming rescuers uncounted', () => {
    const e = memoryEngine(
      article(
        'r1',
        '2031-02-08',
        'Rescue goes on after quake',
        'Rescuers were deployed to search the rubble of collapsed buildings through the night, officials said.',
        'More than 60,000 rescue workers were deployed in the quake zone, the disaster agency said on Wednesday.',
      ),
    );
    expectLeadsWith(e, 'how many rescuers were deployed?', /60,000 rescue workers/);
  });
});

describe('"when did it start?" asks when the incident happened', () => {
  it('answers with the opening day of reports that never write "start", not "not found"', () => {
    const e = memoryEngine(
      article(
        's1',
        '2031-09-22',
        'Gunmen storm shopping centre',
        'Gunmen stormed a shopping centre in the capital on Saturday, killing at least 39 people.',
        'Police sealed off the area and soldiers moved in after dark.',
      ),
    );
    expectLeadsWith(e, 'when did it start?', /on Saturday, killing at least 39/);
  });
});

describe('"why did the bridge collapse?" of reports that tell how, not why', () => {
  // The cause is told as what happened ("lost power and struck a pillar"), with no "because"; a reason given in the
  // reports is another thing's (the search was suspended because the water was too dangerous).
  const bridge = () =>
    memoryEngine(
      article(
        'b1',
        '2031-03-26',
        'Highway bridge collapses into river after ship strike, six workers missing',
        'A container ship lost power and struck a support pillar of the Harbor Crossing bridge early on Tuesday, bringing most of the span down into the river.',
        'Six members of a road crew who were working on the bridge are missing and presumed dead, the governor said.',
        'The bridge, opened in 1977, carried about 31,000 vehicles a day.',
      ),
      article(
        'b2',
        '2031-03-28',
        'Divers recover two bodies from bridge wreckage',
        'Divers recovered the bodies of two of the six missing workers from a pickup truck near the middle of the collapsed span on Wednesday, police said.',
        'The search for the other four was suspended because the water was too dangerous, police said.',
      ),
    );

  it('answers with the opening that tells how the bridge came down, not a sentence that only names the collapsed span', () => {
    expectLeadsWith(bridge(), 'why did the bridge collapse?', /lost power and struck a support pillar/);
  });

  it('answers "what caused the collapse?" the same way, not "not found" for want of a cause word', () => {
    expectLeadsWith(bridge(), 'what caused the collapse?', /lost power and struck a support pillar/);
  });

  it('does not lead "what caused it?" with the reason for something else', () => {
    expectLeadsWith(bridge(), 'what caused it?', /lost power and struck a support pillar/);
  });

  it('answers "when did it collapse?" (the incident’s own verb, asked of "it") with when it happened, not the day divers recovered bodies from the collapsed span', () => {
    expectLeadsWith(bridge(), 'when did it collapse?', /early on Tuesday/);
  });
});

describe('a lower-case acronym typed in chat', () => {
  it('meets the name the reports spell out, though they never write the acronym: "ntsb" is the National Transportation Safety Board', () => {
    const e = memoryEngine(
      article(
        'n1',
        '2031-03-28',
        'Investigators recover data recorder',
        'The National Transportation Safety Board said investigators had recovered the ship’s data recorder and would examine why it lost power.',
        'Divers recovered two bodies from the river on Wednesday.',
      ),
    );
    expectLeadsWith(e, 'what did the ntsb say?', /National Transportation Safety Board said/);
    expectLeadsWith(e, 'what is the ntsb doing?', /National Transportation Safety Board said/);
  });

  it('still refuses a lower-case word that stands for no name of the reports', () => {
    const e = memoryEngine(article('n2', '2031-03-28', 'Investigators recover data recorder', 'The National Transportation Safety Board said investigators had recovered the data recorder.'));
    expect(e.ask('what did the fbi say?').notFound).toBe(true);
  });
});

describe('questions asked of the incident itself by "it": the hour it hit, how deep, how strong', () => {
  const quake = () =>
    memoryEngine(
      article(
        'q1',
        '2031-02-06',
        'Powerful earthquake strikes the border region',
        'A magnitude 7.8 earthquake struck the border region at 4:17 a.m. on Monday, toppling thousands of buildings.',
        'The geological survey said the quake’s epicentre was about 33 km from the city of Marren, at a depth of 18 km.',
        'A second quake of magnitude 7.5 hit the region around 1:24 p.m., about 95 km to the north, as rescuers searched the rubble.',
      ),
    );

  it('answers "what time did it hit?" with the hour the incident struck, not the hour of a second quake that "hit"', () => {
    expectLeadsWith(quake(), 'what time did it hit?', /at 4:17 a\.m\. on Monday/);
    expectLeadsWith(quake(), 'when did it strike?', /at 4:17 a\.m\. on Monday/);
  });

  it('answers "how deep was it?" with the depth, not "not found" for a question naming no topic', () => {
    expectLeadsWith(quake(), 'how deep was it?', /at a depth of 18 km/);
  });

  it('answers "how strong was it?" with the magnitude of the incident before that of the second quake', () => {
    const answer = quake().ask('how strong was it?');
    expect(answer.quotes.map((q) => q.text.match(/magnitude 7\.\d/)?.[0])).toEqual(['magnitude 7.8', 'magnitude 7.5']);
  });
});

describe('"who is the president?" is not answered by the vice president', () => {
  const reports = () =>
    memoryEngine(
      article(
        'v1',
        '2031-02-06',
        'Quake kills hundreds in Norland',
        'In Norland, at least 1,500 people were killed and more than 7,600 injured, Vice President Ivo Brandt said.',
        'President Lena Ostrova called it the country’s worst disaster in decades and said 45 countries had offered help.',
      ),
    );

  it('leads with the president, not a sentence naming the president only as "Vice President"', () => {
    expectLeadsWith(reports(), 'who is the president of norland?', /President Lena Ostrova/);
  });

  it('still answers "who is the vice president?" with the vice president', () => {
    expectLeadsWith(reports(), 'who is the vice president?', /Vice President Ivo Brandt/);
  });
});

describe('"which countries were affected?" asks where the incident itself struck', () => {
  it('answers with the opening that names the countries, not "not found" for reports that never write "countries" or "affected"', () => {
    const e = memoryEngine(
      article(
        'c1',
        '2031-02-06',
        'Powerful earthquake strikes the border region',
        'A magnitude 7.8 earthquake struck southern Turkey and northern Syria at 4:17 a.m. on Monday, toppling thousands of buildings.',
        'President Erdogan said 45 countries had offered help.',
      ),
    );
    expectLeadsWith(e, 'which countries were affected?', /struck southern Turkey and northern Syria/);
    expectLeadsWith(e, 'which cities were hit?', /struck southern Turkey and northern Syria/);
  });
});

describe('"what time did the earthquake hit?" of reports that tell of a second quake', () => {
  it('leads with the main quake’s hour, not the hour a second quake "hit"', () => {
    const e = memoryEngine(
      article(
        'h1',
        '2031-02-06',
        'Powerful earthquake strikes Turkey and Syria, killing thousands',
        'A magnitude 7.8 earthquake struck southern Turkey and northern Syria at 4:17 a.m. on Monday, toppling thousands of buildings and killing more than 2,300 people as residents slept.',
        'The geological survey said the quake’s epicentre was about 33 km from the city of Gaziantep, at a depth of 18 km.',
        'A second quake of magnitude 7.5 hit the region around 1:24 p.m., about 95 km to the north, as rescuers searched the rubble.',
        'In Turkey, at least 1,500 people were killed and more than 7,600 injured, the vice president said.',
      ),
      article(
        'h2',
        '2031-02-08',
        'Quake toll passes 11,000 as rescuers race against the cold',
        'The death toll from Monday’s earthquake in Turkey and Syria rose above 11,000 on Wednesday as rescue teams worked through freezing temperatures.',
        'Officials said 8,574 people had died in Turkey, and at least 2,662 were killed in Syria.',
      ),
    );
    expectLeadsWith(e, 'what time did the earthquake hit?', /at 4:17 a\.m\. on Monday/);
  });
});

describe('"what was the magnitude?" of reports that also give an aftershock’s', () => {
  const reports = () =>
    memoryEngine(
      article(
        'm1',
        '2031-09-09',
        'Earthquake in the mountains kills more than 600',
        'A powerful earthquake shook the mountains late on Friday, killing at least 632 people and injuring 329 others, the interior ministry said.',
        'The magnitude 6.8 quake struck at 11:11 p.m. local time, with its epicentre about 70 km south-west of the city. It was shallow, at a depth of about 18.5 km.',
      ),
      article(
        'm2',
        '2031-09-10',
        'Quake toll tops 2,000 as rescuers struggle to reach villages',
        'The death toll from Friday’s earthquake rose to 2,012 on Sunday, the interior ministry said.',
        'Rescue teams struggled to reach villages cut off by landslides. A magnitude 3.9 aftershock on Sunday morning sent residents running into the streets.',
      ),
    );

  it('leads with the magnitude of the quake itself, not of the aftershock', () => {
    expectLeadsWith(reports(), 'what was the magnitude?', /magnitude 6\.8 quake/);
  });

  it('answers "what was the depth?" with the depth, quoted with the sentence that says what "it" is', () => {
    expectLeadsWith(reports(), 'what was the depth?', /magnitude 6\.8 quake struck .* It was shallow, at a depth of about 18\.5 km/);
  });
});

describe('a question’s subject after "will" or "did" is a noun, not a verb', () => {
  it('answers "how much money will families get?" with the payment to each household (a synonym of the noun "family")', () => {
    const e = memoryEngine(
      article(
        'p1',
        '2031-09-12',
        'Government announces rebuilding plan after quake',
        'Officials said about 50,000 homes had been damaged, and the government announced a plan to rebuild them, with payments of 30,000 dirhams to each affected household.',
        'Aid groups warned that families sleeping in the open faced cold nights in the mountains.',
      ),
    );
    expectLeadsWith(e, 'how much money will families get?', /30,000 dirhams to each affected household/);
  });
});

describe('the latest count of the injured leads, in words no casualty pattern of the sentence features has', () => {
  it('answers "how many were injured?" with the newest report’s "The number of people killed … climbed to 2,946 …, and 5,674 were injured"', () => {
    const e = memoryEngine(
      article('i1', '2031-09-09', 'Earthquake kills more than 600', 'A powerful earthquake shook the mountains late on Friday, killing at least 632 people and injuring 329 others, the interior ministry said on Saturday.'),
      article('i2', '2031-09-10', 'Quake toll tops 2,000', 'The death toll from Friday’s earthquake rose to 2,012 on Sunday, with 2,059 people injured, 1,404 of them critically, the interior ministry said.'),
      article(
        'i3',
        '2031-09-12',
        'Quake toll nears 3,000 as hopes of finding survivors fade',
        'The number of people killed by the earthquake climbed to 2,946 on Tuesday, and 5,674 were injured, state television reported, as hopes faded of finding more survivors under the rubble.',
      ),
    );
    expectLeadsWith(e, 'how many were injured?', /5,674 were injured/);
  });
});

describe('a double letter typed single ("colapse", "anounce")', () => {
  it('is read as the word it misspells, though its letters look English', () => {
    const e = memoryEngine(
      article(
        't1',
        '2031-09-12',
        'Government plans rebuilding',
        'Officials said about 50,000 homes had been damaged, and the government announced a plan to rebuild them.',
        'Aid groups warned that families sleeping in the open faced cold nights.',
      ),
    );
    expectLeadsWith(e, 'what did the goverment anounce', /government announced a plan to rebuild/);
  });

  it('leaves alone such a word when the word it would be is not in the reports ("biden" is no "bidden")', () => {
    const e = memoryEngine(article('t2', '2031-09-12', 'Government plans rebuilding', 'The government announced a plan to rebuild homes.'));
    expect(e.index.correctedWording('what did biden say')).toBe('what did biden say');
  });
});

describe('"how fast was it going?" of the incident itself', () => {
  it('leads with the speed written as a number and its unit, not a clock time followed by "about a day"', () => {
    const e = memoryEngine(
      article(
        'f1',
        '2031-05-14',
        'Passenger train derails on curve, killing eight',
        'A passenger train left the tracks on a sharp curve on Tuesday night, killing eight people, officials said.',
        'The dog was brought back to the crash site at 8 a.m. on Thursday, about a day and a half after the crash.',
        'The engineer braked just before the derailment, but the train had slowed only to 102 mph by the time it left the tracks.',
      ),
    );
    expectLeadsWith(e, 'how fast was it going?', /slowed only to 102 mph/);
  });
});

describe('an aftershock is one more quake, not the quake asked about', () => {
  it('answers "how deep was it?" and "how strong was the quake?" with the main quake, not an aftershock a later report leads with', () => {
    const e = memoryEngine(
      article(
        'a1',
        '2031-03-17',
        'Strong earthquake hits Andes province',
        'A powerful earthquake struck the mountain province of Tarvin early on Monday, killing at least 23 people, officials said.',
        'The national seismology institute put the magnitude at 7.1 and the depth at 35 km.',
      ),
      article(
        'a2',
        '2031-03-20',
        'Aftershock jolts quake zone',
        'A strong aftershock rocked the province on Wednesday afternoon, toppling weakened buildings, officials said.',
        'The aftershock, of magnitude 5.9, struck at a depth of 29 kilometres east of the town, the institute said.',
        'The institute said it had recorded 46 aftershocks, the strongest of magnitude 5.2.',
      ),
    );
    expectLeadsWith(e, 'how deep was it?', /depth at 35 km/);
    expectLeadsWith(e, 'how strong was the quake?', /magnitude at 7\.1/);
  });
});

describe('an amount of money asked for', () => {
  const e = () =>
    memoryEngine(
      article(
        'm1',
        '2031-09-12',
        'Families of plant blast victims get payments',
        'The company said in a statement that it had paid 2.5 million rupees each to 15 families so far and would pay the rest once heirs were confirmed.',
        'Relatives said the payments were not enough.',
        'Lakshmi Tadvi, whose husband Mahesh was killed in the warehouse, said the family had received a cheque but no explanation. "They gave us money, but nobody has told us why he died," she said.',
        'In 2023 the safety directorate fined the company 1.2 million rupees for storing fertiliser in an unapproved shed.',
      ),
    );

  it('is answered by a sentence giving one, before one that only says "money"', () => {
    expectLeadsWith(e(), 'how much money does each family get', /2\.5 million rupees each/);
  });

  it('is what "how big was the fine?" asks, not a size, and "fined" is read as "fine" (not "fin")', () => {
    expectLeadsWith(e(), 'how big was the fine in 2023', /fined the company 1\.2 million rupees/);
  });
});

describe('a word typed with a letter short that is itself a word the reports never use', () => {
  it('is read as the word the reports use ("pined" for "pinned")', () => {
    const e = memoryEngine(article('p1', '2031-05-26', 'Man dies after arrest', 'The man was pinned to the street outside a grocery store for nine minutes, prosecutors said.'));
    expect(e.index.correctedWording('where was he pined down')).toBe('where was he pinned down');
  });
});

describe('"who is running …?", "who is heading …?"', () => {
  it('asks for the one who leads it, as "who runs …?" does', () => {
    const e = memoryEngine(
      article(
        'r1',
        '2031-09-16',
        'State orders inquiry into plant blast',
        'AHMEDABAD - The Gujarat government on Tuesday ordered a judicial inquiry into last week’s explosion at a fertiliser plant in Velgaon, as the death toll rose to 23.',
        'Police said plant manager Hemant Desai remained in custody.',
      ),
      article(
        'r2',
        '2031-09-20',
        'Families want answers',
        'Families of the dead said on Saturday that the judicial inquiry ordered by the Gujarat government must also look at the regulators, their lawyer Imran Mansuri said.',
        'A three-member committee headed by retired judge Pradeep Mehta will examine the cause of the blast and report within 90 days.',
      ),
    );
    expectLeadsWith(e, 'who is running the judicial inquiry', /headed by retired judge Pradeep Mehta/);
    expectLeadsWith(e, 'who is heading the judicial inquiry?', /headed by retired judge Pradeep Mehta/);
  });
});

describe('"what did the CEO say?"', () => {
  it('is answered by the chief executive’s own words, not by a sentence that names him and that police tell', () => {
    const e = memoryEngine(
      article(
        's1',
        '2031-09-10',
        'Plant chief apologises',
        'Rajiv Malhotra, the company’s chief executive, visited the hospital on Wednesday and apologised to the families of the dead. "I apologise with folded hands to every family that has lost someone," he said.',
      ),
      article('s2', '2031-09-14', 'Plant executives questioned', 'Chief Executive Rajiv Malhotra and the director of operations were questioned for several hours by investigators on Saturday, police said.'),
    );
    expectLeadsWith(e, 'what did the ceo say', /apologise with folded hands/);
  });
});

describe('"how high did the river get?"', () => {
  it('is answered by the level it peaked at, not by a length along it', () => {
    const e = memoryEngine(
      article(
        'h1',
        '2031-10-20',
        'Floods hit river valley',
        'Authorities evacuated around 6,000 people from low-lying areas along a 40-kilometre stretch of the river, the prefecture said.',
        'The river Ostella burst its banks on Sunday. The Ostella peaked at 7.8 metres at the bridge gauge shortly before the breach, the environment agency said.',
      ),
    );
    expectLeadsWith(e, 'how high did the river get', /peaked at 7\.8 metres/);
  });
});

describe('"/when was the bridge built"', () => {
  const e = () =>
    memoryEngine(
      article('b1', '2031-03-18', 'Bridge collapses in rush hour', 'The central span of the Kazimierz Bridge fell into the river on Tuesday evening.', 'The four-lane bridge, which opened in 1974, carries about 25,000 vehicles a day.'),
      article('b2', '2031-08-19', 'Contract signed for new bridge', 'The road agency signed a 410 million zloty contract on Tuesday to build a new bridge over the river.'),
    );

  it('asks when it was built, as "/ask when was the bridge built" does, and is answered by the year it opened, not the day a new one was ordered', async () => {
    const topic = await runCommand(new MutableAppContext(e()), 'when', { options: { topic: 'was the bridge built' }, userId: 'u', channelId: 'c', guildId: null });
    expect(topic.answers[0]?.quote).toMatch(/opened in 1974/);
    expectLeadsWith(e(), 'when was the bridge built?', /opened in 1974/);
  });

  it('is "not found" where no report says when it was built', () => {
    const only = memoryEngine(article('b2', '2031-08-19', 'Contract signed for new bridge', 'The road agency signed a 410 million zloty contract on Tuesday to build a new bridge over the river.'));
    expect(only.ask('when was the old bridge built?').notFound).toBe(true);
  });
});

describe('"who is the fire chief?"', () => {
  it('is not answered by the company’s chief executive', () => {
    const e = memoryEngine(
      article(
        'c1',
        '2031-09-10',
        'Fire at fertiliser plant',
        'Rajiv Malhotra, the company’s chief executive, visited the hospital on Wednesday. Chief Executive Rajiv Malhotra was not named in the charge sheet.',
        'More than 20 fire tenders were battling the blaze late on Tuesday, said Sanjay Parmar, chief fire officer for Bharuch.',
        'Malhotra apologised to the families of the dead. Police questioned Malhotra for several hours on Saturday.',
      ),
    );
    expectLeadsWith(e, 'who is the fire chief', /Sanjay Parmar, chief fire officer/);
  });
});

describe('"how much money are the families getting?"', () => {
  it('is answered by an amount paid to them, in whatever verb the report uses', () => {
    const e = memoryEngine(
      article(
        'g1',
        '2031-03-20',
        'Government to pay bridge victims',
        'The governor said the government would pay 100,000 zlotys to the family of each person killed and 20,000 zlotys to each of the injured.',
        'Divers resumed the search on Thursday morning, the fire service said.',
      ),
      article('g2', '2031-03-25', 'Families want answers', 'The families of the victims gathered at the bridge on Sunday to demand answers, their lawyer said.'),
    );
    expectLeadsWith(e, 'how much money are the families getting', /pay 100,000 zlotys to the family/);
  });
});

describe('"where is <a town>?"', () => {
  it('is answered by the sentence that places it, before one that only names it beside another place', () => {
    const e = memoryEngine(
      article(
        'w1',
        '2031-03-17',
        'Quake hits Andes province',
        'A powerful earthquake struck the mountain province of Tarvin early on Monday, officials said.',
        'Landslides blocked stretches of the road between Tarvin and the city of Huanta, the transport ministry said.',
        'The epicentre was about 18 km northeast of the town of Tarvin in the Ayacucho region, the institute said.',
      ),
    );
    expectLeadsWith(e, 'where is tarvin', /18 km northeast of the town of Tarvin/);
  });
});

describe('"when was the big aftershock?"', () => {
  it('asks of the aftershock, on its own day, not of the main quake a report calls "mountainous"', () => {
    const e = memoryEngine(
      article('a1', '2031-03-17', 'Quake strikes Andes', 'A powerful earthquake struck the mountainous province of Tarvin early on Monday, killing at least 23 people.'),
      article('a2', '2031-03-20', 'Aftershock jolts Tarvin', 'The aftershock, of magnitude 5.9, struck at 4:05 p.m. on Wednesday east of the town, the institute said.'),
    );
    expectLeadsWith(e, 'when was the big aftershock', /struck at 4:05 p\.m\. on Wednesday/);
  });
});

describe('"how far did it drop?"', () => {
  it('asks the height of a fall, not a distance away', () => {
    const e = memoryEngine(
      article(
        'd1',
        '2031-04-08',
        'Overpass falls onto interstate',
        'The span of the overpass fell at 3:47 p.m., dropping about 17 feet onto both directions of the interstate, police said.',
        'A nurse said she stopped her car about 50 feet from the fallen slab and ran to help a man trapped in a pickup truck.',
      ),
    );
    expectLeadsWith(e, 'how far did it drop', /dropping about 17 feet/);
  });
});

describe('a place reckoned from a compass point ("35 miles southeast of Nashville")', () => {
  it('is a place, so "where is Dunmore?" is answered by the sentence that places the town', () => {
    const e = memoryEngine(
      article(
        'n1',
        '2031-04-08',
        'Overpass falls onto interstate in Dunmore',
        'Police identified one of the dead as Angela Moreno, a teacher from Dunmore, and another as Derrick Haynes, a driver from Murfreesboro.',
        'Nine people were taken to Lyle County Regional Medical Center, Dunmore Police Chief Carla Benning said.',
        'Dunmore, a city of about 48,000 people, lies about 35 miles southeast of Nashville.',
      ),
    );
    expect(e.entities.all().find((x) => x.name === 'Nashville')?.kind).toBe('place');
    expectLeadsWith(e, 'where is dunmore', /35 miles southeast of Nashville/);
  });
});
