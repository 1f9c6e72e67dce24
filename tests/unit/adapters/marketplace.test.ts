import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, score } from '../../../src/engine';
import { evidenceText, factsFor } from '../../helpers';
import { corpusFacts, corpusIndex, describeRealPages, variantFacts } from '../../real-pages';

const amazonPages = corpusIndex().filter((e) => e.site.startsWith('amazon'));
/** Where the buy box names the seller differently from the index's `seller` (which names the brand). */
const SELLER_AS_SHOWN: Record<string, string> = { 'pages/amazon-com-sainsmart-2024.html': 'SainSmart Official' };

describeRealPages('Amazon adapter on the real pages of the shared corpus', () => {
  it('the corpus has Amazon pages to test', () => {
    expect(amazonPages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(amazonPages.map((e) => [e.file, e] as const))('%s: seller matches the page, listing is not high', async (file, entry) => {
    const facts = await corpusFacts(file, entry.url);
    expect(facts.pageType.pageType).toBe('product');
    const m = facts.marketplace;
    expect(m?.marketplace).toBe('amazon');
    expect(m?.seller.name ?? null).toBe(SELLER_AS_SHOWN[file] ?? entry.seller ?? null);
    if (entry.seller === null) expect(m?.fieldsMissing).toContain('seller'); // unavailable item: says so, guesses nothing
    expect(score(facts).level).not.toBe('high');
  });

  it('reads sold-by / ships-from, seller id and profile link (de and en layouts)', async () => {
    const de = await corpusFacts('pages/amazon-de-printer.html', 'https://www.amazon.de/dp/B07TXRHFYS');
    expect(de.marketplace?.seller).toMatchObject({ name: 'Thorberg', id: 'AFHPKJP6PSK4G', shipsFrom: 'Thorberg', isMarketplace: false });
    expect(de.marketplace?.seller.profileUrl).toContain('/sp?');
    const en = await corpusFacts('pages/amazon-de-washer-en.html', 'https://www.amazon.de/-/en/dp/B092LGG221');
    expect(en.marketplace?.seller).toMatchObject({ name: 'Midea Europe', shipsFrom: 'Amazon' });
    const fr = await corpusFacts('pages/amazon-fr-chromebook.html', 'https://www.amazon.fr/dp/B08RJGPSK6');
    expect(fr.marketplace?.seller).toMatchObject({ name: 'Amazon Warehouse', isMarketplace: true, shipsFrom: 'Amazon' });
  });

  it('a brand-new seller with a WhatsApp number in the title is flagged (variant of a real page)', async () => {
    const facts = await variantFacts('amazon-new-seller-offplatform-de.html', 'https://www.amazon.de/dp/B07TXRHFYS');
    expect(facts.marketplace?.seller).toMatchObject({ name: 'XKQZWPLM Trading', newSellerMarker: 'Neu bei Amazon' });
    const ids = score(facts).reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['marketplace-new-seller', 'marketplace-off-platform']));
    expect(score(facts).level).toBe('high');
  });
});

describe('Amazon seller profile (own pages after amazon.de’s profile layout)', () => {
  it('reads trader details from a seller profile, and flags missing details and a failing VAT id', async () => {
    const good = await factsFor('pages/amazon/seller-profile-complete-de.html', 'https://www.amazon.de/sp?seller=AFHPKJP6PSK4G');
    expect(good.marketplace?.trader).toMatchObject({ businessName: 'Thorberg GmbH', vatId: 'DE811569869', vatValid: true, address: 'Werftstraße 12, 24148 Kiel, DE' });
    expect(good.marketplace?.seller).toMatchObject({ ratingCount: 2314, positivePercent: 98 });
    expect(score(good).reasons).toEqual([]);
    const bad = await factsFor('pages/amazon/seller-profile-missing-de.html', 'https://www.amazon.de/sp?seller=A9NEWSELLER01');
    const reasons = score(bad).reasons;
    expect(evidenceText(reasons.find((r) => r.id === 'marketplace-trader-details'))).toEqual(['no trader details (business name, address) shown']);
    expect(reasons.map((r) => r.id)).toContain('marketplace-new-seller');
    expect(score(bad).level).toBe('high');
  });
});

describeRealPages('Amazon adapter on more real pages (amazon.com / .co.uk, 2019 and 2024 buy boxes)', () => {
  it.each([
    ['pages/amazon-com-sainsmart-2024.html', 'https://www.amazon.com/SainSmart-101-70-101-4-Channel-Relay-Module/dp/B0057OC5O8', { name: 'SainSmart Official', id: 'A1CJB5SYI9X4XC', shipsFrom: 'Amazon' }, 899, 'USD'],
    ['pages/amazon-com-directchangm-2019.html', 'https://www.amazon.com/Lighting-Fixture-Plaster-Conservatory-Dimmable/dp/B07G2L3JMM', { name: 'Direct ChangM', id: 'A3EL5JZNMT8SZ7', shipsFrom: 'Amazon' }, 2999, 'USD'],
    ['pages/amazon-co-uk-used-book-2024.html', 'https://www.amazon.co.uk/Vegetable-Perfection-delicious-recipes-shoots/dp/1849757097', { name: 'Goldstone-Books', id: 'A2NQK4TIWYJD6B', shipsFrom: null }, 445, 'GBP'],
  ] as const)('%s: seller, ships-from and price as on the page; not high', async (file, url, seller, cents, currency) => {
    const facts = await corpusFacts(file, url);
    expect(facts.marketplace?.seller).toMatchObject({ ...seller, isMarketplace: false, sellerType: 'business' });
    expect(facts.marketplace).toMatchObject({ priceCents: cents, currency });
    // Its profile link is where the follow-up reads the trader details.
    expect(facts.marketplace?.seller.profileUrl).toContain(`seller=${seller.id}`);
    if (seller.shipsFrom === null) expect(facts.marketplace?.fieldsMissing).toEqual(['shipsFrom']);
    expect(score(facts).level).toBe('low');
  });
});

describe('Amazon mobile layout (own page after the mobile ids; no saved real mobile page)', () => {
  it('reads seller, id, ships-from and price from the mobile buy box', async () => {
    const facts = await factsFor('pages/amazon/mobile-listing-de.html', 'https://www.amazon.de/dp/B0MOBILE01');
    expect(facts.marketplace?.seller).toMatchObject({ name: 'VoltMax Store', id: 'A1MOBILE00001', shipsFrom: 'Amazon', isMarketplace: false });
    expect(facts.marketplace).toMatchObject({ title: 'Powerbank 20000mAh USB-C Schnellladen', priceCents: 2499, currency: 'EUR', fieldsMissing: [] });
    expect(score(facts).level).toBe('low');
  });
});

describeRealPages('eBay adapter on a real page', () => {
  it('reads the seller card of a saved real ebay.com item page (2025 layout) and does not warn', async () => {
    const facts = await corpusFacts('pages/ebay-com-item-226771798286.html', 'https://www.ebay.com/itm/226771798286');
    expect(facts.marketplace?.seller).toMatchObject({ name: 'salomon0651', ratingCount: 113, positivePercent: 100, memberSince: 'Aug 2007', memberSinceDate: '2007-08-01', sellerType: null, itemLocation: 'Paris, France', profileUrl: 'https://www.ebay.com/usr/salomon0651' });
    expect(facts.marketplace).toMatchObject({ priceCents: 350000, currency: 'EUR', fieldsMissing: [] });
    // The site menu's "Gift Cards" is a product category, not a payment method.
    expect(facts.payment?.methods).not.toContain('gift-card');
    expect(score(facts).reasons).toEqual([]);
  });
});

describe('eBay adapter on our own pages', () => {
  it('reads an established seller’s card and does not warn', async () => {
    const facts = await factsFor('pages/ebay/item-established-de.html', 'https://www.ebay.de/itm/1234567890');
    expect(facts.marketplace?.seller).toMatchObject({ name: 'werkzeug-kontor', ratingCount: 24518, positivePercent: 99.8, itemLocation: 'Hannover, Deutschland' });
    expect(facts.marketplace?.priceCents).toBe(11900);
    expect(score(facts).level).toBe('low');
  });

  it('flags a zero-feedback seller asking for e-mail contact (en)', async () => {
    const facts = await factsFor('pages/ebay/item-new-offplatform-en.html', 'https://www.ebay.co.uk/itm/99887766');
    const ids = score(facts).reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['marketplace-new-seller', 'marketplace-off-platform']));
    expect(score(facts).level).toBe('high');
  });

  it('reads the seller’s legal information on the profile page', async () => {
    const facts = await factsFor('pages/ebay/seller-profile-de.html', 'https://www.ebay.de/str/werkzeugkontor');
    expect(facts.marketplace?.trader).toMatchObject({ businessName: 'Werkzeug-Kontor Nord GmbH', vatValid: true, registerNumber: 'HRB 54321' });
    expect(facts.marketplace?.seller.sellerType).toBe('business');
    expect(facts.marketplace?.seller.memberSince).toBe('14. Mär 2009');
    expect(score(facts).reasons).toEqual([]);
  });

  it('a page whose seller card cannot be read reports the missing fields and flags nothing (eBay)', async () => {
    const facts = await factsFor('pages/shops/blog-not-shop-en.html', 'https://www.ebay.de/itm/555');
    expect(facts.marketplace?.fieldsMissing).toEqual(expect.arrayContaining(['seller', 'ratingCount']));
    expect(score(facts).reasons.filter((r) => r.id.startsWith('marketplace-'))).toEqual([]);
  });
});

