#!/usr/bin/env node
// Derives test variants from saved real pages, so rare states (a seller undercutting everyone, a
// scam ad) are tested on real markup. Every edit is listed here; each must match or the script fails.
// Usage: node scripts/make-variants.mjs   (rewrites the variant files under tests/fixtures/pages/)
import fs from 'node:fs';
import zlib from 'node:zlib';

const fixtures = new URL('../tests/fixtures/', import.meta.url);
const read = (file) => zlib.gunzipSync(fs.readFileSync(new URL(file, fixtures))).toString('utf8');

/** [from, to] pairs, each replaced everywhere; a pair that matches nothing is an error. */
function edit(html, pairs, name) {
  return pairs.reduce((page, [from, to]) => {
    if (!page.includes(from)) throw new Error(`${name}: "${from}" not found`);
    return page.split(from).join(to);
  }, html);
}

const VARIANTS = [
  {
    out: 'pages/amazon/below-offers-de.html.gz',
    from: 'corpus/pages/amazon-de-printer.html.gz',
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
    out: 'pages/amazon/ffp2-gouging-de.html.gz',
    from: 'corpus/pages/amazon-de-printer.html.gz',
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
    out: 'pages/kleinanzeigen/scam-ad-de.html.gz',
    from: 'pages/kleinanzeigen/real-ad-3381091635.html.gz',
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

for (const v of VARIANTS) {
  const html = edit(read(v.from), v.pairs, v.out);
  const marked = html.replace(/<head>/i, `<head><!-- Shopwatch test variant of ${v.from}: ${v.why}. Edits: scripts/make-variants.mjs -->`);
  fs.writeFileSync(new URL(v.out, fixtures), zlib.gzipSync(marked, { level: 9 }));
  console.log(`wrote ${v.out}`);
}
