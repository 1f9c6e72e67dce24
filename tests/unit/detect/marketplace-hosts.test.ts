import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { isMarketplaceHost, marketplaceDomainOf, MARKETPLACE_DOMAINS } from '../../../src/shared/marketplaces';
import { factsForHtml } from '../../helpers';

describe('marketplaces are known by their registrable domains, not by their names (issue 15, class 9)', () => {
  it.each([
    ['www.amazon.de', 'amazon.de'],
    ['amazon.co.uk', 'amazon.co.uk'],
    ['smile.amazon.com', 'amazon.com'],
    ['www.ebay.de', 'ebay.de'],
    ['befr.ebay.be', 'ebay.be'],
    ['www.kleinanzeigen.de', 'kleinanzeigen.de'],
    ['www.otto.de', 'otto.de'],
    ['en.zalando.de', 'zalando.de'],
    ['www.zalando.fr', 'zalando.fr'],
    ['de.aliexpress.com', 'aliexpress.com'],
    ['WWW.ETSY.COM', 'etsy.com'],
    ['www.willhaben.at.', 'willhaben.at'],
  ])('%s is the marketplace %s', (host, domain) => {
    expect(marketplaceDomainOf(host)).toBe(domain);
    expect(isMarketplaceHost(host)).toBe(true);
  });

  it.each([
    'zalando.shop', 'www.zalando.shop', 'otto.store', 'otto-versand.store', 'wish.myshopify.com', 'real-deals.de', 'real.shop',
    'amazon.de.com', 'amazon-outlet.de', 'myamazon.de', 'ebay.de.account-verify.ru', 'ebay-de.shop', 'kleinanzeigen.shop',
    'temu-sale.de', 'etsy.store', 'zalando-outlet.com', 'zalando.de-sale.com', 'otto.de.example.net', 'bol.com.fake.nl',
  ])('%s is not a marketplace', (host) => {
    expect(isMarketplaceHost(host)).toBe(false);
  });

  it('lists only lower-case registrable domains, each once, and stays small enough for the sentinel', () => {
    expect(new Set(MARKETPLACE_DOMAINS).size).toBe(MARKETPLACE_DOMAINS.length);
    for (const d of MARKETPLACE_DOMAINS) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z]{2,})+$/);
    expect(MARKETPLACE_DOMAINS.length).toBeLessThan(200);
  });

  it('a shop named like a marketplace on another domain is judged as a shop: no Impressum, no legal pages', async () => {
    const html = '<html lang="de"><body><h1>Sneaker</h1><p>Nur 49,99 €</p><button>In den Warenkorb</button><p>Zahlung per Vorkasse</p></body></html>';
    for (const url of ['https://zalando.shop/p/1', 'https://otto.store/p/1', 'https://wish.myshopify.com/products/x']) {
      const ids = score(await factsForHtml(html, url)).reasons.map((r) => r.id);
      expect(ids, url).toContain('impressum-missing');
      expect(ids, url).toContain('legal-pages-missing');
    }
    const onOtto = score(await factsForHtml(html, 'https://www.otto.de/p/1')).reasons.map((r) => r.id);
    expect(onOtto).not.toContain('impressum-missing');
  });
});
