/**
 * Issue 15, class 2: the per-site evidence profile. Pages are replayed through the background's
 * own judgement (src/background/site/judge.ts, the CLI's path too) with an in-memory store, so each
 * verdict is the one the popup would have shown at that moment.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { familyOf } from '../../src/engine/rules/families';
import { analyseFile, analyseHtml, newReplay, type Replay } from '../../src/cli/analyse-file';
import { emptyProfile, profilePageOf, upsertPage } from '../../src/background/site/profile';
import { idbProfileStore, memoryProfileStore } from '../../src/background/site/profile-store';
import { openDatabase } from '../../src/shared/db/database';
import { PROFILE_LIMITS, type SiteProfile } from '../../src/shared/site-profile';
import type { EngineConfig } from '../../src/engine';
import type { Reason } from '../../src/shared/result';
import { FIXTURES } from '../helpers';
import { describeRealPages, variantPath } from '../real-pages';

const SHOP = 'https://www.polsterhaus-kuehn.de';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 10);
const config = (now = T0, siteMark: EngineConfig['siteMark'] = null): EngineConfig => ({ sensitivity: 'normal', siteMark, now });

/** Replay a browsing session: each step is [fixture or inline HTML, URL], judged in order against one store. */
async function replay(store: Replay, steps: Array<[string, string]>, now = T0) {
  const results = [];
  for (const [page, url] of steps) {
    const file = page.startsWith('/') ? page : `${FIXTURES}/${page}`;
    const analysis = page.startsWith('<') ? await analyseHtml(page, url, config(now), store) : await analyseFile(file, url, config(now), store);
    results.push(analysis.result);
  }
  return results;
}
const ids = (result: { reasons: Reason[] } | null | undefined) => (result?.reasons ?? []).map((r) => r.id);
const sourceOf = (result: { reasons: Reason[] } | null | undefined, id: string) => result?.reasons.find((r) => r.id === id)?.source?.path;

