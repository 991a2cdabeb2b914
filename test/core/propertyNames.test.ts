/**
 * Words that are also names of JavaScript's object properties ("constructor",
 * "toString", "__proto__") are ordinary words in a question or a report. A
 * lookup table that is a plain object would find Object's own functions under
 * them: "who was the constructor?" once failed with "something went wrong".
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MutableAppContext } from '../../src/app/context.js';
import { answerLine } from '../../src/console/answerLine.js';
import { createLogger } from '../../src/logger.js';
import { memoryArticle, memoryEngine } from './memoryArticle.js';

const PROPERTY_NAMES = Object.getOwnPropertyNames(Object.prototype);

function reports() {
  return memoryEngine(
    memoryArticle(
      'b1',
      '2031-03-02',
      'Footbridge gives way at Orlen river park',
      'A footbridge over the Orlen river gave way on Saturday, injuring nine people who were crossing it.',
      'The constructor, Halvik Builders, said the steel beams had passed an inspection in January.',
      'Engineers said the valueOf the repairs and the toString of the cables would be checked, a prototype of the report shows.',
    ),
  );
}

describe('words that are names of object properties', () => {
  it('answers "who was the constructor?" with the sentence that names the constructor', () => {
    const answer = reports().ask('who was the constructor?');
    expect(answer.notFound).toBe(false);
    expect(answer.quotes[0]?.text).toContain('Halvik Builders');
  });

  it('answers every question that uses such a name, in any case, without failing', () => {
    const engine = reports();
    for (const name of PROPERTY_NAMES) {
      for (const question of [`who was the ${name}?`, `how many ${name} were injured?`, name.toLowerCase(), `what did the ${name.toLowerCase()} say?`]) {
        expect(() => engine.ask(question), question).not.toThrow();
      }
    }
  });

  it('logs a failed console command, as the message it shows says', async () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const engine = reports();
    engine.ask = () => {
      throw new Error('ranking broke');
    };
    const ctx = new MutableAppContext(engine, undefined, createLogger({ level: 'error', destination }));
    const answer = await answerLine(ctx, '/ask who was hurt?');
    expect(JSON.stringify(answer?.message)).toContain('has been logged');
    const logged = lines.map((l) => JSON.parse(l) as { msg: string; command: string; err: { message: string } });
    expect(logged).toEqual([expect.objectContaining({ msg: 'command failed', command: 'ask', err: expect.objectContaining({ message: 'ranking broke' }) })]);
  });
});
