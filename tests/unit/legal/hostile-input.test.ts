/**
 * The legal, company, contact, locale, seal and urgency readers on hostile text: long runs that
 * make a backtracking pattern quadratic (digits, capitalised words, repeated labels, separators).
 * Every reader bounds its input and uses patterns without nested or overlapping unbounded
 * quantifiers, so each call is linear; a quadratic one would not finish within the test timeout.
 * (The locale signal's currencies come from the shared money pattern, which has its own fuzz test.)
 */
import { describe, expect, it } from 'vitest';
import { buildContext, type ExtractContext } from '../../../src/content/context';
import { parseHtml } from '../../../src/cli/load-page';
import { registerFacts } from '../../../src/content/impressum/registers';
import { findVatIds } from '../../../src/content/impressum/vat-ids';
import { companyNames } from '../../../src/content/impressum/legal-forms';
import { addressFacts } from '../../../src/content/impressum/address';
import { extractContact } from '../../../src/content/signals/contact';
import { extractUrgency } from '../../../src/content/signals/urgency';
import { findLegalLinks } from '../../../src/content/signals/legal-links';

const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const HOSTILE: Record<string, string> = {
  digits: fill('1'),
  spacedDigits: fill('1 '),
  vatGroups: `DE ${fill('123 ')}`,
  prefixes: fill('DE-1.'),
  hrb: fill('HRB 1/'),
  courts: fill('Amtsgericht Aa-'),
  capitalWords: fill('Aaaa '),
  oneWord: fill('A'),
  forms: fill('Aa GmbH & Co. '),
  register: fill('Registered in England '),
  kvk: fill('KvK 1 '),
  rea: fill('REA a '),
  streets: fill('Hauptstraße 5, '),
  postcodes: fill('10115 Berlin\n'),
  poBox: `Postfach ${fill('1 ')}`,
  phones: `Tel. ${fill('+49 1 ')}`,
  urgency: fill('nur noch 1 '),
  visitors: fill('12 personen '),
  mail: fill('a.') + '@',
  money: fill('€ 1.'),
};

function contextWith(text: string, links: ExtractContext['links'] = []): ExtractContext {
  const page = parseHtml('<html lang="de"><body><p>x</p></body></html>', 'https://shop.example.de/p');
  const ctx = buildContext(page.document, new URL('https://shop.example.de/p'));
  void page.close();
  return { ...ctx, text, lowerText: text.toLowerCase(), links };
}

describe('hostile text stays linear', () => {
  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const text = HOSTILE[name] ?? '';
    expect(registerFacts(text).entries.length).toBeLessThanOrEqual(5);
    expect(findVatIds(text).length).toBeLessThanOrEqual(5);
    expect(companyNames(text).length).toBeLessThanOrEqual(5);
    expect(typeof addressFacts(text)).toBe('object');
    const ctx = contextWith(text);
    expect(extractContact(ctx).phones.length).toBeLessThanOrEqual(10);
    expect(extractUrgency(ctx)).toBeDefined();
  }, 60_000);

  it('5,000 links with long, folded labels and paths', () => {
    const links = Array.from({ length: 5000 }, (_, i) => ({
      label: `${'Über uns Mentions légales '.repeat(8)}${i}`,
      url: new URL(`https://shop.example.de/${'a-'.repeat(400)}/${'impressum-'.repeat(20)}${i}`),
      rawHref: '/x',
    }));
    const facts = findLegalLinks(contextWith('', links));
    expect(facts.terms).toBeNull();
  }, 60_000);
});
