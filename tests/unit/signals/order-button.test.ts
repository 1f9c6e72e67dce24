import { describe, expect, it } from 'vitest';
import { ORDER_BUTTON } from '../../../src/content/signals/checkout';
import { factsForHtml } from '../../helpers';

/** The last step of an order in a shop whose address says nothing about checkout. */
const lastStep = (lang: string, button: string) => `<html lang="${lang}"><head><title>Shop</title></head><body>
  <h1>${button}</h1><table><tr><td>Artikel</td><td>49,90 €</td></tr></table>
  <form><button type="submit">${button}</button></form></body></html>`;

describe('the final order button, whatever the language', () => {
  it.each([
    ['de', 'Zahlungspflichtig bestellen'],
    ['en', 'Place order'],
    ['fr', 'Commande avec obligation de paiement'],
    ['fr', 'Valider ma commande'],
    ['fr', 'Passer la commande'],
    ['nl', 'Bestelling plaatsen'],
    ['nl', 'Plaats je bestelling'],
    ['nl', 'Bestellen met betaalverplichting'],
    ['it', "Conferma l'ordine"],
    ['it', 'Ordine con obbligo di pagamento'],
  ])('%s "%s" makes the page a checkout step', async (lang, button) => {
    const facts = await factsForHtml(lastStep(lang, button), 'https://shop.example.de/step/3');
    expect(facts.pageType.pageType).toBe('checkout');
    expect(facts.checkout?.evidence.join(' ')).toContain('order button');
  });

  it.each(['Jetzt kaufen', 'Buy now', 'Acheter maintenant', 'Koop nu', 'Acquista ora', 'Ajouter au panier', 'Commander'])(
    '"%s" is a product page button, not the last step',
    (label) => expect(ORDER_BUTTON.test(label)).toBe(false),
  );

  it.each(['/panier', '/commande/paiement', '/winkelwagen', '/afrekenen', '/carrello', '/cassa'])('the address %s is a cart or checkout step', async (pathname) => {
    const facts = await factsForHtml('<html lang="fr"><body><p>Total 49,90 €</p></body></html>', `https://shop.example.fr${pathname}`);
    expect(['cart', 'checkout']).toContain(facts.pageType.pageType);
  });
});
