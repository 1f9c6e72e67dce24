import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { shopEvidence } from '../../src/content/sentinel/probes';
import { buildContext } from '../../src/content/context';
import { classifyPage } from '../../src/content/signals/page-type';
import { parseHtml } from '../../src/cli/load-page';
import { FIXTURES, readFixture, siteOfUrl } from '../helpers';
import { CORPUS_DIR, corpusIndex, describeRealPages } from '../real-pages';

/**
 * The sentinel decides whether the full extractor is loaded at all, so it must never be stricter
 * than the extractor's own page classifier: every page the extractor reads on a first visit to its
 * site — a page type other than "not a shop" with shop evidence of its own — needs a hit. (A legal
 * or information page without such evidence is read only once the site's profile says it sells;
 * then the background loads the extractor without a hit, src/background/inject.ts.) The pages are
 * served at a neutral address here, so neither the URL nor a marketplace host helps: the markup
 * probes alone must find them.
 */
const NEUTRAL_URL = 'https://www.example.test/view';

function ownPages(dir = path.join(FIXTURES, 'pages')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ownPages(full);
    return /\.html(\.gz)?$/.test(entry.name) ? [path.relative(FIXTURES, full)] : [];
  });
}

function readPage(file: string): string {
  const buffer = fs.readFileSync(file);
  return file.endsWith('.gz') ? zlib.gunzipSync(buffer).toString('utf8') : buffer.toString('utf8');
}

async function judge(html: string, url = NEUTRAL_URL): Promise<{ evidence: string[]; pageType: string }> {
  const page = parseHtml(html, url);
  try {
    const evidence = shopEvidence(page.document, new URL(url));
    const classified = classifyPage(buildContext(page.document, new URL(url), siteOfUrl(url)));
    // What the extractor reads without the site's profile (src/content/extract.ts: `sells`).
    const pageType = classified.shopEvidence.length > 0 || classified.pageType === 'unknown' ? classified.pageType : 'not-shop';
    return { evidence, pageType };
  } finally {
    await page.close();
  }
}

