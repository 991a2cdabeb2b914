/** Shared set-up for the live-corpus tests: temp copies of corpus/, articles, polling. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, 'corpus');
export const TSX = join(ROOT, 'node_modules/.bin/tsx');

const made: string[] = [];

/** A fresh copy of the real corpus in the temp folder (the real one is never touched). */
export function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-corpus-'));
  cpSync(CORPUS, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-'));
  made.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A report with a fact no article of the real corpus has (Judge Quintrell). */
export const NEW_REPORT = [
  'Pakistan names judge to lead strike inquiry',
  'Islamabad said on Thursday that its jets struck hideouts of the Baloch Liberation Front.',
  '',
  'Judge Amelia Quintrell will lead an inquiry into the strikes, the ministry said.',
  '',
].join('\n');
/**
 * How long a change to the corpus may take to be answered in these tests. The suite runs on two cores with child
 * processes beside it, and a first rebuild loads the word lists: 5 s was once too little on a loaded machine. The
 * tests print the time it took; CI never fails on a timing.
 */
export const LOADED_MS = 20_000;

export const NEW_QUESTION = 'Who will lead the inquiry into the strikes?';
export const NEW_FACT = 'Amelia Quintrell';

/** A complete corpus file, for tests that write files directly. */
export function articleFile(id: string, body: string, extra: Record<string, string> = {}): string {
  const fields = { id, title: `Report ${id}`, published: '2024-01-19', language: 'en', ...extra };
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n${body}\n`;
}

/** The same memory logger as the Discord tests use. */
export { memoryLogger, type MemoryLogger } from '../discord/helpers.js';

/** Poll `check` until it returns a value (not undefined/false), or fail after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 3000, everyMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const PLACES = ['Saravan', 'Panjgur', 'Kerman', 'Sistan', 'Baluchistan', 'Turbat', 'Quetta', 'Zahedan'];

/**
 * The body of a report about `bytes` long made almost only of casualty
 * figures (the worst case for the engine's analysis), four sentences a
 * paragraph; deterministic.
 */
export function casualtyReport(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const place = PLACES[n % PLACES.length];
    const text =
      `Officials said at least ${(n % 90) + 3} people were killed and ${(n % 40) + 5} injured in the strike on ${place} on Tuesday. ` +
      `Another ${(n % 7) + 2} children died later in hospital, the ministry said. ` +
      `Local reports put the toll in ${place} at ${(n % 50) + 10} dead. ` +
      `Rescuers said ${(n % 12) + 1} women were among the wounded.`;
    paragraphs.push(text);
    size += text.length + 2;
  }
  return paragraphs.join('\n\n');
}
