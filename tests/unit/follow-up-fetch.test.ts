/**
 * Follow-up reads never follow a redirect (a shop could bounce them to another origin); the one
 * same-origin redirect shops commonly make, a trailing slash, is tried directly instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fetchSameOriginDocument } from '../../src/content/follow-up/fetch-page';

const window = new Window();
afterEach(() => vi.unstubAllGlobals());

function serve(pages: Record<string, 'redirect' | string>) {
  const requested: Array<{ url: string; redirect: unknown; credentials: unknown }> = [];
  vi.stubGlobal('DOMParser', window.DOMParser);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requested.push({ url, redirect: init.redirect, credentials: init.credentials });
    const page = pages[url];
    if (page === 'redirect') return { type: 'opaqueredirect', ok: false, status: 0, headers: new Headers(), body: null, text: async () => '' };
    if (page === undefined) return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
    return new Response(page, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  return requested;
}

describe('fetchSameOriginDocument', () => {
  it('tries the trailing-slash form once when the shop redirects, never following the redirect', async () => {
    const requested = serve({ 'https://shop.de/impressum': 'redirect', 'https://shop.de/impressum/': '<h1>Impressum</h1>' });
    const page = await fetchSameOriginDocument('/impressum', 'https://shop.de/p/1');
    expect(page?.url).toBe('https://shop.de/impressum/');
    expect(page?.doc.querySelector('h1')?.textContent).toBe('Impressum');
    expect(requested).toEqual([
      { url: 'https://shop.de/impressum', redirect: 'manual', credentials: 'omit' },
      { url: 'https://shop.de/impressum/', redirect: 'manual', credentials: 'omit' },
    ]);
  });

  it('gives up after the second redirect, and never asks another origin', async () => {
    const requested = serve({ 'https://shop.de/impressum/': 'redirect', 'https://shop.de/impressum': 'redirect' });
    expect(await fetchSameOriginDocument('/impressum/', 'https://shop.de/')).toBeNull();
    expect(await fetchSameOriginDocument('https://evil.example/impressum', 'https://shop.de/')).toBeNull();
    expect(requested.map((r) => r.url)).toEqual(['https://shop.de/impressum/', 'https://shop.de/impressum']);
  });
});
