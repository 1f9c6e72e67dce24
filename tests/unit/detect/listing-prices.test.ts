/**
 * Prices on listings (issue 15, class 5): a category, home or search page shows each item's name and
 * price in a tile of its own markup; expensive branded goods there are held against their floors, and
 * a lone item at a fraction of its siblings' prices is bait. Our own tiles in several shop systems'
 * shapes and in de/en/fr/nl/it.
 */
import { describe, expect, it } from 'vitest';
import { floorFor } from '../../../src/engine/reference-floors';
import { siblingOutliers } from '../../../src/engine/rules/price-sibling-outlier';
import { resultOf } from './page';

type Tile = [name: string, price: string, was?: string];
const woo = ([name, price, was]: Tile) =>
  `<li class="product"><a href="/p/${encodeURIComponent(name)}"><h2 class="woocommerce-loop-product__title">${name}</h2><span class="price">${was ? `<del>${was}</del> <ins>${price}</ins>` : price}</span></a><a class="button" href="?add-to-cart=1">In den Warenkorb</a></li>`;
const shopify = ([name, price]: Tile) => `<div class="card-wrapper"><h3 class="card__heading"><a href="/products/x">${name}</a></h3><div class="price"><span class="price-item">${price}</span></div><button name="add">In den Warenkorb</button></div>`;
const presta = ([name, price]: Tile) => `<article class="product-miniature"><div class="product-description"><h2 class="h3 product-title"><a href="/x.html">${name}</a></h2><div class="product-price-and-shipping"><span class="price">${price}</span></div></div><button class="add-to-cart">In den Warenkorb</button></article>`;
const listing = (lang: string, title: string, tiles: string[]) =>
  `<html lang="${lang}"><body><header><a href="/cart">Cart</a> <span>0,00 €</span></header><h1>${title}</h1><ul class="products">${tiles.join('')}</ul><footer><a href="https://woocommerce.com/" title="WooCommerce - The Best eCommerce Platform for WordPress">Powered by WooCommerce</a> 0,00 €</footer></body></html>`;
const url = 'https://www.wohnwelt-beispiel.de/sofas/';

describe('items of a listing are read with their own price', () => {
  it.each([
    ['WooCommerce', woo],
    ['Shopify', shopify],
    ['PrestaShop', presta],
  ])('%s tiles: a model number in the name is not read as part of the price', async (_system, tile) => {
    const { facts } = await resultOf(listing('de', 'Ecksofas', [tile(['Polstermöbel Ecksofa 500', '989,90 €']), tile(['Polstermöbel Ecksofa Lino', '1.093,90 €'])]), url);
    expect(facts.prices?.items).toEqual([
      { name: 'Polstermöbel Ecksofa 500', cents: 98990, currency: 'EUR' },
      { name: 'Polstermöbel Ecksofa Lino', cents: 109390, currency: 'EUR' },
    ]);
  });

  it('a struck price in a tile is the old one; links to other sites and one-word labels are no items', async () => {
    const { facts } = await resultOf(listing('de', 'Grills', [woo(['Gasgrill Vier Brenner', '399,00 €', '499,00 €'])]), url);
    expect(facts.prices?.items).toEqual([{ name: 'Gasgrill Vier Brenner', cents: 39900, currency: 'EUR' }]);
  });
});

describe('a cart shows its items too', () => {
  it('each row of the cart table is an item with its price', async () => {
    const row = (name: string, price: string) => `<tr class="cart_item"><td><a href="/produkt/x/">${name}</a></td><td><span class="amount">${price}</span></td><td>1</td></tr>`;
    const html = `<html lang="de"><body><h1>Warenkorb</h1><table class="shop_table cart"><thead><tr><th class="product-name">Produkt</th><th>Preis</th></tr></thead><tbody>${row('Koinor Ecksofa Hiero', '478,99 €')}${row('Gartenstuhl Teak Natur', '89,00 €')}</tbody></table><a href="/kasse/">Zur Kasse</a></body></html>`;
    const { facts, ids } = await resultOf(html, 'https://www.wohnwelt-beispiel.de/warenkorb/');
    expect(facts.prices?.items?.map((i) => i.name)).toEqual(['Koinor Ecksofa Hiero', 'Gartenstuhl Teak Natur']);
    expect(ids).toContain('price-high-value-implausible');
  });
});

