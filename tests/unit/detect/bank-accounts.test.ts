/**
 * Bank accounts (issue 15, class 4): the account's country against where the shop presents itself as
 * based (Impressum, domain, language and currency — also on .com), and foreign companies as account
 * holders named as such ("a company in Lithuania"), never as private persons.
 */
import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../helpers';
import { legalFormOf, looksLikePerson } from '../../../src/engine/legal-forms';
import { resultOf } from './page';

/** A shop page showing bank details for prepayment, in the page's language and currency. */
function bankPage(lang: string, holderLabel: string, holder: string, iban: string, extra = ''): string {
  return `<html lang="${lang}"><body><h1>Order</h1><p class="price">${lang === 'en' ? '£ 89.00' : '89,00 €'}</p><button>In den Warenkorb</button>
    <div class="bank"><p>${holderLabel}: ${holder}</p><p>IBAN: ${iban}</p><p>BIC: ABCDEFGH</p></div>${extra}</body></html>`;
}

// Valid IBANs (ISO 13616 checksums hold) from the countries the cases need.
const IBAN = {
  LT: 'LT12 1000 0111 0100 1000',
  LV: 'LV80 BANK 0000 4351 9500 1',
  PL: 'PL61 1090 1014 0000 0712 1981 2874',
  HU: 'HU42 1177 3016 1111 1018 0000 0000',
  GB: 'GB29 NWBK 6016 1331 9268 19',
  RO: 'RO49 AAAA 1B31 0075 9384 0000',
  EE: 'EE38 2200 2210 2014 5685',
  CZ: 'CZ65 0800 0000 1920 0014 5399',
  BG: 'BG80 BNBG 9661 1020 3456 78',
  DE: 'DE89 3704 0044 0532 0130 00',
  AT: 'AT61 1904 3002 3457 3201',
  BE: 'BE68 5390 0754 7034',
  IT: 'IT60 X054 2811 1010 0000 0123 456',
} as const;

describe('a foreign company as account holder is named as such', () => {
  it.each([
    ['de on .com: UAB, Lithuanian IBAN', 'https://sneaker-outlet-shop.com/kasse', 'de', 'Kontoinhaber', 'UAB Prekyba', IBAN.LT, 'Lithuania'],
    ['de on .de: SIA, Latvian IBAN', 'https://gartenmoebel-lager.de/zahlung', 'de', 'Empfänger', 'SIA Baltic Goods', IBAN.LV, 'Latvia'],
    ['de on .at: Sp. z o.o., Polish IBAN', 'https://www.skischuhe-billig.at/kasse', 'de', 'Kontoinhaber', 'Nowak Handel Sp. z o.o.', IBAN.PL, 'Poland'],
    ['fr on .fr: Kft., Hungarian IBAN', 'https://montres-prestige.fr/paiement', 'fr', 'Titulaire du compte', 'Kereskedelmi Kft.', IBAN.HU, 'Hungary'],
    ['it on .it: S.R.L. with a Romanian IBAN', 'https://borse-firmate.it/pagamento', 'it', 'Intestatario', 'Comert Online S.R.L.', IBAN.RO, 'Romania'],
    ['de on .de: OÜ, Estonian IBAN', 'https://e-bike-discount.de/kasse', 'de', 'Begünstigter', 'Nordic Deals OÜ', IBAN.EE, 'Estonia'],
    ['de on .de: s.r.o., Czech IBAN', 'https://kaffeevollautomat-sale.de/checkout', 'de', 'Kontoinhaber', 'Rychle Zbozi s.r.o.', IBAN.CZ, 'Czechia'],
    ['nl on .nl: EOOD, Bulgarian IBAN', 'https://fietsen-uitverkoop.nl/afrekenen', 'nl', 'Rekeninghouder', 'Trade Bul EOOD', IBAN.BG, 'Bulgaria'],
  ])('%s', async (_name, url, lang, label, holder, iban, country) => {
    const { ids, result } = await resultOf(bankPage(lang, label, holder, iban), url);
    expect(ids).toContain('checkout-recipient-foreign-company');
    expect(ids).toContain('checkout-iban-foreign');
    expect(ids).not.toContain('checkout-private-recipient');
    const text = evidenceText(result.reasons.find((r) => r.id === 'checkout-recipient-foreign-company')).join(' | ');
    expect(text).toContain(`is a company in ${country}`);
    expect(text).not.toMatch(/private person/);
  });

  it('an English shop pricing in pounds, paid to a Lithuanian UAB', async () => {
    const { ids, result } = await resultOf(bankPage('en', 'Account name', 'Kauno Prekyba UAB', IBAN.LT), 'https://gadget-clearance.com/checkout');
    expect(ids).toEqual(expect.arrayContaining(['checkout-recipient-foreign-company', 'checkout-iban-foreign']));
    expect(evidenceText(result.reasons.find((r) => r.id === 'checkout-iban-foreign')).join(' | ')).toContain('is an account in Lithuania');
  });

  it('a German Impressum (valid USt-IdNr) decides the seat even on a .com domain', async () => {
    const extra = '<footer><p>Muster Handels GmbH, Hauptstraße 5, 10115 Berlin</p><p>USt-IdNr.: DE136695976</p></footer>';
    const { ids, result } = await resultOf(bankPage('en', 'Beneficiary', 'Global Ventures Ltd', IBAN.GB, extra), 'https://premium-watches.com/checkout');
    expect(ids).toContain('checkout-iban-foreign');
    expect(evidenceText(result.reasons.find((r) => r.id === 'checkout-iban-foreign')).join(' | ')).toMatch(/based in Germany \(DE136695976\)/);
    expect(ids).toContain('checkout-recipient-foreign-company');
  });
});

