import { describe, expect, it } from 'vitest';
import { score, type EngineConfig } from '../../src/engine';
import type { PageFacts } from '../../src/shared/facts';
import type { ListingHit } from '../../src/shared/lists/listing';

// A shop page with no warning signs of its own, and one with two strong ones (no Impressum, prepayment only).
// Its name is an ordinary one, so the domain-name rules stay silent and only the lists speak.
const clean: PageFacts = {
  url: 'https://www.fahrrad-traum.de/p/1',
  host: 'www.fahrrad-traum.de',
  lang: 'de',
  pageType: { pageType: 'product', shopEvidence: ['JSON-LD Product'] },
  legalLinks: { impressum: { text: 'Impressum', href: null, sameSite: true }, terms: { text: 'AGB', href: null, sameSite: true }, withdrawal: { text: 'Widerruf', href: null, sameSite: true }, privacy: null, shipping: null, contact: null },
  payment: { methods: ['paypal'], evidence: [] },
  extraction: { elapsedMs: 1, truncated: false, failed: [] },
};
const redFlags: PageFacts = { ...clean, legalLinks: { ...clean.legalLinks!, impressum: null }, payment: { methods: ['prepayment'], evidence: [{ method: 'prepayment', text: 'Vorkasse' }] } };

const hit = (over: Partial<ListingHit> = {}): ListingHit => ({ source: 'watchlist', sourceLabel: '', severity: 'fraud', matched: 'fahrrad-traum.de', listDate: '2026-03-02', listedOn: '2025-12-16', category: 'Betrügerische Shops', ...over });
const config = (over: Partial<EngineConfig> = {}): EngineConfig => ({ sensitivity: 'normal', siteMark: null, ...over });

// name, facts, config → level, first reason id
const CASES: Array<[string, PageFacts, EngineConfig, string, string | undefined]> = [
  ['listed as fraud, clean page → high at once', clean, config({ listing: { hits: [hit()], knownGood: false } }), 'high', 'listed-fraud'],
  ['listed as fraud, relaxed sensitivity → still high', clean, config({ sensitivity: 'relaxed', listing: { hits: [hit()], knownGood: false } }), 'high', 'listed-fraud'],
  ['listed as problematic → caution, kind problematic', clean, config({ listing: { hits: [hit({ severity: 'problematic', category: 'Problematische Shops' })], knownGood: false } }), 'medium', 'listed-problematic'],
  ['flagged automatically → caution', clean, config({ listing: { hits: [hit({ severity: 'automated', category: 'Automatisierte Warnungen' })], knownGood: false } }), 'medium', 'listed-automated'],
  ['on a list the shopper added → high', clean, config({ listing: { hits: [hit({ source: 'user', sourceLabel: 'meine-liste.txt', category: undefined })], knownGood: false } }), 'high', 'listed-user'],
  ['not listed, clean page → low', clean, config({ listing: { hits: [], knownGood: false } }), 'low', undefined],
  ['known-good with two strong page signals → capped at caution', redFlags, config({ listing: { hits: [], knownGood: true } }), 'medium', 'prepayment-only'],
  ['known-good the shopper marked suspicious → high stays high', redFlags, config({ siteMark: 'suspicious', listing: { hits: [], knownGood: true } }), 'high', 'user-suspicious'],
  ['not known-good, same page → high', redFlags, config({ listing: { hits: [], knownGood: false } }), 'high', 'prepayment-only'],
  ['listed and the shopper trusts it → the shopper decides, the reason stays visible', clean, config({ siteMark: 'trusted', listing: { hits: [hit()], knownGood: false } }), 'low', 'user-trusted'],
];

describe('lists in the engine', () => {
  it.each(CASES)('%s', (_name, facts, cfg, level, firstReason) => {
    const result = score(facts, cfg);
    expect(result.level).toBe(level);
    expect(result.reasons[0]?.id).toBe(firstReason);
  });

  it('the list reason names the list date and carries the entry as evidence', () => {
    const reason = score(clean, config({ listing: { hits: [hit()], knownGood: false } })).reasons[0];
    expect(reason).toMatchObject({ id: 'listed-fraud', kind: 'fake', severity: 'danger', messageKey: 'reasonListedFraud', subs: ['2026-03-02', 'fahrrad-traum.de', ''] });
    expect(reason?.evidence).toEqual([
      { key: 'evListedEntry', subs: ['fahrrad-traum.de', 'Watchlist Internet'] },
      { key: 'evListedCategory', subs: ['Betrügerische Shops'] },
      { key: 'evListedOn', subs: ['2025-12-16'] },
    ]);
  });

  it('a trusted mark keeps the list reason visible', () => {
    expect(score(clean, config({ siteMark: 'trusted', listing: { hits: [hit()], knownGood: false } })).reasons.map((r) => r.id)).toEqual(['user-trusted', 'listed-fraud']);
  });
});

describe('known-good cap and marketplace sellers', () => {
  it('a third-party seller on a known-good marketplace is judged as that seller: no cap', async () => {
    const { levelWithListing } = await import('../../src/engine/listing-level');
    const listing = { hits: [], knownGood: true };
    const sellerListing = { ...clean, marketplace: { seller: { isMarketplace: false } } } as unknown as PageFacts;
    const ownListing = { ...clean, marketplace: { seller: { isMarketplace: true } } } as unknown as PageFacts;
    expect(levelWithListing('high', config({ listing }), sellerListing)).toBe('high');
    expect(levelWithListing('high', config({ listing }), ownListing)).toBe('medium');
    expect(levelWithListing('high', config({ listing }), clean)).toBe('medium');
  });
});
