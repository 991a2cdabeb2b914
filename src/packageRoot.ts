/**
 * The package root (the folder with package.json), where corpus/, data/ and
 * dist/ live. Files the program reads at run time are found from here, so the
 * same code works from src/ under tsx, from a bundle in dist/, and whatever
 * the working directory is.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    if (dirname(dir) === dir) return (root = resolve(start, '..'));
  }
}

/** A path inside the package, e.g. fromPackageRoot('data', 'lexicon.json'). */
export function fromPackageRoot(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
