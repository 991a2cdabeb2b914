/**
 * Reading one corpus file as untrusted input. Only a regular file inside the
 * corpus folder is read (a symlink is followed only when it resolves inside
 * the folder): a FIFO would block the reader for ever, a device such as
 * /dev/zero never ends, a symlink out of the folder would serve any file on
 * the machine. The read is bounded by the size cap, and the bytes must be
 * valid UTF-8 (a silent U+FFFD would change the words quoted).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';

export interface CorpusLimits {
  /** Largest article file, in bytes (CORPUS_MAX_BYTES, default 2 MB). */
  maxBytes: number;
  /** Most paragraphs in one article (CORPUS_MAX_PARAGRAPHS, default 10,000). */
  maxParagraphs: number;
}

export const DEFAULT_LIMITS: CorpusLimits = { maxBytes: 2 * 1024 * 1024, maxParagraphs: 10_000 };

/** An environment variable with a value that cannot be used: its message names the variable. */
export class EnvError extends Error {}

/** The caps from the environment (CORPUS_MAX_BYTES, CORPUS_MAX_PARAGRAPHS); defaults when unset. A bad value is an EnvError naming it. */
export function corpusLimits(env: NodeJS.ProcessEnv = process.env): CorpusLimits {
  const positive = (name: 'CORPUS_MAX_BYTES' | 'CORPUS_MAX_PARAGRAPHS', fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n <= 0) throw new EnvError(`${name} must be a positive whole number (it is "${value.slice(0, 40)}")`);
    return n;
  };
  return { maxBytes: positive('CORPUS_MAX_BYTES', DEFAULT_LIMITS.maxBytes), maxParagraphs: positive('CORPUS_MAX_PARAGRAPHS', DEFAULT_LIMITS.maxParagraphs) };
}

export type FileRead = { kind: 'ok'; text: string } | { kind: 'bad'; problem: string } | { kind: 'gone' };

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode UTF-8 strictly: undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The byte offset of the first invalid UTF-8 sequence, for a message a person can act on. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes; a prefix cut inside a valid multi-byte character is allowed by `stream`.
  const valid = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function notUtf8(bytes: Uint8Array): string {
  return `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)}): save it as UTF-8`;
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/** Read `dir/name` if it is a regular file inside `dir`, at most `limits.maxBytes`, valid UTF-8. */
export function readCorpusFile(dir: string, name: string, limits: Pick<CorpusLimits, 'maxBytes'>): FileRead {
  const path = join(dir, name);
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    return { kind: 'bad', problem: `cannot read the file (${errno(err)})` };
  }
  if (link.isSymbolicLink()) {
    let target: string;
    let folder: string;
    try {
      target = realpathSync(path);
      folder = realpathSync(dir);
    } catch (err) {
      return { kind: 'bad', problem: `a symlink that leads nowhere (${errno(err)})` };
    }
    if (!target.startsWith(folder + sep)) return { kind: 'bad', problem: 'a symlink to a file outside the corpus folder: not read' };
  } else if (!link.isFile()) {
    return { kind: 'bad', problem: `${kindOf(link)}, not a regular file: not read` };
  }

  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO since lstat, opening it must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    return { kind: 'bad', problem: `cannot read the file (${errno(err)})` };
  }
  try {
    // What was opened decides, not what lstat saw a moment ago.
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'bad', problem: `${kindOf(stats)}, not a regular file: not read` };
    if (stats.size > limits.maxBytes) return { kind: 'bad', problem: tooLargeBytes(stats.size, limits.maxBytes) };
    // Read at most one byte past the cap: a file that grows while being read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, limits.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > limits.maxBytes) return { kind: 'bad', problem: tooLargeBytes(Math.max(length, fstatSync(fd).size), limits.maxBytes) };
    const bytes = buffer.subarray(0, length);
    const text = decodeUtf8(bytes);
    if (text === undefined) return { kind: 'bad', problem: notUtf8(bytes) };
    return { kind: 'ok', text };
  } catch (err) {
    return { kind: 'bad', problem: `cannot read the file (${errno(err)})` };
  } finally {
    closeSync(fd);
  }
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

export function tooLargeBytes(size: number, maxBytes: number): string {
  return `too large: ${megabytes(size)}, over the ${megabytes(maxBytes)} limit (CORPUS_MAX_BYTES): split it into several reports or raise the limit`;
}
