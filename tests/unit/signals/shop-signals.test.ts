/**
 * One block per signal module: where it fires and where it must not (German and English, near
 * misses), on our fixture pages and inline snippets. Rules are checked through `score`.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { evidenceText, factsFor, factsForHtml } from '../../helpers';

const shop = (body: string, lang = 'de') => `<html lang="${lang}"><body><button>In den Warenkorb</button>${body}</body></html>`;
const reasonIds = async (html: string, url?: string) => score(await factsForHtml(html, url)).reasons.map((r) => r.id);

describe('prices', () => {
  it('reads JSON-LD offers and struck-through discounts (de)', async () => {
    const facts = await factsFor('pages/shops/fake-grill-de.html', 'https://www.weber-grill-outlet.de/gasgrills');
    expect(facts.prices?.discounts.map((d) => d.percent)).toEqual([70, 70, 65, 68]);
    const reason = score(facts).reasons.find((r) => r.id === 'prices-too-good');
    expect(reason?.points).toBe(30);
    expect(evidenceText(reason)[0]).toBe('€1,299.00 → €389.00 (−70%)');
  });

  it('reads an English page with € before the amount', async () => {
    const facts = await factsFor('pages/shops/fake-ebike-en.html', 'https://voltride-clearance.com/products/urban-pro');
    expect(facts.prices?.discounts[0]).toMatchObject({ wasCents: 199900, nowCents: 59900, percent: 70 });
  });

  it('does not fire on an ordinary sale (near miss: two of five items at 50%)', async () => {
    const facts = await factsFor('pages/shops/legit-blackfriday-de.html', 'https://www.outdoor-schmid.de/black-friday');
    const reason = score(facts).reasons.find((r) => r.id === 'prices-too-good');
    expect(reason?.points).toBe(12); // a weak hint, not a warning on its own
    expect(score(facts).level).toBe('low');
    expect(await reasonIds(shop('<p><del>49,00 €</del> 39,00 €</p>'))).not.toContain('prices-too-good');
  });
});

describe('contact', () => {
  it('flags a shop whose only address is free-mail (de: web.de, en: outlook.com)', async () => {
    expect(await reasonIds(shop('<p>Kontakt: moncler.store.de@web.de</p>'))).toContain('contact-free-mail');
    expect(await reasonIds(shop('<p>Contact: support@outlook.com</p>', 'en'))).toContain('contact-free-mail');
  });

  it('accepts free-mail next to an address on the shop’s own domain, and finds address and phone', async () => {
    const facts = await factsForHtml(shop('<p>info@seifen.de · backup@gmail.com</p><p>Tel. 089 1234567</p><p>Lindenstraße 12, 80331 München</p>'));
    expect(facts.contact?.freeMailEmails).toEqual(['backup@gmail.com']);
    expect(facts.contact?.phones).toEqual(['089 1234567']);
    expect(facts.contact?.postalAddress).toBe('Lindenstraße 12, 80331 München');
    expect(score(facts).reasons.map((r) => r.id)).not.toContain('contact-free-mail');
  });

  it('tells a PO box from a street address', async () => {
    const facts = await factsForHtml(shop('<p>Postfach 1234, 10115 Berlin</p>'));
    expect(facts.contact?.poBox).toBe('Postfach 1234');
    expect(facts.contact?.postalAddress).toBeNull();
  });
});

describe('company and VAT id', () => {
  it('flags a USt-IdNr that fails its check digit (fixture)', async () => {
    const facts = await factsFor('pages/shops/fake-console-de.html', 'https://www.konsolen-lager.de/ps5-disc');
    expect(facts.company?.vatIds).toEqual([{ raw: 'DE123456789', country: 'DE', checksumValid: false }]);
    expect(evidenceText(score(facts).reasons.find((r) => r.id === 'vat-id-invalid'))).toEqual(['DE123456789: the check digit does not match']);
  });

  it('accepts a valid Austrian UID with company form and register (near miss)', async () => {
    const facts = await factsFor('pages/shops/legit-bookshop-at.html', 'https://www.buchhandlung-hofer.at/musil');
    expect(facts.company?.vatIds[0]).toMatchObject({ raw: 'ATU13585627', checksumValid: true });
    expect(facts.company?.legalForms).toContain('GmbH');
    expect(facts.company?.registerEntries.join()).toContain('FN 123456a');
    expect(score(facts).reasons.map((r) => r.id)).not.toContain('vat-id-invalid');
  });

  it('reads an English VAT label and checks the UK check digit (HMRC mod 97)', async () => {
    const facts = await factsForHtml(shop('<p>VAT No: GB 980 7806 84 · Company No. 09876543</p>', 'en'));
    expect(facts.company?.vatIds).toEqual([{ raw: 'GB980780684', country: 'GB', checksumValid: true }]);
  });
});

describe('trust seals', () => {
  it('flags an unlinked Trusted Shops image and a seal linking into the shop itself', async () => {
    const unlinked = await factsFor('pages/shops/fake-console-de.html', 'https://www.konsolen-lager.de/ps5-disc');
    expect(unlinked.trustSeals?.seals).toEqual([expect.objectContaining({ issuer: 'Trusted Shops', verdict: 'unlinked' })]);
    const self = await factsFor('pages/shops/fake-grill-de.html', 'https://www.weber-grill-outlet.de/gasgrills');
    expect(self.trustSeals?.seals[0]).toMatchObject({ issuer: 'EHI', verdict: 'self-linked' });
  });

  it('accepts a seal that links to its issuer', async () => {
    const facts = await factsFor('pages/shops/legit-electronics-de.html', 'https://www.elektro-brandl.de/sony-wh-1000xm5');
    expect(facts.trustSeals?.seals[0]).toMatchObject({ issuer: 'Trusted Shops', verdict: 'ok' });
    expect(score(facts).reasons.map((r) => r.id)).not.toContain('trust-seal-fake');
  });
});

describe('urgency', () => {
  it('collects countdowns, low stock, live visitors and “just bought” (en)', async () => {
    const facts = await factsFor('pages/shops/fake-ebike-en.html', 'https://voltride-clearance.com/products/urban-pro');
    expect(facts.urgency).toMatchObject({ countdown: expect.stringContaining('Sale ends in'), lowStock: 'Only 2 left in stock', recentPurchases: 'just bought' });
  });

  it('one "only 2 left" is an info, not a warning (de)', async () => {
    const facts = await factsForHtml(shop('<p>Nur noch 2 auf Lager</p><a href="/impressum">Impressum</a><a href="/agb">AGB</a><a href="/widerruf">Widerruf</a>'));
    const reason = score(facts).reasons.find((r) => r.id === 'urgency-tricks');
    expect(reason).toMatchObject({ severity: 'info', points: 8 });
    expect(score(facts).level).toBe('low');
  });
});

describe('locale', () => {
  it('flags a German page on a .de domain priced in dollars', async () => {
    const facts = await factsFor('pages/shops/fake-watches-de.html', 'https://rolex-uhren-outlet.de/submariner');
    expect(facts.locale).toEqual({ pageLanguage: 'de', currencies: ['USD'], tld: 'de' });
    expect(score(facts).reasons.map((r) => r.id)).toContain('locale-mismatch');
  });

  it('accepts a British shop in pounds and a German shop in euros', async () => {
    expect(await reasonIds(shop('<p>£24.00</p>', 'en'), 'https://knitwear.example.co.uk/p')).not.toContain('locale-mismatch');
    expect(await reasonIds(shop('<p>24,00 €</p>'), 'https://laden.example.de/p')).not.toContain('locale-mismatch');
  });
});

describe('domain (read by the engine from the address; more cases in tests/unit/domain/)', () => {
  it.each([
    ['https://www.nike-schuhe-outlet.de/p', 'domain-brand', 'uses the brand Nike'],
    ['https://hygiene-depot.de.com/p', 'domain-lookalike', 'private registry'],
    ['https://xn--pple-43d.com/p', 'domain-lookalike', 'letters of another script'],
  ])('%s is a lookalike', async (url, rule, evidence) => {
    const facts = await factsForHtml(shop('<p>10,00 €</p>'), url);
    expect(evidenceText(score(facts).reasons.find((r) => r.id === rule)).join()).toContain(evidence);
  });

  it.each(['https://www.nike.com/de/p', 'https://www.linden-apotheke-muenchen.de/p', 'https://shop.example.co.uk/p'])('%s is an ordinary domain', async (url) => {
    expect((await reasonIds(shop('<p>10,00 €</p>'), url)).filter((id) => id.startsWith('domain-'))).toEqual([]);
  });
});

describe('medical goods', () => {
  it('computes a unit price and flags too-cheap FFP2 masks without CE/EN 149 (de)', async () => {
    const facts = await factsFor('pages/shops/fake-maskshop-de.html', 'https://www.masken-discount24.de/p/ffp2-50');
    expect(facts.medical).toMatchObject({ category: 'ffp2-mask', quantity: 50, unitCents: 20, hasEn149: false, notifiedBody: null });
    const ids = score(facts).reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['medical-price-too-cheap', 'medical-mask-unmarked']));
  });

  it('flags gouging on KN95 masks (en): 4.00 per piece is more than 2× the reference', async () => {
    const facts = await factsFor('pages/shops/fake-kn95-en.html', 'https://safe-masks-now.com/kn95-10');
    const reason = score(facts).reasons.find((r) => r.id === 'medical-price-gouging');
    expect(reason?.subs).toEqual(['6.7']);
    expect(reason?.kind).toBe('problematic');
  });

  it('accepts FFP2 masks at the usual price with CE 0598 and EN 149, and disinfectant at 13.90 €/l', async () => {
    const masks = await factsFor('pages/shops/legit-pharmacy-ffp2-de.html', 'https://www.linden-apotheke-muenchen.de/ffp2-10');
    expect(masks.medical).toMatchObject({ unitCents: 79, notifiedBody: '0598', hasEn149: true });
    expect(score(masks).reasons).toEqual([]);
    const gel = await factsFor('pages/shops/legit-disinfectant-de.html', 'https://www.praxisbedarf-nord.de/sterillium-500');
    expect(gel.medical).toMatchObject({ category: 'disinfectant', unit: 'litre', quantity: 0.5, unitCents: 1390 });
    expect(score(gel).reasons).toEqual([]);
  });

  it('ignores a shop whose footer merely mentions disinfection', async () => {
    const facts = await factsForHtml(shop('<h1>Gartenstuhl Teak</h1><p>89,00 €</p><footer>Wir desinfizieren unsere Retouren.</footer>'));
    expect(facts.medical).toBeUndefined();
  });
});