describe('sentinel probes', () => {
  it('find every own fixture page that the extractor classifies as a shop page', async () => {
    const missed: string[] = [];
    let shops = 0;
    for (const file of ownPages()) {
      const { evidence, pageType } = await judge(readFixture(file));
      if (pageType === 'not-shop') continue;
      shops++;
      if (evidence.length === 0) missed.push(`${file} (${pageType})`);
    }
    expect(shops).toBeGreaterThan(25);
    expect(missed).toEqual([]);
  }, 120_000);


  it('stay quiet on a news article with prices, a subscription offer and buttons, and on a blog post', async () => {
    for (const file of ['pages/news/article-de.html', 'pages/shops/blog-not-shop-en.html']) {
      const { evidence, pageType } = await judge(readFixture(file), 'https://www.rheintal-kurier.de/wirtschaft/butterpreis-steigt-wieder-1234567.html');
      expect({ file, evidence, pageType }).toEqual({ file, evidence: [], pageType: 'not-shop' });
    }
  });

  it('take a cart or checkout address and a marketplace host as enough', async () => {
    const html = '<body><p>Ihr Warenkorb ist leer.</p></body>';
    expect((await judge(html, 'https://www.laden.test/warenkorb')).evidence[0]).toMatch(/^address/);
    expect((await judge(html, 'https://www.shop.test/checkout/payment')).evidence[0]).toMatch(/^address/);
    expect((await judge(html, 'https://www.ebay.co.uk/itm/1')).evidence[0]).toMatch(/^marketplace/);
    expect((await judge(html, 'https://m.kleinanzeigen.de/s-anzeige/x')).evidence[0]).toMatch(/^marketplace/);
    // Look-alikes are not the marketplace: their own markup has to speak for them.
    expect((await judge(html, 'https://amazon.de.shop-outlet.test/p/1')).evidence).toEqual([]);
    expect((await judge(html, 'https://www.laden.test/border-control')).evidence).toEqual([]);
  });

  it('count a buy word only next to a price, in several languages', async () => {
    const near = (label: string, price: string) => `<body><div class="offer"><span>${price}</span><button>${label}</button></div></body>`;
    const offers: Array<[string, string]> = [['Kaufen', '49,90 €'], ['Buy', '$12.99'], ['Acheter', '19 €'], ['Bestel', '€ 7,50'], ['Acquista', 'EUR 30']];
    for (const [label, price] of offers) {
      expect((await judge(near(label, price))).evidence[0], label).toMatch(/^buy button next to a price/);
    }
    expect((await judge(near('Tickets kaufen', 'Beginn 20 Uhr'))).evidence).toEqual([]);
    for (const label of ['In den Warenkorb', 'Add to basket', 'Ajouter au panier', 'In winkelwagen', 'Aggiungi al carrello', 'Zahlungspflichtig bestellen']) {
      expect((await judge(`<body><button>${label}</button></body>`)).evidence[0], label).toMatch(/^button/);
    }
  });

  it('read JSON-LD product types and product markup, and survive a hostile page', async () => {
    expect((await judge('<head><script type="application/ld+json">{"@graph":[{"@type":["Product"],"name":"x"}]}</script></head>')).evidence).toEqual(['JSON-LD Product/Offer']);
    expect((await judge('<head><meta property="og:type" content="og:product"></head>')).evidence[0]).toMatch(/^markup: meta og:type/);
    expect((await judge('<body><span itemprop="price" content="9.99">9,99</span></body>')).evidence[0]).toBe('markup: microdata price');
    expect((await judge('<body><div itemscope itemtype="https://schema.org/Offer"></div></body>')).evidence[0]).toMatch(/^markup: microdata/);
    // An article's own microdata, a cartoon link and a "buy tickets" button say nothing about selling.
    expect((await judge('<body><article itemscope itemtype="https://schema.org/NewsArticle"><a href="/cartoons/today">Cartoon</a><button>Buy tickets</button></article></body>')).evidence).toEqual([]);
    expect((await judge('<body><form id="addToCart" action="/x"><input type="image" src="b.png"></form></body>')).evidence[0]).toMatch(/^cart hook: form#addToCart/);
    expect((await judge('<body><a href="/shop/cart">0 items</a></body>')).evidence[0]).toBe('cart link: /shop/cart');
    expect((await judge('<body><div id="_desktop_cart"><div class="blockcart cart-preview inactive">0</div></div></body>')).evidence[0]).toMatch(/^cart widget: div _desktop_cart/);
    expect((await judge('<body><div class="cartoon-of-the-day"><a href="/cartoons/">Cartoons</a></div></body>')).evidence).toEqual([]);
    const huge = `<head><script type="application/ld+json">${'{"a":"'.repeat(1) + 'x'.repeat(400_000)}"}</script></head>`;
    expect((await judge(huge)).evidence).toEqual([]);
  });
});

describeRealPages('sentinel probes on the saved real pages of ../shared/corpus', () => {
  it('find every one the extractor classifies as a shop page, by its markup alone', async () => {
    const missed: string[] = [];
    for (const entry of corpusIndex()) {
      const { evidence, pageType } = await judge(readPage(path.join(CORPUS_DIR, entry.file)));
      if (pageType !== 'not-shop' && evidence.length === 0) missed.push(entry.file);
    }
    expect(corpusIndex().length).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  }, 120_000);
});

describe('sentinel probes on the generated shop corpus (eight shop systems, five languages)', () => {
  it('find every generated page the extractor classifies as a shop page, by its markup alone', async () => {
    const dir = path.join(FIXTURES, '../.generated/shops');
    const entries = fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { file: string; page_type: string });
    const missed: string[] = [];
    let shops = 0;
    for (const entry of entries) {
      const { evidence, pageType } = await judge(readPage(path.join(dir, entry.file)));
      if (pageType === 'not-shop') continue;
      shops++;
      if (evidence.length === 0) missed.push(`${entry.file} (${entry.page_type}, classified ${pageType})`);
    }
    expect(shops).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  }, 300_000);
});
