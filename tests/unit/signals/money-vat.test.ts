import { describe, expect, it } from 'vitest';
import { amountToCents, parseMoneyAll } from '../../../src/shared/money';
import { checkVatId, isValidAustrianVat, isValidGermanVat } from '../../../src/shared/vat';

describe('money', () => {
  it.each([
    ['1.299,00 €', 129900, 'EUR'],
    ['€1,999.00', 199900, 'EUR'],
    ['9,99 €', 999, 'EUR'],
    ['$12,500', 1250000, 'USD'],
    ['£45.00', 4500, 'GBP'],
    ['EUR 35', 3500, 'EUR'],
    ['CHF 1\'250.50', 125050, 'CHF'],
  ])('%s → %i %s', (text, cents, currency) => {
    expect(parseMoneyAll(text)[0]).toMatchObject({ cents, currency });
  });

  it('ignores numbers without a currency and rejects garbage', () => {
    expect(parseMoneyAll('Artikelnummer 123456, 50 Stück')).toEqual([]);
    expect(amountToCents('12a')).toBeNull();
  });
});

describe('VAT check digits', () => {
  // Published valid ids: BZSt's documented example, Siemens, SAP; Austrian BMF example, ÖBB, voestalpine.
  it.each(['136695976', '811569869', '195936843', '812398835', '146268101'])('DE%s is valid', (digits) => {
    expect(isValidGermanVat(digits)).toBe(true);
  });
  it.each(['123456789', '136695978', '811569868', '012345678', '13669597'])('DE%s is invalid', (digits) => {
    expect(isValidGermanVat(digits)).toBe(false);
  });
  it.each(['13585627', '33864707', '58119529', '36905408'])('ATU%s is valid', (digits) => {
    expect(isValidAustrianVat(digits)).toBe(true);
  });
  it.each(['13585626', '13585621', '1358562'])('ATU%s is invalid', (digits) => {
    expect(isValidAustrianVat(digits)).toBe(false);
  });
  it('normalises spacing and leaves countries without a check we know unchecked', () => {
    expect(checkVatId('DE 136 695 976')).toEqual({ id: 'DE136695976', country: 'DE', checksumValid: true });
    expect(checkVatId('ATU 13585627')).toMatchObject({ country: 'AT', checksumValid: true });
    expect(checkVatId('NO974760673MVA')).toMatchObject({ country: 'NO', checksumValid: null });
  });
});
