/**
 * Issue 17: every identifier's normal form, so the same business matches however a page writes it,
 * and which identifiers a page yields (a marketplace's own hotline never counts for its sellers).
 */
import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../../src/background/site/identities';
import { maskIban, normaliseAddress, normaliseCompanyName, normaliseEmail, normaliseIbanId, normalisePhone, normaliseRegister, normaliseVatId } from '../../src/background/site/normalise';
import type { PageFacts } from '../../src/shared/facts';
import type { MarketplaceFacts } from '../../src/shared/facts-marketplace';
import { factsFor } from '../helpers';

describe('normal forms', () => {
  it('IBAN with and without spaces, hyphens or lower case is one IBAN; the popup shows it shortened', () => {
    const forms = ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'de89 3704-0044-0532-0130-00'].map(normaliseIbanId);
    expect(new Set(forms)).toEqual(new Set(['DE89370400440532013000']));
    expect(normaliseIbanId('IBAN folgt per Mail')).toBeNull();
    expect(maskIban('PL61109010140000071219812874')).toBe('PL61 … 2874');
  });

  it('phone numbers in national and international form are one number', () => {
    const forms = ['+49 8651 123456', '0049 8651 123456', '+49 (0) 8651 123456', '08651 / 123456', '(0 86 51) 12 34 56', '08651-123456'].map((p) => normalisePhone(p, '49'));
    expect(new Set(forms)).toEqual(new Set(['+498651123456']));
    expect(normalisePhone('0662 123456', '43')).toBe('+43662123456');
    expect(normalisePhone('0662 123456', null)).toBeNull(); // national, country unknown: not judged
    expect(normalisePhone('+49 30 12', '49')).toBeNull(); // too short to be a number
  });

  it('a company name with and without its company form is one name', () => {
    const forms = ['Muster Handels GmbH', 'Muster Handels', 'MUSTER HANDELS GmbH & Co. KG', 'Muster Handels UG (haftungsbeschränkt)', 'Muster Handels Ltd.'].map(normaliseCompanyName);
    expect(new Set(forms)).toEqual(new Set(['muster handels']));
    expect(normaliseCompanyName('Schröder Möbel e.K.')).toBe('schroder mobel');
    expect(normaliseCompanyName('Müller GmbH')).not.toBe(normaliseCompanyName('Meier GmbH'));
  });

  it('a postal address written three ways is one address', () => {
    const forms = ['Hauptstraße 5, 10115 Berlin', 'Hauptstr. 5, D-10115 Berlin', 'Hauptstrasse 5 10115 Berlin, Deutschland'].map(normaliseAddress);
    expect(new Set(forms)).toEqual(new Set(['hauptstr 5 10115 berlin']));
    expect(normaliseAddress('Berlin')).toBeNull();
  });

  it('e-mail addresses: case, Gmail’s ignored dots and +tags; service mailboxes are nobody’s identity', () => {
    const forms = ['Max.Muster@gmail.com', 'maxmuster+shop@googlemail.com', 'MAXMUSTER@GMAIL.COM'].map((e) => normaliseEmail(e, 'shop.de'));
    expect(new Set(forms)).toEqual(new Set(['maxmuster@gmail.com']));
    expect(normaliseEmail('info+bestellung@Shop.de', 'shop.de')).toBe('info@shop.de');
    expect(normaliseEmail('first.last@shop.de', 'shop.de')).toBe('first.last@shop.de'); // dots matter outside Gmail
    expect(normaliseEmail('service@paypal.de', 'shop.de')).toBeNull();
    expect(normaliseEmail('datenschutz@dsb-extern.de', 'shop.de')).toBeNull();
    expect(normaliseEmail('datenschutz@shop.de', 'shop.de')).toBe('datenschutz@shop.de');
  });

  it('VAT ids and register entries', () => {
    expect(normaliseVatId('DE 136 695 976')).toBe('DE136695976');
    expect(normaliseVatId('atu 12345678')).toBe('ATU12345678');
    expect(normaliseVatId('DE 123')).toBeNull();
    expect(normaliseRegister('Amtsgericht Traunstein, HRB 98765')).toBe('traunstein:HRB:98765');
    expect(normaliseRegister('Amtsgericht Berlin-Charlottenburg, HRB 12345')).toBe('berlin-charlottenburg:HRB:12345');
    expect(normaliseRegister('HRB 98765')).toBeNull(); // unique only per court
    expect(normaliseRegister('FN 123456 a')).toBe('at-fn:123456a');
    expect(normaliseRegister('Company No. 01234567')).toBe('gb-co:01234567');
  });
});

