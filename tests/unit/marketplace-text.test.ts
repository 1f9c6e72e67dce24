import { describe, expect, it } from 'vitest';
import { offPlatformContact, originClaims, parseFeedbackBreakdown, parseMemberSince, unprotectedPaymentRequests } from '../../src/content/adapters/marketplace-text';
import { countryCodeOf } from '../../src/shared/country';

describe('member since', () => {
  it.each([
    ['Mitglied seit: 14. Mär 2009', '14. Mär 2009', '2009-03-14'],
    ['Member since Oct 2026', 'Oct 2026', '2026-10-01'],
    ['Joined Mar 2011', 'Mar 2011', '2011-03-01'],
    ['Aktiv seit 23.02.2016', '23.02.2016', '2016-02-23'],
    ['Membre depuis : 3 mars 2015', '3 mars 2015', '2015-03-03'],
    ['Iscritto dal 5 marzo 2018', '5 marzo 2018', '2018-03-05'],
    ['Mitglied seit 2019', '2019', '2019-01-01'],
  ])('%s → %s, earliest date %s', (text, raw, date) => {
    expect(parseMemberSince(text)).toEqual({ raw, date });
  });

  it('text without a date keeps the words but no date; no marker gives null', () => {
    expect(parseMemberSince('Mitglied seit langer Zeit')).toEqual({ raw: 'langer Zeit', date: null });
    expect(parseMemberSince('Versand aus Deutschland')).toBeNull();
  });
});

describe('feedback breakdown', () => {
  it('reads the 12-month and lifetime columns of the count row', () => {
    const cells = [['', '30 Tage', '90 Tage', '12 Monate', 'Insgesamt'], ['Anzahl', '0', '2', '17', '1.204']];
    expect(parseFeedbackBreakdown(cells, '')).toEqual({ last12Months: 17, lifetime: 1204 });
  });

  it('falls back to the summary sentence, and says nothing when nothing is shown', () => {
    expect(parseFeedbackBreakdown([], '98 % positive in the last 12 months (2,314 ratings)')).toEqual({ last12Months: 2314, lifetime: null });
    expect(parseFeedbackBreakdown([], '4,7 von 5 Sternen')).toEqual({ last12Months: null, lifetime: null });
  });
});

describe('country of an address', () => {
  it.each([
    ['Werftstraße 12, 24148 Kiel, DE', 'DE'],
    ['Vahrenwalder Str. 7, 30165 Hannover, Deutschland', 'DE'],
    ['Bantian, Shenzhen, Guangdong, 518000, CN', 'CN'],
    ['Volksrepublik China', 'CN'],
    ['Room 5, Kowloon, Hong Kong', 'HK'],
    ['London, UK', 'GB'],
    ['Wien, Österreich', 'AT'],
    ['Paris, Allemagne', 'DE'],
  ])('%s → %s', (address, code) => {
    expect(countryCodeOf(address)).toBe(code);
  });

  it('a city, a postcode or an unknown code is not a country', () => {
    expect(countryCodeOf('12345 Berlin')).toBeNull();
    expect(countryCodeOf('Musterstraße 1, ZZ')).toBeNull();
    expect(countryCodeOf('')).toBeNull();
  });
});

describe('listing text', () => {
  it('finds origin claims in de and en', () => {
    expect(originClaims('Neu, Versand aus Deutschland vom deutschen Händler')).toEqual([{ country: 'DE', text: 'Versand aus Deutschland' }]);
    expect(originClaims('Fast dispatch – ships from the UK')).toEqual([{ country: 'GB', text: 'ships from the UK' }]);
    expect(originClaims('Made in Germany quality')).toEqual([]);
  });

  it('finds unprotected payment requests and does not list a WhatsApp number twice', () => {
    const text = 'Nur Überweisung oder PayPal an Freunde, WhatsApp 0176 1234567';
    expect(unprotectedPaymentRequests(text)).toEqual(['Nur Überweisung', 'PayPal an Freunde']);
    expect(offPlatformContact(text)).toEqual(['WhatsApp 0176 1234567']);
    expect(unprotectedPaymentRequests('PayPal Käuferschutz, Versand mit DHL')).toEqual([]);
  });
});
