import { noteText } from '../../src/render/notes.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loader.js';
import { ConversationStore } from '../../src/engine/conversation.js';
import { findDates } from '../../src/engine/dates.js';
import { directionOf } from '../../src/engine/direction.js';
import { Engine } from '../../src/engine/engine.js';
import { resolveFollowUp } from '../../src/engine/followUp.js';
import { detectIntent, type Intent } from '../../src/engine/question.js';
import { expectedTypes } from '../../src/engine/answerTypes.js';

let engine: Engine;
beforeAll(() => {
  engine = new Engine(loadCorpus('corpus'));
});

const top = (question: string, intent?: Intent) => engine.ask(question, { intent }).quotes[0]?.text ?? '';

describe('answer engine', () => {
  it('answers with verbatim slices of the named article', () => {
    for (const q of ['Who is Mao Ning?', 'How many people died?', 'When did Iran strike?', 'Where were the hideouts?']) {
      for (const quote of engine.ask(q).quotes) {
        expect(engine.article(quote.articleId).body.slice(quote.start, quote.end)).toBe(quote.text);
      }
    }
  });

  it('says not found, with no quote, for questions the reports cannot answer', () => {
    for (const q of ['What is the capital of Australia?', 'Who won the football world cup?', 'the of and']) {
      const answer = engine.ask(q);
      expect(answer.notFound).toBe(true);
      expect(answer.quotes).toEqual([]);
    }
  });

  it('recognises what a question asks for', () => {
    expect(detectIntent('How many women died?')).toBe('casualties');
    expect(detectIntent('At what time were explosions reported?')).toBe('when');
    expect(detectIntent('In which Iranian city were residences targeted?')).toBe('where');
    expect(detectIntent('Which group has attacked border patrols?')).toBe('who');
    expect(detectIntent('Why did Pakistan strike?')).toBe('why');
    // A toll mentioned in a why- or when-question does not make it a question for the toll.
    expect(detectIntent('Why did the UN lower its death toll?')).toBe('why');
    expect(detectIntent('When did the death toll reach 79?')).toBe('when');
    // …nor one asking who gave it; "Who was killed?" still asks for the victims.
    expect(detectIntent('Who announced the death toll?')).toBe('who');
    expect(detectIntent('Which Saudi official gave the toll of 1,301?')).toBe('who');
    expect(detectIntent('Who was killed?')).toBe('casualties');
    // A relative "where" does not make a how-far question a where-question.
    expect(detectIntent('How far was the yard from where he left his car?')).toBe('what');
    // …nor a "when" clause a what-question: it asks what was said, not when; "and where is it?" is a second question.
    expect(detectIntent('What did the governor say when he visited the site?')).toBe('what');
    expect(detectIntent('What did police find when they searched the house?')).toBe('what');
    expect(detectIntent('Which hotel was ransacked and where is it?')).toBe('where');
    expect(expectedTypes('When did the governor confirm the number of dead?', 'when')).toContain('date');
    // Question words mistyped: "were" before an auxiliary is "where"; "were the thieves caught?" asks yes or no.
    expect(detectIntent('were did the drones get spoted first')).toBe('where');
    expect(detectIntent('were the thiefs caught')).toBe('what');
    expect(detectIntent('whn wud the company update its website')).toBe('when');
    expect(detectIntent('how meny children were killd')).toBe('casualties');
  });

  it('ranks by the kind of answer asked for: a time of day for "what time"', () => {
    expect(top('At what time were explosions reported?')).toMatch(/4:00 am/);
  });

  it('ranks people with their roles for who-questions, and tolerates typos', () => {
    expect(top('who is the chinese foriegn ministry spokesprson')).toMatch(/Mao Ning/);
    expect(top('Who is Ali Reza Marhamati?')).toMatch(/deputy governor/);
  });

  it('tells whose official a person is: the Pakistani spokesperson is not the Iranian one', () => {
    expect(top('who is the pakistani foreign ministry spokesperson')).toMatch(/Mumtaz Zahra Baloch/);
    expect(top('who is the iranian foreign ministry spokesman')).toMatch(/Kanaani/);
  });

  it('leads a toll with an exact count', () => {
    expect(top('what was the death toll')).toMatch(/\b(seven|nine|9)\b|three women and four children/);
    expect(top('what was the death toll')).not.toMatch(/^"A number of terrorists/);
  });

  it('matches paraphrases through synonyms: "hurt" finds "injured"', () => {
    expect(top('How many girls were hurt?')).toMatch(/three girls/);
  });

  it('shows one quote for near-identical reports, listing every article that has it', () => {
    const answer = engine.ask('series of highly coordinated and specifically targeted precision military strikes against terrorist hideouts');
    const multi = answer.quotes.find((q) => q.sources.length > 1);
    expect(multi).toBeDefined();
    expect(new Set(multi!.sources.map((s) => s.articleId)).size).toBe(multi!.sources.length);
  });

  it('keeps casualty figures apart by event, labelled from the reports, and marks disagreements, never averaging', () => {
    const events = engine.casualtyEvents();
    const inIran = events.find((e) => e.countries.includes('Iran') && e.label.startsWith('Strikes'))!;
    const inPakistan = events.find((e) => e.countries.includes('Pakistan'))!;
    expect(inIran.label).toBe('Strikes near Saravan');
    expect(inIran.disputed).toBe(true);
    const counts = new Set(inIran.figures.map((f) => f.count));
    expect(counts).toContain(7);
    expect(counts).toContain(9);
    expect(inPakistan.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['two children', 'three girls']));
    expect(inPakistan.figures.find((f) => f.text === 'three girls')!.kind).toBe('injured');
    const bombing = events.find((e) => /bombing/i.test(e.label))!;
    expect(bombing.label).toMatch(/Kerman/);
    expect(bombing.figures.map((f) => f.count)).toEqual(expect.arrayContaining([84, 90]));
    expect(bombing.disputed).toBe(true);
  });

  it('lists the same figure from several reports once, with every report', () => {
    const inIran = engine.casualtyEvents()[0];
    const same = inIran.lines.filter((l) => l.text === 'three women and four children');
    expect(same).toHaveLength(1);
    expect(new Set(same[0].figures.map((f) => f.articleId)).size).toBeGreaterThanOrEqual(3);
  });

  it('matches a place topic by the paragraph a figure’s place was read from: Saravan', () => {
    const events = engine.casualtyEvents('Saravan');
    expect(events.map((e) => e.label)).toEqual(['Strikes near Saravan']);
  });

  it('tells who struck whom: "the Pakistani strikes" are Pakistan’s, "within Pakistani territory" is a target', () => {
    const d = (text: string) => directionOf(text, engine.countries);
    expect(d('How many people were killed in the Pakistani strikes?')).toEqual({ attackers: new Set(['Pakistan']), targets: new Set() });
    expect(d('Iran’s assault on Tuesday within Pakistani territory')).toEqual({ attackers: new Set(['Iran']), targets: new Set(['Pakistan']) });
    expect(d('did Iran strike Pakistan')).toEqual({ attackers: new Set(['Iran']), targets: new Set(['Pakistan']) });
    expect(top('How many people were killed in the Pakistani strikes?')).not.toMatch(/two children/);
    expect(top('how many died in iran’s attack on pakistan')).toMatch(/two (innocent )?children/);
  });

  it('answers "when" with the day of the asked strike, not of the other side’s', () => {
    // "hit" and "launched missiles against" share no word: the day of Iran's strike is among the first answers.
    expect(engine.ask('which day did Iran hit Pakistan').quotes.slice(0, 3).map((q) => q.text).join(' ')).toMatch(/Tuesday|Wednesday/);
    // Pakistan's strikes were on Thursday, the day of the reports: "this morning" in a statement of that day.
    expect(top('when did Pakistan strike Iran')).toMatch(/Thursday|this morning/);
  });

  it('shows that reports give different days for the same strike, each with its report', () => {
    const note = engine.ask('When did Iran strike Pakistan?').notes.map(noteText).join(' ');
    expect(note).toMatch(/Reports differ on the day: Tuesday 16 January 2024 in .*; Wednesday 17 January 2024 in “Pakistan launches airstrikes/);
    // Days of different events are not a disagreement.
    expect(engine.ask('when did the strikes happen').notes.map(noteText).join(' ')).not.toMatch(/differ on the day/);
  });

  it('answers "why" with a reason for the asked strike, not a sentence where that strike is the cause', () => {
    expect(top('why did Pakistan attack Iran?')).not.toMatch(/due to the Pakistani attack/);
    expect(top('why did Pakistan attack Iran?')).toMatch(/security|intelligence|terrorist|retaliat/i);
  });

  it('says plainly when a "how many" question gets no number from the reports', () => {
    // The reports name the missiles but never count them: "not found", saying why.
    const missiles = engine.ask('How many missiles did Iran fire?');
    expect(missiles.notFound).toBe(true);
    expect(missiles.notes.map(noteText)).toContain('The reports mention it, but none gives a number.');
    expect(engine.ask('how many targets did the pakistani strikes hit').notes).toEqual([]);
  });

  it('does not mistake a real word for a typo of another: "president" is not "present"', () => {
    expect(engine.ask('Who is the president of Pakistan?').notFound).toBe(true);
    expect(top('what happend in saravan')).toMatch(/Saravan/);
  });

  it('reads chat shorthand and answers "what happened" with the reports’ openings', () => {
    expect(engine.ask('how many ppl died').notFound).toBe(false);
    expect(top('how many ppl died')).toMatch(/killed|casualties|dead/);
    const overview = engine.ask('wat happened');
    expect(overview.notFound).toBe(false);
    expect(overview.quotes.length).toBeGreaterThan(2);
    for (const q of overview.quotes) expect(q.paragraph).toBeLessThanOrEqual(2);
    expect(top('when did it happen')).toMatch(/Thursday|Tuesday|Wednesday/);
  });

  it('answers "where did it?" and "when was it?" as "where did it happen?" does, with the reports\' openings', () => {
    for (const q of ['where did it', 'when was it?']) {
      const answer = engine.ask(q);
      expect(answer.notFound).toBe(false);
      for (const quote of answer.quotes) expect(quote.paragraph).toBeLessThanOrEqual(2);
    }
  });

  it('reads "people" in a casualty question as the form of a count, not a word the answer must say', () => {
    // The strikes inside Pakistan killed two children; "killed seven people" was in Iran.
    expect(top('how many people were killed in Pakistan?')).toMatch(/death of two innocent children/);
    // "lost their lives" is dying, whatever "lost" means elsewhere; so are "passed away" and "did not survive".
    expect(top('how many people lost their lives in Pakistan?')).toMatch(/death of two innocent children/);
    // …and "how many victims", in reports that never say "victims".
    for (const q of ['how many people passed away?', 'how many lives were lost?', "how many people didn't survive?", 'how many victims were there?', 'number of victims']) {
      expect(engine.ask(q).intent).toBe('casualties');
      expect(top(q)).toMatch(/killed|death|casualt|fatalit/);
    }
  });

  it('narrows casualties to the events a topic is about, each with all its figures', () => {
    const events = engine.casualtyEvents('Kerman');
    expect(events.map((e) => e.label)).toEqual(['Bombing in Kerman']);
    expect(events[0].figures.map((f) => f.count)).toEqual(expect.arrayContaining([84, 90]));
  });

  it('says plainly when no report gives a toll for the place asked about, and notes only the asked event’s disagreements', () => {
    expect(engine.ask('How many people died in Iraq?').notes.map(noteText)).toEqual(['No report gives a casualty figure for strikes in Iraq; these are the closest quotes.']);
    expect(engine.ask('How many died in Pakistan?').notes.map(noteText).join(' ')).not.toMatch(/Strikes in Iran/);
  });

  it('does not quote an article’s headline as if it answered', () => {
    expect(top('Did Iran retaliate against Pakistan’s strikes?')).not.toBe('Iran is targeted by Pakistani retaliatory strikes.');
  });

  it('adds a note when a casualty answer touches figures that disagree', () => {
    const answer = engine.ask('How many people were killed in the Pakistani strikes?');
    expect(answer.notes.map(noteText).join(' ')).toMatch(/Reports differ on Strikes near Saravan, killed: .*7.*9/);
  });

  it('resolves relative days against publication, biased to the past', () => {
    const days = (text: string) => findDates(text, '2024-01-18').map((d) => d.day);
    expect(days('on Tuesday')).toEqual(['2024-01-16']);
    expect(days('early Thursday')).toEqual(['2024-01-18']);
    expect(days('on Saturday')).toEqual(['2024-01-13']);
  });

  it('reads no hour in a count before a day ("the toll rose to 17 on Wednesday"), but one written as an hour', () => {
    const timed = (text: string) => findDates(text, '2024-01-18').map((d) => d.hasTime);
    expect(timed('The number of people dead rose to 17 on Wednesday as rescuers dug.')).toEqual([false]);
    expect(timed('The blast occurred at 2:15 p.m. on Tuesday.')).toEqual([true]);
  });

  it('reads "earlier in the week" as no day, not as a week after publication', () => {
    const days = (text: string) => findDates(text, '2024-01-18').map((d) => d.day);
    expect(days("Earlier in the week the city's mayor had suggested the toll could reach 20,000.")).toEqual([]);
    expect(days('Later in the month, on Tuesday, the council met.')).toEqual(['2024-01-16']);
  });

  it('reads how long something lasted as no day ("trapped for 69 days"), and "after two days" only when told as to come', () => {
    const days = (text: string) => findDates(text, '2024-01-18').map((d) => d.day);
    expect(days('All 33 miners, trapped for 69 days, were freed on Tuesday.')).toEqual(['2024-01-16']);
    expect(days('The court jailed him for 18 months.')).toEqual([]);
    expect(days('They were freed after 17 days underground.')).toEqual([]);
    expect(days('The road will reopen after two days of repairs.')).toEqual(['2024-01-20']);
  });

  it('puts a weekday its clause tells as still to come after publication, and only that one', () => {
    const days = (text: string) => findDates(text, '2024-01-18').map((d) => d.day);
    expect(days('The government said it would honour the firefighters at a ceremony on Saturday.')).toEqual(['2024-01-20']);
    expect(days('The paintings are expected to be taken down starting on Monday.')).toEqual(['2024-01-22']);
    expect(days('The council will meet on Monday, officials said on Tuesday.')).toEqual(['2024-01-22', '2024-01-16']);
    expect(days('He said on Tuesday that the funeral would be held on Saturday.')).toEqual(['2024-01-16', '2024-01-20']);
  });

  it('reads a day and month far after publication as last year\'s, unless its clause puts it ahead', () => {
    const days = (text: string) => findDates(text, '2031-09-14').map((d) => d.day);
    expect(days('Price, 41, died on 3 March after a roof collapsed.')).toEqual(['2031-03-03']);
    expect(days('His next court appearance was set for 25 November.')).toEqual(['2031-11-25']);
    expect(days('A trial date was fixed for 20 January next year.')[0]).toBe('2032-01-20');
    expect(days('The inquiry will report on 3 March.')).toEqual(['2032-03-03']);
    // A day soon after publication may be one planned: chrono's nearest stands.
    expect(days('Schools reopen on 1 October.')).toEqual(['2031-10-01']);
  });

  it('puts a weekday that begins a span ending after publication in the days to come', () => {
    const days = (text: string) => findDates(text, '2024-01-18').map((d) => d.day);
    expect(days('He ordered flags lowered from Friday until sunset on January 25.')).toEqual(['2024-01-19', '2024-01-25']);
    // A span that ended before the report is still in the past.
    expect(days('The road was closed from Monday until January 17.')[0]).toBe('2024-01-15');
  });

  it('lists dated events in order, none after the report that tells of it, none from vague words like "now"', () => {
    const events = engine.timeline();
    const days = events.map((e) => e.day);
    expect(days.length).toBeGreaterThan(3);
    expect([...days].sort()).toEqual(days);
    for (const e of events) {
      for (const r of e.reports) {
        expect(r.day <= engine.article(r.sentence.articleId).published).toBe(true);
        expect(r.when).not.toMatch(/^(now|in the (day|week))$/i);
      }
    }
  });

  it('lists each event of the timeline once, with its other reports, and shows the days reports disagree on', () => {
    const events = engine.timeline();
    // Pakistan's strike on Thursday is told by every report: one event, not five.
    const thursday = events.filter((e) => e.day === '2024-01-18' && e.reports.some((r) => /Pakistan.{0,40}(launched|conducted).{0,30}(air)?strikes/.test(r.sentence.text)));
    expect(thursday).toHaveLength(1);
    expect(new Set(thursday[0].reports.map((r) => r.sentence.articleId)).size).toBeGreaterThanOrEqual(3);
    // Iran's strike on Pakistan: late Tuesday in some reports, early Wednesday in another.
    const iran = events.find((e) => e.days.length > 1 && e.days.some((d) => d.day === '2024-01-16') && e.days.some((d) => d.day === '2024-01-17'));
    expect(iran).toBeDefined();
    expect(iran!.reports.some((r) => /Iran’s IRGC launched missiles/.test(r.sentence.text))).toBe(true);
    expect(iran!.days.flatMap((d) => d.when)).toEqual(expect.arrayContaining(['late on Tuesday', 'In early hours of Wednesday']));
    // The strike on Thursday is placed at the time of day a report gives, with that report's quote.
    const strike = events.find((e) => e.day === '2024-01-18' && e.reports.length >= 5)!;
    expect(strike.best.time).toMatch(/4:00 am/);
    // Each sentence is in one event only.
    const ids = events.flatMap((e) => e.reports.map((r) => r.sentence.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes a speaker only where the speaker is named, with "She added" kept with its speaker', () => {
    const { speaker, quotes } = engine.quotesBy('Mao Ning');
    expect(speaker?.name).toBe('Mao Ning');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.text).toMatch(/Mao Ning|She added/);
    expect(quotes.map((q) => q.text).join(' ')).toMatch(/constructive role/);
    expect(engine.quotesBy('Somebody Unknown').quotes).toEqual([]);
  });

  it('compares reports article by article, each quote from the article it is listed under', () => {
    const rows = engine.compare('what was the operation called');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const q of row.quotes) expect(q.sources.some((s) => s.articleId === row.article.id)).toBe(true);
  });
});

