/**
 * Issue 15, class 1: a shop's legal, information and listing pages are recognised (de, en, fr, nl,
 * it), and they are read when they — or, via the background, an earlier page of the site — show
 * that the site sells. Pages of sites without any sign of selling stay unread.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine';
import { evidenceText, factsFor, readFixture } from '../helpers';
import { parseHtml } from '../../src/cli/load-page';
import { extractFacts } from '../../src/content/extract';

const CART = '<header><a href="/warenkorb">Warenkorb</a></header>';
const SHOP = 'https://www.polsterhaus-kuehn.de';

/** Extraction as the content script runs it, told by the background whether the site sells (no time budget: see tests/helpers.ts). */
async function factsWith(html: string, url: string, siteSells = false) {
  const page = parseHtml(html, url);
  try {
    return extractFacts(page.document, url, { siteSells, budgetMs: 10_000 });
  } finally {
    await page.close();
  }
}

describe('legal and information pages of a shop', () => {
  it.each([
    ['/impressum', 'legal'], ['/pages/impressum', 'legal'], ['/imprint.html', 'legal'], ['/mentions-legales', 'legal'], ['/colofon', 'legal'], ['/note-legali', 'legal'],
    ['/agb', 'legal'], ['/widerrufsbelehrung/', 'legal'], ['/policies/terms-of-service', 'legal'], ['/policies/refund-policy', 'legal'], ['/datenschutzerklaerung', 'legal'],
    ['/algemene-voorwaarden', 'legal'], ['/condizioni-generali', 'legal'],
    ['/en/content/2-legal-notice', 'legal'], ['/de/content/2-rechtliche-hinweise', 'legal'], ['/de/content/6-widerrufsrecht', 'legal'], ['/de/content/3-allgemeine-geschaeftsbedingungen', 'legal'],
    ['/kontakt', 'info'], ['/contact-us', 'info'], ['/ueber-uns', 'info'], ['/a-propos', 'info'], ['/chi-siamo', 'info'], ['/over-ons', 'info'], ['/faq', 'info'], ['/versand-und-zahlung', 'info'],
  ])('%s with a cart link is a %s page of a shop', async (path, type) => {
    const facts = await factsWith(`<html><body>${CART}<h1>Seite</h1><p>Text.</p></body></html>`, `${SHOP}${path}`);
    expect(facts.pageType.pageType).toBe(type);
    expect(facts.pageType.shopEvidence.join(' ')).toContain('cart link');
    expect(facts.legalLinks).toBeDefined();
  });

  it('PrestaShop’s numbered legal notice is read as the Impressum, and a link to it counts as an Impressum link', async () => {
    const notice = await factsWith(`<html><body>${CART}<h1>Legal information</h1><p>Cycle Emporium Ltd</p></body></html>`, 'https://www.cycle-emporium.co.uk/en/content/2-legal-notice');
    expect(notice.impressumDetails).toBeDefined();
    const product = await factsWith(`<html><body>${CART}<button>Add to cart</button><a href="/en/content/2-legal-notice">Legal information</a><a href="/en/content/4-about-us">About us</a></body></html>`, 'https://www.cycle-emporium.co.uk/en/bike');
    expect(product.legalLinks?.impressum?.href).toBe('https://www.cycle-emporium.co.uk/en/content/2-legal-notice');
    expect(product.legalLinks?.contact).toBeNull();
  });

  it('an Impressum named only by its heading is a legal page', async () => {
    const facts = await factsWith(`<html><head><title>Seite 12</title></head><body>${CART}<h1>Impressum</h1></body></html>`, `${SHOP}/page/12`);
    expect(facts.pageType.pageType).toBe('legal');
  });

  it('shop vocabulary on a legal page (two different words) shows the site sells; one word does not', async () => {
    const agb = await factsWith('<body><h1>AGB</h1><p>§ 4 Widerrufsrecht … die Versandkosten trägt der Käufer.</p></body>', `${SHOP}/agb`);
    expect(agb.pageType.shopEvidence.join(' ')).toContain('shop words');
    const blog = await factsWith('<body><h1>Datenschutz</h1><p>Wir speichern keine Daten. Unser Widerrufsrecht …</p></body>', 'https://walks.example.at/datenschutz');
    expect(blog.pageType).toEqual({ pageType: 'legal', shopEvidence: [] });
    expect(blog.legalLinks).toBeUndefined(); // no sign of selling: nothing is read
  });

  it('a product whose name starts like an information page is still a product', async () => {
    const facts = await factsWith('<html><head><script type="application/ld+json">{"@type":"Product","name":"Kontaktlinsen","offers":{"@type":"Offer","price":"19.90"}}</script></head><body><h1>Kontaktlinsen</h1><button>In den Warenkorb</button></body></html>', `${SHOP}/kontaktlinsen-monatslinsen`);
    expect(facts.pageType.pageType).toBe('product');
  });

  it('a page without shop evidence is read only when the background says its site sells', async () => {
    const html = '<html><body><h1>Schreiben Sie uns</h1><form><textarea></textarea><button>Absenden</button></form></body></html>';
    const unknown = await factsWith(html, `${SHOP}/kontakt.html`, false);
    expect(unknown.pageType.shopEvidence).toEqual([]);
    expect(unknown.contact).toBeUndefined();
    const known = await factsWith(html, `${SHOP}/kontakt.html`, true);
    expect(known.pageType.pageType).toBe('info');
    expect(known.contact).toBeDefined();
    const blogPost = await factsWith('<body><h1>Herbstwanderung</h1><p>Ein schöner Tag.</p></body>', `${SHOP}/blog/herbst`, true);
    expect(blogPost.pageType.pageType).toBe('info');
  });
});

