import type { Download } from './validate-download';
import { MAX_LIST_BYTES } from './validate-download';
import { readBodyAtMost } from '../../shared/read-body';

const TIMEOUT_MS = 30_000;

export interface Conditional {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchedList extends Download {
  etag: string | null;
  lastModified: string | null;
}

/**
 * Fetch one list. The request names nothing about the shopper: a fixed address, no cookies, no
 * referrer, and only the validators the server itself gave last time (If-None-Match /
 * If-Modified-Since). The body is read up to MAX_LIST_BYTES and no further.
 */
export async function fetchList(url: string, conditional: Conditional, fetchImpl: typeof fetch = fetch): Promise<FetchedList> {
  const headers: Record<string, string> = {};
  if (conditional.etag) headers['If-None-Match'] = conditional.etag;
  if (conditional.lastModified) headers['If-Modified-Since'] = conditional.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, { headers, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'follow', signal: controller.signal });
    const meta = { status: response.status, etag: response.headers.get('etag')?.slice(0, 300) ?? null, lastModified: response.headers.get('last-modified')?.slice(0, 100) ?? null };
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { ...meta, text: null, tooBig: false };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_LIST_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return { ...meta, text: null, tooBig: true };
    }
    const { bytes, overflow } = await readBodyAtMost(response, MAX_LIST_BYTES);
    return overflow ? { ...meta, text: null, tooBig: true } : { ...meta, text: decode(bytes), tooBig: false };
  } finally {
    clearTimeout(timer);
  }
}

/** UTF-8 as published; a file that is not valid UTF-8 is read as Windows-1252 (old spreadsheet exports). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
