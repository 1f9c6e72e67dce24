/**
 * Issue 17: near-identical Impressum texts (and templates) are found across domains — one changed
 * line still matches, two different companies' Impressum texts do not, even when both carry the
 * same generator boilerplate.
 */
import { describe, expect, it } from 'vitest';
import { impressumFingerprint } from '../../src/content/impressum/fingerprint';
import { parseImpressum } from '../../src/content/impressum/parse';
import { extractTemplate } from '../../src/content/signals/template';
import { buildContext } from '../../src/content/context';
import { parseHtml } from '../../src/cli/load-page';
import { IDENTITY_LIMITS } from '../../src/shared/identity';
import { bandKeys, minHash, similarity } from '../../src/shared/minhash';
import { readFixture } from '../helpers';

const BOILERPLATE = `<h2>Haftung für Inhalte</h2>
<p>Als Diensteanbieter sind wir gemäß § 7 Abs.1 DDG für eigene Inhalte auf diesen Seiten nach den allgemeinen Gesetzen verantwortlich. Nach §§ 8 bis 10 DDG sind wir als Diensteanbieter jedoch nicht verpflichtet, übermittelte oder gespeicherte fremde Informationen zu überwachen.</p>
<h2>Haftung für Links</h2>
<p>Unser Angebot enthält Links zu externen Websites Dritter, auf deren Inhalte wir keinen Einfluss haben. Deshalb können wir für diese fremden Inhalte auch keine Gewähr übernehmen.</p>
<h2>Urheberrecht</h2>
<p>Die durch die Seitenbetreiber erstellten Inhalte und Werke auf diesen Seiten unterliegen dem deutschen Urheberrecht.</p>
<p>Die Europäische Kommission stellt eine Plattform zur Online-Streitbeilegung (OS) bereit: https://ec.europa.eu/consumers/odr/</p>`;

function impressumPage(company: string, street: string, city: string, phone: string, mail: string, register: string, vat: string, boss: string): string {
  return `<html><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p>
<p>${company}<br>${street}<br>${city}</p><p>Vertreten durch: ${boss}</p>
<h2>Kontakt</h2><p>Telefon: ${phone}<br>E-Mail: ${mail}</p>
<h2>Registereintrag</h2><p>Eintragung im Handelsregister.<br>Registergericht: ${register}</p>
<h2>Umsatzsteuer-ID</h2><p>Umsatzsteuer-Identifikationsnummer gemäß § 27a Umsatzsteuergesetz: ${vat}</p>${BOILERPLATE}</main></body></html>`;
}

async function fingerprintOf(html: string, url = 'https://shop.example.de/impressum'): Promise<number[]> {
  const page = parseHtml(html, url);
  try {
    const fp = parseImpressum(page.document, url).fingerprint;
    if (!fp) throw new Error('no fingerprint');
    return fp;
  } finally {
    await page.close();
  }
}

const NORDLICHT = ['Nordlicht Handels GmbH', 'Speicherstadt 12', '20457 Hamburg', '+49 40 5566778', 'info@nordlicht-handel.de', 'Amtsgericht Hamburg, HRB 145522', 'DE 283 915 447', 'Jens Petersen'] as const;
const ALPENBLICK = ['Alpenblick Sport GmbH', 'Bahnhofstraße 3', '82467 Garmisch-Partenkirchen', '+49 8821 90210', 'service@alpenblick-sport.de', 'Amtsgericht München, HRB 223344', 'DE 136 695 976', 'Maria Huber'] as const;

