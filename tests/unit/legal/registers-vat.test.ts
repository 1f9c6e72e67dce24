/**
 * Register entries and VAT ids by country. Valid VAT ids are published examples from
 * python-stdnum's test data (the library stdnum-js ports, which checks them); each altered in its
 * last digit must fail. Register entries are written in the forms the registers give out; the
 * malformed ones in the ways made-up notices get them wrong.
 */
import { describe, expect, it } from 'vitest';
import { registerFacts } from '../../../src/content/impressum/registers';
import { findVatIds } from '../../../src/content/impressum/vat-ids';
import { companyNames } from '../../../src/content/impressum/legal-forms';
import { checkVatId } from '../../../src/shared/vat';
import { parseImpressum } from '../../../src/content/impressum/parse';
import { parseHtml } from '../../../src/cli/load-page';
import { score } from '../../../src/engine';
import { factsForHtml } from '../../helpers';

const PUBLISHED_VALID = ['ATU13585627', 'BE0403019261', 'BG175074752', 'CHE-109.910.570', 'CY10259033P', 'CZ25123891', 'DE136695976', 'DK13585628', 'EE100931558', 'EL094259216', 'ESB58378431', 'FI20774740', 'FR40303265045', 'GB980780684', 'HR33392005961', 'HU12892312', 'IE6433435F', 'IT00743110157', 'LT119511515', 'LU15027442', 'LV40003521600', 'MT11679112', 'NL004495445B01', 'PL8567346215', 'PT501964843', 'RO18547290', 'SE556188840401', 'SI50223054', 'SK2022749619'];

describe('VAT check digits of every EU state, the UK and Switzerland', () => {
  it.each(PUBLISHED_VALID)('%s passes', (id) => {
    expect(checkVatId(id).checksumValid).toBe(true);
  });
  // One digit of the number proper changed (the third-last digit is never a suffix like NL's "B01" or SE's "01").
  const altered = (id: string) => id.replace(/\d(?=\D*\d\D*\d\D*$)/, (d) => String((Number(d) + 1) % 10));
  it.each(PUBLISHED_VALID.map(altered))('%s (one digit changed) fails', (id) => {
    expect(checkVatId(id).checksumValid).toBe(false);
  });
  it('a number of the wrong shape is not judged (it may be our misreading)', () => {
    expect(checkVatId('NL12345').checksumValid).toBeNull();
    expect(checkVatId('XX123456789').checksumValid).toBeNull();
  });
});

describe('VAT ids as shops write them', () => {
  it.each([
    ['USt-IdNr.: DE 136 695 976', 'DE136695976'],
    ['Steuer-ID (USt)\nDE-136695976', 'DE136695976'],
    ['UID: ATU-13585627', 'ATU13585627'],
    ['VAT Reg. No.\nGB 980 7806 84', 'GB980780684'],
    ['Numéro de TVA : FR 40 303 265 045', 'FR40303265045'],
    ['BTW-id: NL004495445B01', 'NL004495445B01'],
    ['MWST-Nr. CHE-109.910.570 MWST', 'CHE109910570MWST'],
    ['P.IVA 00743110157', 'IT00743110157'],
    ['Partita IVA: IT 00743110157', 'IT00743110157'],
    ['N° TVA BE 0403.019.261', 'BE0403019261'],
  ])('%s', (text, id) => {
    expect(findVatIds(text).map((v) => v.raw)).toEqual([id]);
  });

  it('does not read IBANs, postcodes or order numbers as VAT ids', () => {
    expect(findVatIds('IBAN: DE89 3704 0044 0532 0130 00 · BE68 5390 0754 7034 · FR76 3000 6000 0112 3456 7890 189')).toEqual([]);
    expect(findVatIds('NL 1012 AB Amsterdam · IT 00184 Roma · Bestellung FR-2024-118')).toEqual([]);
  });

  it('a made-up Dutch or Italian number is flagged; the real ones are not', async () => {
    const bad = await factsForHtml('<html lang="nl"><body><button>Add to cart</button><p>BTW-nummer: NL004495446B01</p></body></html>');
    expect(score(bad).reasons.map((r) => r.id)).toContain('vat-id-invalid');
    const good = await factsForHtml('<html lang="it"><body><button>Add to cart</button><p>P.IVA 00743110157</p></body></html>');
    expect(score(good).reasons.map((r) => r.id)).not.toContain('vat-id-invalid');
  });
});

