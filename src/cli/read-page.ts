import fs from 'node:fs';
import zlib from 'node:zlib';

/** Pages bigger than this are refused rather than parsed for minutes. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export class CliInputError extends Error {}

/** Read a saved page (.html or .html.gz) as text, with a clear error for what cannot be read. */
export function readPageFile(file: string): string {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new CliInputError(`not a file: ${file}`);
    if (stat.size > MAX_PAGE_BYTES) throw new CliInputError(`file too large (${stat.size} bytes, limit ${MAX_PAGE_BYTES}): ${file}`);
    buffer = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (file.endsWith('.gz')) {
    try {
      buffer = zlib.gunzipSync(buffer, { maxOutputLength: MAX_PAGE_BYTES * 4 });
    } catch {
      throw new CliInputError(`not a valid gzip file: ${file}`);
    }
  }
  return buffer.toString('utf8');
}

export function parsePageUrl(raw: string | undefined): string {
  if (!raw) throw new CliInputError('missing --url <page-url> (the address the page was saved from)');
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return url.href;
  } catch {
    throw new CliInputError(`not an http(s) URL: ${raw}`);
  }
}
