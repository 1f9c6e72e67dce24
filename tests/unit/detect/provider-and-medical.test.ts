/**
 * Two generalisations found on the generated corpus's development half: a payment provider named
 * with its product ("Klarna – Kauf auf Rechnung (bald verfügbar)") is one choice, switched off as a
 * whole; and scarce medical goods are priced per unit of the item itself — a pack of bottles, a
 * listing's own tile — never from an empty cart's 0,00 €.
 */
import { describe, expect, it } from 'vitest';
import { factsOf, resultOf } from './page';

const product = (body: string, lang = 'de') => `<html lang="${lang}"><body><h1>Gartenstuhl Teak</h1><p class="price">89,00 €</p><button>In den Warenkorb</button>${body}</body></html>`;

describe('a provider named with its product is switched off as a whole', () => {
  it.each([
    ['de', '<p>Zahlungsarten: Vorkasse. Klarna – Kauf auf Rechnung (bald verfügbar). Kreditkarte (bald verfügbar).</p>'],
    ['en', '<p>Payment: bank transfer. Klarna Pay later with invoice is not available at the moment. Credit card coming soon.</p>'],
    ['nl', '<p>Betaalmethoden: overschrijving. Klarna achteraf betalen binnenkort beschikbaar. Creditcard tijdelijk niet beschikbaar.</p>'],
    ['fr', '<p>Paiement : virement bancaire. Klarna : paiement sur facture temporairement indisponible. Carte bancaire bientôt disponible.</p>'],
    ['it', '<p>Pagamento: bonifico. Klarna – pagamento su fattura non disponibile. Carta di credito prossimamente.</p>'],
  ])('%s', async (lang, body) => {
    const { facts, ids } = await resultOf(product(body, lang));
    expect(facts.payment?.methods, JSON.stringify(facts.payment)).not.toContain('klarna');
    expect(facts.payment?.unavailable?.map((u) => u.method)).toEqual(expect.arrayContaining(['klarna', 'invoice']));
    expect(ids).toContain('payment-unavailable');
  });

  it('a provider listed apart from another method keeps its own state', async () => {
    const facts = await factsOf(product('<p>Zahlungsarten: Klarna, Kauf auf Rechnung (bald verfügbar), PayPal</p>'));
    expect(facts.payment?.methods).toEqual(expect.arrayContaining(['klarna', 'paypal']));
    const card = await factsOf(product('<p>Wir akzeptieren PayPal Kreditkarte (derzeit nicht verfügbar)</p>'));
    expect(card.payment?.methods).toContain('paypal');
  });
});