describe('near-identical Impressum texts', () => {
  it('a copy with one changed line (another e-mail address) still matches', async () => {
    const original = await fingerprintOf(impressumPage(...NORDLICHT));
    const copy = await fingerprintOf(impressumPage(NORDLICHT[0], NORDLICHT[1], NORDLICHT[2], NORDLICHT[3], 'kontakt@moebel-lagerverkauf.shop', NORDLICHT[5], NORDLICHT[6], NORDLICHT[7]), 'https://moebel-lagerverkauf.shop/impressum');
    expect(similarity(original, copy)).toBeGreaterThanOrEqual(IDENTITY_LIMITS.impressumSimilarity);
    // …and an index finds it: the two share at least one band key.
    expect(bandKeys(original).some((k) => bandKeys(copy).includes(k))).toBe(true);
  });

  it('a copy with the company name changed as well still matches', async () => {
    const original = await fingerprintOf(impressumPage(...NORDLICHT));
    const renamed = await fingerprintOf(impressumPage('Nordlicht Handel GmbH', NORDLICHT[1], NORDLICHT[2], NORDLICHT[3], NORDLICHT[4], NORDLICHT[5], NORDLICHT[6], NORDLICHT[7]));
    expect(similarity(original, renamed)).toBeGreaterThanOrEqual(IDENTITY_LIMITS.impressumSimilarity);
  });

  it('two different companies do not match, though both use the same generator text and labels', async () => {
    const a = await fingerprintOf(impressumPage(...NORDLICHT));
    const b = await fingerprintOf(impressumPage(...ALPENBLICK));
    expect(similarity(a, b)).toBeLessThan(0.2);
  });

  it('the fixtures: a complete Impressum and a fake shop’s are unrelated; each matches itself', async () => {
    const complete = await fingerprintOf(readFixture('pages/impressum/complete-de.html'));
    const fake = await fingerprintOf(readFixture('pages/profile-shop/impressum.html'));
    expect(similarity(complete, complete)).toBe(1);
    expect(similarity(complete, fake)).toBeLessThan(0.2);
  });

  it('an Impressum that says almost nothing gives no fingerprint (nothing to compare)', () => {
    expect(impressumFingerprint('Impressum\nAngaben gemäß § 5 DDG\nKontakt')).toBeNull();
  });
});

describe('MinHash', () => {
  it('estimates Jaccard similarity', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const a = minHash(words) ?? [];
    const b = minHash([...words.slice(0, 80), ...Array.from({ length: 20 }, (_, i) => `x${i}`)]) ?? []; // J = 80/120
    expect(similarity(a, a)).toBe(1);
    expect(Math.abs(similarity(a, b) - 80 / 120)).toBeLessThan(0.2);
    expect(similarity(a, minHash(Array.from({ length: 100 }, (_, i) => `z${i}`)) ?? [])).toBeLessThan(0.15);
  });
});

describe('shop template', () => {
  const page = (theme: string, titles: string[]) => `<html><head><link rel="stylesheet" href="/wp-content/themes/${theme}/style.css?ver=3.1"><link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=8.2"><script src="/wp-content/themes/${theme}/js/main.min.js?ver=3.1"></script></head>
<body class="woocommerce"><ul>${titles.map((t) => `<li><h2 class="woocommerce-loop-product__title">${t}</h2></li>`).join('')}</ul></body></html>`;
  const CATALOGUE = ['Ecksofa Milano Leder grau', 'Sessel Oslo Samt grün', 'Schlafsofa Lund mit Bettkasten', 'Boxspringbett Verona 180x200', 'Esstisch Eiche massiv 200 cm', 'Stuhl Bergen 4er Set'];

  async function templateOf(html: string, url: string) {
    const doc = parseHtml(html, url);
    try {
      return extractTemplate(buildContext(doc.document, new URL(url)));
    } finally {
      await doc.close();
    }
  }

  it('the same theme and catalogue on another domain is alike; another catalogue on another theme is not', async () => {
    const a = await templateOf(page('flatsome', CATALOGUE), 'https://polsterhaus-kuehn.de/');
    const b = await templateOf(page('flatsome', CATALOGUE.slice(0, 5)), 'https://moebel-lagerverkauf.shop/');
    const c = await templateOf(page('astra', ['Bergschuh Trail 2', 'Regenjacke Alpin', 'Rucksack 30 l', 'Wanderstock Carbon', 'Stirnlampe 300 lm', 'Trinkflasche 1 l']), 'https://bergsport-huber.de/');
    expect(a).toMatchObject({ platform: 'WooCommerce', theme: 'flatsome' });
    expect(similarity(a.signature ?? [], b.signature ?? [])).toBeGreaterThanOrEqual(IDENTITY_LIMITS.templateSimilarity);
    expect(similarity(a.signature ?? [], c.signature ?? [])).toBeLessThan(0.3);
  });
});
