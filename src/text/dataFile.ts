/**
 * The package's own data files (data/*.json, made by `npm run build:lexicon`),
 * found from this module's location, not the working directory: the same code
 * runs from src/ under tsx and from a built dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const candidate = join(dir, 'data', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`data file ${name} not found: run npm run build:lexicon`);
}

export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath(name), 'utf8')) as T;
}
