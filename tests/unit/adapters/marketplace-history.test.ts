import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, score } from '../../../src/engine';
import { evidenceText, factsFor } from '../../helpers';
import { corpusFacts, describeRealPages, variantFacts } from '../../real-pages';

/** The engine has no clock; these tests read the pages "on" a fixed day. */
const ON_2026_11_25 = { ...DEFAULT_CONFIG, now: Date.parse('2026-11-25T12:00:00Z') };

describe('Seller history: dormant accounts and account age', () => {
  it('an Amazon profile whose ratings are all older than 12 months is flagged as a dormant account', async () => {
    const facts = await factsFor('pages/amazon/seller-profile-dormant-de.html', 'https://www.amazon.de/sp?seller=A2DORMANT0001');
    expect(facts.marketplace?.seller).toMatchObject({ ratingCount: 214, ratingsLast12Months: 0 });
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-dormant-seller');
    expect(evidenceText(reason)).toEqual(['214 ratings in total, none in the last 12 months']);
  });

  it('an active Amazon seller (ratings in the last 12 months) is not dormant', async () => {
    const facts = await factsFor('pages/amazon/seller-profile-complete-de.html', 'https://www.amazon.de/sp?seller=AFHPKJP6PSK4G');
    expect(facts.marketplace?.seller.ratingsLast12Months).toBe(2314);
    expect(score(facts, ON_2026_11_25).reasons).toEqual([]);
  });

  it('an eBay profile that joined in 2011 and has no feedback in 12 months is dormant, with the join date as evidence', async () => {
    const facts = await factsFor('pages/ebay/seller-profile-dormant-en.html', 'https://www.ebay.com/usr/vintage_cameras_mk');
    expect(facts.marketplace?.seller).toMatchObject({ ratingCount: 87, ratingsLast12Months: 0, memberSince: 'Mar 2011', memberSinceDate: '2011-03-01' });
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-dormant-seller');
    expect(evidenceText(reason)).toEqual(['87 ratings in total, none in the last 12 months', 'member since Mar 2011']);
  });

  it('an eBay profile with feedback in the last 12 months sums positive, neutral and negative, is not dormant, and (type not shown) is not blamed for lacking trader details', async () => {
    const facts = await factsFor('pages/ebay/seller-profile-active-en.html', 'https://www.ebay.com/usr/salomon0651');
    expect(facts.marketplace?.seller).toMatchObject({ ratingCount: 113, ratingsLast12Months: 41 });
    expect(score(facts, ON_2026_11_25).reasons).toEqual([]);
  });
});

describeRealPages('Seller history on a variant of a real Kleinanzeigen ad', () => {
  it('a Kleinanzeigen account active for a week counts as new; without a clock the age is not judged', async () => {
    const facts = await variantFacts('kleinanzeigen-scam-ad-de.html', 'https://www.kleinanzeigen.de/s-anzeige/iphone-15-pro/3381091635-173-6431');
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-new-seller');
    expect(evidenceText(reason)).toEqual(['member since 18.11.2026 (7 days)']);
    expect(score(facts, DEFAULT_CONFIG).reasons.map((r) => r.id)).not.toContain('marketplace-new-seller');
  });
});

describe('Address country vs what the seller claims', () => {
  it('a “GmbH” with an HRB number but a business address in China is flagged, quoting both', async () => {
    const facts = await factsFor('pages/amazon/seller-profile-origin-mismatch-de.html', 'https://www.amazon.de/sp?seller=A3ORIGIN00001');
    expect(facts.marketplace?.trader).toMatchObject({ country: 'CN', countryCode: 'CN' });
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-origin-mismatch');
    expect(evidenceText(reason)).toEqual([
      '“Berlin Technik Handels GmbH”, but the business address is in CN',
      '“HRB 204518”, but the business address is in CN',
    ]);
  });

  it('“Versand aus Deutschland” in an eBay title while the item is located in China is flagged', async () => {
    const facts = await factsFor('pages/ebay/item-origin-claim-de.html', 'https://www.ebay.de/itm/1122334455');
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-origin-mismatch');
    expect(evidenceText(reason)).toEqual(['“Versand aus Deutschland”, but the item is located in Shenzhen, China']);
  });

  it('a Chinese company with a German VAT number and a Chinese address is consistent and not flagged', async () => {
    const facts = await factsFor('pages/amazon/seller-profile-foreign-de.html', 'https://www.amazon.de/sp?seller=A4FOREIGN0001');
    expect(facts.marketplace?.trader?.countryCode).toBe('CN');
    expect(score(facts, ON_2026_11_25).reasons).toEqual([]);
  });

  it('German sellers with German addresses (Amazon “DE”, eBay “Deutschland”) are consistent', async () => {
    const amazon = await factsFor('pages/amazon/seller-profile-complete-de.html', 'https://www.amazon.de/sp?seller=AFHPKJP6PSK4G');
    const ebay = await factsFor('pages/ebay/seller-profile-de.html', 'https://www.ebay.de/str/werkzeugkontor');
    expect([amazon.marketplace?.trader?.countryCode, ebay.marketplace?.trader?.countryCode]).toEqual(['DE', 'DE']);
    expect(score(ebay, ON_2026_11_25).reasons).toEqual([]);
  });
});

describeRealPages('Price vs the other offers on the same listing (real Amazon markup)', () => {
  it('reads the other sellers’ offers of the saved printer and washer pages', async () => {
    const printer = await corpusFacts('pages/amazon-de-printer.html', 'https://www.amazon.de/dp/B07TXRHFYS');
    expect(printer.marketplace?.otherOffers).toEqual([{ priceCents: 57001, seller: 'Amazon' }]);
    expect(printer.marketplace).toMatchObject({ priceCents: 59900, currency: 'EUR' });
    const washer = await corpusFacts('pages/amazon-de-washer-en.html', 'https://www.amazon.de/-/en/dp/B092LGG221');
    expect(washer.marketplace?.otherOffers).toEqual([{ priceCents: 39900, seller: 'Amazon' }]);
    expect(score(printer, ON_2026_11_25).reasons.map((r) => r.id)).not.toContain('marketplace-price-below-offers');
  });

  it('a seller at 239 € while Amazon sells the same printer for 570.01 € is flagged (variant of the real page)', async () => {
    const facts = await variantFacts('amazon-below-offers-de.html', 'https://www.amazon.de/dp/B07TXRHFYS');
    const reason = score(facts, ON_2026_11_25).reasons.find((r) => r.id === 'marketplace-price-below-offers');
    expect(evidenceText(reason)).toEqual(['€239.00 here, another seller: €570.01 (−58%)']);
  });
});

describeRealPages('Scarce medical goods from a third-party seller (real Amazon markup)', () => {
  it('reads the listing’s own title and price (not the page’s first <h1>) and flags gouging and missing CE/EN marks', async () => {
    const facts = await variantFacts('amazon-ffp2-gouging-de.html', 'https://www.amazon.de/dp/B07TXRHFYS');
    expect(facts.medical).toMatchObject({ category: 'ffp2-mask', quantity: 10, unitCents: 800, hasEn149: false });
    const result = score(facts, ON_2026_11_25);
    expect(result.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['medical-price-gouging', 'medical-mask-unmarked']));
    expect(result.level).not.toBe('low');
  });
});
