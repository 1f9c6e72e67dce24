/**
 * IBAN validity against a published test list. The IBAN strings below are copied from
 * python-stdnum's tests/test_iban.doctest (arthurdejong/python-stdnum, LGPL-2.1): the sample
 * numbers of the IBAN registry, and the numbers it lists as broken checksums, wrong lengths,
 * letters where the country's format wants digits (or the reverse), an unknown country code,
 * and failing national check digits.
 */
import { describe, expect, it } from 'vitest';
import { ibanProblem, isValidIban } from '../../src/shared/iban';

const REGISTRY_SAMPLES = [
  'AD12 0001 2030 2003 5910 0100', 'AT61 1904 3002 3457 3201', 'BA39 1290 0794 0102 8494', 'BE68 5390 0754 7034',
  'BG80 BNBG 9661 1020 3456 78', 'CH93 0076 2011 6238 5295 7', 'CY17 0020 0128 0000 0012 0052 7600', 'CZ65 0800 0000 1920 0014 5399',
  'DE89 3704 0044 0532 0130 00', 'DK50 0040 0440 1162 43', 'ES91 2100 0418 4502 0005 1332', 'FR14 2004 1010 0505 0001 3M02 606',
  'GB29 NWBK 6016 1331 9268 19', 'GI75 NWBK 0000 0000 7099 453', 'HR12 1001 0051 8630 0016 0', 'IT60 X054 2811 1010 0000 0123 456',
  'LI21 0881 0000 2324 013A A', 'LT12 1000 0111 0100 1000', 'LU28 0019 4006 4475 0000', 'NL91 ABNA 0417 1643 00',
  'PL61 1090 1014 0000 0712 1981 2874', 'PT50 0002 0123 1234 5678 9015 4', 'NO93 8601 1117 947', 'XK051212012345678906',
];

const BROKEN = {
  checksum: ['AL48212110090000000235698741', 'AD1210012030200359100100', 'AT611804300234573201', 'BE68530907547034', 'BA391290709401028494', 'BG80BNBG99611020345678', 'HR1210010052863000160', 'CY17002001281000001200527600', 'CZ6508000000129000145399', 'CZ9455000000000101038930', 'DK5000400440116342'],
  length: ['AD48 0001 2030 2003 5910 01', 'AT93 1904 3002 3457 3201 99', 'BE36 5390 0754 7034 1234', 'BA30 1290 0794 0102 84'],
  format: ['BG93 BNBG 9661 1A20 3456 78', 'GI22 NW3K 0000 0000 7099 453', 'NL56 3003 0A17 1643 00', 'QQ93 1234 5678'],
  nationalCheckDigits: ['ES2121000418450200051331', 'ES89 3183 1500 9500 0121 0562'],
};

describe('IBAN validity (python-stdnum test list)', () => {
  it.each(REGISTRY_SAMPLES)('%s (IBAN registry sample) is valid', (iban) => expect(isValidIban(iban)).toBe(true));
  for (const [why, list] of Object.entries(BROKEN)) {
    it.each(list)(`%s (${why}) is invalid`, (iban) => expect(isValidIban(iban)).toBe(false));
  }
  it('rejects overlong and empty input without work', () => {
    expect(isValidIban(`DE89${'0'.repeat(10_000)}`)).toBe(false);
    expect(isValidIban('')).toBe(false);
  });
});

describe('why an IBAN is invalid (the evidence must name the right check)', () => {
  it.each(REGISTRY_SAMPLES)('%s has no problem', (iban) => expect(ibanProblem(iban)).toBeNull());
  it.each(BROKEN.checksum)('%s fails the mod-97 checksum', (iban) => expect(ibanProblem(iban)).toBe('checksum'));
  it.each([...BROKEN.length, ...BROKEN.format])('%s has the wrong structure', (iban) => expect(ibanProblem(iban)).toBe('structure'));
  it.each(BROKEN.nationalCheckDigits)('%s passes mod-97 but fails the national check digits', (iban) => expect(ibanProblem(iban)).toBe('national-check'));
  it('a French IBAN with a wrong RIB key and recomputed mod-97 digits is a national-check failure, not a checksum failure', () => {
    expect(ibanProblem('FR84 2004 1010 0505 0001 3M02 607')).toBe('national-check');
  });
  it('overlong input is a structure problem, read without work', () => expect(ibanProblem(`DE89${'0'.repeat(10_000)}`)).toBe('structure'));
});
