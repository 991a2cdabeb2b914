/** The fixed questions every benchmark asks (plain words, as a user would type them). */
export const QUESTIONS = [
  'who was killed',
  'How many women died in the Pakistani strikes?',
  'What casualty figure did the Iranian news agency give?',
  'Who is Nasser Kanaani',
  'Which group has attacked Iranian border patrols?',
  'At what time were explosions reported?',
  "when did Iran's IRGC launch missiles at Pakistan",
  'where were the terrorist hideouts',
  'What did Pakistan name its operation?',
  'Did Pakistan use warplanes, missiles or drones?',
  "What did Pakistan say about Iran's sovereignty?",
  'who is the chinese foriegn ministry spokesprson',
  'Why did Iran strike Pakistan?',
  'Jaish al-Adl',
  'Saravan',
];

/** The hard case: twelve words, most of them stop words, and nothing rare to narrow the search. */
export const HARD_QUESTION = 'what is it that they have said about all of the people there';

const OPENINGS = ['What about', 'Who said', 'When did', 'Where did', 'Why did', 'How many', 'Tell me about', 'What happened with'];

/**
 * `count` different questions made from the corpus's own words (an opening and
 * three to five words of a sentence), so that no answer comes from the
 * engine's memory of an earlier question. The same corpus gives the same list.
 */
export function distinctQuestions(sentences: readonly string[], count: number): string[] {
  const out = new Set<string>();
  const words = sentences.map((s) => s.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z'-]*$/.test(w)));
  for (let width = 3; width <= 5 && out.size < count; width++)
    for (let start = 0; start < 40 && out.size < count; start++)
      words.forEach((ws, i) => {
        const slice = ws.slice(start, start + width);
        if (slice.length === width && out.size < count) out.add(`${OPENINGS[(i + start) % OPENINGS.length]} ${slice.join(' ')}?`);
      });
  if (out.size < count) throw new Error(`the corpus gives only ${out.size} distinct questions, ${count} wanted`);
  return [...out];
}