describe('medical goods are priced per unit of the item itself', () => {
  const listing = (tiles: string, lang = 'de') =>
    `<html lang="${lang}"><body><header><a href="/warenkorb">Warenkorb</a> 0,00 €</header><h1>Desinfektion &amp; Masken</h1><ul>${tiles}</ul></body></html>`;
  const tile = (name: string, price: string) => `<li class="product"><h2 class="product-title">${name}</h2><span class="price">${price}</span><button>In den Warenkorb</button></li>`;

  it.each([
    ['Händedesinfektion 500 ml – 12 Flaschen', '78,99 €', 1317],
    ['Hand sanitiser 500 ml – 12 bottles', '78,99 €', 1317],
    ['Gel hydroalcoolique 500 ml – 12 flacons', '78,99 €', 1317],
    ['Handgel 6 x 500 ml', '39,50 €', 1317],
  ])('a pack of bottles: %s', async (name, price, unitCents) => {
    const facts = await factsOf(`<html lang="de"><body><h1>${name}</h1><p class="price">${price}</p><button>In den Warenkorb</button></body></html>`);
    expect(facts.medical?.unitCents).toBe(unitCents);
  });

  it.each([
    ['de', 'FFP2 Atemschutzmaske – 20 Stück', '19,95 €', 100, 20],
    ['en', 'FFP2 respirator mask – 10 mask', '9,19 €', 92, 10],
    ['nl', 'FFP2 mondkapjes 25 stuks', '17,50 €', 70, 25],
    ['it', 'Mascherine FFP2 – 20 pezzi', '13,00 €', 65, 20],
    ['nl', 'FFP2 mondmasker – 20 stuk', '19,00 €', 95, 20],
    ['nl', 'Corona sneltest 1 stuk', '4,50 €', 450, 1],
    ['it', 'Mascherine FFP2 confezione 50 pz.', '25,00 €', 50, 50],
    ['fr', 'Masques FFP2 – 10 unités', '8,00 €', 80, 10],
    ['en', 'FFP2 masks, pack of 40 units', '30,00 €', 75, 40],
  ])('a listing is read from its own tile, not its heading and an empty cart (%s)', async (lang, name, price, unitCents, quantity) => {
    const facts = await factsOf(listing(`${tile(name, price)}${tile('Gartenschere Classic Pro', '24,90 €')}`, lang));
    expect(facts.medical).toMatchObject({ productText: name, unitCents, quantity });
  });

  it.each([
    ['Antigeen sneltest Roche – 10 test', 'rapid-test'],
    ['Corona zelftest 5 stuks', 'rapid-test'],
    ['Autotest antigénique COVID – 5 tests', 'rapid-test'],
    ['Test rapide antigénique – 20 tests', 'rapid-test'],
    ['Test antigenico rapido – 10 pezzi', 'rapid-test'],
    ['Masques chirurgicaux type IIR – 50 pièces', 'surgical-mask'],
    ['Chirurgische mondmaskers 50 stuks', 'surgical-mask'],
    ['Mascherine chirurgiche 50 pezzi', 'surgical-mask'],
  ])('the kind of medical goods in nl/fr/it: %s', async (name, category) => {
    const facts = await factsOf(`<html lang="nl"><body><h1>${name}</h1><p class="price">9,90 €</p><button>Add to cart</button></body></html>`);
    expect(facts.medical?.category).toBe(category);
  });

  it('an empty cart at 0,00 € is no price: no "too cheap" on a page without one', async () => {
    const { facts, ids } = await resultOf(`<html lang="de"><body><header>Warenkorb 0,00 €</header><h1>FFP2 Masken</h1><a href="/p/1">Zum Artikel</a><button>In den Warenkorb</button></body></html>`);
    expect(facts.medical?.unitCents ?? null).toBeNull();
    expect(ids).not.toContain('medical-price-too-cheap');
  });

  it('a mask on a listing is not "unmarked": a listing never prints each mask’s CE number', async () => {
    const { ids } = await resultOf(listing(`${tile('FFP2 Atemschutzmaske – 20 Stück', '19,95 €')}${tile('FFP2 Maske weiß – 10 Stück', '9,95 €')}`));
    expect(ids).not.toContain('medical-mask-unmarked');
    const { ids: productIds } = await resultOf(`<html lang="de"><body><h1>FFP2 Atemschutzmaske – 20 Stück</h1><p class="price">19,95 €</p><button>In den Warenkorb</button></body></html>`);
    expect(productIds).toContain('medical-mask-unmarked');
  });
});

describe('a payment method "being upgraded" is switched off', () => {
  it.each([
    ['en', 'Credit / debit card payments are being upgraded. PayPal is currently being migrated.'],
    ['de', 'Kreditkarte: wird gerade aktualisiert. PayPal wird derzeit überarbeitet.'],
    ['fr', 'Carte bancaire en cours de mise à jour. PayPal en cours de migration.'],
    ['nl', 'Creditcard wordt momenteel bijgewerkt. PayPal wordt omgezet.'],
    ['it', 'Carta di credito in fase di aggiornamento. PayPal in aggiornamento.'],
  ])('%s', async (lang, note) => {
    const { facts, ids } = await resultOf(product(`<p>Bonifico / Vorkasse / bank transfer.</p><p>${note}</p>`, lang));
    expect(facts.payment?.methods ?? []).not.toContain('paypal');
    expect(facts.payment?.methods ?? []).not.toContain('credit-card');
    expect(ids).toContain('payment-unavailable');
  });
});
