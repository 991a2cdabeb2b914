/**
 * `node --import tsx scripts/answer-dump.ts > out.jsonl`: every answer the
 * engine gives to a fixed set of questions, rendered, one JSON line each, so
 * that a change meant only for speed can be checked to leave every answer
 * byte-identical (diff two dumps). The questions: each incident's question
 * splits as console sessions (test.json only as an identity check, never read),
 * the bench's fixed questions through every command, and the bench's pool of
 * distinct questions, each from a new user. Every incident is answered by a
 * freshly built engine and by one loaded from its snapshot (as the bot starts).
 */
import { commands } from '../commands/index.js';
import { MutableAppContext } from '../src/app/context.js';
import { runCommand } from '../src/app/dispatch.js';
import { answerLine } from '../src/console/answerLine.js';
import { loadCorpus } from '../src/corpus/loader.js';
import { Engine } from '../src/engine/engine.js';
import type { EngineSnapshot } from '../src/engine/snapshot.js';
import { QUESTIONS, distinctQuestions } from '../bench/questions.js';
import { listIncidents } from './evalLib.js';

const out = (record: unknown) => process.stdout.write(`${JSON.stringify(record)}\n`);

/** The engine as the bot loads it: built, saved as JSON, read back. */
function fromSnapshot(engine: Engine): Engine {
  return new Engine(engine.corpus, JSON.parse(JSON.stringify(engine.toSnapshot())) as EngineSnapshot);
}

const benchCommands = commands.filter((c) => c.definition.name !== 'reload');

for (const incident of listIncidents()) {
  const corpus = loadCorpus(incident.corpusDir);
  const built = new Engine(corpus);
  for (const [how, engine] of [['built', built], ['snapshot', fromSnapshot(built)]] as const) {
    for (const split of incident.splits) {
      for (const c of split.cases) {
        const ctx = new MutableAppContext(engine);
        for (const line of c.lines) out({ incident: incident.name, how, split: split.name, id: c.id, result: await answerLine(ctx, line) });
      }
    }
    // The seed incident also answers the bench's questions, as the bench asks them.
    if (incident.corpusDir !== 'corpus') continue;
    let user = 0;
    const ctx = new MutableAppContext(engine);
    for (const command of benchCommands) {
      for (const q of command.primaryOption ? QUESTIONS : ['']) {
        const options = command.primaryOption ? { [command.primaryOption]: q } : {};
        out({ how, command: command.definition.name, q, result: await runCommand(ctx, command.definition.name, { options, userId: `u${user++}`, channelId: 'c', guildId: null }) });
      }
    }
    for (const q of distinctQuestions(corpus.sentences.map((s) => s.text), 1540)) {
      out({ how, pool: q, result: await runCommand(ctx, 'ask', { options: { question: q }, userId: `u${user++}`, channelId: 'c', guildId: null }) });
    }
  }
}
