import { describe, expect, it } from 'vitest';
import { parseImpressum } from '../../../src/content/impressum/parse';
import { parseHtml } from '../../../src/cli/load-page';
import { score } from '../../../src/engine';
import type { PageFacts } from '../../../src/shared/facts';
import { evidenceText, factsFor, readFixture } from '../../helpers';

async function impressumOf(fixture: string, url: string) {
  const page = parseHtml(readFixture(fixture), url);
  try {
    return parseImpressum(page.document, url);
  } finally {
    await page.close();
  }
}

async function shopWithImpressum(shopFixture: string, shopUrl: string, impressumFixture: string, impressumUrl: string): Promise<PageFacts> {
  const facts = await factsFor(shopFixture, shopUrl);
  return { ...facts, impressumDetails: await impressumOf(impressumFixture, impressumUrl) };
}

describe('Impressum follow-up', () => {
  it('reads a complete German Impressum: company, street address, register, valid USt-IdNr', async () => {
    const details = await impressumOf('pages/impressum/complete-de.html', 'https://www.bergsport-huber.de/impressum');
    expect(details.company.names).toContain('Bergsport Huber GmbH');
    expect(details.contact.postalAddress).toBe('Alpenstraße 17 83435 Bad Reichenhall');
    expect(details.company.registerEntries).toEqual(['Amtsgericht Traunstein, HRB 98765']);
    expect(details.company.vatIds).toEqual([{ raw: 'DE136695976', country: 'DE', checksumValid: true }]);
    const facts = await shopWithImpressum('pages/shops/proper-shop-de.html', 'https://www.bergsport-huber.de/trail-2', 'pages/impressum/complete-de.html', 'https://www.bergsport-huber.de/impressum');
    expect(score(facts).reasons).toEqual([]);
  });

  it('flags a PO box instead of a street, a GmbH without HRB, and a failing USt-IdNr', async () => {
    const facts = await shopWithImpressum('pages/impressum-shop/product.html', 'https://www.werkzeugprofi.example.de/impressum-shop/product.html', 'pages/impressum-shop/impressum.html', 'https://www.werkzeugprofi.example.de/impressum-shop/impressum.html');
    const reasons = score(facts).reasons;
    const incomplete = reasons.find((r) => r.id === 'impressum-incomplete');
    expect(evidenceText(incomplete)).toEqual(['only a PO box: Postfach 4711', 'GmbH named, but no register entry (register or court and number)', 'Impressum: https://www.werkzeugprofi.example.de/impressum-shop/impressum.html']);
    expect(reasons.find((r) => r.id === 'vat-id-invalid')?.subs).toEqual(['DE811569868']);
    expect(reasons.map((r) => r.id)).toContain('impressum-unrelated-company');
    expect(score(facts).level).toBe('high');
  });

  it('flags an English legal notice naming an unrelated company, but not the shop’s own company', async () => {
    const copied = await shopWithImpressum('pages/shops/proper-shop-en.html', 'https://www.highland-knitwear.co.uk/beanie', 'pages/impressum/copied-en.html', 'https://www.highland-knitwear.co.uk/legal-notice');
    expect(copied.impressumDetails?.contact.postalAddress).toBe('221 Harbour Road, Leeds LS1 4AP');
    expect(evidenceText(score(copied).reasons.find((r) => r.id === 'impressum-unrelated-company'))[0]).toContain('Meridian Logistics Ltd');
    const own = await shopWithImpressum('pages/shops/proper-shop-de.html', 'https://www.bergsport-huber.de/trail-2', 'pages/impressum/complete-de.html', 'https://www.bergsport-huber.de/impressum');
    expect(score(own).reasons.map((r) => r.id)).not.toContain('impressum-unrelated-company');
  });
});
