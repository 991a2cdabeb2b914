/**
 * Questions any incident is asked ("who did it?", "how many were injured?"),
 * put to every incident under test/fixtures/incidents (and the seed corpus):
 * per question, on how many incidents the answer is "not found", and which.
 * Not an evaluation (there is no gold): a refusal is right where the reports
 * tell no such thing, so read the list of incidents beside each count.
 *
 *   node --import tsx scripts/generic-probe.ts ["question" ...]
 */
import { Engine } from '../src/engine/engine.js';
import { listIncidents, loadIncidentCorpus } from './evalLib.js';

/** General English, the same for every incident. */
const GENERIC = [
  'what happened?',
  'when did it happen?',
  'where did it happen?',
  'what caused it?',
  'who did it?',
  'who is responsible?',
  'how many people died?',
  'how many victims were there?',
  'who were the victims?',
  'how many were injured?',
  'how many people passed away?',
  'how many are missing?',
  'was anyone arrested?',
  'what is being done?',
  'what is the latest?',
  'what happens next?',
];

const questions = process.argv.slice(2).length > 0 ? process.argv.slice(2) : GENERIC;
const refused = new Map<string, string[]>(questions.map((q) => [q, []]));
const incidents = listIncidents();
for (const incident of incidents) {
  const engine = new Engine(loadIncidentCorpus(incident));
  for (const q of questions) if (engine.ask(q).notFound) refused.get(q)!.push(incident.name);
}
console.log(`"not found" on how many of ${incidents.length} incidents:`);
for (const [q, names] of refused) console.log(`${String(names.length).padStart(4)}  ${q}${names.length > 0 ? `  (${names.join(', ')})` : ''}`);
