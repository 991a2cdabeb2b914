/**
 * Casualty figures of five kinds of incident, checked against the hand-made
 * tables in test/fixtures/incidents/<name>/figures.json (see
 * scripts/figures-eval.ts), and what a reader sees of them: each figure once
 * with all its reports, the latest toll first, Discord's limits.
 */
import { noteText } from '../../src/render/notes.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, MutableAppContext } from '../../src/app/context.js';
import { runCommand } from '../../src/app/dispatch.js';
import { buildCorpus, loadCorpus } from '../../src/corpus/loader.js';
import { memoryArticle, memoryEngine } from './memoryArticle.js';
import type { Corpus } from '../../src/corpus/types.js';
import { CasualtyIndex } from '../../src/engine/casualties/index.js';
import { extractFigures } from '../../src/engine/casualties/extract.js';
import { casualtyFields } from '../../src/render/views.js';
import { findPlaces } from '../../src/engine/casualties/places.js';
import { Engine } from '../../src/engine/engine.js';
import { corpusDirOf, incidents, scoreIncident } from '../../scripts/figures-eval.js';
import { messageErrors } from '../fakeDiscord/validate.js';
import { articleFile } from '../live/helpers.js';

/**
 * Floors below what extraction reaches today (see `npm run eval`), so that a
 * regression fails: hand figures found, extracted figures that match one, and
 * never a figure of the wrong kind.
 */
const FLOORS: Record<string, { recall: number; precision: number; events?: number }> = {
  'iran-pakistan-2024': { recall: 0.95, precision: 0.95, events: 0.95 },
  'libya-flood-2023': { recall: 0.95, precision: 0.95, events: 0.9 },
  'grenfell-fire-2017': { recall: 0.95, precision: 0.95, events: 0.9 },
  // The table splits the shooting by venue (bowling alley, bar, hospital); here it is one event with all its figures.
  'lewiston-shooting-2023': { recall: 0.95, precision: 0.95 },
  'korea-martial-law-2024': { recall: 0.85, precision: 0.95 },
};

describe('casualty figures against the hand-made tables', () => {
  it('has a table for the seed incident and at least three other kinds of incident', () => {
    expect(incidents()).toEqual(expect.arrayContaining(Object.keys(FLOORS)));
  });

  for (const [incident, floor] of Object.entries(FLOORS)) {
    it(`${incident}: finds the hand-listed figures, of the right kind`, () => {
      const score = scoreIncident(incident);
      expect(score.wrong, 'figures of the wrong kind').toEqual([]);
      expect(score.recall, `missed: ${score.misses.map((m) => m.text).join(' | ')}`).toBeGreaterThanOrEqual(floor.recall);
      expect(score.precision, `extra: ${score.extras.map((m) => m.text).join(' | ')}`).toBeGreaterThanOrEqual(floor.precision);
      if (floor.events !== undefined) {
        // Figures the table puts in one event are in one event, and figures of different events are kept apart.
        expect(score.eventsTogether, 'events together').toBeGreaterThanOrEqual(floor.events);
        expect(score.eventsApart, 'events apart').toBeGreaterThanOrEqual(floor.events);
      }
    });
  }
});