describe('premium brands by kind of product have floors', () => {
  it.each([
    ['Rolf Benz Ecksofa Plura', 'premium-brand sofa'],
    ['Canapé d’angle Ligne Roset', 'premium-brand sofa'],
    ['Divano angolare Natuzzi Re-vive', 'premium-brand sofa'],
    ['Riese & Müller Load 75 Lastenrad', 'brand e-bike'],
    ['Gazelle Ultimate C380 elektrische fiets', 'brand e-bike'],
    ['Michelin CrossClimate 2 – 4er-Satz 205/55 R16', 'set of four brand tyres'],
    ['Pneus Pirelli Cinturato – jeu de 4 pneus', 'set of four brand tyres'],
    ['Jura E8 Kaffeevollautomat', 'premium coffee machine'],
    ['Stihl MS 261 C-M Motorsäge', 'Stihl chainsaw'],
    ['Makita EA3501S motosega a scoppio', 'brand chainsaw'],
    ['Husqvarna Automower 430X NERA Mähroboter', 'robotic lawn mower'],
    ['Bugaboo Fox 5 Kinderwagen', 'premium stroller'],
  ])('%s → %s', (name, label) => {
    expect(floorFor(name)?.label).toBe(label);
  });

  it('the brand alone, its accessories and used goods have none', () => {
    expect(floorFor('Rolf Benz Kissen Samt')).toBeNull();
    expect(floorFor('Michelin Ventilkappen 4 Stück')).toBeNull();
    expect(floorFor('Jura Reinigungstabletten für Kaffeevollautomat')).toBeNull();
    expect(floorFor('Gazelle elektrische fiets gebruikt')).toBeNull();
    expect(floorFor('Bugaboo Fox Regenschutz Zubehör')).toBeNull();
  });

  it('the most specific floor wins: a brand e-bike is held to more than any e-bike', () => {
    expect(floorFor('Pedelec Stadtrad 28 Zoll')?.label).toBe('e-bike');
    expect(floorFor('Kalkhoff Endeavour 5 Pedelec')?.label).toBe('brand e-bike');
  });

  it.each([
    ['de', 'Ecksofas', 'Koinor Ecksofa Hiero', '478,99 €'],
    ['nl', 'Hoekbanken', 'BoConcept hoekbank Carmo', '€ 449,00'],
    ['it', 'Biciclette elettriche', 'Haibike bici elettrica Trekking 6', '599,00 €'],
    ['fr', 'Pneus', 'Continental AllSeasonContact – 4 pneus', '89,00 €'],
  ])('a listing item below its floor is implausible (%s)', async (lang, title, name, price) => {
    const tiles = [woo([name, price]), woo(['Sonstiges Modell Alpha', '1.299,00 €'])];
    const { ids, result } = await resultOf(listing(lang, title, tiles), url);
    expect(ids).toContain('price-high-value-implausible');
    expect(result.reasons.find((r) => r.id === 'price-high-value-implausible')?.points).toBe(35);
  });

  it('a brand item at its normal price is quiet', async () => {
    const { ids } = await resultOf(listing('de', 'Ecksofas', [woo(['Koinor Ecksofa Hiero', '3.289,00 €']), woo(['Rolf Benz Sessel 50', '1.890,00 €'])]), url);
    expect(ids).not.toContain('price-high-value-implausible');
  });
});

