/**
 * The Impressum / legal-notice parser on notices we wrote in the layouts shops use (lines, <br>,
 * definition lists, one paragraph) in de, en, fr, nl, it: street or not, PO boxes in every
 * language, a town without a street, and the engine's verdict on them.
 */
import { describe, expect, it } from 'vitest';
import { parseImpressum } from '../../../src/content/impressum/parse';
import { parseHtml } from '../../../src/cli/load-page';
import { score } from '../../../src/engine';
import type { ImpressumDetails } from '../../../src/shared/facts-shop';
import { evidenceText, factsForHtml } from '../../helpers';

async function impressum(body: string, url = 'https://www.beispiel-shop.de/impressum', lang = 'de'): Promise<ImpressumDetails> {
  const page = parseHtml(`<html lang="${lang}"><body><main>${body}</main></body></html>`, url);
  try {
    return parseImpressum(page.document, url);
  } finally {
    await page.close();
  }
}

/** The reasons a product page of the same shop gets once its Impressum is read. */
async function verdict(details: ImpressumDetails, url = 'https://www.beispiel-shop.de/p/1') {
  const facts = await factsForHtml('<html lang="de"><body><button>In den Warenkorb</button><a href="/impressum">Impressum</a><a href="/agb">AGB</a><a href="/widerruf">Widerruf</a><a href="/datenschutz">Datenschutz</a></body></html>', url);
  return score({ ...facts, impressumDetails: details }).reasons;
}

describe('street addresses in every layout', () => {
  it.each([
    ['DE lines', '<p>Beispiel Shop GmbH<br>Lindenallee 12<br>50667 Köln</p>', 'Lindenallee 12 50667 Köln'],
    ['DE one line with comma', '<p>Beispiel Shop GmbH, Hauptstr. 5, D-10115 Berlin</p>', 'Hauptstr. 5, D-10115 Berlin'],
    ['DE street without suffix', '<p>Im Gewerbepark 7a</p><p>93059 Regensburg</p>', 'Im Gewerbepark 7a 93059 Regensburg'],
    ['DE one line, no comma', '<p>Alpenstraße 17 83435 Bad Reichenhall</p>', 'Alpenstraße 17 83435 Bad Reichenhall'],
    ['AT', '<dl><dt>Anschrift</dt><dd>Mariahilfer Straße 88/3</dd><dd>1070 Wien</dd></dl>', 'Mariahilfer Straße 88/3 1070 Wien'],
    ['CH', '<p>Seestrasse 21<br>8002 Zürich<br>Schweiz</p>', 'Seestrasse 21 8002 Zürich'],
    ['NL', '<p>Prinsengracht 263<br>1016 GV Amsterdam</p>', 'Prinsengracht 263 1016 GV Amsterdam'],
    ['BE', '<p>Rue Neuve 45 · 1000 Bruxelles</p>', 'Rue Neuve 45 · 1000 Bruxelles'],
    ['FR', '<p>18 rue des Lilas<br>69003 Lyon</p>', '18 rue des Lilas 69003 Lyon'],
    ['IT', '<p>Via Nazionale, 44<br>00184 Roma</p>', 'Via Nazionale, 44 00184 Roma'],
    ['UK', '<p>Unit 4, 27 Mill Lane<br>Leeds LS2 7EW</p>', '27 Mill Lane Leeds LS2 7EW'],
  ])('%s', async (_layout, body, address) => {
    expect((await impressum(body)).contact.postalAddress).toBe(address);
  });
});

describe('no street: PO boxes and bare towns', () => {
  it.each([
    ['Postfach 12 34 56', 'Postfach 12 34 56'],
    ['P.O. Box 4410', 'P.O. Box 4410'],
    ['PO Box 77', 'PO Box 77'],
    ['Boîte postale 2210', 'Boîte postale 2210'],
    ['Case postale 118', 'Case postale 118'],
    ['Postbus 9911', 'Postbus 9911'],
    ['Casella postale 52', 'Casella postale 52'],
  ])('%s instead of a street → "only a PO box"', async (box, found) => {
    const details = await impressum(`<p>Beispiel Handel GmbH</p><p>${box}</p><p>80331 München</p><p>Amtsgericht München, HRB 123456</p>`);
    expect(details.contact.postalAddress).toBeNull();
    expect(details.contact.poBox).toBe(found);
    expect(evidenceText((await verdict(details)).find((r) => r.id === 'impressum-incomplete'))[0]).toBe(`only a PO box: ${found}`);
  });

  it.each([
    ['de', '<p>Beispiel Handel GmbH</p><p>48143 Münster</p><p>Deutschland</p>', 'only a town, no street: 48143 Münster'],
    ['en', '<p>Example Trading Ltd</p><p>Manchester M1 1AE</p><p>United Kingdom</p>', 'only a town, no street: Manchester M1 1AE'],
    ['fr', '<p>Exemple SARL</p><p>Strasbourg</p><p>France</p>', 'no street address with postcode found'],
  ])('%s: a town without a street is named as such', async (_lang, body, evidence) => {
    const details = await impressum(body);
    expect(details.contact.postalAddress).toBeNull();
    const reason = (await verdict(details)).find((r) => r.id === 'impressum-incomplete');
    expect(evidenceText(reason)).toContain(evidence);
  });

  it('a PO box next to a full street address is fine (near miss)', async () => {
    const details = await impressum('<p>Beispiel Shop GmbH</p><p>Lindenallee 12</p><p>50667 Köln</p><p>Postanschrift: Postfach 1454</p><p>Amtsgericht Köln, HRB 123456</p>');
    expect(details.contact.postalAddress).toBe('Lindenallee 12 50667 Köln');
    expect(details.contact.poBox).toBe('Postfach 1454');
    expect((await verdict(details)).map((r) => r.id)).not.toContain('impressum-incomplete');
  });

  it('numbers that are not house numbers do not make a street: phones, registers, product names', async () => {
    for (const line of ['Tel. 0221 123456', 'HRB 123456', 'Ust-IdNr. DE 123', 'iPhone 15']) {
      expect((await impressum(`<p>Beispiel GmbH</p><p>${line}</p><p>50667 Köln</p>`)).contact.postalAddress).toBeNull();
    }
  });
});

describe('contact on the notice', () => {
  it('reads a phone whose label is on the line before, in every language', async () => {
    for (const label of ['Telefon:', 'Phone', 'Téléphone :', 'Telefoon', 'Telefono:']) {
      expect((await impressum(`<dl><dt>${label}</dt><dd>0221 987 65 43</dd></dl>`)).contact.phones).toEqual(['0221 987 65 43']);
    }
  });

  it('reads an international number without a label, but not an order number or a price', async () => {
    expect((await impressum('<p>+43 1 234 56 78</p>')).contact.phones).toEqual(['+43 1 234 56 78']);
    expect((await impressum('<p>Bestellnummer 2024 1234 5678</p><p>+3 Artikel</p>')).contact.phones).toEqual([]);
  });
});
