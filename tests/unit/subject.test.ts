import { describe, expect, it } from 'vitest';
import { parseSubjectKey, subjectOf } from '../../src/shared/subject';
import { factsFor } from '../helpers';

describe('who a page is about (history entries and trust marks)', () => {
  it('a third-party listing is about its seller, keyed by marketplace and seller id', async () => {
    const facts = await factsFor('pages/kleinanzeigen/scam-ad-de.html.gz', 'https://www.kleinanzeigen.de/s-anzeige/iphone/3381091635-173-6431');
    expect(subjectOf('kleinanzeigen.de', facts.marketplace)).toEqual({ key: 'kleinanzeigen:90000001', kind: 'seller', label: 'Lena M. (kleinanzeigen)' });
    const real = await factsFor('pages/kleinanzeigen/real-ad-3381091635.html.gz', 'https://www.kleinanzeigen.de/s-anzeige/x/3381091635-199-6431');
    expect(subjectOf('kleinanzeigen.de', real.marketplace).key).toBe('kleinanzeigen:37235618');
  });

  it('a listing sold by the marketplace itself, and any independent shop, are about the site', async () => {
    const warehouse = await factsFor('corpus/pages/amazon-fr-chromebook.html.gz', 'https://www.amazon.fr/dp/B08RJGPSK6');
    expect(subjectOf('amazon.fr', warehouse.marketplace)).toEqual({ key: 'amazon.fr', kind: 'shop', label: 'amazon.fr' });
    expect(subjectOf('shop.de', undefined).key).toBe('shop.de');
  });

  it('stored keys read back into their parts', () => {
    expect(parseSubjectKey('amazon:A3VARIANT00001')).toEqual({ kind: 'seller', marketplace: 'amazon', seller: 'A3VARIANT00001' });
    expect(parseSubjectKey('shop.de')).toEqual({ kind: 'shop', site: 'shop.de' });
  });
});