describe('a site is judged on what all its pages showed', () => {
  it('a failing VAT id on the Impressum, “Vorkasse only” in the FAQ and 85 % off on the home page add up, each naming its page', async () => {
    const store = newReplay();
    const [impressum, faq, home] = await replay(store, [
      ['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`],
      ['pages/profile-shop/faq.html', `${SHOP}/faq.html`],
      ['pages/profile-shop/index.html', `${SHOP}/`],
    ]);
    expect(ids(impressum)).toEqual(['vat-id-invalid', 'impressum-incomplete', 'contact-free-mail']);
    expect(ids(faq)).toContain('prepayment-only');
    expect(home?.level).toBe('high');
    expect(sourceOf(home, 'vat-id-invalid')).toBe('/impressum.html');
    expect(sourceOf(home, 'prepayment-only')).toBe('/faq.html');
    expect(sourceOf(home, 'prices-too-good')).toBe('/');
  });

  it('each of those pages alone is judged on itself only (a first visit)', async () => {
    for (const [page, path] of [['faq', '/faq.html'], ['index', '/']] as const) {
      const [alone] = await replay(newReplay(), [[`pages/profile-shop/${page}.html`, `${SHOP}${path}`]]);
      expect(alone?.level).toBe('medium');
      // One piece of evidence (one family: a big discount may also be an implausible price).
      expect(new Set(ids(alone).map(familyOf)).size).toBe(1);
    }
    const [product] = await replay(newReplay(), [['pages/profile-shop/product.html', `${SHOP}/product.html`]]);
    expect(product).toMatchObject({ level: 'low', reasons: [] });
  });

  it('a product page visited after the Impressum carries the Impressum’s evidence', async () => {
    const [, product] = await replay(newReplay(), [
      ['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`],
      ['pages/profile-shop/product.html', `${SHOP}/product.html`],
    ]);
    expect(product?.level).toBe('high');
    expect(product?.reasons.every((r) => r.source?.path === '/impressum.html' && r.source.via === 'visited')).toBe(true);
  });

  it('another site’s pages never count', async () => {
    const store = newReplay();
    const [, other] = await replay(store, [
      ['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`],
      ['pages/profile-shop/product.html', 'https://www.polster-becker.de/product.html'],
    ]);
    expect(other).toMatchObject({ level: 'low', reasons: [] });
  });

  it('a contact page without shop evidence gets the site’s verdict once the site has shown it sells, and none before', async () => {
    const store = newReplay();
    const [before, , after] = await replay(store, [
      ['pages/profile-shop/kontakt.html', `${SHOP}/kontakt.html`],
      ['pages/profile-shop/index.html', `${SHOP}/`],
      ['pages/profile-shop/kontakt.html', `${SHOP}/kontakt.html`],
    ]);
    expect(before).toBeNull();
    expect(after?.level).toBe('medium');
    expect(sourceOf(after, 'prices-too-good')).toBe('/');
  });

  it('a site that never showed a sign of selling is not scored and nothing is kept about it', async () => {
    const store = newReplay();
    const [impressum] = await replay(store, [['pages/impressum-shop/impressum.html', 'https://www.werkzeugprofi.example.de/impressum.html']]);
    expect(impressum).toBeNull();
    expect(await store.profiles.get('werkzeugprofi.example.de')).toBeNull();
  });

  it('each rule counts once, with its strongest finding', async () => {
    const page = (was: string, now: string) => `<html><body><a href="/warenkorb">Warenkorb</a><a href="/impressum">Impressum</a><a href="/agb">AGB</a><a href="/widerruf">Widerruf</a><p><del>${was} €</del> ${now} €</p><button>In den Warenkorb</button></body></html>`;
    const [, second] = await replay(newReplay(), [
      [page('100,00', '45,00'), `${SHOP}/a`],
      [page('100,00', '20,00'), `${SHOP}/b`],
    ]);
    expect(second?.reasons.filter((r) => r.id === 'prices-too-good')).toHaveLength(1);
    expect(sourceOf(second, 'prices-too-good')).toBe('/b');
    const [, third] = await replay(newReplay(), [
      [page('100,00', '20,00'), `${SHOP}/b`],
      [page('100,00', '45,00'), `${SHOP}/a`],
    ]);
    expect(sourceOf(third, 'prices-too-good')).toBe('/b');
  });
});

describe('warnings about something missing are not carried over when another page contradicts them', () => {
  const NO_LEGAL = '<html><body><a href="/warenkorb">Warenkorb</a><h1>Sofa</h1><p>299,00 €</p><button>In den Warenkorb</button><p>Zahlung nur per Vorkasse.</p></body></html>';
  const WITH_LEGAL = '<html><body><a href="/warenkorb">Warenkorb</a><h1>Sessel</h1><p>99,00 €</p><button>In den Warenkorb</button><footer><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/widerruf">Widerrufsbelehrung</a></footer></body></html>';
  const PAYPAL = '<html><body><a href="/warenkorb">Warenkorb</a><h1>Tisch</h1><p>149,00 €</p><button>In den Warenkorb</button><p>Bezahlen Sie bequem mit PayPal oder auf Rechnung.</p></body></html>';

  it('“no Impressum link” goes once another page linked it, in either order', async () => {
    const [alone] = await replay(newReplay(), [[NO_LEGAL, `${SHOP}/sofa`]]);
    expect(ids(alone)).toEqual(expect.arrayContaining(['impressum-missing', 'legal-pages-missing']));
    const [, later] = await replay(newReplay(), [[WITH_LEGAL, `${SHOP}/sessel`], [NO_LEGAL, `${SHOP}/sofa`]]);
    expect(ids(later)).not.toContain('impressum-missing');
    expect(ids(later)).not.toContain('legal-pages-missing');
    const [, earlier] = await replay(newReplay(), [[NO_LEGAL, `${SHOP}/sofa`], [WITH_LEGAL, `${SHOP}/sessel`]]);
    expect(ids(earlier)).not.toContain('impressum-missing');
  });

  it('“prepayment only” goes once another page offered PayPal or invoice; “Vorkasse” elsewhere keeps it', async () => {
    const [, , withPaypal] = await replay(newReplay(), [[NO_LEGAL, `${SHOP}/sofa`], [NO_LEGAL.replace('Sofa', 'Bett'), `${SHOP}/bett`], [PAYPAL, `${SHOP}/tisch`]]);
    expect(ids(withPaypal)).not.toContain('prepayment-only');
    const [, onlyPrepayment] = await replay(newReplay(), [[NO_LEGAL, `${SHOP}/sofa`], [NO_LEGAL.replace('Sofa', 'Bett'), `${SHOP}/bett`]]);
    expect(ids(onlyPrepayment)).toContain('prepayment-only');
  });

  it('a free-mail-only contact goes once another page showed the shop’s own address; evidence of a fault stays', async () => {
    const store = newReplay();
    const own = '<html><body><a href="/warenkorb">Warenkorb</a><h1>Kontakt</h1><p>E-Mail: service@polsterhaus-kuehn.de</p></body></html>';
    const [impressum, contact] = await replay(store, [['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`], [own, `${SHOP}/kontakt`]]);
    expect(ids(impressum)).toContain('contact-free-mail');
    expect(ids(contact)).not.toContain('contact-free-mail');
    expect(ids(contact)).toEqual(expect.arrayContaining(['vat-id-invalid', 'impressum-incomplete']));
  });
});

describe('the checkout guard reads the same profile', () => {
  it('PayPal advertised on the product page but gone at checkout; the product page’s reasons come along', async () => {
    const shop = 'https://www.masken-discount24.de';
    const [product, checkout] = await replay(newReplay(), [
      ['pages/fakeshop-checkout/product.html', `${shop}/product.html`],
      ['pages/fakeshop-checkout/kasse.html', `${shop}/kasse.html`],
    ]);
    expect(ids(product)).toContain('prices-too-good');
    expect(checkout?.level).toBe('high');
    expect(sourceOf(checkout, 'checkout-methods-vanished')).toBe('/kasse.html');
    expect(sourceOf(checkout, 'prices-too-good')).toBe('/product.html');
    expect(ids(checkout)).not.toContain('prepayment-only'); // PayPal on the product page contradicts it; the vanishing is the reason
  });

  it('a trusted shop stays low, its reasons still visible', async () => {
    const store = newReplay();
    await replay(store, [['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`]]);
    const trusted = await analyseFile(`${FIXTURES}/pages/profile-shop/product.html`, `${SHOP}/product.html`, config(T0, 'trusted'), store);
    expect(trusted.result).toMatchObject({ level: 'low', score: 0 });
    expect(ids(trusted.result)).toEqual(expect.arrayContaining(['user-trusted', 'vat-id-invalid']));
  });
});

describeRealPages('marketplaces', () => {
  it('a listing is judged per seller and never feeds the marketplace’s site profile', async () => {
    const store = newReplay();
    await replay(store, [[variantPath('kleinanzeigen-scam-ad-de.html'), 'https://www.kleinanzeigen.de/s-anzeige/iphone/3381091635-173-6431']]);
    expect((await store.profiles.get('kleinanzeigen:90000001'))?.kind).toBe('seller');
    expect(await store.profiles.get('kleinanzeigen.de')).toBeNull();
  });
});

describe('bounds and expiry', () => {
  it('evidence older than 30 days is neither used nor kept; the site then has to show again that it sells', async () => {
    const store = newReplay();
    await replay(store, [['pages/profile-shop/impressum.html', `${SHOP}/impressum.html`]], T0);
    const [within] = await replay(store, [['pages/profile-shop/product.html', `${SHOP}/product.html`]], T0 + 29 * DAY);
    expect(ids(within)).toContain('vat-id-invalid');
    const [after] = await replay(store, [['pages/profile-shop/product.html', `${SHOP}/product.html`]], T0 + 61 * DAY);
    expect(after).toMatchObject({ level: 'low', reasons: [] });
    expect((await store.profiles.get('polsterhaus-kuehn.de'))?.pages.map((p) => p.path)).toEqual(['/product.html']);
    const [contact] = await replay(store, [['pages/profile-shop/kontakt.html', `${SHOP}/kontakt.html`]], T0 + 100 * DAY);
    expect(contact).toBeNull();
  });

  it('keeps at most 25 pages a site; the oldest pages without warning signs go first', () => {
    const subject = { key: 'polsterhaus-kuehn.de', kind: 'shop' as const, label: 'polsterhaus-kuehn.de' };
    let profile: SiteProfile = emptyProfile(subject, 'www.polsterhaus-kuehn.de', T0);
    const reason: Reason = { id: 'vat-id-invalid', severity: 'danger', kind: 'fake', points: 40, messageKey: 'reasonVatIdInvalid', subs: [], evidence: [] };
    const page = (path: string, reasons: Reason[]) => profilePageOf({ path, via: 'visited', facts: { url: `${SHOP}${path}`, host: 'www.polsterhaus-kuehn.de', lang: 'de', pageType: { pageType: 'product', shopEvidence: ['x'] }, extraction: { elapsedMs: 0, truncated: false, failed: [] } } }, reasons, T0);
    profile = upsertPage(profile, { ...page('/impressum', [reason]), seenAt: T0 }, T0);
    for (let i = 0; i < 40; i++) profile = upsertPage(profile, { ...page(`/p/${i}`, []), seenAt: T0 + i + 1 }, T0 + i + 1);
    expect(profile.pages).toHaveLength(PROFILE_LIMITS.pagesPerSite);
    expect(profile.pages.map((p) => p.path)).toContain('/impressum');
    expect(profile.pages.map((p) => p.path)).not.toContain('/p/0');
  });

  it('a page visited is not replaced by the same page read as a follow-up', () => {
    const subject = { key: 'polsterhaus-kuehn.de', kind: 'shop' as const, label: 'polsterhaus-kuehn.de' };
    const facts = { url: `${SHOP}/impressum`, host: 'www.polsterhaus-kuehn.de', lang: 'de', pageType: { pageType: 'legal' as const, shopEvidence: ['cart link'] }, extraction: { elapsedMs: 0, truncated: false, failed: [] } };
    const visited = profilePageOf({ path: '/impressum', via: 'visited', facts }, [], T0);
    const read = profilePageOf({ path: '/impressum', via: 'read', facts }, [], T0 + 5);
    const profile = upsertPage(upsertPage(emptyProfile(subject, 'www.polsterhaus-kuehn.de', T0), visited, T0), read, T0 + 5);
    expect(profile.pages).toEqual([{ ...visited, seenAt: T0 + 5 }]);
  });
});

describe('profile stores', () => {
  const profile = (key: string, updatedAt: number): SiteProfile => ({ key, kind: 'shop', tld: 'de', updatedAt, pages: [] });

  for (const [name, make] of [
    ['in memory', (max: number) => memoryProfileStore(max)],
    ['IndexedDB', (max: number) => {
      const db = openDatabase(`shopwatch-profiles-${Math.random()}`);
      return idbProfileStore(() => db, max);
    }],
  ] as const) {
    it(`${name}: keeps the most recently updated sites, prunes old ones, deletes one or all`, async () => {
      const store = make(3);
      for (let i = 1; i <= 5; i++) await store.put(profile(`shop${i}.de`, i * DAY));
      expect(await store.get('shop1.de')).toBeNull();
      expect((await store.get('shop5.de'))?.updatedAt).toBe(5 * DAY);
      await store.put(profile('shop3.de', 9 * DAY)); // seen again: now the newest
      expect(await store.prune(5 * DAY)).toBe(1); // shop4
      expect(await store.get('shop3.de')).not.toBeNull();
      await store.delete('shop3.de');
      expect(await store.get('shop3.de')).toBeNull();
      await store.delete(null);
      expect(await store.get('shop5.de')).toBeNull();
    });
  }

  it('IndexedDB: a damaged record reads as unknown instead of throwing', async () => {
    const db = await openDatabase(`shopwatch-profiles-${Math.random()}`);
    await db.put('siteProfiles', { key: 'broken.de', kind: 'shop', tld: 'de', updatedAt: 'yesterday', pages: 'many' } as unknown as SiteProfile);
    await expect(idbProfileStore(async () => db).get('broken.de')).resolves.toBeNull();
  });
});
