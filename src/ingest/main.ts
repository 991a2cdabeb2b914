/**
 * `npm run ingest -- <file | -> --published YYYY-MM-DD [--title ...]`: add one
 * report to the corpus. A running bot picks the new file up by itself (see
 * src/app/liveCorpus.ts). Exit code 0 when written, 1 when refused or invalid.
 */
import 'dotenv/config';
import { readFileSync } from 'node:fs';
import { parseIngestArgs, USAGE } from './args.js';
import { ingestArticle, IngestError } from './ingest.js';

async function readSource(source: string): Promise<string> {
  if (source !== '-') {
    try {
      return readFileSync(source, 'utf8');
    } catch (err) {
      throw new IngestError(`Cannot read "${source}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseIngestArgs(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const text = await readSource(args.source);
    const result = ingestArticle({ ...args, text });
    const a = result.article;
    process.stdout.write(
      `${result.replaced ? 'Replaced' : 'Wrote'} ${result.path}: id ${a.id}, "${a.title}", published ${a.published}${a.outlet ? `, ${a.outlet}` : ''}, ` +
        `${a.paragraphs.length} paragraph${a.paragraphs.length === 1 ? '' : 's'}, added ${a.added}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      process.stderr.write(`Not ingested: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`Not ingested: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