describe('identifiers of a page', () => {
  const shop = (site: string) => ({ key: site, kind: 'shop' as const, label: site });

  it('a checkout with bank details gives the IBAN; a shop footer its VAT id; an Impressum its details and fingerprint', async () => {
    const kasse = await factsFor('pages/fakeshop-checkout/kasse.html', 'https://www.masken-discount24.de/kasse.html');
    expect(identitiesOf(kasse, shop('masken-discount24.de'))).toEqual([{ kind: 'iban', value: 'LT121000011101001000', display: 'LT12 … 1000' }]);
    const footer = await factsFor('pages/connected-honest/bergsport-huber-at.html', 'https://www.bergsport-huber.at/trail-2');
    expect(identitiesOf(footer, shop('bergsport-huber.at')).filter((i) => i.kind === 'vat').map((i) => i.value)).toEqual(['DE136695976']);
    const impressum = await factsFor('pages/profile-shop/impressum.html', 'https://www.polsterhaus-kuehn.de/impressum.html');
    const kinds = identitiesOf(impressum, shop('polsterhaus-kuehn.de')).map((i) => `${i.kind}:${i.value}`);
    expect(kinds).toEqual(expect.arrayContaining(['vat:DE283915446', 'email:polsterhauskuehn@gmail.com', 'impressum:sig']));
  });

  it('on a marketplace listing only the seller’s own details count, never the page’s hotline', () => {
    const market = {
      marketplace: 'amazon', pageKind: 'product', title: 'Drucker', priceCents: 9900, currency: 'EUR', listPriceCents: null, otherOffers: [], originClaims: [],
      seller: { name: 'Xqzv Trading', id: 'A3SELLER00001', profileUrl: null, isMarketplace: false, shipsFrom: null, sellerType: 'business', newSellerMarker: null, ratingCount: 0, positivePercent: null, memberSince: null, memberSinceDate: null, ratingsLast12Months: null, itemLocation: null },
      trader: { businessName: 'Xqzv Trading Ltd', businessType: null, registerNumber: null, vatId: 'DE811569869', vatValid: true, address: 'Hauptstraße 5, 10115 Berlin', country: 'Deutschland', countryCode: 'DE', email: 'xqzv.trading@gmail.com', phone: null },
      offPlatformContact: ['WhatsApp 0176 12345678'], unprotectedPayment: [], fieldsRead: [], fieldsMissing: [],
    } as MarketplaceFacts;
    const facts = { url: 'https://www.amazon.de/dp/B0TEST', host: 'www.amazon.de', lang: 'de', pageType: { pageType: 'product', shopEvidence: ['amazon product'] }, contact: { emails: ['hilfe@amazon.de'], freeMailEmails: [], phones: ['0800 3638469'], postalAddress: null, poBox: null }, marketplace: market, extraction: { elapsedMs: 0, truncated: false, failed: [] } } as PageFacts;
    const ids = identitiesOf(facts, { key: 'amazon:A3SELLER00001', kind: 'seller', label: 'Xqzv Trading (amazon)' }).map((i) => `${i.kind}:${i.value}`);
    expect(ids).toEqual(expect.arrayContaining(['vat:DE811569869', 'email:xqzvtrading@gmail.com', 'phone:+4917612345678', 'name-address:xqzv trading|hauptstr 5 10115 berlin']));
    expect(ids.join(' ')).not.toContain('3638469');
    expect(identitiesOf(facts, { key: 'amazon.de', kind: 'shop', label: 'amazon.de' })).toEqual([]); // the marketplace's own pages
  });
});
