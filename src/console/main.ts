/**
 * The console: the bot without Discord. Each line is a slash command (or a
 * follow-up without a slash), answered by the same command handlers as on
 * Discord. `--json` is the scripting contract: one JSON object per input line
 * on standard output, logs on standard error only.
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { createAppContext, type MutableAppContext } from '../app/context.js';
import { watchCorpus } from '../app/liveCorpus.js';
import { CorpusError } from '../corpus/loader.js';
import { EnvError } from '../corpus/readFile.js';
import { createLogger } from '../logger.js';
import { payloadToText } from '../render/text.js';
import { answerLine } from './answerLine.js';

export interface ConsoleOptions {
  json: boolean;
  corpusDir: string;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const logger = createLogger({ level: process.env.LOG_LEVEL || 'warn', toStderr: true });
  let ctx: MutableAppContext;
  try {
    ctx = createAppContext({ corpusDir: options.corpusDir, logger });
  } catch (err) {
    if (err instanceof CorpusError) {
      process.stderr.write(`Cannot load the corpus: ${err.message}\n`);
      process.exit(1);
    }
    if (err instanceof EnvError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // New, changed or removed reports in the corpus folder are picked up while the console runs.
  const watcher = watchCorpus(ctx, options.corpusDir, logger);

  const interactive = !options.json && process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    process.stdout.write('Incident bot console. Type /help, a command such as /casualties, or a question. Ctrl+D to quit.\n');
    rl.setPrompt('> ');
    rl.prompt();
  }
  // Lines are answered one at a time, in order, each as soon as it arrives.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      const answer = await answerLine(ctx, line);
      if (options.json) {
        if (answer) process.stdout.write(`${JSON.stringify(answer)}\n`);
        else process.stdout.write(`${JSON.stringify({ input: line, command: null, answers: [], message: null })}\n`);
      } else if (answer) {
        process.stdout.write(`${payloadToText(answer.message)}\n\n`);
      }
      if (interactive) rl.prompt();
    });
  });
  await new Promise<void>((resolve) => rl.on('close', () => resolve()));
  await queue;
  watcher.close();
}

const args = process.argv.slice(2);
await runConsole({ json: args.includes('--json'), corpusDir: process.env.CORPUS_DIR || 'corpus' });
