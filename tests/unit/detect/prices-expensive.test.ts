/**
 * Too-good prices on expensive goods (issue 15, class 5): one item at ≥70% off its own or JSON-LD
 * old price; expensive branded goods below any retailer's price; JSON-LD Offer.price against its
 * priceSpecification, and "statt/UVP/RRP/au lieu de/van…voor/invece di" pairs count like struck prices.
 */
import { describe, expect, it } from 'vitest';
import { floorFor } from '../../../src/engine/reference-floors';
import { resultOf } from './page';

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const product = (name: string, price: string, extra: Record<string, unknown> = {}) =>
  jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name, offers: { '@type': 'Offer', price, priceCurrency: 'EUR', ...extra } });
const page = (body: string, lang = 'de') => `<html lang="${lang}"><body>${body}<button>In den Warenkorb</button></body></html>`;

describe('one item far below its own old price', () => {
  it.each([
    ['struck price in the same box (de)', page('<h1>Akku-Rasenmäher</h1><div class="price"><del>349,00 €</del> <ins>69,00 €</ins></div>')],
    ['struck price alone, paired with the JSON-LD price', page(`<h1>Gartenlounge Set</h1>${product('Gartenlounge Set', '119.00')}<div class="old-price"><s>899,00 €</s></div><div class="buy">Jetzt bestellen</div>`)],
    ['JSON-LD strikethrough priceSpecification', page(`<h1>Sofa</h1>${product('Ecksofa Milano', '149.00', { priceSpecification: [{ '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: '1299.00', priceCurrency: 'EUR' }] })}`)],
    ['JSON-LD list price without type', page(`<h1>Sofa</h1>${product('Ecksofa Roma', '99.00', { priceSpecification: { '@type': 'PriceSpecification', price: 999, priceCurrency: 'EUR' } })}`)],
    ['"statt … nur" (de)', page('<h1>Gasgrill</h1><p>Statt 799,00 € jetzt nur 159,00 €</p>')],
    ['"UVP" (de)', page('<h1>Kaffeevollautomat</h1><p>UVP: 1.199,00 €</p><p>Unser Preis: 229,00 €</p>')],
    ['"RRP" (en)', page('<h1>Espresso machine</h1><p>RRP £899.00</p><p>Now £179.00</p>', 'en')],
    ['"au lieu de" (fr)', page('<h1>Trottinette électrique</h1><p>149,00 € au lieu de 799,00 €</p>', 'fr')],
    ['"van … voor" (nl)', page('<h1>Elektrische fiets</h1><p>Van €1.999,00 voor €399,00</p>', 'nl')],
    ['"invece di" (it)', page('<h1>Divano</h1><p>Solo 199,00 € invece di 1.299,00 €</p>', 'it')],
  ])('%s', async (_name, html) => {
    const { ids, facts } = await resultOf(html, 'https://moebel-lager-outlet.de/p/1');
    expect(facts.prices?.discounts.some((d) => d.percent >= 70), JSON.stringify(facts.prices?.discounts)).toBe(true);
    const reason = (await resultOf(html, 'https://moebel-lager-outlet.de/p/1')).result.reasons.find((r) => r.id === 'prices-too-good');
    expect(ids).toContain('prices-too-good');
    expect(reason?.points).toBeGreaterThanOrEqual(25);
  });

  it('an item of 500 € or more at 70% off is implausible on its own evidence', async () => {
    const { ids } = await resultOf(page(`<h1>Ecksofa</h1>${product('Ecksofa Milano', '149.00', { priceSpecification: { priceType: 'ListPrice', price: '1299.00' } })}`));
    expect(ids).toEqual(expect.arrayContaining(['prices-too-good', 'price-high-value-implausible']));
  });
});

