import { z } from './zod';

/** True for an absolute http: or https: URL: the only kind Shopwatch stores, shows or links to. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A page address that came from a page or a message: http(s) only, bounded. */
export const HttpUrlSchema = z.string().max(4000).refine(isHttpUrl, 'not an http(s) URL');

/** Two addresses of the same document (the fragment does not make another page). */
export function isSameDocumentUrl(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}