describe('reading a figure', () => {
  const kinds = (text: string) => extractFigures(text).map((f) => [f.text, f.kind, f.count ?? null]);

  it('reads "the number of people hurt … climbed to" as the hurt, and "the number of victims" as the hurt where only injuries are spoken of', () => {
    expect(kinds("The number of people hurt by Friday's blast over the city climbed to about 1,200 on Saturday.")).toEqual([['about 1,200', 'injured', 1200]]);
    expect(kinds('The governor put the number of victims at 950, saying two-thirds of them had only light injuries.')[0]).toEqual(['950', 'injured', 950]);
    // Victims where deaths are spoken of are still the dead.
    expect(kinds('The number of victims rose to 40 after two more people died in hospital.')[0]?.[1]).toBe('killed');
  });

  it('reads the kind from the words that govern each figure, never from a neighbour', () => {
    expect(kinds('Eighteen people were killed and 13 others were injured in the shootings.')).toEqual([
      ['Eighteen people', 'killed', 18],
      ['13 others', 'injured', 13],
    ]);
    expect(kinds('The attack resulted in the death of two innocent children and injured three girls.')).toEqual([
      ['two innocent children', 'killed', 2],
      ['three girls', 'injured', 3],
    ]);
    expect(kinds('The shootings left 18 dead and 13 wounded.')).toEqual([
      ['18 dead', 'killed', 18],
      ['13 wounded', 'injured', 13],
    ]);
  });

  it('reads a count joined to one more person before its verb, and never an age as a count', () => {
    expect(kinds('Two hostages and the gunman who had held them for some 16 hours were killed early on Tuesday.')).toEqual([['Two hostages', 'killed', 2]]);
    expect(kinds('Police said a man aged 34 and a woman aged 38 died after being taken to hospital.')).toEqual([]);
    expect(kinds('Dawn Sturgess, a 44-year-old mother of three, died in hospital on July 8.')).toEqual([]);
    expect(kinds('A father of two young children was among the four people killed.')).toEqual([['four people', 'killed', 4]]);
  });

  it('never reads a number that names something as a count ("Flight 516", "Route 66")', () => {
    expect(kinds('The airline confirmed that two pets carried in the cargo hold of Flight 516 had died in the fire.')).toEqual([]);
    expect(kinds('Three people were killed when the truck crossed Route 66 and hit a bus.')).toEqual([['Three people', 'killed', 3]]);
  });

  it('counts the infected and the sick of an outbreak as made ill, and no age range or population as a count', () => {
    expect(kinds('The agency now counts 59 people infected in 19 states.')).toEqual([['59 people infected', 'injured', 59]]);
    expect(kinds('On Friday the ministry reported forty-one new cases, all of them passengers.')).toEqual([['forty-one new cases', 'injured', 41]]);
    expect(kinds('Officials said 65 more people aboard the Seaview had tested positive for the virus.')).toEqual([['65 more people', 'injured', 65]]);
    // Cases that are no illness: a museum's display cases, a court's.
    expect(kinds('The thieves went straight for two display cases.')).toEqual([]);
    expect(kinds('The people who fell ill are between 32 and 94 years old.')).toEqual([]);
    expect(kinds('Rwanda has a population of just over 13 million, and two of its nurses are among the infected.').map(([, kind, n]) => [kind, n])).toEqual([['injured', 2]]);
  });

  it('reads no count of things near a casualty word as a figure: factors, arrests, body parts', () => {
    expect(kinds('The judge ruled that prosecutors had proven four aggravating factors in the killing of Tom Reed.')).toEqual([]);
    expect(kinds('Police reported more than 50 arrests and said dozens were injured.').map(([text]) => text)).not.toContain('more than 50 arrests');
    expect(kinds('Searchers recovered 154 body parts from the river.')).toEqual([]);
    // Names on a list of the missing stand for people.
    expect(kinds('More than 100 names were on the local missing list.').map(([, kind]) => kind)).toEqual(['missing']);
  });

  it('reads tolls that rise, presumed dead, missing, rescued, displaced and damage', () => {
    expect(kinds('Police said the death toll had risen to ten.')).toEqual([['ten', 'killed', 10]]);
    // The toll's subject may run long before its verb.
    expect(kinds("The number of people killed in the landslides that buried villages in Kerala's Wayanad district rose to 167 on Wednesday.")).toEqual([['167', 'killed', 167]]);
    expect(kinds('He said 74 others were missing and had to be presumed dead.')).toEqual([['74 others', 'killed', 74]]);
    expect(kinds('At least 10,000 people were still unaccounted for.')).toEqual([['At least 10,000 people', 'missing', 10000]]);
    expect(kinds('Firefighters rescued 65 people from the building.')).toEqual([['65 people', 'rescued', 65]]);
    expect(kinds('More than 40,000 people had been forced from their homes.')).toEqual([['More than 40,000 people', 'displaced', 40000]]);
    expect(kinds('Around 7,000 people had to leave their homes during the eruption.')).toEqual([['Around 7,000 people', 'displaced', 7000]]);
    expect(kinds('Around 6,000 people remain out of their homes.')).toEqual([['Around 6,000 people', 'displaced', 6000]]);
    // The whole population after a figure is no figure: "7,000 of the island's 85,000 residents".
    expect(kinds("More than 7,000 of the island's 85,000 residents have had to leave their homes.")).toEqual([['More than 7,000', 'displaced', 7000]]);
    expect(kinds('The strikes destroyed two bases.')).toEqual([['two bases', 'damage', 2]]);
    // The same toll again after an adverbial and "it"; a count of victims; a count named by its period.
    expect(kinds('The minister said the death toll had reached 282, and by late evening it had risen to 284.')).toEqual([
      ['282', 'killed', 282],
      ['284', 'killed', 284],
    ]);
    expect(kinds('An AFP count of victims reported by hospitals stood at 105 by Friday night.')).toEqual([['105', 'killed', 105]]);
    expect(kinds("At least 12 more people died on Sunday, bringing the week's total to 136.")).toEqual([
      ['At least 12 more people', 'killed', 12],
      ['136', 'killed', 136],
    ]);
  });

  it('reads the trapped as missing, medical help and a trip to hospital as hurt, and each clause of "…, and N were" by its own predicate', () => {
    expect(kinds('About 120 miners were believed to be still trapped inside.')).toEqual([['About 120 miners', 'missing', 120]]);
    expect(kinds('Only one death has been linked to the eruption.')).toEqual([['Only one death', 'killed', 1]]);
    // A measure is no one: "buried over 1,040 hectares" counts land, not the dead.
    expect(kinds('The lava has destroyed more than 2,600 buildings and buried over 1,040 hectares.')).toEqual([['more than 2,600 buildings', 'damage', 2600]]);
    expect(kinds('Rescuers continued their search for 33 trapped miners.')).toEqual([['33 trapped', 'missing', 33]]);
    expect(kinds('A drill boring an escape route to the 33 men trapped in the mine broke through.')).toEqual([['33 men', 'missing', 33]]);
    // …and those trapped who were brought out are rescued.
    expect(kinds('All 33 miners trapped for 69 days in the San Jose mine in northern Chile had been lifted to safety by Wednesday night.')).toEqual([['33 miners', 'rescued', 33]]);
    expect(kinds('In all 1,183 people had received medical help.')).toEqual([['1,183 people', 'injured', 1183]]);
    expect(kinds('The gas sent 585 to hospital in May.')).toEqual([['585', 'injured', 585]]);
    expect(kinds('The blast sent more than 500 people to seek medical care.')).toEqual([['more than 500 people', 'injured', 500]]);
    expect(kinds('Search teams had recovered 110 bodies, and 238 people were still missing.')).toEqual([
      ['110 bodies', 'killed', 110],
      ['238 people', 'missing', 238],
    ]);
    // A part set off between the whole and its predicate: the whole is still the whole.
    const [whole, part] = extractFigures('At least 14 people, seven of them children, had been taken to hospitals with burns.');
    expect([whole, part].map((f) => [f?.kind, f?.count, f?.total])).toEqual([
      ['injured', 14, true],
      ['injured', 7, false],
    ]);
  });

  it('reads more ways of naming a toll: the confirmed dead, a date inside, one group\'s toll and one place\'s count as parts', () => {
    const read = (text: string) => extractFigures(text).map((f) => [f.kind, f.count, f.total]);
    expect(read('The number of confirmed dead in the disaster off Giglio rose to 11.')).toEqual([['killed', 11, true]]);
    expect(read('A student died, bringing the number of people killed in the October 1 disaster in Malang to 135.')).toEqual([['killed', 135, true]]);
    expect(read('The ministry said the number of Egyptian dead had risen to 672.')).toEqual([['killed', 672, false]]);
    expect(read('Officials said the number of Jordanians who died of heat exhaustion had reached 75.')).toEqual([['killed', 75, false]]);
    expect(read("Two more people died, bringing the state's total to eight.")).toEqual([
      ['killed', 2, false],
      ['killed', 8, false],
    ]);
  });

  it('keeps qualifiers, ranges, vague counts and who is counted', () => {
    const [f] = extractFigures('The city expected between 18,000 and 20,000 deaths.');
    expect(f).toMatchObject({ count: 18000, countMax: 20000, qualifier: 'between', kind: 'killed' });
    const [g] = extractFigures('The gunman killed at least 16 people and wounded dozens of others.');
    expect(g).toMatchObject({ count: 16, qualifier: 'at least', who: 'people', total: true });
    expect(extractFigures('The gunman killed at least 16 people and wounded dozens of others.')[1]).toMatchObject({ kind: 'injured', qualifier: 'dozens', count: undefined });
    const [h] = extractFigures('Explosions had killed seven non-Iranian nationals, including three women and four children.');
    expect(h).toMatchObject({ who: 'non-Iranian nationals', count: 7, total: true });
  });

  it('reads the hurt from a trip to hospital, a casualty department or a named hospital', () => {
    expect(kinds('Another 12 people made their own way to hospital after the blast.')).toEqual([['Another 12 people', 'injured', 12]]);
    expect(kinds('Nine died at the scene and one was airlifted to St Aldric General Hospital in Hexford.')).toEqual([
      ['Nine', 'killed', 9],
      ['one', 'injured', 1],
    ]);
    // Going to hospital to visit is not a count of the hurt: no figure without a number phrase that is taken there.
    expect(kinds('Two relatives were waiting outside the ward.')).toEqual([]);
    expect(kinds('Three nurses were sent to the hospital to help.')).toEqual([]);
  });

  it('reads victims who were identified as the dead, and a relative clause before the predicate', () => {
    expect(kinds('The coroner said four of the victims had been formally identified.')).toEqual([['four of the victims', 'killed', 4]]);
    expect(kinds('Charges would follow once the remaining six victims were identified.')).toEqual([['six victims', 'killed', 6]]);
    expect(kinds('Police said 30 guests who had checked in that weekend were missing and they had to assume they were dead.')).toEqual([['30 guests', 'killed', 30]]);
    expect(kinds('Police said 30 guests who had checked in that weekend were missing.')).toEqual([['30 guests', 'missing', 30]]);
  });

  it('reads "N of them" by the casualty noun "them" stands for in its sentence', () => {
    expect(kinds('The dead ranged in age from 3 to 81, and the coroner said 20 of them were women and nine were children.')).toEqual([
      ['20 of them', 'killed', 20],
      ['nine', 'killed', 9],
    ]);
    expect(kinds('The wounded were spread across the city, and doctors said 11 of them were in their teens.')).toEqual([['11 of them', 'injured', 11]]);
    // "victims" are the dead only where the sentence speaks of what is done for the dead; a count between breaks the link.
    expect(kinds('The victims were interviewed by police, who said 16 of them were students.')).toEqual([]);
    expect(kinds('The dead included 12 children; police said four of them were siblings.')).toEqual([['12 children', 'killed', 12]]);
  });

  it('reads "crushed to death", a toll that "will be", people of a group, and a figure dividing the whole the sentence opens on', () => {
    expect(kinds('Police said 40 people were crushed to death at the gate.')).toEqual([['40 people', 'killed', 40]]);
    expect(kinds('Of the 27 bodies taken to the hospital, 23 were women.')).toEqual([
      ['27 bodies', 'killed', 27],
      ['23', 'killed', 23],
    ]);
    expect(kinds('Of the injured, 12 were children.')).toEqual([['12', 'injured', 12]]);
    expect(kinds('He said 14 members of the skating community had been killed.')).toEqual([['14 members', 'killed', 14]]);
    expect(kinds('If no one survived, the toll will be 67.')).toEqual([['67', 'killed', 67]]);
    expect(kinds('He had spoken of about 30 dead and some 3,000 hurt.')).toEqual([['about 30 dead', 'killed', 30], ['some 3,000 hurt', 'injured', 3000]]);
    expect(kinds('The ministry put the number of dead at 137 and the wounded at more than 5,000.')).toEqual([['137', 'killed', 137], ['more than 5,000', 'injured', 5000]]);
    expect(kinds('He said 120 were in intensive care.')).toEqual([['120', 'injured', 120]]);
    expect(kinds('He said 250,000 people had been left without a home.')).toEqual([['250,000 people', 'displaced', 250000]]);
    // A share of the toll is no toll: "only two of the dead", "the first two people confirmed killed".
    expect(extractFigures('Only two of the dead had been identified so far.')[0]?.total).toBe(false);
    expect(extractFigures('The county released the names of the first two people confirmed killed in the fire.')[0]?.total).toBe(false);
    expect(extractFigures('The county said 106 people had been killed in the fire.')[0]?.total).toBe(true);
    // "It" standing for the toll of the sentence before; not for any other count.
    const after = (before: string, text: string) => extractFigures(text, before).map((f) => [f.kind, f.count ?? null]);
    expect(after('The death toll rose again over the weekend. ', 'It reached 93 on Saturday night and 96 on Sunday.')).toEqual([['killed', 93], ['killed', 96]]);
    expect(after('Officials said the ballot count was slow. ', 'It reached 93 on Saturday night.')).toEqual([]);
    // The same toll raised again in one sentence; "late" is when, not what is counted.
    expect(kinds('The toll had stood at 67 on Friday afternoon and was raised to 80 late that night.')).toEqual([['67', 'killed', 67], ['80', 'killed', 80]]);
    expect(kinds('The toll stood at 67 on Friday, and 12 people were hurt.')).toEqual([['67', 'killed', 67], ['12 people', 'injured', 12]]);
    // Not a casualty whole: "Of the 30 buses, 12 were late" counts no one hurt.
    expect(kinds('Of the 30 buses, 12 were late.')).toEqual([]);
  });

  it('reads a count of none, elided nouns and vague tolls', () => {
    expect(kinds('Two guards were shoved, but no serious injuries were reported.')).toEqual([['no serious injuries', 'injured', 0]]);
    expect(kinds('Nobody was hurt when the roof fell in.')).toEqual([['Nobody was hurt', 'injured', 0]]);
    expect(kinds('Divers brought up four bodies from the wreck and nine more trapped in the hull.')).toEqual([
      ['four bodies', 'killed', 4],
      ['nine more', 'killed', 9],
    ]);
    // "N more" with its own predicate, or with no casualty noun before it, takes no kind from the figure before.
    expect(kinds('Divers brought up four bodies from the wreck, and nine more were arrested at the port.')).toEqual([['four bodies', 'killed', 4]]);
    expect(kinds('Four people died at the market, and nine more trapped in the hull.')).toEqual([['Four people', 'killed', 4]]);
    expect(kinds('The toll was grim, the governor said, and would run into the hundreds.')).toEqual([['hundreds', 'killed', null]]);
  });

  it('reads damage and displacement that no number counts', () => {
    expect(kinds('Rioters smashed windows at the town hall.')).toEqual([['smashed windows', 'damage', null]]);
    expect(kinds('The damage, including broken doors, was still being assessed.')).toEqual([['broken doors', 'damage', null]]);
    expect(kinds('Entire villages had been swept away by the mudslide.')).toEqual([['Entire villages had been swept away', 'damage', null]]);
    expect(kinds('Photos showed houses with their roofs torn off.')).toEqual([['houses with their roofs torn off', 'damage', null]]);
    expect(kinds('The storm that flattened most of the town moved east.')).toEqual([['flattened most of the town', 'damage', null]]);
    expect(kinds('The council evacuated tenants from three blocks on the estate.')).toEqual([['tenants from three blocks', 'displaced', null]]);
    // A participle that describes a thing is no figure; a count is read once.
    expect(kinds('Rescuers searched the gutted tower.')).toEqual([]);
    expect(kinds('The scandal damaged the city’s reputation.')).toEqual([]);
    expect(kinds('Reporters saw buildings were destroyed.')).toEqual([['buildings were destroyed', 'damage', null]]);
    expect(kinds('The storm destroyed 40 homes.')).toEqual([['40 homes', 'damage', 40]]);
  });

  it('reads no toll from "the deaths" after a preposition: "the group behind the deaths smuggled 1,100 people"', () => {
    expect(extractFigures('Prosecutors say the gang behind the deaths smuggled upward of 1,100 people across the border.')).toEqual([]);
    expect(kinds('The mine closed with the death toll standing at 301.')).toEqual([['301', 'killed', 301]]);
  });

  it('does not count ages, times, distances or years', () => {
    expect(extractFigures('William Young, 44, who was killed at 7:02 pm, 12 kilometres away, in 2023.')).toEqual([]);
  });

  it('reads lives claimed and those who lost their lives as the dead, and no magnitude as a count', () => {
    expect(kinds('Four months after the quake claimed 152 lives in the mountains, few homes had been rebuilt.')).toEqual([['152', 'killed', 152]]);
    expect(extractFigures('The storm cost 40 lives.').map((f) => [f.kind, f.count, f.total])).toEqual([['killed', 40, true]]);
    expect(extractFigures('Divers saved 20 lives.').map((f) => f.kind)).not.toContain('killed');
    expect(kinds("The number of people who lost their lives in Monday's quake rose to 112, officials said.")).toEqual([['112', 'killed', 112]]);
    expect(kinds('A magnitude 5.9 aftershock on Thursday killed two people in the market.')).toEqual([['two people', 'killed', 2]]);
    expect(kinds('A 6.1-magnitude tremor killed three people.')).toEqual([['three people', 'killed', 3]]);
  });
});

