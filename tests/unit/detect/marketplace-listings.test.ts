/**
 * Marketplace listings (issue 15, class 7): random-letter seller names on the listing, new sellers
 * selling expensive goods far below their price, requests to write or pay outside the platform in the
 * description (also eBay's description frame), and a field the adapter cannot read is never a warning.
 */
import { describe, expect, it } from 'vitest';
import { fetchListingDescription, isDescriptionUrl } from '../../../src/background/listing-description';
import { offPlatformContact, unprotectedPaymentRequests } from '../../../src/content/adapters/marketplace-text';
import { descriptionTextOf, mergeDescription } from '../../../src/content/follow-up/description-merge';
import { looksRandom } from '../../../src/engine/random-name';
import { score } from '../../../src/engine';
import { resultOf } from './page';

const NOW = Date.parse('2026-11-25T12:00:00Z');

/** An eBay item page in the current layout: seller card, price, location; description optional. */
function ebayItem({ seller = 'werkzeug-kontor', count = '(24.518)', title = 'Bosch Akku-Bohrschrauber GSR 18V', price = 'EUR 119,00', description = '', frame = '' } = {}): string {
  return `<html lang="de"><body><h1 class="x-item-title__mainTitle"><span>${title}</span></h1>
    <div class="x-price-primary"><span>${price}</span></div>
    <div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a href="/str/x"><span>${seller}</span></a></div>
      <ul><li><span>${count}</span></li><li><span>99,8 % positive Bewertungen</span></li></ul></div>
    <div><span>Artikelstandort:</span> <span>Hannover, Deutschland</span></div>${description ? `<div id="desc_div">${description}</div>` : ''}${frame}
    <button>Sofort-Kaufen</button></body></html>`;
}

describe('random-letter seller names, read on the listing', () => {
  it.each(['XKQZWPLM', 'qjxhtd_88', 'Bxlwsz-Store', 'ZHJDKFLG', 'kjdhfgw24'])('%s is flagged on an eBay listing', async (seller) => {
    const { ids } = await resultOf(ebayItem({ seller }), 'https://www.ebay.de/itm/123456');
    expect(ids).toContain('marketplace-seller-name-random');
  });

  it.each(['werkzeug-kontor', 'Schwarzkopf-Shop', 'Strumpfwerk', 'HSNstore', 'Herbstschmuck24', 'Dirndlwelt', 'TIBERION-SHOP', 'ShenZhenXinDaKeJi', 'Szczepanski_Handel', 'Fjällräven-Outlet'])('%s is not', (seller) => {
    expect(looksRandom(seller)).toBe(false);
  });
});

describe('a new seller selling an expensive item far below its usual price', () => {
  it('0 ratings and an iPhone 15 Pro for 289 € (eBay)', async () => {
    const { ids, result } = await resultOf(ebayItem({ seller: 'lena_m2026', count: '(0)', title: 'Apple iPhone 15 Pro 256GB Titan Schwarz NEU', price: 'EUR 289,00' }), 'https://www.ebay.de/itm/223344');
    expect(ids).toEqual(expect.arrayContaining(['marketplace-new-seller-bargain', 'marketplace-new-seller']));
    expect(result.level).toBe('high');
  });

  it('"Just launched" on Amazon and a list price of 1.299 € against 449 €', async () => {
    const html = `<html><body><span id="productTitle">Samsung 65" QLED Fernseher</span>
      <div id="corePriceDisplay_desktop_feature_div"><span class="a-price"><span class="a-offscreen">449,00 €</span></span><span class="a-text-price" data-a-strike="true"><span class="a-offscreen">1.299,00 €</span></span></div>
      <div id="merchant-info">Verkauf durch <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A1NEWSELLER">Gadget Deals 24</a></div>
      <div id="buybox"><span>Just launched</span></div></body></html>`;
    const { ids } = await resultOf(html, 'https://www.amazon.de/dp/B0TEST0001');
    expect(ids).toContain('marketplace-new-seller-bargain');
  });

  it.each([
    ['an established seller with the same bargain', { seller: 'handy-shop-berlin', count: '(3.412)', title: 'Apple iPhone 15 Pro 256GB', price: 'EUR 289,00' }],
    ['a new seller with an ordinary price', { seller: 'lena_m2026', count: '(0)', title: 'Apple iPhone 15 Pro 256GB', price: 'EUR 979,00' }],
    ['a new seller selling a used phone', { seller: 'lena_m2026', count: '(0)', title: 'Apple iPhone 15 Pro 256GB gebraucht', price: 'EUR 289,00' }],
    ['a new seller selling a case', { seller: 'lena_m2026', count: '(0)', title: 'Hülle für iPhone 15 Pro', price: 'EUR 12,00' }],
  ])('not flagged: %s', async (_name, item) => {
    const { ids } = await resultOf(ebayItem(item), 'https://www.ebay.de/itm/223345');
    expect(ids).not.toContain('marketplace-new-seller-bargain');
  });
});

