import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, localiseSub, paymentMethodKey, type MessageTable } from '../../src/shared/i18n-format';
import { PaymentMethodSchema } from '../../src/shared/payment-method';
import { tipsFor, REPORT_LINKS } from '../../src/popup/tips';
import { RULES } from '../../src/engine';

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as MessageTable;
const en = load('en');
const de = load('de');

/** Every t('…') key used in the UI source. */
function keysUsedInSource(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(e.name)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  const keys = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1] as string);
    // Keys passed around as data (textKey="…", labelKey: '…', ['auto', 'optionsAuto']) by their prefixes.
    for (const m of text.matchAll(/['"]((?:popup|options|level|kind|badge|tip|link|action|report|banner|ev)[A-Z][A-Za-z0-9]*)['"]/g)) keys.add(m[1] as string);
  }
  return [...keys];
}

describe('locales', () => {
  it('de and en have exactly the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('de and en use the same placeholders in every message, and every message has a description', () => {
    for (const key of Object.keys(en)) {
      const holders = (table: MessageTable) => Object.values(table[key]?.placeholders ?? {}).map((p) => p.content).sort();
      expect(holders(de), key).toEqual(holders(en));
      expect(en[key]?.description, key).toBeTruthy();
      expect(de[key]?.message, key).toBeTruthy();
    }
  });

  it('every key the UI asks for exists (a missing one fails here, not in front of a shopper)', () => {
    const missing = keysUsedInSource().filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('every tip and report link the popup can show has a text', () => {
    const reasons = RULES.map((r) => ({ id: r.id, severity: 'danger' as const, kind: r.kind, points: 30, messageKey: '', subs: [], evidence: [] }));
    for (const key of tipsFor(reasons, 'high')) expect(en, key).toHaveProperty(key);
    for (const links of Object.values(REPORT_LINKS)) for (const link of links) expect(de, link.labelKey).toHaveProperty(link.labelKey);
  });

  it('fills placeholders with text, never markup', () => {
    const entry = en.reasonVatIdInvalid;
    expect(entry && formatMessage(entry, ['<img src=x onerror=alert(1)>'])).toBe('The VAT number <img src=x onerror=alert(1)> fails its check digit');
  });
});

describe('amounts and payment methods in evidence are shown in the shopper’s language', () => {
  const lookup = (key: string) => de[key]?.message ?? null;

  it('formats neutral amounts per locale and names payment methods', () => {
    expect(localiseSub('1299.00 EUR', 'de', lookup)).toBe('1.299,00\u00a0€');
    expect(localiseSub('1299.00 EUR', 'en', lookup)).toBe('€1,299.00');
    expect(localiseSub('prepayment', 'de', lookup)).toBe('Vorkasse (Überweisung)');
    expect(localiseSub('paypal, credit-card', 'de', lookup)).toBe('PayPal, Kreditkarte');
  });

  it('leaves text found on the page alone, even when it looks similar', () => {
    for (const text of ['Nur Vorkasse möglich', '89,99 €', 'prepayment only', '12.5 EUR', 'paypal, Kreditkarte']) expect(localiseSub(text, 'de', lookup)).toBe(text);
  });

  it('every payment method has a name in both locales', () => {
    for (const messages of [en, de]) expect(PaymentMethodSchema.options.map(paymentMethodKey).filter((key) => !(key in messages))).toEqual([]);
  });
});