describe('listing pages', () => {
  it('a category page without cart buttons is a category when it links the cart and shows prices', async () => {
    const facts = await factsFor('pages/profile-shop/index.html', `${SHOP}/sofas`);
    expect(facts.pageType.pageType).toBe('category');
    expect(facts.prices?.discounts.length).toBe(3);
  });

  it('search results and JSON-LD item lists are listings; one product with related items is a product', async () => {
    const tiles = '<ul><li>Sofa 299,00 €</li><li>Sessel 99,00 €</li></ul>';
    expect((await factsWith(`<body>${CART}${tiles}</body>`, `${SHOP}/search?q=sofa`)).pageType.pageType).toBe('category');
    const related = '<script type="application/ld+json">{"@type":"Product","name":"Sofa","offers":{"@type":"Offer","price":"299"}}</script><script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","name":"Sessel"}]}</script>';
    expect((await factsWith(`<html><head>${related}</head><body>${CART}<button>In den Warenkorb</button></body></html>`, `${SHOP}/sofa`)).pageType.pageType).toBe('product');
  });

  it('a blog with prices but nothing of a shop stays not-shop', async () => {
    const facts = await factsFor('pages/shops/blog-not-shop-en.html', 'https://walks.example.at/autumn');
    expect(facts.pageType.pageType).toBe('not-shop');
  });
});

describe('the Impressum the shopper is on', () => {
  it('is read like the follow-up: a failing VAT id, a city without a street, a malformed HRB, a free-mail address', async () => {
    const facts = await factsFor('pages/profile-shop/impressum.html', `${SHOP}/impressum.html`);
    expect(facts.pageType.pageType).toBe('legal');
    expect(facts.impressumDetails?.company.vatIds).toEqual([{ raw: 'DE283915446', country: 'DE', checksumValid: false }]);
    const reasons = evaluate(facts);
    expect(reasons.map((r) => r.id).sort()).toEqual(['contact-free-mail', 'impressum-incomplete', 'vat-id-invalid']);
    expect(evidenceText(reasons.find((r) => r.id === 'impressum-incomplete'))).toEqual(['only a town, no street: 10115 Berlin', 'GmbH named, but no register entry (register or court and number)', 'register entry that no register gives out: “Amtsgericht Berlin-Charlottenburg, HRB 2019/4471”', `Impressum: ${SHOP}/impressum.html`]);
    expect(evidenceText(reasons.find((r) => r.id === 'vat-id-invalid'))).toHaveLength(1);
  });

  it('a complete Impressum gives no reason, and an AGB page is not read as an Impressum', async () => {
    // The saved Impressum has no shop evidence of its own: read as a page of a site known to sell.
    const complete = await factsWith(readFixture('pages/impressum/complete-de.html'), 'https://www.bergsport-huber.de/impressum', true);
    expect(complete.impressumDetails?.company.registerEntries).toEqual(['Amtsgericht Traunstein, HRB 98765']);
    // Only the links this bare page lacks are missing (another page of the site contradicts that, see site-profile tests).
    expect(evaluate(complete).map((r) => r.id)).toEqual(['legal-pages-missing']);
    const agb = await factsWith(`<body>${CART}<h1>AGB</h1><p>Vertragspartner ist die Muster GmbH.</p></body>`, `${SHOP}/agb`);
    expect(agb.impressumDetails).toBeUndefined();
  });
});
