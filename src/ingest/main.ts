/**
 * `npm run ingest -- <file | -> --published YYYY-MM-DD [--title ...]`: add one
 * report to the corpus. A running bot picks the new file up by itself (see
 * src/app/liveCorpus.ts). Exit code 0 when written, 1 when refused or invalid.
 */
import 'dotenv/config';
import { createReadStream } from 'node:fs';
import { corpusLimits, decodeUtf8, notUtf8 } from '../corpus/readFile.js';
import { parseIngestArgs, USAGE } from './args.js';
import { ingestArticle, IngestError } from './ingest.js';

/**
 * The article's text: at most the corpus size cap (a larger article would be
 * refused by the bot anyway), and strictly UTF-8 — bytes that are not would
 * otherwise become U+FFFD, silently changing the words quoted.
 */
async function readSource(source: string): Promise<string> {
  const { maxBytes } = corpusLimits();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source === '-' ? process.stdin : createReadStream(source)) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new IngestError(`The article is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB (CORPUS_MAX_BYTES): split it into several reports.`);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(`Cannot read "${source}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  const bytes = Buffer.concat(chunks);
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new IngestError(`${source === '-' ? 'Standard input' : `"${source}"`} is ${notUtf8(bytes)}.`);
  return text;
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
