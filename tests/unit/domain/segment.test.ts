import { describe, expect, it } from 'vitest';
import { analyseHost } from '../../../src/engine/domain/analyse';
import { decodePunycodeLabel } from '../../../src/engine/domain/punycode';
import { MAX_LABEL_LENGTH, segmentLabel } from '../../../src/engine/domain/segment';
import { typoBrandOf, withinOneEdit } from '../../../src/engine/domain/typo';

/** "nike|schuhe|deutschland": the words the segmenter found, unknown letters as "?…". */
const read = (label: string) => segmentLabel(label).map((s) => (s.word || s.isNumber ? s.text : `?${s.text}`)).join('|');

describe('reading a domain label as words', () => {
  it.each([
    ['nikeschuhedeutschland', 'nike|schuhe|deutschland'],
    ['salomonoutletgermany', 'salomon|outlet|germany'],
    ['jellycat-osterreich', 'jellycat|osterreich'],
    ['the-north-face-sale', 'thenorthface|sale'],
    ['uggoutlet24', 'ugg|outlet|24'],
    ['gunstigeschuhe', 'gunstige|schuhe'],
    ['guenstigeschuhe', 'guenstige|schuhe'],
    ['oesterreich-mode', 'oesterreich|mode'],
    ['kemarde', '?kemar|de'],
  ])('%s → %s', (label, words) => {
    expect(read(label)).toBe(words);
  });

  it('never lets an ordinary word cross a hyphen, but lets a brand written with hyphens through', () => {
    expect(read('jack-wolfskin-outlet')).toBe('jackwolfskin|outlet');
    expect(read('shoe-sale')).toBe('shoe|sale');
  });

  it('reads at most one DNS label (63 characters) of whatever it is given', () => {
    const hostile = 'a'.repeat(10_000);
    const segments = segmentLabel(hostile);
    expect(segments.map((s) => s.text).join('').length).toBe(MAX_LABEL_LENGTH);
    expect(segmentLabel('-'.repeat(500))).toEqual([]);
    expect(segmentLabel('sale'.repeat(1000)).map((s) => s.text).join('')).toBe('sale'.repeat(16).slice(0, MAX_LABEL_LENGTH));
  });
});

describe('brands with one typo', () => {
  it.each([
    ['adiddas', 'Adidas'],
    ['birkenstok', 'Birkenstock'],
    ['monlcer', 'Moncler'],
    ['salomom', 'Salomon'],
  ])('%s is %s misspelt', (candidate, brand) => {
    expect(typoBrandOf(candidate)?.brand.name).toBe(brand);
  });

  it('ordinary words and short names are not typos; deliberate typos keep the first letter', () => {
    expect(typoBrandOf('garden')).toBeNull(); // a word, not "Gardena"
    expect(typoBrandOf('gardens')).toBeNull();
    expect(typoBrandOf('archer')).toBeNull(); // "kärcher" without its first letter
    expect(typoBrandOf('nikke')).toBeNull(); // brands under six letters get no typo matching
    expect(withinOneEdit('moncler', 'monlcer')).toBe(true);
    expect(withinOneEdit('moncler', 'mnolcer')).toBe(false);
  });
});

describe('punycode names', () => {
  it('decodes umlauts and reads them like their ASCII folds', () => {
    expect(decodePunycodeLabel('xn--mbel-mller-ecb1f')).toBe('möbel-müller');
    const a = analyseHost('xn--drmartensshopsterreich-6hc.at');
    expect(a?.brands.map((b) => b.brand.name)).toEqual(['Dr. Martens']);
    expect(a?.countryWords.map((w) => w.text)).toEqual(['osterreich']);
    expect(a?.foreignScript).toBeNull();
  });

  it('notes letters of another script (a Cyrillic “а” in “аpple”)', () => {
    expect(analyseHost('xn--pple-43d.com')?.foreignScript).toBe('аpple');
    expect(decodePunycodeLabel('xn--!!')).toBeNull();
  });
});

describe('what counts in a name', () => {
  it('short words count only where the whole part reads as words', () => {
    expect(analyseHost('ugg-outlet.com')?.brands.map((b) => b.brand.name)).toEqual(['UGG']);
    expect(analyseHost('thuggish.com')?.brands).toEqual([]);
  });

  it('a "de" glued to the name is a country code; the end of "guide" or "mode" is not', () => {
    expect(analyseHost('kemarde.com')?.countryCodes).toEqual([{ code: 'de', glued: true }]);
    expect(analyseHost('bikeshopde.shop')?.countryCodes).toEqual([{ code: 'de', glued: true }]);
    for (const host of ['coinguide.com', 'liftmode.com', 'interlude.com', 'fou-de-puzzle.com']) expect(analyseHost(host)?.countryCodes, host).toEqual([]);
  });

  it('reads a shop builder’s sub-domain as the shop’s name', () => {
    expect(analyseHost('goldengoose-austria.myshoplaza.com')?.name).toBe('goldengoose-austria');
    expect(analyseHost('nike-sale.myshopify.com')?.name).toBe('nike-sale');
  });

  it('has no analysis for IP addresses and hosts without a public suffix', () => {
    expect(analyseHost('127.0.0.1')).toBeNull();
    expect(analyseHost('localhost')).toBeNull();
  });
});
