import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine';
import { evidenceText, factsFor, factsForHtml } from '../helpers';

describe('page type', () => {
  it('recognises a German product page from JSON-LD and the cart button', async () => {
    const facts = await factsFor('pages/shops/fake-maskshop-de.html', 'https://masken-discount24.de/p/ffp2');
    expect(facts.pageType.pageType).toBe('product');
    expect(facts.pageType.shopEvidence.join(' ')).toContain('JSON-LD Product');
  });

  it('calls a blog article not a shop and extracts nothing else', async () => {
    const facts = await factsFor('pages/shops/blog-not-shop-en.html', 'https://walks.example.at/autumn');
    expect(facts.pageType.pageType).toBe('not-shop');
    expect(facts.legalLinks).toBeUndefined();
    expect(score(facts).reasons).toEqual([]);
  });

  it('calls /impressum a legal page, but not a product inside a folder named impressum-shop', async () => {
    const legal = await factsForHtml('<body><button>In den Warenkorb</button><p>Musterstraße 1</p></body>', 'https://shop.example.de/impressum');
    expect(legal.pageType.pageType).toBe('legal');
    const product = await factsFor('pages/impressum-shop/product.html', 'https://shop.example.de/impressum-shop/product.html');
    expect(product.pageType.pageType).toBe('product');
  });

  it('sees a product through og:type even without JSON-LD', async () => {
    const facts = await factsFor('pages/shops/fake-sneakers-en.html', 'https://air-runner-outlet.shop/p/90');
    expect(facts.pageType.pageType).toBe('product');
  });
});

describe('impressum-missing', () => {
  it('fires on a shop without any legal-notice link (de)', async () => {
    const facts = await factsFor('pages/shops/fake-maskshop-de.html', 'https://masken-discount24.de/p/ffp2');
    expect(facts.legalLinks?.impressum).toBeNull();
    expect(score(facts).reasons.map((r) => r.id)).toContain('impressum-missing');
  });

  it('does not fire when the footer links "Impressum" (de) or "Legal notice" (en)', async () => {
    const de = await factsFor('pages/shops/proper-shop-de.html', 'https://bergsport-huber.de/trail-2');
    expect(de.legalLinks?.impressum?.text).toBe('Impressum');
    expect(de.legalLinks?.impressum?.sameSite).toBe(true);
    const en = await factsFor('pages/shops/proper-shop-en.html', 'https://highland-knitwear.co.uk/beanie');
    expect(en.legalLinks?.impressum?.text).toBe('Legal notice');
  });

  it('counts an image link whose alt says Impressum', async () => {
    const facts = await factsForHtml('<html><body><button>In den Warenkorb</button><a href="/x"><img alt="Impressum" src="i.png"></a></body></html>');
    expect(facts.legalLinks?.impressum?.text).toBe('Impressum');
  });
});

describe('prepayment-only', () => {
  it('fires when only Vorkasse/Banküberweisung is named (de)', async () => {
    const facts = await factsFor('pages/shops/fake-maskshop-de.html', 'https://masken-discount24.de/p/ffp2');
    expect(facts.payment?.methods).toEqual(['prepayment']);
    const reason = score(facts).reasons.find((r) => r.id === 'prepayment-only');
    expect(evidenceText(reason)[0]).toContain('Vorkasse');
  });

  it('fires on "bank transfer only" (en)', async () => {
    const facts = await factsFor('pages/shops/fake-sneakers-en.html', 'https://air-runner-outlet.shop/p/90');
    expect(score(facts).reasons.map((r) => r.id)).toContain('prepayment-only');
  });

  it('does not fire when prepayment sits next to invoice, PayPal or cards', async () => {
    const de = await factsFor('pages/shops/proper-shop-de.html', 'https://bergsport-huber.de/trail-2');
    expect(de.payment?.methods).toEqual(expect.arrayContaining(['prepayment', 'paypal', 'credit-card', 'invoice']));
    expect(score(de).reasons.map((r) => r.id)).not.toContain('prepayment-only');
    const near = await factsForHtml('<body><button>In den Warenkorb</button><p>Zahlung per Überweisung oder auf Rechnung.</p><a href="/impressum">Impressum</a></body>');
    expect(near.payment?.methods).toEqual(['prepayment', 'invoice']);
    expect(score(near).level).toBe('low');
  });

  it('finds a PayPal logo given only by its file name', async () => {
    const facts = await factsForHtml('<body><button>Add to cart</button><p>Bank transfer</p><img src="/img/paypal-logo.svg"></body>');
    expect(facts.payment?.methods).toContain('paypal');
  });
});

describe('levels end to end', () => {
  it('rates the fake mask shop high and the proper shops low', async () => {
    expect(score(await factsFor('pages/shops/fake-maskshop-de.html', 'https://masken-discount24.de/p/ffp2')).level).toBe('high');
    expect(score(await factsFor('pages/shops/proper-shop-de.html', 'https://bergsport-huber.de/trail-2')).level).toBe('low');
    expect(score(await factsFor('pages/shops/proper-shop-en.html', 'https://highland-knitwear.co.uk/beanie')).level).toBe('low');
  });
});
