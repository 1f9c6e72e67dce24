/**
 * The background trusts no claim about which site a message is about (issue #18): the site is
 * derived from the sending frame, which must be a tab's top frame showing an active http(s)
 * document, and claims that disagree with it are refused.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

vi.mock('../../src/shared/platform', () => ({ browser: { runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext/${p}` } } }));
const { checkSellerClaim, checkSiteClaim, checkUrlClaim, contentSenderOf } = await import('../../src/background/sender');

const sender = (over: Partial<Runtime.MessageSender> & { documentLifecycle?: string } = {}): Runtime.MessageSender =>
  ({ id: 'ext', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: 'https://www.masken-discount24.de/kasse?x=1#pay', ...over }) as Runtime.MessageSender;

describe('content senders', () => {
  it('derives tab, host and site from the sending frame', () => {
    expect(contentSenderOf(sender())).toEqual({ tabId: 7, url: 'https://www.masken-discount24.de/kasse?x=1#pay', tabUrl: null, host: 'www.masken-discount24.de', site: 'masken-discount24.de' });
  });

  it.each([
    ['a subframe', { frameId: 3 }],
    ['no tab', { tab: undefined }],
    ['a prerendered document', { documentLifecycle: 'prerender' }],
    ['a document in the back/forward cache', { documentLifecycle: 'cached' }],
    ['an extension page', { url: 'chrome-extension://ext/src/popup/index.html' }],
    ['a file: page', { url: 'file:///tmp/shop.html' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
  ])('refuses %s', (_what, over) => {
    expect(contentSenderOf(sender(over as Partial<Runtime.MessageSender>))).toBeNull();
  });

  it('accepts an active document (Chrome says so; Firefox does not say)', () => {
    expect(contentSenderOf(sender({ documentLifecycle: 'active' }))).not.toBeNull();
  });
});

describe('claims checked against the sender', () => {
  const from = contentSenderOf(sender())!;

  it('a page URL must be the sender’s own document (the fragment aside)', () => {
    expect(() => checkUrlClaim(from, 'https://www.masken-discount24.de/kasse?x=1')).not.toThrow();
    for (const other of ['https://victim-shop.de/kasse?x=1', 'https://www.masken-discount24.de/kasse?x=2', 'http://www.masken-discount24.de/kasse?x=1', 'not a url']) {
      expect(() => checkUrlClaim(from, other)).toThrow(/url/);
    }
  });

  it('after pushState the tab’s current URL counts, on the frame’s own origin only', () => {
    const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    const spa = contentSenderOf(sender({ tab: { ...tab, url: 'https://www.masken-discount24.de/about-us' } }))!;
    expect(() => checkUrlClaim(spa, 'https://www.masken-discount24.de/about-us')).not.toThrow();
    expect(() => checkUrlClaim(spa, 'https://www.masken-discount24.de/other')).toThrow(/url/);
    const moved = contentSenderOf(sender({ tab: { ...tab, url: 'https://victim-shop.de/p/1' } }))!;
    expect(() => checkUrlClaim(moved, 'https://victim-shop.de/p/1')).toThrow(/url/);
  });

  it('a site must be the sender’s registrable domain', () => {
    expect(() => checkSiteClaim(from, 'masken-discount24.de')).not.toThrow();
    expect(() => checkSiteClaim(from, 'victim-shop.de')).toThrow(/site/);
    expect(() => checkSiteClaim(from, 'www.masken-discount24.de')).toThrow(/site/);
  });

  it('a seller key must be well-formed for its marketplace and come from that marketplace', () => {
    const amazon = contentSenderOf(sender({ url: 'https://www.amazon.de/dp/B0TEST' }))!;
    const ebay = contentSenderOf(sender({ url: 'https://www.ebay.de/itm/1' }))!;
    const kleinanzeigen = contentSenderOf(sender({ url: 'https://www.kleinanzeigen.de/s-anzeige/x/1' }))!;
    expect(() => checkSellerClaim(amazon, 'amazon:A1HU50MU6HH3XH')).not.toThrow();
    expect(() => checkSellerClaim(ebay, 'ebay:salomon0651')).not.toThrow();
    expect(() => checkSellerClaim(kleinanzeigen, 'kleinanzeigen:12345678')).not.toThrow();
    // From another site, with a malformed id, or for another marketplace: refused.
    expect(() => checkSellerClaim(from, 'amazon:A1HU50MU6HH3XH')).toThrow(/seller/);
    expect(() => checkSellerClaim(amazon, 'ebay:salomon0651')).toThrow(/seller/);
    for (const bad of ['amazon:a1hu50mu6hh3xh', 'amazon:A1', 'amazon:A1HU50MU6HH3XH/../x', 'amazon:', 'amazon', 'etsy:A1HU50MU6HH3XH']) {
      expect(() => checkSellerClaim(amazon, bad)).toThrow(/seller/);
    }
    expect(() => checkSellerClaim(kleinanzeigen, 'kleinanzeigen:12a')).toThrow(/seller/);
    expect(() => checkSellerClaim(ebay, 'ebay:has space')).toThrow(/seller/);
  });
});
