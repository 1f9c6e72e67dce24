import { describe, expect, it } from 'vitest';
import { parseSubjectKey, subjectOf } from '../../src/shared/subject';
import { corpusFacts, describeRealPages, variantFacts } from '../real-pages';

describeRealPages('who a page is about, on real pages (history entries and trust marks)', () => {
  it('a third-party listing is about its seller, keyed by marketplace and seller id', async () => {
    const facts = await variantFacts('kleinanzeigen-scam-ad-de.html', 'https://www.kleinanzeigen.de/s-anzeige/iphone/3381091635-173-6431');
    expect(subjectOf('kleinanzeigen.de', facts.marketplace)).toEqual({ key: 'kleinanzeigen:90000001', kind: 'seller', label: 'Lena M. (kleinanzeigen)' });
    const real = await corpusFacts('pages/kleinanzeigen-de-ad-3381091635.html', 'https://www.kleinanzeigen.de/s-anzeige/x/3381091635-199-6431');
    expect(subjectOf('kleinanzeigen.de', real.marketplace).key).toBe('kleinanzeigen:37235618');
  });

  it('a listing sold by the marketplace itself is about the site', async () => {
    const warehouse = await corpusFacts('pages/amazon-fr-chromebook.html', 'https://www.amazon.fr/dp/B08RJGPSK6');
    expect(subjectOf('amazon.fr', warehouse.marketplace)).toEqual({ key: 'amazon.fr', kind: 'shop', label: 'amazon.fr' });
  });
});

describe('who a page is about (history entries and trust marks)', () => {
  it('any independent shop is about the site', () => {
    expect(subjectOf('shop.de', undefined).key).toBe('shop.de');
  });

  it('stored keys read back into their parts', () => {
    expect(parseSubjectKey('amazon:A3VARIANT00001')).toEqual({ kind: 'seller', marketplace: 'amazon', seller: 'A3VARIANT00001' });
    expect(parseSubjectKey('shop.de')).toEqual({ kind: 'shop', site: 'shop.de' });
  });
});
