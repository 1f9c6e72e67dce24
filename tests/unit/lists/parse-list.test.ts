import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectListFormat, parseList, parsePlainList, parseWatchlistCsv } from '../../../src/shared/lists/parse-list';
import { splitCsvLine } from '../../../src/shared/lists/csv-fields';
import { normaliseHost } from '../../../src/shared/lists/normalise-host';

// Our own list files in the published formats (invented domains); third-party lists are never committed.
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/lists');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('Watchlist Internet CSV', () => {
  const parsed = parseWatchlistCsv(read('watchlist-sample.csv'));
  const whyOf = (fragment: string) => parsed.rejected.find((r) => r.text.includes(fragment))?.why;

  it('reads the address column through BOM, CRLF, quotes, scheme, www., path and port', () => {
    expect(parsed.domains).toEqual([
      'fahrrad-traum-outlet.shop',
      'billig-sneaker-germany.de',
      'moebel-lager-sale.com',
      '7h2kq.fake-outlet-store.com',
      'bestellung-abc123.myshopify.com',
      'xn--apotheke-sterreich-gnstig-6rc7o.com',
      'banking.dolomiten-sicher.sbs',
      'instagram.com',
      'kaffee-vollautomat-24.at',
    ]);
  });

  it('keeps the listing date and category, and drops a date that does not exist', () => {
    expect(parsed.entries[0]).toEqual({ host: 'fahrrad-traum-outlet.shop', listedOn: '2025-12-16', category: 'Betrügerische Shops' });
    expect(parsed.entries.at(-1)).toEqual({ host: 'kaffee-vollautomat-24.at', category: 'Betrügerische Shops' });
  });

  it('skips the header and reports every other unusable line with its number and why', () => {
    expect(whyOf('"shopname"')).toBe('placeholder');
    expect(whyOf('domain/muster')).toBe('placeholder');
    expect(whyOf('burtonsnowboard')).toBe('not-a-domain');
    expect(whyOf('"myshopify.com"')).toBe('public-suffix');
    expect(whyOf('Sonderposten')).toBe('not-a-domain');
    // The same shop spelt with and without www., in unicode and punycode, is one entry.
    expect(parsed.rejected.filter((r) => r.why === 'duplicate').map((r) => r.line)).toEqual([10, 11]);
    expect(parsed.rejected.find((r) => r.why === 'placeholder')?.line).toBe(2);
    expect(parsed.rejected.some((r) => r.text.includes('Domain'))).toBe(false);
    expect(parsed.rejectedCount).toBe(parsed.rejected.length);
  });

  it('reads the published shape without a header line too', () => {
    const noHeader = parseWatchlistCsv('"erste-firma-sale.de";10.04.2025;"Finanzbetrug"\n"zweite.shop";01.02.2024;"Abo-Fallen"\n');
    expect(noHeader.entries).toEqual([
      { host: 'erste-firma-sale.de', listedOn: '2025-04-10', category: 'Finanzbetrug' },
      { host: 'zweite.shop', listedOn: '2024-02-01', category: 'Abo-Fallen' },
    ]);
    expect(noHeader.rejected).toEqual([]);
  });

  it('handles lone CR line ends, an unclosed quote and hostile lengths in linear time', () => {
    expect(parseWatchlistCsv('a-shop.de;01.01.2025\rb-shop.de;01.01.2025').domains).toEqual(['a-shop.de', 'b-shop.de']);
    expect(parseWatchlistCsv('"c-shop.de;01.01.2025').rejected[0]?.why).toBe('not-a-domain');
    const hostile = `${'"'.repeat(50_000)}x\n${'a.'.repeat(20_000)}de\n"${'a'.repeat(1500)}.de"`;
    const started = performance.now();
    const result = parseWatchlistCsv(hostile);
    expect(result.rejected.map((r) => r.why)).toEqual(['too-long', 'too-long', 'not-a-domain']);
    expect(performance.now() - started).toBeLessThan(2000); // generous: a backtracking regex would take minutes
  });
});

describe('plain lists (imported files, user-added URLs)', () => {
  it('reads one domain a line, hosts-file and adblock lines, and the first CSV field; skips comments', () => {
    const parsed = parsePlainList(read('plain-sample.txt'));
    expect(parsed.domains).toEqual(['fahrrad-traum-outlet.shop', 'uhren-discount-lager.com', 'sneaker-fabrik-sale.de', 'trikot-billig24.com', 'garten-moebel-rabatt.ch']);
    expect(parsed.rejected).toEqual([{ line: 7, text: 'not a domain', why: 'not-a-domain' }]);
  });

  it('tells the formats apart', () => {
    expect(detectListFormat(read('watchlist-sample.csv'))).toBe('watchlist-csv');
    expect(detectListFormat(read('plain-sample.txt'))).toBe('plain');
    expect(parseList('shop-eins.de\nshop-zwei.de\n').domains).toEqual(['shop-eins.de', 'shop-zwei.de']);
  });
});

describe('host normalisation', () => {
  it.each([
    ['HTTPS://WWW.Shop.DE/', 'shop.de'],
    ['shop.de.', 'shop.de'],
    ['user:pw@shop.de:8080/x?y#z', 'shop.de'],
    ['„shop.de“', 'shop.de'],
    ['www2.shop.de', 'shop.de'],
    ['18.130.4.87', '18.130.4.87'],
    ['münchen-räder.de', 'xn--mnchen-rder-s8a81a.de'],
  ])('%s → %s', (raw, host) => expect(normaliseHost(raw)).toEqual({ host }));

  it.each([
    ['', 'empty'],
    ['co.uk', 'public-suffix'],
    ['999.1.1.1', 'not-a-domain'],
    ['sneakerstore', 'not-a-domain'],
    ['javascript:alert(1)', 'not-a-domain'],
    ['-bad-.de', 'not-a-domain'],
    ['example.com', 'placeholder'],
  ])('rejects %j (%s)', (raw, why) => expect(normaliseHost(raw)).toEqual({ why }));

  it('splits quoted CSV fields with doubled quotes and separators inside', () => {
    expect(splitCsvLine('"a;b";"say ""hi""";3', ';')).toEqual(['a;b', 'say "hi"', '3']);
  });
});
