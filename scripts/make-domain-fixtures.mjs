#!/usr/bin/env node
/**
 * Writes tests/fixtures/domains/lookalikes-{dev,heldout}.txt: fake-shop domain names derived from
 * the brand list with a fixed seed, in the ways Watchlist Internet's list shows them built
 * (brand + country / sales / product word, typos, glued country codes, cheap endings).
 *
 * Held-out half: every other brand (by a hash of its name) and a second set of templates and
 * words (other orders, fr/it/nl words, digits, transpositions) — used only for the figure in the
 * README, never for tuning the rules. The vocabulary here is written apart from the detector's
 * word lists on purpose, and includes words the detector does not know.
 *
 * Run: node scripts/make-domain-fixtures.mjs   (deterministic; commit the output)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString, makeRng } from './corpus/rng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { brands } = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/engine/domain/brands.json'), 'utf8'));
const PER_SET = 600;

const VOCAB = {
  dev: {
    country: ['deutschland', 'germany', 'osterreich', 'oesterreich', 'austria', 'schweiz', 'suisse', 'de', 'at', 'ch'],
    sales: ['outlet', 'sale', 'rabatt', 'store', 'shop', 'online', 'gunstig', 'discount', 'angebote', 'official'],
    product: ['schuhe', 'jacken', 'sneaker', 'uhren', 'taschen', 'fahrrad', 'werkzeug', 'mode', 'shoes', 'bags'],
    tlds: ['com', 'com', 'com', 'shop', 'de', 'at', 'net'],
  },
  heldout: {
    country: ['allemagne', 'germania', 'duitsland', 'autriche', 'svizzera', 'zwitserland', 'deutsch', 'europa', 'eu', 'osterreich'],
    sales: ['soldes', 'saldi', 'korting', 'uitverkoop', 'sconti', 'billig', 'schnaeppchen', 'ausverkauf', 'clearance', 'cheap', 'kaufen', 'bestpreis', 'shopping24', 'verkaufen'],
    product: ['stiefel', 'kleidung', 'schmuck', 'bikes', 'ebike', 'moebel', 'garten', 'kuechen', 'apotheke', 'boots', 'jackets', 'watches'],
    tlds: ['com', 'shop', 'top', 'store', 'online', 'com.de', 'de.com', 'at', 'ch'],
  },
};

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const sep = (rnd) => (rnd() < 0.45 ? '-' : '');

/** One-letter typos: dev doubles or drops a letter, held-out swaps or replaces one. */
function typo(rnd, token, set) {
  const i = 1 + Math.floor(rnd() * (token.length - 2));
  if (set === 'dev') return rnd() < 0.5 ? token.slice(0, i) + token[i] + token.slice(i) : token.slice(0, i) + token.slice(i + 1);
  if (rnd() < 0.5) return token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2);
  const letters = 'aeiouknrst';
  return token.slice(0, i) + letters[Math.floor(rnd() * letters.length)] + token.slice(i + 1);
}

const TEMPLATES = {
  dev: [
    (r, b, v) => [b, pick(r, v.country)],
    (r, b, v) => [b, pick(r, v.sales)],
    (r, b, v) => [b, pick(r, v.sales), pick(r, v.country)],
    (r, b, v) => [b, pick(r, v.product), pick(r, v.sales)],
    (r, b, v) => [b, pick(r, v.product)],
    (r, b, v) => [typo(r, b, 'dev'), pick(r, v.sales)],
  ],
  heldout: [
    (r, b, v) => [pick(r, v.sales), b, pick(r, v.country)],
    (r, b, v) => [pick(r, v.country), b],
    (r, b, v) => [b, String(Math.floor(r() * 90) + 10), pick(r, v.sales)],
    (r, b, v) => [b, pick(r, v.product), pick(r, v.country)],
    (r, b, v) => [typo(r, b, 'heldout'), pick(r, v.country)],
    (r, b, v) => [typo(r, b, 'heldout'), pick(r, v.product), pick(r, v.sales)],
    (r, b, v) => [pick(r, v.product), b, pick(r, v.sales)],
  ],
};

function generate(set) {
  const rnd = makeRng(set === 'dev' ? 20261201 : 20261202).next;
  const pool = brands.filter((b) => (hashString(b.name) % 2 === 0) === (set === 'dev'));
  const vocab = VOCAB[set];
  const out = new Set();
  while (out.size < PER_SET) {
    const brand = pick(rnd, pool);
    const token = pick(rnd, brand.tokens);
    if (token.length < 6 && TEMPLATES[set].length && rnd() < 0.3) continue; // fewer very short names
    const parts = pick(rnd, TEMPLATES[set])(rnd, token, vocab);
    const label = parts.reduce((acc, part) => acc + sep(rnd) + part);
    const tld = pick(rnd, vocab.tlds);
    if (label.length > 63 || label.startsWith('-')) continue;
    out.add(`${label}.${tld}`);
  }
  return [...out].sort();
}

for (const set of ['dev', 'heldout']) {
  const header = `# Fake-shop lookalike domains derived from src/engine/domain/brands.json by scripts/make-domain-fixtures.mjs (${set} half, fixed seed).\n# ${set === 'dev' ? 'Used while tuning the domain rules.' : 'Held out: only for the figure in the README, never for tuning.'}\n`;
  fs.writeFileSync(path.join(ROOT, `tests/fixtures/domains/lookalikes-${set}.txt`), header + generate(set).join('\n') + '\n');
}
console.log('wrote tests/fixtures/domains/lookalikes-dev.txt and lookalikes-heldout.txt');
