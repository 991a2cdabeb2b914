import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

/** Start the console in JSON mode; send lines one at a time, each only after the previous answer arrived. */
function startConsole() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/console/main.ts', '--json'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'info' } });
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const ask = (input: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      waiters.push((line) => resolve(JSON.parse(line)));
      child.stdin.write(`${input}\n`);
    });
  const close = () => new Promise<number | null>((resolve) => {
    child.on('close', resolve);
    child.stdin.end();
  });
  return { ask, close, stderr: () => stderr, pending: () => lines };
}

describe('console --json contract', () => {
  it('answers each line as it arrives with one JSON object, holds a conversation, logs only to stderr, and exits when stdin closes', async () => {
    const c = startConsole();
    const first = (await c.ask('/ask Who is Anwar-ul-Haq Kakar?')) as { input: string; command: string; answers: { quote: string; article: string; paragraph: number; sources: unknown[] }[]; message: { embeds: unknown[]; allowed_mentions: unknown } };
    expect(first.input).toBe('/ask Who is Anwar-ul-Haq Kakar?');
    expect(first.command).toBe('ask');
    expect(first.answers[0]).toMatchObject({ article: expect.any(String), paragraph: expect.any(Number), quote: expect.stringContaining('Kakar') });
    expect(first.answers[0].sources.length).toBeGreaterThan(0);
    expect(first.message.allowed_mentions).toEqual({ parse: [] });

    // A line without a slash follows up on the previous answer.
    const followUp = (await c.ask('Where was he visiting?')) as { command: string; answers: { quote: string }[] };
    expect(followUp.command).toBe('ask');
    expect(followUp.answers[0].quote).toMatch(/Davos/);

    const named = (await c.ask('/casualties topic:Kerman')) as { answers: { quote: string }[] };
    expect(named.answers[0].quote).toMatch(/84|over 90/);

    const none = (await c.ask('/ask What is the capital of Australia?')) as { answers: unknown[] };
    expect(none.answers).toEqual([]);

    expect(await c.close()).toBe(0);
    expect(c.pending()).toEqual([]);
    expect(c.stderr()).toMatch(/corpus loaded/);
  });

  it('fails with one clear line when the corpus is broken', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/console/main.ts', '--json'], { env: { ...process.env, CORPUS_DIR: 'test/fixtures/no-such-corpus' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/Cannot load the corpus: .*no-such-corpus: cannot read the corpus folder/);
  });
});
