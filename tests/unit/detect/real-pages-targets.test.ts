/**
 * Targets of issue 15 on the real pages of the shared corpus: no page is "high", and no marketplace
 * listing becomes "caution" because a field could not be read — neither as saved, nor with any field
 * the adapter reads made unreadable, nor with the seller box cut out of the page (an unknown layout).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import type { PageFacts } from '../../../src/shared/facts';
import type { MarketplaceFacts } from '../../../src/shared/facts-marketplace';
import type { Level } from '../../../src/shared/result';
import { factsForPage } from '../../helpers';
import { corpusFacts, corpusIndex, describeRealPages, readCorpusPage } from '../../real-pages';

const CONFIG = { sensitivity: 'normal' as const, siteMark: null, memory: null, now: Date.parse('2026-11-25T12:00:00Z') };
const warns = (level: Level) => level === 'medium' || level === 'high';

/** The listing with one field as an adapter that cannot read it reports it. */
function withoutField(m: MarketplaceFacts, field: string): MarketplaceFacts {
  const seller = { ...m.seller };
  const blank: MarketplaceFacts = { ...m, seller, fieldsMissing: [...new Set([...m.fieldsMissing, field])].slice(0, 30) };
  if (field === 'trader') return { ...blank, trader: null };
  if (field === 'price') return { ...blank, priceCents: null, listPriceCents: null };
  if (field === 'otherOffers') return { ...blank, otherOffers: [] };
  if (field === 'memberSince') return { ...blank, seller: { ...seller, memberSince: null, memberSinceDate: null } };
  return { ...blank, seller: { ...seller, [field]: null } };
}

const FIELDS = ['name', 'id', 'ratingCount', 'positivePercent', 'ratingsLast12Months', 'memberSince', 'itemLocation', 'sellerType', 'shipsFrom', 'newSellerMarker', 'trader', 'price', 'otherOffers'];

describeRealPages('issue 15 targets on the real pages of the shared corpus', () => {
  const pages = corpusIndex();

  it.each(pages.map((p) => [p.file, p]))('%s is not "high"; a listing is not "caution" from unreadable fields', async (_file, page) => {
    const facts = await corpusFacts(page.file, page.url);
    const result = score(facts, CONFIG);
    expect(result.level).not.toBe('high');
    const m = facts.marketplace;
    if (!m) return;
    expect(warns(result.level), result.reasons.map((r) => r.id).join(', ')).toBe(false);
    for (const field of FIELDS) {
      const blanked: PageFacts = { ...facts, marketplace: withoutField(m, field) };
      const level = score(blanked, CONFIG).level;
      expect(warns(level), `${page.file} without ${field}: ${level}`).toBe(false);
    }
  });

  it('a real eBay listing with its seller box cut out (an unknown layout) gets no caution', async () => {
    const ebay = pages.filter((p) => p.site.startsWith('ebay.'));
    expect(ebay.length).toBeGreaterThan(0);
    for (const page of ebay) {
      const html = readCorpusPage(page.file).replace(/x-sellercard-atf/g, 'x-unknown-box').replace(/x-item-title__mainTitle/g, 'x-unknown-title');
      const facts = await factsForPage(html, page.url);
      expect(facts.marketplace?.fieldsMissing).toEqual(expect.arrayContaining(['seller', 'ratingCount']));
      expect(warns(score(facts, CONFIG).level), page.file).toBe(false);
    }
  });
});

describe('removing what an adapter read never raises the level (own listing)', () => {
  it('an established seller stays low whichever field goes unread', async () => {
    const html = `<html lang="de"><body><h1 class="x-item-title__mainTitle">Bosch GSR 18V</h1><div class="x-price-primary">EUR 119,00</div>
      <div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a href="/str/w"><span>werkzeug-kontor</span></a></div><ul><li>(24.518)</li><li>99,8 % positive Bewertungen</li></ul></div>
      <div>Artikelstandort: Hannover, Deutschland</div><button>Sofort-Kaufen</button></body></html>`;
    const facts = await factsForPage(html, 'https://www.ebay.de/itm/1');
    expect(score(facts, CONFIG).level).toBe('low');
    for (const field of FIELDS) {
      const level = score({ ...facts, marketplace: withoutField(facts.marketplace!, field) }, CONFIG).level;
      expect(warns(level), field).toBe(false);
    }
  });
});
