/**
 * Before any test file runs: bring dist/ up to date (`scripts/build.mjs
 * --if-stale`), once, so that the tests that start the built programs as
 * child processes run what the sources say, and never see dist/ rebuilt under them.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stderr}`);
}
