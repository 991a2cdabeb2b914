/**
 * A hash of the files the engine's analysis is made of (its code and its data),
 * so that an engine snapshot made by other code is never loaded, even when
 * ENGINE_VERSION was not bumped. Plain JavaScript because the build script
 * (scripts/build.mjs, run without tsx) computes it too and writes it into the
 * bundles; from source it is computed at start-up (a few milliseconds).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders (relative to the package root) whose files the analysis depends on. */
export const ANALYSIS_SOURCES = ['src/engine', 'src/search', 'src/text', 'src/corpus', 'data'];

export function analysisCodeHash(root) {
  const files = [];
  const walk = (rel) => {
    const path = join(root, rel);
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) return files.push(rel);
    for (const name of readdirSync(path)) walk(join(rel, name));
  };
  for (const source of ANALYSIS_SOURCES) walk(source);
  const hash = createHash('sha256');
  for (const rel of files.sort()) hash.update(`${rel.split('\\').join('/')}\0`).update(readFileSync(join(root, rel))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