describe('near misses: accounts that fit the shop', () => {
  it.each([
    ['German GmbH named like the shop, German IBAN', 'https://www.bergsport-huber.de/kasse', 'de', 'Kontoinhaber', 'Bergsport Huber GmbH', IBAN.DE],
    ['Austrian e.U. on .com, Austrian IBAN', 'https://bergsport-huber.com/kasse', 'de', 'Kontoinhaber', 'Bergsport Huber e.U.', IBAN.AT],
    ['Swiss shop with a German euro account', 'https://www.velo-meier.ch/kasse', 'de', 'Kontoinhaber', 'Velo Meier AG', IBAN.DE],
    ['Dutch B.V. with a Belgian account', 'https://www.fietsen-jansen.nl/afrekenen', 'nl', 'Rekeninghouder', 'Fietsen Jansen B.V.', IBAN.BE],
    ['Italian S.r.l. with an Italian account', 'https://www.borse-rossi.it/pagamento', 'it', 'Intestatario', 'Borse Rossi S.r.l.', IBAN.IT],
    ['British Ltd with a British account', 'https://www.teashop.co.uk/checkout', 'en', 'Account name', 'Tea Shop Ltd', IBAN.GB],
    ['Lithuanian shop on .lt with a UAB', 'https://www.prekes.lt/krepselis', 'lt', 'Gavėjas', 'UAB Prekes', IBAN.LT],
  ])('%s', async (_name, url, lang, label, holder, iban) => {
    const { ids } = await resultOf(bankPage(lang, label, holder, iban), url);
    expect(ids).not.toContain('checkout-recipient-foreign-company');
    expect(ids).not.toContain('checkout-iban-foreign');
    expect(ids).not.toContain('checkout-private-recipient');
  });

  it('a French shop writing in German, named like its domain (umlaut spelled out), with its French address and account', async () => {
    const extra = '<footer><p>Küchenbox SARL</p><p>3 rue de la République</p><p>13001 Marseille</p><p>Frankreich</p></footer>';
    const { ids, facts } = await resultOf(bankPage('de', 'Kontoinhaber', 'Küchenbox SARL', 'FR76 3000 6000 0112 3456 7890 189', extra), 'https://www.kuechenbox.com/kasse');
    expect(facts.contact?.addressCountry).toBe('FR');
    expect(ids).not.toContain('checkout-recipient-foreign-company');
    expect(ids).not.toContain('checkout-iban-foreign');
  });

  it('a foreign company that is the shop itself is no "unrelated company" (the foreign account still counts)', async () => {
    const { ids } = await resultOf(bankPage('de', 'Kontoinhaber', 'UAB Prekyba', IBAN.LT), 'https://prekyba.de/kasse');
    expect(ids).not.toContain('checkout-recipient-foreign-company');
    expect(ids).toContain('checkout-iban-foreign');
  });

  it('a shop with no claimed seat at all (English on .com, no Impressum) is not judged on the account country', async () => {
    const html = bankPage('en', 'Account name', 'UAB Prekyba', IBAN.LT).replace('£ 89.00', '$ 89.00');
    const { ids } = await resultOf(html, 'https://gadgets.example.com/checkout');
    expect(ids).not.toContain('checkout-iban-foreign');
    expect(ids).not.toContain('checkout-recipient-foreign-company');
  });
});

describe('who is a person, who is a company', () => {
  it.each(['Jonas Petraitis', 'Anna-Lena von Berg', 'J. Petraitis', 'MAX MUSTERMANN', 'Maria de la Cruz'])('%s looks like a person', (name) => {
    expect(looksLikePerson(name)).toBe(true);
  });
  it.each(['UAB Prekyba', 'SIA Baltic Goods', 'Nowak Sp. z o.o.', 'Kereskedelmi Kft.', 'Comert S.R.L.', 'Baltic Trading', 'Import Export Nord', 'Shop Ltd', 'Velo Meier AG'])('%s is a company, never a person', (name) => {
    expect(looksLikePerson(name)).toBe(false);
  });
  it.each([
    ['UAB Prekyba', ['LT']],
    ['Nordic Deals OÜ', ['EE']],
    ['SIA Baltic', ['LV']],
    ['Nowak Sp. z o.o.', ['PL']],
    ['Zbozi s.r.o.', ['CZ', 'SK']],
    ['Kereskedelmi Kft.', ['HU']],
    ['Trade Bul EOOD', ['BG']],
    ['Muster GmbH', ['DE', 'AT', 'CH', 'LI']],
  ])('%s is registered in %j', (name, countries) => {
    expect(legalFormOf(name)?.countries).toEqual(countries);
  });

  it('a private person next to the bank details is still named one', async () => {
    const { result } = await resultOf(bankPage('de', 'Kontoinhaber', 'Jonas Petraitis', IBAN.DE), 'https://www.schnaeppchen-welt24.de/kasse');
    expect(evidenceText(result.reasons.find((r) => r.id === 'checkout-private-recipient'))).toEqual(['recipient “Jonas Petraitis” looks like a private person, not a company']);
  });
});