describe('requests to write or pay outside the platform', () => {
  it.each([
    ['de', 'Bitte vor dem Kauf per WhatsApp melden, dann sende ich Fotos.'],
    ['de', 'Kontakt bitte nur über E-Mail, nicht über eBay-Nachrichten.'],
    ['de', 'Zahlung per Überweisung direkt an mich, Versand nach Zahlungseingang.'],
    ['de', 'Bezahlung außerhalb von eBay möglich, dann 10 % günstiger.'],
    ['en', 'Please contact me on WhatsApp before buying.'],
    ['en', 'Email me first, payment by bank transfer only.'],
    ['en', 'Pay me directly by bank transfer and save the fees.'],
    ['fr', 'Contactez-moi par e-mail avant l’achat. Paiement par virement.'],
    ['fr', 'Écrivez-moi sur WhatsApp, paiement PayPal amis et famille.'],
    ['nl', 'Neem eerst contact op via WhatsApp. Betaling via overschrijving.'],
    ['nl', 'Graag overmaken op mijn rekening, PayPal vrienden en familie kan ook.'],
    ['it', 'Scrivimi su WhatsApp prima dell’acquisto.'],
    ['it', 'Pagamento tramite bonifico anticipato, PayPal amici e familiari.'],
  ])('%s: %s', (_lang, text) => {
    expect(offPlatformContact(text).length + unprotectedPaymentRequests(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Versand mit DHL, Abholung in Hannover möglich.',
    'Bei Fragen schreiben Sie mir gerne über die eBay-Nachrichten.',
    'Zahlung über eBay (PayPal, Kreditkarte, Überweisung über eBay).',
    'Please ask questions through eBay messages.',
    'Paiement sécurisé via eBay.',
    'Originalverpackt, mit Rechnung und Garantie.',
  ])('no request: %s', (text) => {
    expect(offPlatformContact(text)).toEqual([]);
    expect(unprotectedPaymentRequests(text)).toEqual([]);
  });

  it('reads a description the listing carries in its own document', async () => {
    const { ids, facts } = await resultOf(ebayItem({ description: 'Neuware. Bitte vor dem Kauf per WhatsApp melden, Zahlung per Überweisung direkt an mich.' }), 'https://www.ebay.de/itm/55');
    expect(facts.marketplace?.fieldsRead).toContain('description');
    expect(ids).toContain('marketplace-off-platform');
  });

  it('eBay description frame: its address is kept, then its text is read and merged', async () => {
    const frame = '<iframe id="desc_ifr" src="https://itm.ebaydesc.com/itmdescription/v2?item=123456&t=0"></iframe>';
    const { facts, ids } = await resultOf(ebayItem({ frame }), 'https://www.ebay.de/itm/123456');
    expect(facts.marketplace?.descriptionUrl).toBe('https://itm.ebaydesc.com/itmdescription/v2?item=123456&t=0');
    expect(facts.marketplace?.fieldsMissing).toContain('description');
    expect(ids).not.toContain('marketplace-off-platform');
    const { parseHtml } = await import('../../../src/cli/load-page');
    const desc = parseHtml('<html><body><div>Top Zustand.</div><p>Please contact me on WhatsApp +44 7700 900123 before buying, payment by bank transfer only.</p></body></html>', 'https://itm.ebaydesc.com/x');
    const { collectText } = await import('../../../src/content/dom');
    const merged = mergeDescription(facts.marketplace!, collectText(desc.document).text);
    await desc.close();
    expect(merged.fieldsRead).toContain('description');
    const result = score({ ...facts, marketplace: merged }, { sensitivity: 'normal', siteMark: null, now: NOW });
    expect(result.reasons.map((r) => r.id)).toContain('marketplace-off-platform');
  });

  it('the background fetches descriptions only from eBay’s description host', async () => {
    expect(isDescriptionUrl('https://itm.ebaydesc.com/itmdescription/v2?item=1')).toBe(true);
    expect(isDescriptionUrl('https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?item=1')).toBe(true);
    for (const bad of ['http://itm.ebaydesc.com/x', 'https://ebaydesc.com.evil.example/x', 'https://evil.example/?ebaydesc.com', 'https://user@itm.ebaydesc.com/x', 'javascript:alert(1)', 'https://itm.ebaydesc.com:8443/x']) {
      expect(isDescriptionUrl(bad), bad).toBe(false);
    }
    let called = 0;
    const fake = (async () => {
      called++;
      return new Response('<p>Beschreibung</p>', { headers: { 'content-type': 'text/html' } });
    }) as unknown as typeof fetch;
    expect(await fetchListingDescription('https://evil.example/x', fake)).toBeNull();
    expect(called).toBe(0);
    expect(await fetchListingDescription('https://itm.ebaydesc.com/itmdescription/v2?item=1', fake)).toBe('<p>Beschreibung</p>');
    expect(typeof descriptionTextOf).toBe('function');
  });
});

describe('a field the adapter cannot read is never a warning', () => {
  it('an established seller whose seller card has another layout gets no caution (eBay)', async () => {
    const html = `<html lang="de"><body><h1 class="x-item-title__mainTitle">Makita Akku-Schrauber</h1><div class="x-price-primary">EUR 89,00</div>
      <div class="seller-info-box-2019"><span>Verkäufer: profi-werkzeug</span><span>Gewerblicher Verkäufer</span></div>
      <nav>Warenkorb (0) · Beobachtet (0)</nav>
      <section><h2>Rechtliche Informationen des Verkäufers</h2><table><tr><td>Firma</td><td>Profi Werkzeug GmbH</td></tr><tr><td>Sitz</td><td>Köln</td></tr></table></section>
      <button>Sofort-Kaufen</button></body></html>`;
    const { result, facts } = await resultOf(html, 'https://www.ebay.de/itm/998877');
    expect(facts.marketplace?.seller.ratingCount).toBeNull();
    expect(facts.marketplace?.trader).toBeNull();
    expect(result.reasons.map((r) => r.id)).toEqual([]);
    expect(result.level).not.toBe('medium');
    expect(result.level).not.toBe('high');
  });

  it('an Amazon profile whose details section has an unknown layout is not "missing trader details"', async () => {
    const html = `<html><body><h1 id="seller-name">Thorberg</h1><div id="page-section-detail-seller-info"><h3>Detaillierte Verkäuferinformationen</h3><p>Thorberg GmbH · Werftstraße 12 · 24148 Kiel</p></div><p>Warenkorb (0)</p></body></html>`;
    const { result, facts } = await resultOf(html, 'https://www.amazon.de/sp?seller=AFHPKJP6PSK4G');
    expect(facts.marketplace?.trader).toBeNull();
    expect(facts.marketplace?.seller.ratingCount).toBeNull();
    expect(result.reasons.map((r) => r.id)).not.toContain('marketplace-trader-details');
    expect(result.reasons.map((r) => r.id)).not.toContain('marketplace-new-seller');
  });
});
