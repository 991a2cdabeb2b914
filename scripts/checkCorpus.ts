/**
 * `npm run check-corpus [-- DIR]`: the strict check of a corpus folder, for
 * CI. Reads every file as the bot does (regular files inside the folder only,
 * size and paragraph caps, UTF-8, valid front matter) and prints one line per
 * bad file. Exit code 0 when every file is valid, 1 otherwise. The bot itself
 * starts with the valid files and names the others in its log.
 */
import 'dotenv/config';
import { corpusFileNames, CorpusError, readCorpusFolder } from '../src/corpus/loader.js';
import { corpusLimits } from '../src/corpus/readFile.js';

export function checkCorpus(dir: string): { ok: boolean; lines: string[] } {
  let names: string[];
  try {
    names = corpusFileNames(dir);
  } catch (err) {
    const e = err as CorpusError;
    return { ok: false, lines: [`${e.file}: ${e.problem}`] };
  }
  if (names.length === 0) return { ok: false, lines: [`${dir}: the corpus folder has no .md articles`] };
  const { articles, problems } = readCorpusFolder(dir, corpusLimits(), names);
  const lines = problems.map((p) => `${p.file}: ${p.problem}`);
  lines.push(`${articles.length} valid, ${problems.length} bad of ${names.length} files in ${dir}`);
  return { ok: problems.length === 0, lines };
}

const dir = process.argv[2] || process.env.CORPUS_DIR || 'corpus';
const { ok, lines } = checkCorpus(dir);
for (const line of lines) (ok ? process.stdout : process.stderr).write(`${line}\n`);
process.exitCode = ok ? 0 : 1;