describe('casualty events and tolls over time', () => {
  let flood: Engine;
  let fire: Engine;
  let shooting: Engine;
  beforeAll(() => {
    flood = new Engine(loadCorpus(corpusDirOf('libya-flood-2023')));
    fire = new Engine(loadCorpus(corpusDirOf('grenfell-fire-2017')));
    shooting = new Engine(loadCorpus(corpusDirOf('lewiston-shooting-2023')));
  });

  it('leads a toll that rose over several days with the most recent report, earlier figures by date', () => {
    for (const engine of [flood, fire]) {
      const main = engine.casualtyEvents()[0];
      const killed = main.series.find((s) => s.kind === 'killed')!;
      expect(killed.changed).toBe(true);
      const latest = engine.corpus.articles.map((a) => a.published).sort().pop();
      expect(killed.days[0].day).toBe(latest);
      expect(killed.days.map((d) => d.day)).toEqual([...killed.days.map((d) => d.day)].sort().reverse());
      expect(killed.days.length).toBeGreaterThanOrEqual(3);
      const day = new Date(`${latest}T12:00:00Z`).getUTCDate();
      expect(noteText(engine.notesFor(main)[0])).toMatch(new RegExp(`latest report \\(${day} \\w+ \\d{4}\\)`));
    }
  });

  it('answers "what is the latest death toll" and "has the toll risen" from the same series', () => {
    for (const question of ['what is the latest death toll', 'has the death toll risen', 'how many people have died so far']) {
      const answer = flood.ask(question);
      expect(answer.notFound, question).toBe(false);
      expect(noteText(answer.notes[0]), question).toMatch(/the latest report \(19 Sept 2023\) gives/);
    }
    // The first quote is from the most recent report.
    expect(flood.ask('what is the latest death toll').quotes[0].articleId).toBe('004_un_revises_toll_protest');
  });

  it('names an eruption by its verb as well as its noun', () => {
    const volcano = memoryEngine(memoryArticle('v1', '2031-12-09', 'Volcano erupts', 'The volcano on Kestrel Island erupted on Monday afternoon, killing five tourists, police said.'));
    expect(volcano.casualtyEvents()[0]?.label).toMatch(/^Eruption/);
  });

  it('names an event by the reports’ own word for it: a crowd crush is no "attack"', () => {
    const crush = new Engine(loadCorpus(corpusDirOf('hathras-stampede-2024')));
    expect(crush.casualtyEvents()[0].label).toMatch(/^Crush in Hathras/);
    // Figures outside the toll's days come under their own heading, not as the last toll's earlier days.
    const text = casualtyFields(crush, crush.casualtyEvents().slice(0, 1)).map((f) => f.value).join('\n');
    expect(text).toMatch(/__Earlier__ \(injured or ill\):\n(?:• [^\n]*injured[^\n]*\n)+__Other figures__:\n• \*\*(?:eight of the dead|27 bodies)/);
  });

  it('reads no other incident in a cause told after the figure ("… had died of carbon monoxide poisoning")', () => {
    const engine = memoryEngine(
      memoryArticle('m1', '2031-05-13', 'Fire in Arden mine kills 200', 'A fire in the coal mine at Arden killed at least 200 miners on Tuesday, officials said.'),
      memoryArticle('m2', '2031-05-14', 'Arden toll rises', 'The minister said on Wednesday that 282 people had died. Autopsies showed that the victims had died of carbon monoxide poisoning, he said.'),
    );
    expect(engine.casualtyEvents().map((e) => e.label)).toEqual([expect.stringMatching(/^Fire/)]);
  });

  it('takes no kind of incident from a superlative that ranks it ("the deadliest industrial accident in its history")', () => {
    const engine = memoryEngine(
      memoryArticle('s1', '2031-05-13', 'Fire in Arden mine kills 200', 'A fire in the coal mine at Arden killed at least 200 miners on Tuesday, officials said.'),
      memoryArticle('s2', '2031-05-14', 'Arden toll rises', "The number of miners confirmed dead in the Arden disaster rose to 274 on Wednesday, making it the deadliest industrial accident in the country's history."),
    );
    expect(engine.casualtyEvents().map((e) => e.label)).toEqual([expect.stringMatching(/^Fire/)]);
    // The event word of the 274 is the report's own "disaster", not the ranked "accident" (which would make it a crash).
    expect(engine.casualtyEvents()[0].figures.find((f) => f.count === 274)?.incident?.word).toBe('disaster');
  });

  it('keeps an incident whose reports name no kind of it ("the attack") one event: figures with no place join the country most are placed in', () => {
    const engine = memoryEngine(
      memoryArticle('n1', '2031-07-15', 'Truck kills 84 in Nice', 'A truck drove into a crowd in Nice, in France, on Thursday night, killing at least 84 people.'),
      memoryArticle('n2', '2031-07-19', 'Nation mourns', 'Eighty-four people were killed and more than 300 were treated in hospitals, the health minister said.'),
      memoryArticle('n3', '2031-08-19', 'Toll rises to 86', 'The attack in Nice, in France, killed 86 people, prosecutors said on Friday.'),
    );
    expect(engine.casualtyEvents().map((e) => e.label)).toEqual(['Attack in Nice']);
  });

  it('names an event by its country, not its first town, when several towns are each named by one report', () => {
    const engine = memoryEngine(
      memoryArticle(
        'b1',
        '2031-07-17',
        'Protests turn deadly in Bangladesh',
        'At least six people were killed on Tuesday as students protesting against job quotas clashed with police in Bangladesh.',
        'Three protesters were killed in the port city of Chattogram, police said.',
        'Two students were killed in the protests in the northern city of Rangpur.',
      ),
      memoryArticle(
        'b2',
        '2031-07-20',
        'Death toll from the Bangladesh protests passes 100',
        'More than 100 people have been killed in the protests in Bangladesh, hospital officials said on Saturday.',
        'One protester was killed in the protests in the town of Sirajganj on Friday.',
      ),
    );
    expect(engine.casualtyEvents()[0]!.label).toBe('Protests in Bangladesh');
  });

  it('does not place a figure in the paragraph before\'s country because another sentence says "the city"', () => {
    const engine = memoryEngine(
      memoryArticle(
        'm1',
        '2031-08-20',
        'Bomber\'s brother jailed',
        'The brother was detained in Tripoli, in Libya, the day after the bombing and later extradited.',
        'The police chief called the bombing one of the darkest days in the city\'s history. Police have said more than 1,000 people were hurt by the explosion.',
      ),
    );
    const labels = engine.casualtyEvents().map((e) => e.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.join(' | ')).not.toMatch(/Libya|Tripoli/);
  });

  it('reads no place in the office of whoever gives a figure ("the Paris prosecutor said …")', () => {
    const gazetteer = new Map(findPlaces('The attacks in Paris killed 130 people.').map((p) => [p.key, p]));
    const named = (text: string) => findPlaces(text, gazetteer).map((p) => p.name);
    expect(named('At a news conference, the Paris prosecutor said the dead included 10 children.')).toEqual([]);
    expect(named('Officers of the Paris police said the dead included 10 children.')).toEqual([]);
    expect(named('Paris was in mourning after 10 children died.')).toEqual(['Paris']);
  });

  it('reads no incident or place in a body’s name or a service, and no past event in a comparison after the figure', () => {
    const article = memoryArticle;
    const engine = new Engine(
      buildCorpus('memory', [
        article(
          'c1',
          '2031-02-01',
          'Plane crashes into the Arden river',
          'A passenger plane crashed into the Arden river near Talford on Friday night, killing all 40 people on board.',
          'John Reyes, chief of the District of Talford Fire and Emergency Medical Services Department, said 12 bodies had been recovered by dawn.',
          'If no one survived, the toll will be 40, which would make it the deadliest air disaster in the country since a jet crashed near Morrow in May 2009.',
        ),
        article('c2', '2031-02-02', 'Divers recover more victims', 'Fire chief John Reyes said 31 bodies had now been recovered from the Arden, and one diver was treated for hypothermia.'),
      ]),
    );
    const labels = engine.casualtyEvents().map((e) => e.label);
    expect(labels[0]).toMatch(/^Crash/);
    expect(labels.join(' | ')).not.toMatch(/Fire|Department|2009/);
  });

  it('reads a toll one report tells rising ("to 111 on Thursday and to 114 on Friday") as earlier and latest, not as reports that differ', () => {
    const engine = memoryEngine(
      memoryArticle('r1', '2031-08-10', 'Fire kills 55 in Arden', 'At least 55 people were killed in the fire in Arden, the county said on Wednesday.'),
      memoryArticle(
        'r2',
        '2031-08-18',
        'Arden fire toll reaches 114',
        'The death toll from the fire in Arden rose to 114 on Friday, the county said.',
        'The county raised the death toll to 111 on Thursday and to 114 on Friday.',
      ),
    );
    const killed = engine.casualtyEvents()[0].series.find((x) => x.kind === 'killed')!;
    expect(killed.disputed).toBe(false);
    expect(killed.days.map((d) => d.lines.map((l) => l.count))).toEqual([[114], [111], [55]]);
  });

  it('takes "65 cases and 15 deaths" in a later report as the latest toll of the dead, and "six men and one woman" as parts of one', () => {
    const engine = memoryEngine(
      memoryArticle('v1', '2031-09-30', 'Fever kills eight in Arden', 'The fever outbreak in Arden has killed eight people, the health minister said on Sunday.'),
      memoryArticle('v2', '2031-10-27', 'Arden fever traced to bats', 'By Friday the health ministry had recorded 65 cases and 15 deaths in the Arden outbreak.'),
    );
    const killed = engine.casualtyEvents()[0].series.find((x) => x.kind === 'killed')!;
    expect(killed.days.map((d) => d.lines.map((l) => l.count))).toEqual([[15], [8]]);
    expect(engine.ask('How many people died?').quotes[0].text).toMatch(/15 deaths/);
    const parts = extractFigures('Police said six men and one woman were killed in the fire.');
    expect(parts.filter((f) => f.total)).toEqual([]);
  });

  it('reads a toll the latest report tells as an earlier one ("an earlier update had put the dead at 11,300") as earlier, and quotes it after', () => {
    const engine = memoryEngine(
      memoryArticle('u1', '2031-09-12', 'Flood kills 5,300 in Arden', 'The flood in Arden killed more than 5,300 people, the interior ministry said on Tuesday.'),
      memoryArticle(
        'u2',
        '2031-09-19',
        'UN lowers Arden flood toll',
        'An earlier update had put the dead of the flood in Arden at 11,300.',
        'At the weekend the United Nations cut the toll of the flood in Arden to 3,958.',
      ),
    );
    const killed = engine.casualtyEvents()[0].series.find((x) => x.kind === 'killed')!;
    expect(killed.days.map((d) => d.lines.map((l) => l.count))).toEqual([[3958], [11300], [5300]]);
    expect(engine.ask('How many people died?').quotes[0].text).toMatch(/3,958/);
  });

  it('quotes the latest toll first where it was announced, not where a later report mentions it in passing', () => {
    const engine = memoryEngine(
      memoryArticle('s1', '2031-07-02', 'Crush at Arden fair', 'At least 90 people were killed in a crush at the Arden fair on Tuesday, police said.'),
      memoryArticle('s2', '2031-07-03', 'Arden toll rises', 'The number of people killed in the crush at the Arden fair rose to 121 on Wednesday, officials said.'),
      memoryArticle('s3', '2031-07-09', 'Arden officials suspended', 'Six officials were suspended on Tuesday over the crush at the Arden fair that killed 121 people.'),
    );
    const answer = engine.ask('How many people died?');
    expect(answer.quotes.map((q) => q.articleId)).toEqual(['s2', 's3', 's1']);
    expect(noteText(answer.notes[0])).toMatch(/latest report \(9 Jul 2031\) gives 121; earlier: .*at least 90/);
  });

  it('names an event by the place the reports open with, not the town its hospitals and officials are in', () => {
    const ferry = memoryEngine(
      memoryArticle('f1', '2031-03-02', 'Ferry capsizes off Wren', 'A ferry capsized off Wren on Sunday night, and the coast guard said 12 people had died off Wren.', 'The injured were taken to hospitals in Carrow, where 30 people were treated.'),
      memoryArticle('f2', '2031-03-03', 'Toll rises', 'Divers searched the ferry that sank off Wren for a second day on Monday.', 'The death toll rose to 15 on Monday, the coast guard in Carrow said, and 30 people remained in hospitals in Carrow.'),
      memoryArticle('f3', '2031-03-04', 'Inquiry opens', 'Prosecutors in Carrow opened an inquiry on Tuesday.', 'The death toll stood at 16, officials in Carrow said.'),
    );
    expect(ferry.casualtyEvents()[0].label).toMatch(/\bWren$/);
  });

  it('keeps the hurt of later demonstrations apart from the toll of the blast', () => {
    const engine = memoryEngine(
      memoryArticle('b1', '2031-08-05', 'Blast in Arden port', 'The explosion at the port of Arden killed 135 people and injured about 5,000 people, officials said.'),
      memoryArticle('b2', '2031-08-09', 'Arden protest turns violent', "The Red Cross said about 250 people had been hurt in Saturday's demonstrations."),
    );
    const blast = engine.casualtyEvents()[0];
    expect(blast.series.find((x) => x.kind === 'injured')?.days[0].lines.map((l) => l.count)).toEqual([5000]);
    expect(engine.casualtyEvents().some((e) => e !== blast && e.lines.some((l) => l.count === 250))).toBe(true);
  });

  it('takes no count far below an earlier toll as the toll: "two people died in the aftershock" a week after 147 dead', () => {
    const engine = memoryEngine(
      memoryArticle('q1', '2031-03-17', 'Quake kills 61 in Tarvin', 'An earthquake struck the mountain town of Tarvin on Monday, and the number of people killed rose to 61 on Tuesday, officials said.'),
      memoryArticle('q2', '2031-03-24', 'A week after Tarvin quake', 'The toll from the earthquake in Tarvin stood at 147 dead on Monday, officials said.'),
      memoryArticle('q3', '2031-07-15', 'Tarvin rebuilds', 'The Tarvin market, where two people died in the aftershock, reopened in June with new stalls.'),
    );
    const killed = engine.casualtyEvents()[0].series.find((x) => x.kind === 'killed')!;
    expect(killed.days[0].lines.map((l) => l.count)).toEqual([147]);
    expect(killed.days.flatMap((d) => d.lines.map((l) => l.count))).not.toContain(2);
  });

  it('files the wounded of a shooting as injured, not dead', () => {
    const main = shooting.casualtyEvents()[0];
    expect(main.label).toMatch(/Lewiston/);
    const injured = main.lines.filter((l) => l.kind === 'injured').map((l) => l.count);
    expect(injured).toContain(13);
    expect(main.lines.filter((l) => l.kind === 'killed').map((l) => l.count)).not.toContain(13);
  });

  it('lists each figure of an event once, with every report that gives it', () => {
    for (const engine of [flood, fire, shooting]) {
      for (const event of engine.casualtyEvents()) {
        const keys = event.lines.map((l) => `${l.kind}|${l.text.toLowerCase()}|${l.figures.map((f) => f.articleId).join(',')}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const line of event.lines) expect(new Set(line.figures.map((f) => f.articleId)).size).toBe(line.figures.length);
      }
    }
    const eighteen = shooting.casualtyEvents()[0].lines.filter((l) => l.kind === 'killed' && l.count === 18 && !l.qualifier);
    expect(eighteen.reduce((n, l) => n + l.figures.length, 0)).toBeGreaterThanOrEqual(3);
  });

  it('keeps figures verbatim: each is a slice of its sentence', () => {
    for (const engine of [flood, fire, shooting]) {
      for (const f of engine.casualties.allFigures()) expect(engine.index.sentence(f.sentenceId)!.text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('restores the same events from a snapshot', () => {
    const corpus: Corpus = flood.corpus;
    const built = new CasualtyIndex(corpus);
    const restored = new CasualtyIndex(corpus, JSON.parse(JSON.stringify(built.toSnapshot())));
    const view = (i: CasualtyIndex) => i.events().map((e) => [e.label, e.lines.map((l) => [l.kind, l.text, l.figures.length])]);
    expect(view(restored)).toEqual(view(built));
  });

  it('keeps an earthquake across two countries one event: the injured as injured, each country’s count a part, the latest toll first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quake-'));
    writeFileSync(
      join(dir, 'a.md'),
      articleFile('a', 'A 7.8-magnitude earthquake struck southern Turkey and northern Syria early on Monday, killing more than 1,500 people and injuring thousands, officials said.\n\nIn Turkey, at least 912 people were killed and 5,383 were injured. In Syria, at least 560 people died and 1,400 were injured.', { published: '2023-02-06' }),
    );
    writeFileSync(join(dir, 'b.md'), articleFile('b', 'The death toll from the earthquake in Turkey and Syria rose to more than 5,000 on Tuesday, with at least 3,419 dead in Turkey and 1,602 in Syria.', { published: '2023-02-07' }));
    const events = new CasualtyIndex(loadCorpus(dir)).events();
    rmSync(dir, { recursive: true, force: true });
    expect(events).toHaveLength(1);
    const [quake] = events;
    expect(quake.label).toMatch(/^Earthquake in (Turkey and Syria|Syria and Turkey)$/);
    expect(quake.lines.filter((l) => l.kind === 'injured').map((l) => l.count)).toEqual(expect.arrayContaining([5383, 1400]));
    const killed = quake.series.find((s) => s.kind === 'killed')!;
    expect(killed.changed).toBe(true);
    expect(killed.days.map((d) => [d.day, d.lines.map((l) => l.text)])).toEqual([
      ['2023-02-07', ['more than 5,000']],
      ['2023-02-06', ['more than 1,500 people']],
    ]);
    // Each country's own toll over the days: its latest leads, its earlier follows.
    const turkey = quake.series.find((s) => s.kind === 'killed' && s.place === 'Turkey')!;
    expect(turkey.days.map((d) => [d.day, d.lines.map((l) => l.count)])).toEqual([
      ['2023-02-07', [3419]],
      ['2023-02-06', [912]],
    ]);
  });

  it('leads /casualties <place> with the event of that place, before others its paragraph names', () => {
    const storm = memoryEngine(
      memoryArticle(
        'z1',
        '2032-09-11',
        'Storm Zoe floods Marlow',
        'Floods from Storm Zoe killed 40 people in Marlow on Monday.',
        'Before that the storm left seven people dead in Turkey and four in Bulgaria. The same system flooded Greece last week and killed at least 15 people.',
      ),
    );
    const events = storm.casualtyEvents('Greece');
    expect(events[0].label).toMatch(/Greece/);
    expect(storm.casualtyQuotes(events)[0].text).toMatch(/flooded Greece/);
  });

  describe('a storm whose tolls are given by state and county', () => {
    let storm: Engine;
    beforeAll(() => {
      storm = memoryEngine(
        memoryArticle(
          's1',
          '2031-09-27',
          'Storm Ada batters the coast',
          'Storm Ada has killed at least 30 people, officials said on Friday.',
          'In Tennessee, 11 people died in floods. In Virginia, two people were killed by falling trees.',
          'In Georgia, the governor said 17 people had died. In Kent County, the sheriff said five people had died.',
        ),
        memoryArticle(
          's2',
          '2031-09-29',
          'Storm Ada toll passes 60',
          'The death toll from Storm Ada rose to 64 on Sunday.',
          'In Kent County, the toll rose to 8. Georgia’s governor said 25 people had died in the state.',
        ),
      );
    });

    it('keeps the whole toll apart from each place’s: the latest whole toll leads, no county figure is taken for a differing total', () => {
      const [event] = storm.casualtyEvents();
      const whole = event.series.find((s) => s.kind === 'killed' && s.place === undefined)!;
      expect(whole.days.map((d) => d.lines.map((l) => l.count))).toEqual([[64], [30]]);
      expect(whole.disputed).toBe(false);
      const notes = storm.notesFor(event).map(noteText).join('\n');
      expect(notes).toMatch(/killed: the latest report \(29 Sept 2031\) gives 64; earlier: at least 30/);
      expect(notes).toMatch(/killed in Kent County: the latest report \(29 Sept 2031\) gives 8; earlier: 5/);
      expect(notes).not.toMatch(/Reports differ/);
    });

    it('reads a state the reports name beside other states as that state, not as the country of the same name', () => {
      expect(storm.casualtyEvents()).toHaveLength(1);
      expect(storm.casualtyEvents()[0].label).not.toMatch(/Georgia/);
      const georgia = storm.casualtyEvents()[0].series.find((s) => s.place === 'Georgia')!;
      expect(georgia.days.map((d) => d.lines.map((l) => l.count))).toEqual([[25], [17]]);
    });

    it('does not file a toll under the city where it was announced ("at a morning briefing in Frankfort", "the NWS office in Louisville said")', () => {
      const kentucky = new Engine(loadCorpus(corpusDirOf('kentucky-tornadoes-2021')));
      const places = kentucky.casualtyEvents().flatMap((ev) => ev.series.map((s) => s.place));
      expect(places).toContain('Kentucky');
      expect(places).not.toContain('Frankfort');
      expect(places).not.toContain('Louisville');
    });

    it('answers /casualties <place> with that place’s figures only', () => {
      const [kent] = storm.casualtyEvents('Kent County');
      expect(kent.lines.map((l) => l.count).sort()).toEqual([5, 8]);
      const fields = casualtyFields(storm, [kent]).map((f) => f.value).join('\n');
      expect(fields).toMatch(/\*\*8\*\* killed in Kent County/);
      expect(fields).not.toMatch(/64|Tennessee/);
    });
  });

  it('shows every distinct figure of the seed corpus once, with its reports, and flags the disagreements', async () => {
    const ctx = createAppContext({ corpusDir: corpusDirOf('iran-pakistan-2024') });
    const result = await runCommand(ctx, 'casualties', { options: {}, userId: 'u', channelId: 'c', guildId: 'g' });
    const embed = result.message.embeds[0];
    const fields = (embed.fields ?? []).map((f) => f.value).join('\n');
    expect(fields).not.toMatch(/more figures?/);
    for (const event of ctx.engine.casualtyEvents()) {
      for (const line of event.lines) {
        const shown = fields.split('\n').filter((l) => l.includes(`**${line.figures[0].phrase.replace(/[*_]/g, (c) => `\\${c}`)}**`));
        expect(shown, line.text).toHaveLength(1);
        // Every report of the figure is named on its line, or counted there.
        expect(shown[0].split('; ').length + Number(/and (\d+) more reports/.exec(shown[0])?.[1] ?? 0), line.text).toBe(line.figures.length);
      }
    }
    expect(embed.description).toMatch(/Reports differ on Strikes near Saravan, killed: 7, 9, at least 9/);
    expect(embed.description).toMatch(/Reports differ on Bombing in Kerman, killed: 84, over 90/);
  });

  it('escapes the words of the reports it shows: labels, figures and dates cannot break formatting or ping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const body = 'A blast in the city of Evil*Star_Town killed at least 5 @everyone members on Monday, police said.\n\nThe blast near the city of Evil*Star_Town was the worst in years.';
    writeFileSync(join(dir, 'hostile.md'), articleFile('hostile', body, { title: 'Blast **kills** five <@123>', published: '2024-03-05' }));
    const ctx = createAppContext({ corpusDir: dir });
    for (const command of ['casualties', 'timeline']) {
      const result = await runCommand(ctx, command, { options: {}, userId: 'u', channelId: 'c', guildId: 'g' });
      expect(messageErrors(result.message)).toEqual([]);
      const embed = result.message.embeds[0];
      const text = [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
      expect(text).not.toMatch(/Evil\*Star|Star_Town|\*\*kills|@everyone|<@123>/);
      expect(result.message.allowed_mentions).toEqual({ parse: [] });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a move of residents its words place elsewhere apart from the incident; the dead listed elsewhere stay with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casualties-apart-'));
    writeFileSync(join(dir, '000_fire.md'), articleFile('000_fire', [
      'A fire swept through a tower block in Eastbury on Tuesday, killing at least 12 people.',
      '',
      'Firefighters rescued 40 people from the building as the fire spread.',
    ].join('\n'), { published: '2024-03-05' }));
    writeFileSync(join(dir, '001_toll.md'), articleFile('001_toll', [
      'The death toll from the Eastbury tower fire rose to 20 on Thursday, police said.',
      '',
      'Elsewhere, the coroner counted three dead in the village of Marsham.',
      '',
      'On Monday the borough council moved residents out of two blocks on its Hollins estate after inspectors raised concerns about their cladding.',
    ].join('\n'), { published: '2024-03-07' }));
    const index = new CasualtyIndex(loadCorpus(dir));
    const events = index.events();
    const moved = index.allFigures().find((f) => f.kind === 'displaced')!;
    expect(moved.text).toBe('residents out of two blocks');
    const apart = index.eventOf(moved)!;
    expect(apart.figures).toEqual([moved]);
    expect(apart.label).toMatch(/Hollins/);
    // The incident keeps its own figures, and the dead the report lists in another place.
    const main = events[0];
    expect(main.label).toMatch(/^Fire/);
    expect(main.figures.map((f) => f.count)).toEqual(expect.arrayContaining([12, 40, 20, 3]));
    expect(main.figures).not.toContain(moved);
    rmSync(dir, { recursive: true, force: true });
  });

  it('files a toll that names the incident in other words ("the collapse of the cable car"), and names no country, under the incident', () => {
    const corpus = buildCorpus('memory', [
      memoryArticle('000_crash', '2031-05-23', 'Cable car crash', 'A cable car crashed near the Austrian village of Orrin on Sunday, killing at least 12 people, police in Austria said.', 'Two children were hurt in the crash, rescuers said.'),
      memoryArticle('001_toll', '2031-05-24', 'Toll rises', 'The death toll from the collapse of the cable car rose to 13 late on Sunday, after a child died in hospital.', 'The crash killed 13 people, police in Austria said on Monday.'),
    ]);
    const events = new CasualtyIndex(corpus).events();
    expect(events).toHaveLength(1);
    expect(events[0].figures.find((f) => f.cue === 'death toll')?.count).toBe(13);
  });

  it('does not read the subject after a time phrase as a place ("over the weekend the Ridgeway Herald reported")', () => {
    expect(findPlaces('Over the weekend the Ridgeway Herald reported that about 30 people had died.').map((p) => p.name)).toEqual([]);
    expect(findPlaces('Earlier in the morning the Northvale Ambulance Service said it had taken 20 patients to hospital.').map((p) => p.name)).toEqual([]);
    expect(findPlaces('The council moved residents out of two blocks on its Hollins estate.').map((p) => p.name)).toEqual(['Hollins']);
    expect(findPlaces('Rescuers reached the border town of Kelmet.').map((p) => p.name)).toEqual(['Kelmet']);
  });

  it('does not read a news agency after "in midafternoon", nor a ship one "got off", as a place', () => {
    expect(findPlaces('In midafternoon Yonhap reported nine confirmed deaths.').map((p) => p.name)).toEqual([]);
    expect(findPlaces('Officials said the captain got off the Sewol 32 minutes after the alarm.').map((p) => p.name)).toEqual([]);
    expect(findPlaces('The ferry sank off Jindo on Wednesday morning.').map((p) => p.name)).toEqual(['Jindo']);
  });

  it('counts people who received or needed treatment as hurt, and not those who needed none', () => {
    const figures = extractFigures(
      'Police said 21 people had been seen for medical treatment. Only three people had received hospital treatment. Another 46 went to hospital but needed no treatment.',
    );
    expect(figures.map((f) => [f.kind, f.count])).toEqual([
      ['injured', 21],
      ['injured', 3],
    ]);
  });

  it('reads a country’s name inside a longer name as that name: another country, another place, or no place', () => {
    const names = (text: string) => findPlaces(text).map((p) => [p.name, p.country ?? null]);
    expect(names('The convoy was stopped in Lowmoor, near the border of South Korea.')).toEqual([['Lowmoor', null], ['South Korea', 'South Korea']]);
    expect(names('Eleven climbers died in East Azerbaijan province on Sunday.')).toEqual([['East Azerbaijan', null]]);
    expect(names('The governor of East Azerbaijan was among those on board.')).toEqual([]);
    expect(names('Two sisters from New Mexico were among the dead.')).toEqual([]);
    expect(names('The Law Society of Kenya asked the court to step in.')).toEqual([]);
    expect(names('Prime Minister Luís Montenegro spoke on Monday.')).toEqual([]);
    expect(names('A tanker sank in the Gulf of Mexico on Friday.')).toEqual([['Gulf of Mexico', null]]);
    expect(names('Figures from the Commission on Human Rights put the dead at 39.')).toEqual([]);
    // A spelling of a country that is a common English word is no country ("Island" is an old name of Iceland).
    expect(names('Boats reached the Big Island at noon.')).toEqual([]);
    // A capitalised word that opens the sentence, and a compass adjective, are no part of the name.
    expect(names('Neighbouring Tanzania closed its border.')).toEqual([['Tanzania', 'Tanzania']]);
    expect(names('The storm flooded towns of Northern Italy.')).toEqual([['Italy', 'Italy']]);
  });
});

// One test per incident: each builds its engine, and together they take longer than one test may.
describe('/casualties and /timeline inside Discord’s limits', () => {
  for (const incident of incidents()) {
    it(`on ${incident}`, async () => {
      const ctx = createAppContext({ corpusDir: corpusDirOf(incident) });
      for (const [command, options] of [['casualties', {}], ['timeline', {}], ['casualties', { topic: 'the city' }]] as const) {
        const result = await runCommand(ctx, command, { options, userId: 'u', channelId: 'c', guildId: 'g' });
        expect(messageErrors(result.message), `${incident} /${command}`).toEqual([]);
      }
    });
  }
});

describe('where the victims came from', () => {
  it('is no place of the incident: "born in Iran", "a couple from Varese" do not make a figure an event in Iran', () => {
    const engine = memoryEngine(
      memoryArticle('k1', '2031-05-24', 'Cable car falls', 'A cable car fell near Stresa on Sunday, killing 14 people.', 'Six of the dead were tourists. One of them was born in Iran, and two were a couple from Varese.'),
    );
    const events = engine.casualtyEvents();
    expect(events.map((e) => e.label)).toEqual(['Figures near Stresa']);
    expect(events[0].figures.map((f) => f.count)).toContain(6);
  });
});

describe('/casualties with a kind of figure as its topic', () => {
  const crush = () =>
    memoryEngine(
      memoryArticle('c1', '2031-05-01', 'Crush at Delmar stadium', 'At least 40 people were killed in a crush at Delmar stadium on Saturday night, police said.', 'About 90 people were injured, a hospital official said.'),
      memoryArticle('c2', '2031-05-02', 'Toll rises', 'The death toll from the crush at Delmar stadium rose to 52 on Sunday, officials said.'),
    );
  const run = (topic: string) => runCommand(new MutableAppContext(crush()), 'casualties', { options: { topic }, userId: 'u', channelId: 'c', guildId: 'g' });

  it('leads "/casualties injured" with the figures of the injured, and notes no change of the death toll', async () => {
    for (const topic of ['injured', 'how many were hurt']) {
      const result = await run(topic);
      expect(result.answers[0]?.quote, topic).toMatch(/90 people were injured/);
      const embed = JSON.stringify(result.message);
      expect(embed, topic).toMatch(/90 people/);
      expect(embed, topic).not.toMatch(/killed: the latest report/);
    }
    // The dead, asked the same way, lead with the latest toll.
    expect((await run('dead')).answers[0]?.quote).toMatch(/rose to 52/);
  });

  it('says so when no report gives a figure of the kind asked, and shows the figures they do give', async () => {
    const result = await run('missing');
    const embed = JSON.stringify(result.message);
    expect(embed).toMatch(/No report gives any figure of those missing/);
    expect(result.answers[0]?.quote).toMatch(/rose to 52/);
    // A kind the reports do give is not said to be missing.
    expect(JSON.stringify((await run('injured')).message)).not.toMatch(/No report gives any figure/);
  });

  it('answers "/casualties missing" over reports with no casualty figure at all with "not found", not with words that share "miss"', async () => {
    const trial = memoryEngine(
      memoryArticle('t1', '2031-05-01', 'Jury convicts officer', 'A jury on Tuesday found the officer guilty of murder.', 'His daughter told the court she would say "I miss you" if she could see her father again.'),
    );
    const result = await runCommand(new MutableAppContext(trial), 'casualties', { options: { topic: 'missing' }, userId: 'u', channelId: 'c', guildId: 'g' });
    const embed = JSON.stringify(result.message);
    expect(embed).toMatch(/No report gives any figure of those missing, nor any other casualty figure/);
    expect(embed).not.toMatch(/I miss you/);
  });

  it('leads with the event that gives figures of the kind asked, though another event is larger', async () => {
    const ctx = createAppContext({ corpusDir: corpusDirOf('iran-pakistan-2024') });
    const result = await runCommand(ctx, 'casualties', { options: { topic: 'injured' }, userId: 'u', channelId: 'c', guildId: 'g' });
    expect(ctx.engine.casualtyEvents()[0].lines.some((l) => l.kind === 'injured')).toBe(false);
    expect(result.answers[0]?.quote).toMatch(/injured three girls/);
  });

  it('reads a kind from the words for its figures as written: "rescued" asks for the rescued, "the cave rescue" names an incident', () => {
    const engine = crush();
    expect(engine.casualtyKindAsked('how many were rescued')).toBe('rescued');
    expect(engine.casualtyKindAsked('missing')).toBe('missing');
    expect(engine.casualtyKindAsked('deaths at the stadium')).toBe('killed');
    expect(engine.casualtyKindAsked('the cave rescue')).toBeUndefined();
  });
});

describe('an incident with no casualty figures (a bank failure)', () => {
  const bank = () =>
    memoryEngine(
      memoryArticle('b1', '2031-03-13', 'Regulators close Harbor Bank', 'Regulators closed Harbor Bank on Friday after customers withdrew $40 billion in a day.',
        'The failure will cost the deposit insurance fund about $20 billion, the insurer estimated.'),
    );
  const run = (options: Record<string, string>) => runCommand(new MutableAppContext(bank()), 'casualties', { options, userId: 'u', channelId: 'c', guildId: 'g' });

  it('answers a topic the reports speak of with their words on it, saying no casualty figure matches', async () => {
    const result = await run({ topic: 'losses to the deposit insurance fund' });
    expect(result.answers[0]?.quote).toMatch(/cost the deposit insurance fund about \$20 billion/);
    expect(JSON.stringify(result.message)).toMatch(/No casualty figures in the reports match that topic; this is what they say of it/);
  });

  it('says plainly that the reports give no casualty figures when no topic is given', async () => {
    const result = await run({});
    expect(result.answers).toHaveLength(0);
    expect(JSON.stringify(result.message)).toMatch(/The reports give no casualty figures\./);
  });
});

describe('a storm that struck two countries: each report’s figures are its own country’s', () => {
  const storm = () =>
    memoryEngine(
      memoryArticle('c1', '2031-02-25', 'Storm batters Mozambique coast', 'The cyclone killed 10 people in Mozambique after it came ashore on Friday, the national disaster agency said.', 'Thousands of homes were flattened along the coast.'),
      memoryArticle('c2', '2031-03-15', 'Malawi toll climbs as rescuers dig through mud', 'Rescuers in Malawi dug through mud and rock on Wednesday as the storm returned with torrential rain.', 'The disaster department said in a statement that 438 people had been confirmed dead.'),
      memoryArticle('c3', '2031-03-20', 'Malawi mourns', 'Malawi began two weeks of mourning on Monday.', 'The disaster department said 676 people had been confirmed dead.'),
    );

  it('files a toll whose sentence names no place under the country its report’s title and opening name', () => {
    const events = storm().casualtyEvents();
    const malawi = events.find((e) => e.countries.includes('Malawi'));
    expect(malawi?.figures.map((f) => f.count)).toEqual(expect.arrayContaining([438, 676]));
    expect(events.find((e) => e.countries.includes('Mozambique'))?.figures.map((f) => f.count)).not.toContain(676);
  });

  it('answers "how many died in Mozambique?" with Mozambique’s toll, not the later and larger one of Malawi', () => {
    const answer = storm().ask('how many died in Mozambique?');
    expect(answer.quotes[0]?.text).toMatch(/killed 10 people in Mozambique/);
    expect(answer.quotes.map((q) => q.text).join(' ')).not.toMatch(/676/);
  });
});

describe('"how many died in Syria?" of an earthquake in Turkey and Syria', () => {
  it('leads with the latest toll the reports give for Syria, the earlier one after it, and not the two countries’ total', () => {
    const e = memoryEngine(
      memoryArticle('q1', '2031-02-06', 'Earthquake kills thousands in Turkey and Syria', 'A powerful earthquake struck southern Turkey and northern Syria before dawn on Monday, killing more than 2,300 people.', 'In Turkey, at least 1,500 people were killed, the disaster agency said.', 'In Syria, the health ministry said 810 people had died in government-held areas.'),
      memoryArticle('q2', '2031-02-08', 'Quake toll passes 11,000', 'The death toll from the earthquake in Turkey and Syria rose above 11,000 on Wednesday.', 'Turkish officials said 8,574 people had died in Turkey.', 'In Syria, at least 2,662 people were killed, according to the government and rescuers in the rebel-held northwest.'),
    );
    const texts = e.ask('how many died in Syria?').quotes.map((q) => q.text);
    expect(texts[0]).toMatch(/In Syria, at least 2,662 people were killed/);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/810 people had died/)]));
    expect(texts.join(' ')).not.toMatch(/11,000|8,574/);
  });
});

describe('a bare number killed in a named place is that place’s toll', () => {
  it('reads "at least 2,662 were killed in Syria" as Syria’s whole toll, so it leads as the latest', () => {
    const [turkey, syria] = extractFigures('Officials said 8,574 people had died in Turkey, and at least 2,662 were killed in Syria, according to rescuers.').filter((f) => f.kind === 'killed');
    expect(turkey).toMatchObject({ count: 8574, total: true });
    expect(syria).toMatchObject({ count: 2662, total: true });
    // Not a bare number with no place: "eight at the bar were killed" stays a part.
    expect(extractFigures('Police said eight were killed at the bar.').filter((f) => f.kind === 'killed').every((f) => !f.total)).toBe(true);
  });
});

describe('people "pulled from the rubble alive" or "from the water" were rescued', () => {
  it('reads them as rescued, bodies pulled from a river as dead, and answers "how many people were rescued?"', () => {
    const read = (text: string) => extractFigures(text).map((f) => [f.kind, f.count]);
    expect(read('More than 8,000 people had been pulled from the rubble alive.')).toEqual([['rescued', 8000]]);
    expect(read('Two other people were pulled from the water on Tuesday.')).toEqual([['rescued', 2]]);
    expect(read('Divers said three bodies were pulled from the river on Monday.')).toEqual([['killed', 3]]);
    const e = memoryEngine(memoryArticle('p1', '2031-03-26', 'Bridge collapses', 'Six workers are missing and presumed dead, the governor said.', 'Two other people were pulled from the water, one of whom was taken to hospital.'));
    expect(e.ask('how many people were rescued?').quotes[0]?.text).toMatch(/Two other people were pulled from the water/);
  });
});