describe('one item far below its siblings of the same kind', () => {
  const item = (name: string, euros: number) => ({ name, cents: euros * 100, currency: 'EUR' });

  it('a lone tyre set at a tenth of the others is flagged, in any language', () => {
    const de = [item('Allwetterreifen 4er-Satz Ostra', 54), item('Allwetterreifen 4er-Satz Pro', 580), item('Allwetterreifen 4er-Satz Air', 388), item('Allwetterreifen 4er-Satz Max', 614)];
    expect(siblingOutliers(de).map((o) => o.item.name)).toEqual(['Allwetterreifen 4er-Satz Ostra']);
    const it_ = [item('Divano letto Roma', 89), item('Divano angolare Como', 1290), item('Divano Milano', 990), item('Divano Torino', 1450)];
    expect(siblingOutliers(it_).map((o) => o.item.name)).toEqual(['Divano letto Roma']);
  });

  it('a budget range that climbs in steps, cheap goods, accessories and unrelated items are not', () => {
    const phones = [item('Smartphone A15', 149), item('Smartphone A35', 299), item('Smartphone S24', 799), item('Smartphone S24 Ultra', 1299), item('Smartphone Z Fold', 1799)];
    expect(siblingOutliers(phones)).toEqual([]);
    const cheap = [item('Gartenstuhl Holz', 15), item('Gartenstuhl Metall', 90), item('Gartenstuhl Teak', 120), item('Gartenstuhl Lounge', 150)];
    expect(siblingOutliers(cheap)).toEqual([]);
    const accessory = [item('Hülle für Smartphone S24', 19), item('Smartphone S24', 799), item('Smartphone S24 Plus', 999), item('Smartphone S24 Ultra', 1299)];
    expect(siblingOutliers(accessory)).toEqual([]);
    const unrelated = [item('Kaffeebecher Keramik', 9), item('Ecksofa Lino', 1290), item('Ecksofa Como', 990), item('Ecksofa Roma', 1450)];
    expect(siblingOutliers(unrelated)).toEqual([]);
  });

  it('on a page, the outlier alone gives 25 points (a budget model is possible), not the 35 of a floor', async () => {
    const tiles = [woo(['Allwetterreifen 4er-Satz Ostra', '53,99 €']), woo(['Allwetterreifen 4er-Satz Pro', '579,99 €']), woo(['Allwetterreifen 4er-Satz Air', '387,99 €']), woo(['Allwetterreifen 4er-Satz Max', '614,99 €'])];
    const { result } = await resultOf(listing('de', 'Reifen', tiles), url);
    expect(result.reasons.find((r) => r.id === 'price-high-value-implausible')?.points).toBe(25);
  });
});

describe('a saving the shop announces pairs the prices before it', () => {
  const tile = (text: string) => `<li class="product"><h2 class="product-title">Gartenlounge Set Bali</h2><div>${text}</div><button>In den Warenkorb</button></li>`;

  it.each([
    ['de, was first', '48,00 € 10,99 € Sie sparen 77 %', 77],
    ['de, now first', '319,99 € 1.998,95 € (84% gespart)', 84],
    ['en', '£89.00 £24.00 You save 73%', 73],
    ['fr', '149,00 € 39,00 € Économisez 74 %', 74],
    ['nl', '€ 199,00 € 59,00 Bespaar 70%', 70],
    ['it', '249,00 € 59,00 € Risparmi il 76%', 76],
    ['a bare badge', '120,00 € 30,00 € -75%', 75],
  ])('%s', async (_name, text, percent) => {
    const { facts } = await resultOf(`<html lang="de"><body><h1>Garten</h1><ul>${tile(text)}${tile('89,00 €')}</ul></body></html>`, url);
    expect(facts.prices?.discounts.map((d) => d.percent)).toContain(percent);
  });

  it('a claim that does not fit the prices before it, or a percentage of something else, is no pair', async () => {
    const { facts } = await resultOf(`<html lang="de"><body><h1>Garten</h1><ul>${tile('120,00 € 99,00 € Sie sparen 70 %')}${tile('89,00 € 19 % MwSt. enthalten')}</ul></body></html>`, url);
    expect(facts.prices?.discounts ?? []).toEqual([]);
  });
});
