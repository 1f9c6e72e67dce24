#!/usr/bin/env node
// Derives test variants from real pages of the shared corpus, so rare states (a seller undercutting
// everyone, a scam ad) are tested on real markup. The variants are generated at test time into
// tests/.generated/variants/ (git-ignored): no real page, and no edit of one, is committed.
// Every edit is listed here; each must match or the script fails.
// Usage: node scripts/make-variants.mjs   (also run by the vitest and Playwright global set-ups)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_ABSENT_REASON, CORPUS_DIR, CORPUS_PRESENT, VARIANTS_DIR } from './corpus-dir.mjs';

/** [from, to] pairs, each replaced everywhere; a pair that matches nothing is an error. */
function edit(html, pairs, name) {
  return pairs.reduce((page, [from, to]) => {
    if (!page.includes(from)) throw new Error(`make-variants: ${name}: "${from}" not found in the real page`);
    return page.split(from).join(to);
  }, html);
}

const PRINTER = 'pages/amazon-de-printer.html';

export const VARIANTS = [
  {
    out: 'amazon-new-seller-offplatform-de.html',
    from: PRINTER,
    why: 'a seller with a random-letter name, "Neu bei Amazon" and a WhatsApp number in the title',
    pairs: [
      ['seller=AFHPKJP6PSK4G&amp;ref=dp_merchant_link"><span>Thorberg</span></a><span>.', 'seller=A9NEWSELLER01&amp;ref=dp_merchant_link"><span>XKQZWPLM Trading</span></a><span> (Neu bei Amazon)</span><span>.'],
      ['product-title-word-break">        Kyocera', 'product-title-word-break">        Bestellung per WhatsApp +49 151 23456789 – Kyocera'],
    ],
  },
  {
    out: 'amazon-below-offers-de.html',
    from: PRINTER,
    why: 'a third-party seller at 239 € while Amazon offers the same printer for 570.01 €',
    pairs: [
      ['Thorberg', 'Druckerwelt-Outlet24'],
      ['AFHPKJP6PSK4G', 'A3VARIANT00001'],
      ['599,00', '239,00'],
      ['599.00', '239.00'],
      ['a-price-whole">599', 'a-price-whole">239'],
    ],
  },
  {
    out: 'amazon-ffp2-gouging-de.html',
    from: PRINTER,
    why: 'a third-party seller offering 10 FFP2 masks without CE/EN marks for 79,99 € (Amazon: 9,99 €)',
    pairs: [
      ['Thorberg', 'MedSupply-Express'],
      ['AFHPKJP6PSK4G', 'A3VARIANT00002'],
      ['Kyocera Klimaschutz-System Ecosys P3145dn Laserdrucker: Schwarz-Weiß, Duplex-Einheit, 45 Seiten pro Minute. Inkl. Mobile Print Funktion', 'FFP2 Maske 10 Stück Atemschutzmaske Mundschutz'],
      ['570,01', '9,99'],
      ['599,00', '79,99'],
      ['599.00', '79.99'],
      ['a-price-whole">599', 'a-price-whole">79'],
    ],
  },
  {
    out: 'kleinanzeigen-scam-ad-de.html',
    from: 'pages/kleinanzeigen-de-ad-3381091635.html',
    why: 'an account active for a week, a phone far below its price, PayPal friends & family and WhatsApp',
    pairs: [
      ['Aktiv seit 23.02.2016', 'Aktiv seit 18.11.2026'],
      ['Georg R.', 'Lena M.'],
      ['37235618', '90000001'],
      ['Möblierte 2-WG-Souterrainwohnung mit viel Zusatzfläche', 'iPhone 15 Pro 256GB NEU OVP'],
      ['Modernisierte möblierte Souterrainwohnung mit viel Zusatzfläche', 'Neu und originalverpackt, Versand aus Deutschland. Zahlung nur per PayPal Freunde &amp; Familie, melde dich bei WhatsApp +49 176 12345678. Modernisierte'],
      [' 780 €</h2>', ' 299 €</h2>'],
      ['old-price">830 €', 'old-price">1.199 €'],
    ],
  },
];

/**
 * Writes every variant into outDir; returns the files written, or [] (saying why) when the corpus
 * is absent. Throws when an edit no longer matches its real page.
 */
export function makeVariants({ corpusDir = CORPUS_DIR, outDir = VARIANTS_DIR, log = console.log } = {}) {
  const present = corpusDir === CORPUS_DIR ? CORPUS_PRESENT : fs.existsSync(path.join(corpusDir, 'index.jsonl'));
  if (!present) {
    log(`make-variants: nothing generated; ${CORPUS_ABSENT_REASON}`);
    return [];
  }
  fs.mkdirSync(outDir, { recursive: true });
  const written = VARIANTS.map((v) => {
    const html = edit(fs.readFileSync(path.join(corpusDir, v.from), 'utf8'), v.pairs, v.out);
    const marked = html.replace(/<head>/i, `<head><!-- Shopwatch test variant of ${v.from}: ${v.why}. Edits: scripts/make-variants.mjs -->`);
    const file = path.join(outDir, v.out);
    // Write then rename, so a test reading the folder never sees half a page.
    fs.writeFileSync(`${file}.tmp-${process.pid}`, marked);
    fs.renameSync(`${file}.tmp-${process.pid}`, file);
    return file;
  });
  log(`make-variants: ${written.length} variants of real pages in ${path.relative(process.cwd(), outDir) || outDir}`);
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) makeVariants();