describe('follow-ups', () => {
  it('resolves a pronoun to the person of the previous turn', () => {
    const resolved = resolveFollowUp('Where was he visiting?', { question: 'Who is Anwar-ul-Haq Kakar?', intent: 'who', command: 'ask', people: ['Anwar-ul-Haq Kakar'], groups: [], places: [], shown: 1, at: 0 }, engine.entities);
    expect(resolved).toMatchObject({ kind: 'question', question: 'Where was Anwar-ul-Haq Kakar visiting?' });
  });

  it('reads "it" as the thing the previous question asked the name of', () => {
    const last = { question: 'What was the name of the ship that brought the chemical to Beirut?', intent: 'who' as const, command: 'ask', people: [], groups: [], places: ['Beirut'], shown: 1, at: 0 };
    expect(resolveFollowUp('Where was it going?', last, engine.entities)).toMatchObject({ question: 'Where was the ship going?', followsUp: true });
  });

  it('counts what the previous question counted when "how many" names nothing', () => {
    const last = { question: 'How many bodies were brought off the island on Friday?', intent: 'what' as const, command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 };
    expect(resolveFollowUp('and how many could not be found?', last, engine.entities)).toMatchObject({ question: 'and how many bodies could not be found?', followsUp: true });
    // A follow-up that names what it counts keeps its own noun; one that names a kind of casualty counts people.
    expect(resolveFollowUp('How many soldiers were deployed?', last, engine.entities)).toMatchObject({ question: 'How many soldiers were deployed?', followsUp: false });
    expect(resolveFollowUp('and how many were injured?', last, engine.entities)).toMatchObject({ question: 'and how many were injured?', followsUp: false });
  });

  it('reads "him" as the last person when the follow-up names someone else as its subject', () => {
    const last = { question: 'Who is Anwar-ul-Haq Kakar?', intent: 'who' as const, command: 'ask', people: ['Anwar-ul-Haq Kakar'], groups: [], places: [], shown: 1, at: 0 };
    expect(resolveFollowUp('What did Nasser Kanaani say to him?', last, engine.entities)).toMatchObject({ question: 'What did Nasser Kanaani say to Anwar-ul-Haq Kakar?', followsUp: true });
    // "he" is the subject the question names.
    expect(resolveFollowUp('What did Nasser Kanaani say when he spoke?', last, engine.entities)).toMatchObject({ followsUp: false });
  });

  it('reads "one" in an ellipsis as the noun of the phrase it replaces', () => {
    const last = { question: 'How many lawmakers voted in the second impeachment ballot?', intent: 'what' as const, command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 };
    expect(resolveFollowUp('and in the first one?', last, engine.entities)).toMatchObject({ question: 'How many lawmakers voted in the first impeachment ballot', followsUp: true });
  });

  it('completes an ellipsis from the previous question, swapping the place', () => {
    const resolved = resolveFollowUp('and in Pakistan?', { question: 'How many people died in Iran?', intent: 'casualties', command: 'ask', people: [], groups: [], places: ['Iran'], shown: 3, at: 0 }, engine.entities);
    expect(resolved).toMatchObject({ kind: 'question', question: 'How many people died in Pakistan', intent: 'casualties' });
  });

  it('leaves "their" alone when the question names the people it stands for, and reads it as the last group otherwise', () => {
    const last = { question: 'Who is Jaish al-Adl?', intent: 'who' as const, command: 'ask', people: [], groups: ['Jaish al-Adl'], places: [], shown: 1, at: 0 };
    expect(resolveFollowUp('How many people lost their homes?', last, engine.entities)).toMatchObject({ question: 'How many people lost their homes?', followsUp: false });
    expect(resolveFollowUp('How many soldiers lost their lives?', last, engine.entities)).toMatchObject({ question: 'How many soldiers lost their lives?', followsUp: false });
    expect(resolveFollowUp('What do they want?', last, engine.entities)).toMatchObject({ question: 'What do Jaish al-Adl want?', followsUp: true });
  });

  it('swaps the phrase of the same preposition for the one an ellipsis gives ("on Sunday" → "and how many on Monday?")', () => {
    const last = (question: string) => ({ question, intent: 'what' as const, command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 });
    expect(resolveFollowUp('and how many on Monday?', last('How many boys were brought out on Sunday?'), engine.entities)).toMatchObject({ question: 'How many boys were brought out on Monday', followsUp: true });
    expect(resolveFollowUp('and of Pennsylvania?', last('Who is the governor of Ohio?'), engine.entities)).toMatchObject({ question: 'Who is the governor of Pennsylvania' });
    // A question of its own after "and" stands alone.
    expect(resolveFollowUp('and how many were hurt?', last('How many died on Sunday?'), engine.entities)).toMatchObject({ question: 'and how many were hurt?' });
  });

  it('reads "and what about …?" as a fragment of the last question: a day for its day, a name for the name it used', () => {
    const last = (question: string, groups: string[] = []) => ({ question, intent: 'what' as const, command: 'ask', people: [], groups, places: [], shown: 3, at: 0 });
    expect(resolveFollowUp('and what about on Sunday?', last('How many ships were stuck waiting on Saturday?'), engine.entities)).toMatchObject({ question: 'How many ships were stuck waiting on Sunday', followsUp: true });
    expect(resolveFollowUp('and what about by Thursday?', last('How many were missing in Kentucky on Monday morning?'), engine.entities)).toMatchObject({ question: 'How many were missing in Kentucky by Thursday' });
    expect(resolveFollowUp('and what about United?', last('How many flights did Delta cancel on Saturday?', ['Delta Air Lines']), engine.entities)).toMatchObject({ question: 'How many flights did United cancel on Saturday' });
  });

  it('swaps a country named in passing ("Iran\'s foreign ministry") for the one an ellipsis gives', () => {
    const resolved = resolveFollowUp("and for Pakistan's?", { question: "Who speaks for Iran's foreign ministry?", intent: 'who', command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 }, engine.entities);
    expect(resolved).toMatchObject({ kind: 'question', question: "Who speaks for Pakistan's foreign ministry", intent: 'who' });
  });

  it('reads "it" as the place or group the previous question named, and leaves other "it"s alone', () => {
    const last = { question: 'Tell me about Jaish al-Adl', intent: 'what' as const, command: 'ask', people: [], groups: [], places: [], shown: 1, at: 0 };
    expect(resolveFollowUp('Who leads it?', last, engine.entities)).toMatchObject({ question: 'Who leads Jaish al-Adl?' });
    expect(resolveFollowUp('Is it true that it was founded in 2012?', last, engine.entities)).toMatchObject({ question: 'Is it true that it was founded in 2012?' });
    expect(resolveFollowUp('What is its aim?', last, engine.entities)).toMatchObject({ question: 'What is Jaish al-Adl’s aim?', followsUp: true });
    expect(resolveFollowUp('Where is it based?', last, engine.entities)).toMatchObject({ question: 'Where is Jaish al-Adl based?' });
  });

  it('asks the last question again with a question word that stands alone ("and where?" after "when did the fire start?")', () => {
    const last = (question: string) => ({ question, intent: 'when' as const, command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 });
    expect(resolveFollowUp('and where?', last('When did the fire start?'), engine.entities)).toEqual({ kind: 'question', question: 'Where did the fire start', followsUp: true });
    expect(resolveFollowUp('How many exactly?', last('Who was killed in Panjgur?'), engine.entities)).toMatchObject({ question: 'How many was killed in Panjgur', followsUp: true });
    expect(resolveFollowUp('why?', last('Tell me about the strikes'), engine.entities)).toMatchObject({ question: 'Why the strikes' });
    expect(resolveFollowUp('for how long?', last('When was the road closed?'), engine.entities)).toMatchObject({ question: 'For how long was the road closed' });
    // The new word decides what kind of answer is wanted, not the last question's.
    expect(resolveFollowUp('where?', last('When did the fire start?'), engine.entities)).not.toHaveProperty('intent');
  });

  it('asks the last question again of a kind of thing ("what floor?" after "where did the fire start?"), not of a verb ("what happened?")', () => {
    const last = (question: string) => ({ question, intent: 'where' as const, command: 'ask', people: [], groups: [], places: [], shown: 3, at: 0 });
    expect(resolveFollowUp('what floor?', last('Where did the fire start?'), engine.entities)).toEqual({ kind: 'question', question: 'What floor did the fire start', followsUp: true });
    expect(resolveFollowUp('which hospital?', last('Where were the injured taken?'), engine.entities)).toMatchObject({ question: 'Which hospital were the injured taken' });
    expect(resolveFollowUp('what happened?', last('Where did the fire start?'), engine.entities)).toMatchObject({ question: 'what happened?' });
  });

  it('treats "more" as the next quotes of the same question', () => {
    expect(resolveFollowUp('more', { question: 'q', intent: 'what', command: 'ask', people: [], groups: [], places: [], shown: 5, at: 0 }, engine.entities)).toEqual({ kind: 'more' });
  });

  it('forgets a conversation after its time, and keeps a bounded number', () => {
    let now = 0;
    const store = new ConversationStore({ ttlMs: 1000, maxConversations: 2, now: () => now });
    const turn = { question: 'q', intent: 'what' as const, command: 'ask', people: [], groups: [], places: [], shown: 0 };
    store.remember('u1', 'c', turn);
    now = 999;
    expect(store.last('u1', 'c')).toBeDefined();
    now = 2500;
    expect(store.last('u1', 'c')).toBeUndefined();
    store.remember('u1', 'c', turn);
    store.remember('u2', 'c', turn);
    store.remember('u3', 'c', turn);
    expect(store.size).toBe(2);
    expect(store.last('u1', 'c')).toBeUndefined();
  });
});
