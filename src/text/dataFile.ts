/**
 * The package's own data files (data/*.json, made by `npm run build:lexicon`),
 * found from the package root, not the working directory: the same code runs
 * from src/ under tsx and from a bundle in dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fromPackageRoot } from '../packageRoot.js';

export function dataPath(name: string): string {
  const path = fromPackageRoot('data', name);
  if (!existsSync(path)) throw new Error(`data file ${name} not found: run npm run build:lexicon`);
  return path;
}

export function readDataFile<T>(name: string): T {
  return JSON.parse(readDataText(name)) as T;
}

export function readDataText(name: string): string {
  return readFileSync(dataPath(name), 'utf8');
}
