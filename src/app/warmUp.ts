/**
 * Warming up after start. A bot that has just started answers its first few
 * hundred new questions slowly: answering loads the lemmatizer, WordNet and
 * the NLP model on first use (a start from a snapshot needs none of them), and
 * V8 compiles the answering code to fast machine code only once it has run
 * often; and some readings of the whole corpus (Engine.preparations) are
 * made on the first question that needs them. Those first users should not
 * pay for it.
 *
 * So once the bot is in service, those readings are made, one per turn of the
 * event loop; then questions made from the corpus's own words
 * (each report's title and the openings of its sentences) are answered
 * through every question command, one per turn of the event loop: a real
 * interaction never waits behind more than one of them. No answer is kept,
 * and no user or channel remembers them.
 */
import { commands } from '../../commands/index.js';
import type { Corpus } from '../corpus/types.js';
import { MutableAppContext } from './context.js';
import { runCommand } from './dispatch.js';
import type { AppContext } from './types.js';

/**
 * How many questions the warm-up answers at most. Measured with
 * bench/profileBot.ts (DELAY_MS=1500, seed corpus): the first answer after a
 * start took 90–114 ms without a warm-up, 9–10 ms after 60 questions and
 * 6–7 ms after 300; the median of the next 200 was the same in all three.
 */
export const WARM_UP_QUESTIONS = 60;
/** The warm-up stops after this much time all the same (a large corpus answers more slowly). */
export const WARM_UP_MAX_MS = 3000;
/** Words of a paragraph's opening taken as a question. */
const OPENING_WORDS = 8;

/** Commands that take their text in a primary option (the question, the topic, the speaker), with that option. */
function questionCommands(): { name: string; option: string }[] {
  return commands.flatMap((c) => (c.primaryOption ? [{ name: c.definition.name, option: c.primaryOption }] : []));
}

/** Questions from the corpus's own words: every title, then the openings of sentences, in report order. */
export function warmUpQuestions(corpus: Corpus, count = WARM_UP_QUESTIONS): string[] {
  const out = new Set<string>();
  for (const article of corpus.articles) out.add(article.title);
  for (const sentence of corpus.sentences) {
    if (out.size >= count) break;
    const words = sentence.text.split(/\s+/).slice(0, OPENING_WORDS).join(' ');
    if (words) out.add(words);
  }
  return [...out].slice(0, count);
}

/**
 * Run the engine's corpus-wide preparations, then answer the warm-up questions,
 * cycling through the question commands, until they are done, `maxMs` has
 * passed since the first or `stopped()` says so (a shutdown).
 * Answers go through a context of their own, and the engine forgets them after.
 */
export async function warmUp(
  ctx: AppContext,
  options: { count?: number; maxMs?: number; stopped?: () => boolean } = {},
): Promise<{ questions: number; ms: number }> {
  const started = performance.now();
  const engine = ctx.engine;
  const own = new MutableAppContext(engine);
  const targets = questionCommands();
  const questions = warmUpQuestions(engine.corpus, options.count);
  // First what the engine reads of the whole corpus once (seconds on a large corpus), one step per turn.
  for (const step of engine.preparations()) {
    if (options.stopped?.()) break;
    await new Promise((resolve) => setImmediate(resolve));
    step();
  }
  let answered = 0;
  const asking = performance.now();
  for (const question of questions) {
    if (options.stopped?.() || performance.now() - asking > (options.maxMs ?? WARM_UP_MAX_MS)) break;
    await new Promise((resolve) => setImmediate(resolve));
    const target = targets[answered % targets.length]!;
    await runCommand(own, target.name, { options: { [target.option]: question }, userId: 'warm-up', channelId: 'warm-up', guildId: null });
    answered++;
  }
  engine.clearAnswerCache();
  return { questions: answered, ms: performance.now() - started };
}
