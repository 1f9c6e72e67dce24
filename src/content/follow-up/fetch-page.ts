import { readBodyAtMost } from '../../shared/read-body';

export const FOLLOW_UP_LIMITS = { maxBytes: 1_000_000, timeoutMs: 3_000 } as const;

/**
 * Fetch a page of the same shop like the page itself would (same origin only, no cookies),
 * bounded in time and size, and parse it. Anything else — another origin, any redirect (it is
 * not followed: a shop could bounce the request to another origin), an error, a non-HTML
 * answer — gives null: the rules then simply have no follow-up details.
 * A redirect's target is hidden from us, so the one same-origin redirect shops commonly make
 * (adding or dropping a trailing slash: /impressum → /impressum/) is tried directly, once.
 */
export async function fetchSameOriginDocument(href: string, pageUrl: string): Promise<{ doc: Document; url: string } | null> {
  let target: URL;
  try {
    target = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (target.origin !== new URL(pageUrl).origin) return null;
  const first = await fetchDocument(target);
  if (first !== 'redirect') return first;
  const other = new URL(target.href);
  other.pathname = other.pathname.endsWith('/') ? other.pathname.slice(0, -1) || '/' : `${other.pathname}/`;
  if (other.href === target.href) return null;
  const second = await fetchDocument(other);
  return second === 'redirect' ? null : second;
}

async function fetchDocument(target: URL): Promise<{ doc: Document; url: string } | null | 'redirect'> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FOLLOW_UP_LIMITS.timeoutMs);
  try {
    const response = await fetch(target.href, { signal: controller.signal, credentials: 'omit', redirect: 'manual' });
    if (response.type === 'opaqueredirect') return 'redirect';
    if (!response.ok || !/html/i.test(response.headers.get('content-type') ?? 'text/html')) return null;
    const html = new TextDecoder().decode((await readBodyAtMost(response, FOLLOW_UP_LIMITS.maxBytes)).bytes);
    return { doc: new DOMParser().parseFromString(html, 'text/html'), url: target.href };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
