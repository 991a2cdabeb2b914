/**
 * A toll that rises while the bot runs: a report with a higher toll, published
 * a day later, is dropped into the corpus folder of a running console, and
 * /casualties leads with it as the latest figure, with the earlier figures
 * shown as earlier. Target: within 3 s of the file landing (the bound below
 * is loose so a loaded machine cannot fail on timing; the figure is printed).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { LOADED_MS, ROOT, TSX, articleFile, removeTemps, tempCorpus, tempDir } from './helpers.js';

interface Reply {
  message: { embeds: { description?: string; fields?: { name: string; value: string }[] }[] } | null;
}

const running: { kill: () => void }[] = [];
afterEach(() => {
  for (const r of running.splice(0)) r.kill();
  removeTemps();
});

/** The console in --json mode; `ask` sends one line and resolves with its answer. */
function startConsole(corpusDir: string) {
  const child = spawn(TSX, [join(ROOT, 'src/console/main.ts'), '--json'], { cwd: tempDir(), env: { PATH: process.env.PATH, CORPUS_DIR: corpusDir } });
  const waiting: ((r: Reply) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(JSON.parse(line) as Reply));
  running.push({ kill: () => child.kill('SIGKILL') });
  return {
    ask: (line: string) =>
      new Promise<Reply>((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${line}\n`);
      }),
  };
}

const firstField = (r: Reply) => r.message?.embeds[0].fields?.[0];

describe('a rising toll while the bot runs', () => {
  it('leads /casualties with the figure of a report added later, the earlier figures as earlier', async () => {
    const dir = tempCorpus();
    const bot = startConsole(dir);
    const before = firstField(await bot.ask('/casualties'));
    expect(before?.name).toMatch(/Saravan/);
    expect(before?.value).not.toMatch(/Latest/);

    writeFileSync(
      join(dir, 'toll-rises.md'),
      articleFile('toll-rises', 'Iranian officials said on Friday that the death toll from Pakistan’s strikes near Saravan had risen to ten.', { title: 'Toll from strikes near Saravan rises to ten', published: '2024-01-19' }),
    );
    const landed = Date.now();
    let reply: Reply;
    for (;;) {
      reply = await bot.ask('/casualties');
      if (/Latest, 19 Jan 2024/.test(firstField(reply)?.value ?? '')) break;
      if (Date.now() - landed > LOADED_MS) throw new Error(`no latest figure after ${LOADED_MS / 1000} s: ${JSON.stringify(firstField(reply))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    console.info(`/casualties led with the new toll ${Date.now() - landed} ms after the report landed`);
    const field = firstField(reply)!;
    const [latest, ...rest] = field.value.split('\n');
    expect(latest).toMatch(/^__Latest, 19 Jan 2024__/);
    expect(rest[0]).toMatch(/\*\*ten\*\* killed — \*Toll from strikes near Saravan/);
    expect(field.value).toMatch(/__Earlier__[\s\S]*\*\*seven people\*\* killed — [^\n]*18 Jan 2024/);
    expect(field.name).toMatch(/toll changed/);
    expect(reply.message?.embeds[0].description).toMatch(/the latest report \(19 Jan 2024\) gives 10; earlier: .*7.*\(18 Jan 2024\)/);
  });
});