describe('register entries', () => {
  it.each([
    ['Amtsgericht Köln, HRB 123456', 'Amtsgericht Köln, HRB 123456'],
    ['Registergericht: Amtsgericht Berlin (Charlottenburg) · HRB 98765 B', 'HRB 98765 B'],
    ['Firmenbuchnummer: FN 123456a, Landesgericht Innsbruck', 'FN 123456a'],
    ['UID-Nr. CHE-109.910.570 · Handelsregister des Kantons Zürich', 'CHE-109.910.570'],
    ['Registered in England and Wales, company number 04332300', '04332300'],
    ['Company No. SC123456', 'SC123456'],
    ['KvK-nummer: 12345678', '12345678'],
    ['RCS Lyon 303 265 045', 'RCS Lyon 303 265 045'],
    ['REA MI-1234567', 'REA MI-1234567'],
    ['KRS 0000123456', 'KRS 0000123456'],
    ['Ondernemingsnummer 0403.019.261', '0403.019.261'],
  ])('%s is an entry', (text, part) => {
    const facts = registerFacts(text);
    expect(facts.entries.join(' | ')).toContain(part);
    expect(facts.malformed).toEqual([]);
  });

  it.each([
    ['HRB 081096290 (nine digits)', 'Amtsgericht München, HRB 081096290'],
    ['HRB with a slash', 'Amtsgericht Hamburg HRB 2019/4471'],
    ['a court that is a continent', 'Amtsgericht Europa, HRB 63791'],
    ['a "register" that is a country', 'Handelsregister Deutschland, Nr. 44656669370'],
    ['an office that keeps no register', 'Handelsamt Berlin-Mitte, HRB 16876'],
    ['a KvK number of the wrong length', 'KvK 123456'],
    ['a UK company number of the wrong length', 'Company No. 12345'],
    ['a SIREN failing its Luhn check', 'RCS Paris 123 456 789'],
    ['an FN with seven digits', 'FN 1234567a'],
  ])('%s is malformed', (_what, text) => {
    expect(registerFacts(text).malformed.length).toBeGreaterThan(0);
  });
});

describe('registered companies must name their entry; near misses stay quiet', () => {
  async function reasonsFor(body: string, host: string) {
    const url = `https://${host}/legal`;
    const page = parseHtml(`<html><body><main>${body}</main></body></html>`, url);
    const details = parseImpressum(page.document, url);
    await page.close();
    const facts = await factsForHtml('<html><body><button>Add to cart</button><a href="/legal">Legal notice</a><a href="/agb">AGB</a><a href="/w">Widerruf</a><a href="/p">Privacy</a></body></html>', `https://${host}/p/1`);
    return score({ ...facts, impressumDetails: details }).reasons.find((r) => r.id === 'impressum-incomplete');
  }
  const street = (s: string) => `<p>${s}</p>`;

  it.each([
    ['GmbH', 'beispiel.de', 'Beispiel Handel GmbH', 'Lindenallee 12', '50667 Köln'],
    ['Ltd', 'example.co.uk', 'Example Trading Ltd', '27 Mill Lane', 'Leeds LS2 7EW'],
    ['B.V.', 'voorbeeld.nl', 'Voorbeeld Handel B.V.', 'Kerkstraat 12', '1017 GC Amsterdam'],
    ['SARL', 'exemple.fr', 'Exemple Commerce SARL', '18 rue des Lilas', '69003 Lyon'],
    ['S.r.l.', 'esempio.it', 'Esempio Commercio S.r.l.', 'Via Nazionale, 44', '00184 Roma'],
  ])('%s without any register entry is incomplete', async (form, host, name, line1, line2) => {
    const reason = await reasonsFor(street(name) + street(line1) + street(line2), host);
    expect(reason?.evidence.map((e) => e.key)).toContain('evNoRegister');
    expect(reason?.evidence.find((e) => e.key === 'evNoRegister')?.subs).toEqual([form]);
  });

  it.each([
    ['an Austrian GmbH with FN', 'beispiel.at', '<p>Beispiel Handel GmbH</p><p>Mariahilfer Straße 88</p><p>1070 Wien</p><p>Firmenbuch: FN 123456a, Handelsgericht Wien</p><p>UID: ATU13585627</p>'],
    ['a Swiss AG with its UID', 'beispiel.ch', '<p>Beispiel Handel AG</p><p>Seestrasse 21</p><p>8002 Zürich</p><p>Handelsregister des Kantons Zürich</p><p>CHE-109.910.570 MWST</p>'],
    ['a UK Ltd with its company number', 'example.co.uk', '<p>Example Trading Ltd</p><p>27 Mill Lane</p><p>Leeds LS2 7EW</p><p>Registered in England and Wales No. 04332300</p><p>VAT GB 980 7806 84</p>'],
    ['a Dutch B.V. with KvK', 'voorbeeld.nl', '<p>Voorbeeld Handel B.V.</p><p>Kerkstraat 12</p><p>1017 GC Amsterdam</p><p>KvK 12345678 · BTW NL004495445B01</p>'],
    ['an Italian S.r.l. with its P.IVA', 'esempio.it', '<p>Esempio Commercio S.r.l.</p><p>Via Nazionale, 44</p><p>00184 Roma</p><p>P.IVA 00743110157</p>'],
    ['a sole trader without form', 'beispiel.de', '<p>Beispiel-Laden, Inh. Eva Muster</p><p>Lindenallee 12</p><p>50667 Köln</p><p>Kleinunternehmer gemäß § 19 UStG</p>'],
  ])('%s: nothing to flag', async (_what, host, body) => {
    expect(await reasonsFor(body, host)).toBeUndefined();
  });
});

describe('company names with legal forms', () => {
  it('reads forms of many countries in one spelling each', () => {
    const text = ['Möbelbox Krüger UG (haftungsbeschränkt)', 'Radbox Müller GmbH & Co. KG', 'Visser Zweirad B.V.', 'Sportstore S.r.l.', 'Boiscenter Robert SAS', 'Mercato Online OOD'].join('\n');
    expect(companyNames(text).map((c) => c.form)).toEqual(['UG', 'GmbH & Co. KG', 'B.V.', 'S.r.l.', 'SAS']);
  });
  it('does not take a court ("AG München") or a floor ("2. OG") for a company', () => {
    expect(companyNames('Registergericht AG München\nHauptstraße 5, 2. OG')).toEqual([]);
  });
});
