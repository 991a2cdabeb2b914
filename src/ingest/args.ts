/** Command-line arguments of `npm run ingest`. */
import { parseArgs } from 'node:util';
import { IngestError } from './ingest.js';

export interface IngestArgs {
  /** A file path, or "-" for standard input. */
  source: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  force: boolean;
  corpusDir: string;
  help: boolean;
}

export const USAGE = `Usage: npm run ingest -- <file | -> --published YYYY-MM-DD [--title "..."] [--outlet "..."] [--url https://...] [--force] [--corpus DIR]

Turns a plain-text article (one paragraph per line, or paragraphs separated by blank lines; "-" reads standard input)
into a validated corpus/<id>.md. Without --title the first line is the headline if it looks like one.
The folder is CORPUS_DIR or corpus/, unless --corpus is given. Exit code 0 when written, 1 when refused or invalid.`;

export function parseIngestArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        corpus: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new IngestError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { source: '', force: false, corpusDir: '', help: true };
  if (positionals.length === 0) throw new IngestError('Give the article file to ingest, or "-" to read it from standard input (see --help).');
  if (positionals.length > 1) throw new IngestError(`Give one article at a time (got ${positionals.length}: ${positionals.join(', ')}).`);
  return {
    source: positionals[0],
    title: values.title,
    published: values.published,
    outlet: values.outlet,
    url: values.url,
    force: values.force ?? false,
    corpusDir: values.corpus || env.CORPUS_DIR || 'corpus',
    help: false,
  };
}
