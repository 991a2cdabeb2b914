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