describeRealPages('Kleinanzeigen adapter on a real ad and its variant', () => {
  const AD = 'https://www.kleinanzeigen.de/s-anzeige/moeblierte-2-wg-souterrainwohnung-mit-viel-zusatzflaeche/3381091635-199-6431';

  it('reads who offers a saved real ad (private user, active since 2016) and does not warn', async () => {
    const facts = await corpusFacts('pages/kleinanzeigen-de-ad-3381091635.html', AD);
    expect(facts.marketplace).toMatchObject({ marketplace: 'kleinanzeigen', priceCents: 78000, listPriceCents: null, fieldsMissing: [] });
    expect(facts.marketplace?.seller).toMatchObject({ name: 'Georg R.', id: '37235618', sellerType: 'private', memberSince: '23.02.2016', memberSinceDate: '2016-02-23', itemLocation: '80689 München - Hadern' });
    expect(score(facts, { ...DEFAULT_CONFIG, now: Date.parse('2026-11-25') }).reasons).toEqual([]);
  });

  it('flags a week-old account asking for PayPal friends & family and WhatsApp (variant of the real ad)', async () => {
    const facts = await variantFacts('kleinanzeigen-scam-ad-de.html', AD);
    expect(facts.marketplace).toMatchObject({ unprotectedPayment: ['PayPal Freunde & Familie'], offPlatformContact: ['WhatsApp +49 176 12345678'] });
    expect(facts.marketplace?.seller.id).toBe('90000001');
    const result = score(facts, { ...DEFAULT_CONFIG, now: Date.parse('2026-11-25') });
    // The struck-out 1.199 € is the seller's own earlier price, not a list price: no list-price rule;
    // but a new iPhone 15 Pro at 299 € from a week-old account is below any retailer's price (issue 15).
    expect(result.reasons.map((r) => r.id)).toEqual(['marketplace-off-platform', 'marketplace-new-seller-bargain', 'marketplace-new-seller']);
    expect(result.level).toBe('high');
  });
});
