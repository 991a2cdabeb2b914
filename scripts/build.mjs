#!/usr/bin/env node
/**
 * `npm run build`: one esbuild bundle per entry point in dist/, run by node
 * directly (`node dist/bot.js`). One file per program starts faster than
 * node resolving and reading hundreds of modules one at a time, and needs no
 * TypeScript loader at run time.
 *
 *   node scripts/build.mjs             build
 *   node scripts/build.mjs --if-stale  build only when a source is newer than dist/ (fast no-op otherwise;
 *                                      esbuild is not even loaded, so it works after `npm prune --omit=dev`)
 *   ... --optional                     warn instead of failing when esbuild is not installed (`prepare`)
 *
 * Every bundle lands in dist/ itself (no sub-folders), so code that finds a file
 * next to it with `new URL('./x.js', import.meta.url)` finds it whichever bundle
 * it was inlined into. Worker threads (`src/**\/*Worker.ts`) get their own
 * bundle under their own name: `new Worker(new URL('./buildWorker.js', import.meta.url))`.
 * Files read at run time (corpus/, data/) stay where they are and are found from
 * the package root (src/packageRoot.ts), not from dist/ or the working directory.
 *
 * Written in plain JavaScript so that it runs without tsx.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYSIS_SOURCES, analysisCodeHash } from '../src/codeHash.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');
const STAMP = join(OUT, '.built');

/** dist/<name>.js ← source. Keep in step with package.json's scripts, the Dockerfile and deploy/. */
const PROGRAMS = {
  bot: 'src/discord/main.ts',
  sharded: 'src/discord/sharded.ts',
  console: 'src/console/main.ts',
  'deploy-commands': 'src/discord/deployCommands.ts',
  invite: 'src/discord/inviteCli.ts',
  ingest: 'src/ingest/main.ts',
};

/** What the bundles are made of: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'commands', 'package.json', 'package-lock.json', 'scripts/build.mjs', ...ANALYSIS_SOURCES];

/**
 * Left to node_modules at run time. pino starts its pretty-printer (and any
 * transport) in a worker thread from files it finds next to its own modules,
 * so it stays a normal package; the rest are optional native add-ons that
 * discord.js and ws use only when installed.
 */
const EXTERNAL = ['pino', 'pino-pretty', 'zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack'];

/** CommonJS packages in an ES module bundle still call require() for node built-ins. */
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
].join('\n');

function walk(path, visit) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) return visit(path, stat);
  for (const name of readdirSync(path)) walk(join(path, name), visit);
}

/** `src/**\/*Worker.ts`: each becomes dist/<name>.js. */
export function workerEntries(root = ROOT, programs = PROGRAMS) {
  const out = {};
  walk(join(root, 'src'), (file) => {
    if (/Worker\.ts$/.test(file)) {
      const name = basename(file, '.ts');
      if (out[name] || programs[name]) throw new Error(`two entry points would be dist/${name}.js`);
      out[name] = relative(root, file);
    }
  });
  return out;
}

/** True when dist/ is missing or older than any source. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  let stale = false;
  for (const source of SOURCES) walk(join(ROOT, source), (_file, stat) => (stale ||= stat.mtimeMs > built));
  return stale;
}

/**
 * Bundle `programs` (name → source relative to root) and every worker under
 * root/src into outdir. The defaults are this package; a test builds a small
 * fixture with the same options.
 */
export async function build({ root = ROOT, outdir = OUT, programs = PROGRAMS } = {}) {
  const { build: esbuild } = await import('esbuild').catch(() => {
    throw new Error('esbuild is not installed: run `npm ci` with the dev dependencies, then `npm run build`');
  });
  const started = performance.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entryPoints = Object.fromEntries(Object.entries({ ...programs, ...workerEntries(root, programs) }).map(([name, file]) => [name, join(root, file)]));
  const result = await esbuild({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: BANNER },
    // Engine snapshots record the code that made them (src/engine/snapshot.ts).
    define: { __ENGINE_CODE__: JSON.stringify(analysisCodeHash(root)) },
    // Whitespace and syntax only: names stay readable in stack traces and logs. NO_MINIFY=1 keeps the lines too
    // (for line-level CPU profiles, bench/profileBot.ts).
    minifyWhitespace: !process.env.NO_MINIFY,
    minifySyntax: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  writeFileSync(join(outdir, '.built'), `${new Date().toISOString()}\n`);
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, o]) => `${relative(root, file)} ${(o.bytes / 2 ** 20).toFixed(1)} MB`);
  // Standard error: `npm run --silent console -- --json` keeps standard output for answers.
  process.stderr.write(`built ${sizes.length} bundles in ${Math.round(performance.now() - started)} ms: ${sizes.join(', ')}\n`);
}

/** esbuild can be loaded: false after `npm ci --omit=dev` (it is a dev dependency). */
async function canBuild() {
  return import('esbuild').then(
    () => true,
    () => false,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  // `prepare` passes --optional, so that `npm ci --omit=dev` still installs: it warns instead of failing.
  if (process.argv.includes('--optional') && !(await canBuild())) {
    process.stderr.write('dist/ not built: esbuild is not installed (dev dependencies omitted). Build with `npm ci && npm run build` first.\n');
    process.exit(0);
  }
  try {
    await build();
  } catch (err) {
    // esbuild has already printed the errors with their locations.
    process.stderr.write(`build failed: ${err?.message?.split('\n')[0] ?? err}\n`);
    process.exit(1);
  }
}
