/**
 * eBay shows an item's description in a frame served from its own description host (ebaydesc.com);
 * the listing's document does not contain it, and the content script may not read that frame. The
 * background fetches it — the page loads the very same address itself — bounded in time and size,
 * without cookies, and only from eBay's description hosts. The content script parses it (no DOM here).
 */
export const DESCRIPTION_LIMITS = { maxBytes: 1_000_000, timeoutMs: 3_000 } as const;

const DESCRIPTION_HOSTS = ['ebaydesc.com'];

/** Only https addresses on eBay's description hosts; anything else is refused. */
export function isDescriptionUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.port && DESCRIPTION_HOSTS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

export async function fetchListingDescription(raw: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  if (!isDescriptionUrl(raw)) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DESCRIPTION_LIMITS.timeoutMs);
  try {
    const response = await fetchImpl(raw, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    if (!response.ok || !isDescriptionUrl(response.url || raw) || !/html/i.test(response.headers.get('content-type') ?? 'text/html')) return null;
    return (await response.text()).slice(0, DESCRIPTION_LIMITS.maxBytes);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
