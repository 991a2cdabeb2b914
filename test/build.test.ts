/**
 * The build (scripts/build.mjs): one runnable bundle per program in dist/,
 * each worker thread (`src/**\/*Worker.ts`) as its own file beside them, and
 * bundles that run with node alone, from any working directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'scripts/build.mjs');

/** Call build() of scripts/build.mjs in a child node (no TypeScript loader, as `npm run build` runs it). */
function buildFixture(root: string, programs: Record<string, string>) {
  const code = `const { build } = await import(${JSON.stringify(BUILD)}); await build(${JSON.stringify({ root, outdir: join(root, 'dist'), programs })});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
}

function sourceWorkers(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...sourceWorkers(join(dir, entry.name)));
    else if (entry.name.endsWith('Worker.ts')) out.push(entry.name.replace(/\.ts$/, ''));
  }
  return out;
}

describe('the build', () => {
  it('writes one bundle per program and one per worker, all in dist/ itself', () => {
    for (const program of ['bot', 'sharded', 'console', 'deploy-commands', 'invite', 'ingest']) expect(existsSync(join(ROOT, 'dist', `${program}.js`))).toBe(true);
    for (const worker of sourceWorkers(join(ROOT, 'src'))) expect(existsSync(join(ROOT, 'dist', `${worker}.js`))).toBe(true);
    // Nothing TypeScript is needed at run time.
    expect(readFileSync(join(ROOT, 'dist/bot.js'), 'utf8')).not.toMatch(/from ['"]tsx|\.ts['"]\)/);
  });

  it('the console bundle answers with node alone, started from another directory', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/console.js'), '--json'], {
      cwd: mkdtempSync(join(tmpdir(), 'build-cwd-')),
      input: '/ask who was killed\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH, CORPUS_DIR: join(ROOT, 'corpus'), LOG_LEVEL: 'silent' },
    });
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout.trim().split('\n')[0]!);
    expect(answer.command).toBe('ask');
    expect(answer.answers.length).toBeGreaterThan(0);
  });

  it('a worker anywhere under src/ is found next to whichever bundle starts it', () => {
    const root = mkdtempSync(join(tmpdir(), 'build-fixture-'));
    mkdirSync(join(root, 'src/deep/er'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(root, 'src/main.ts'),
      `import { Worker } from 'node:worker_threads';
const worker = new Worker(new URL('./echoWorker.js', import.meta.url), { workerData: 21 });
worker.once('message', (n: number) => { console.log(\`worker says \${n}\`); void worker.terminate(); });`,
    );
    writeFileSync(
      join(root, 'src/deep/er/echoWorker.ts'),
      `import { parentPort, workerData } from 'node:worker_threads';
parentPort!.postMessage((workerData as number) * 2);`,
    );
    const built = buildFixture(root, { main: 'src/main.ts' });
    expect(built.status, built.stderr).toBe(0);
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js')).sort()).toEqual(['echoWorker.js', 'main.js']);
    const run = spawnSync(process.execPath, [join(root, 'dist/main.js')], { cwd: tmpdir(), encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('worker says 42');
  });

  it('--if-stale does nothing when dist/ is newer than every source', () => {
    const stamp = join(ROOT, 'dist/.built');
    const before = readFileSync(stamp, 'utf8');
    const r = spawnSync(process.execPath, [BUILD, '--if-stale'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(stamp, 'utf8')).toBe(before);
  });
});