describe('expensive branded goods below any retailer\'s price', () => {
  it.each([
    ['Apple iPhone 15 Pro Max 256 GB Titan', '199.00'],
    ['Samsung Galaxy S24 Ultra 512GB', '229.00'],
    ['Rolex Submariner Date 41 mm', '349.00'],
    ['Vorwerk Thermomix TM6', '249.00'],
    ['STIHL MS 261 C-M Motorsäge', '89.00'],
    ['Weber Genesis E-325s Gasgrill', '189.00'],
    ['Canada Goose Expedition Parka', '129.00'],
    ['Sony PlayStation 5 Slim Disc Edition', '149.00'],
    ['Dyson V15 Detect Absolute Akku-Staubsauger', '99.00'],
    ['MacBook Pro 14" M3', '299.00'],
    ['E-Bike Trekking 28 Zoll Bosch Performance', '399.00'],
  ])('%s for %s €', async (name, price) => {
    const { ids, result } = await resultOf(page(`<h1>${name}</h1>${product(name, price)}`), 'https://markenwelt-sale.de/produkt/1');
    expect(ids).toContain('price-high-value-implausible');
    expect(result.reasons.find((r) => r.id === 'price-high-value-implausible')?.points).toBeGreaterThanOrEqual(25);
  });

  it('reads the product from the h1 and the first price after it when there is no JSON-LD', async () => {
    const { ids, facts } = await resultOf(page('<h1>Apple iPhone 16 Pro 256GB</h1><p class="price">219,00 €</p>'), 'https://handy-lager.de/iphone-16-pro');
    expect(facts.prices?.product).toMatchObject({ name: 'Apple iPhone 16 Pro 256GB', cents: 21900 });
    expect(ids).toContain('price-high-value-implausible');
  });
});

describe('near misses', () => {
  it.each([
    ['Hülle für iPhone 15 Pro', '19.99'],
    ['Panzerglas Schutzfolie iPhone 15', '9.99'],
    ['Dyson V11 Akku Ersatz', '49.99'],
    ['Apple iPhone 15 Pro 128GB – generalüberholt', '299.00'],
    ['Ladekabel für MacBook Pro', '29.00'],
    ['Armband kompatibel mit Apple Watch Ultra', '15.00'],
    ['Kette für Stihl MS 261', '24.90'],
    ['Controller für PlayStation 5', '59.00'],
    ['Apple iPhone 15 128GB', '799.00'],
    ['Thermomix TM6', '1499.00'],
    ['Rolex Submariner Date', '11500.00'],
    ['Gartenstuhl', '19.00'],
  ])('%s for %s € is not implausible', async (name, price) => {
    const { ids } = await resultOf(page(`<h1>${name}</h1>${product(name, price)}`), 'https://zubehoer-shop.de/p/1');
    expect(ids).not.toContain('price-high-value-implausible');
  });

  it('a clearance sale at 30–40% off is no too-good price', async () => {
    const { ids } = await resultOf(page('<h1>Winterjacke</h1><p><del>199,00 €</del> 129,00 €</p><p>UVP 249,00 € – bei uns 169,00 €</p>'));
    expect(ids).not.toContain('prices-too-good');
    expect(ids).not.toContain('price-high-value-implausible');
  });

  it('a cheap item at 70% off is too good, but not an expensive item', async () => {
    const { ids } = await resultOf(page('<h1>Socken</h1><p><del>19,99 €</del> 4,99 €</p>'));
    expect(ids).toContain('prices-too-good');
    expect(ids).not.toContain('price-high-value-implausible');
  });

  it('a JSON-LD specification equal to the offer, or of another type, is no old price', async () => {
    const { facts } = await resultOf(page(`<h1>Sofa</h1>${product('Sofa', '899.00', { priceSpecification: [{ price: '899.00' }, { priceType: 'https://schema.org/MinimumAdvertisedPrice', price: '1999.00' }] })}`));
    expect(facts.prices?.discounts).toEqual([]);
  });

  it('floors ignore used goods, accessories and spare parts, but not a bundle sold with a controller', () => {
    expect(floorFor('Sony PlayStation 5 Konsole inkl. Controller')?.label).toBe('PlayStation 5');
    expect(floorFor('Weber Genesis E-325s Gasgrill für 6 Personen')?.label).toContain('Weber');
    expect(floorFor('Hülle für iPhone 15')).toBeNull();
    expect(floorFor('iPhone 15 Pro gebraucht')).toBeNull();
  });
});
