/**
 * Free-mail contact, page locale vs currency, trust seals and urgency widgets in de, en, fr, nl and
 * it — where each fires and the near misses where it must not (a small trader with GMX, phone and
 * street address; a Swiss shop in francs; a linked seal; a stock count in a normal sentence).
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';
import { isFreeMail } from '../../../src/content/impressum/free-mail';
import { factsForHtml } from '../../helpers';

const shop = (body: string, lang = 'de') => `<html lang="${lang}"><body><button>Add to cart</button>${body}</body></html>`;
const reasonOf = async (html: string, id: string, url?: string) => score(await factsForHtml(html, url)).reasons.find((r) => r.id === id);

describe('free-mail contact', () => {
  it.each(['shop@gmx.at', 'info@yahoo.co.uk', 'verkauf@web.de', 'boutique@orange.fr', 'negozio@libero.it', 'winkel@ziggo.nl', 'store@hotmail.it', 'kontakt@t-online.de', 'x@proton.me', 'y@bluewin.ch'])('%s is a free mailbox', (mail) => {
    expect(isFreeMail(mail)).toBe(true);
  });
  it.each(['info@gmx-shop.de', 'service@mail.beispiel.de', 'kontakt@webshop.de', 'support@orange-fashion.fr', 'hello@outlook-store.com'])('%s is a company address', (mail) => {
    expect(isFreeMail(mail)).toBe(false);
  });

  it('free-mail and no phone: 20 points, in any language', async () => {
    for (const [lang, text] of [['fr', 'Écrivez-nous : boutique.mode@orange.fr'], ['nl', 'Mail ons: webwinkel88@ziggo.nl'], ['it', 'Scrivici: negozio.sport@libero.it']]) {
      expect((await reasonOf(shop(`<p>${text}</p>`, lang), 'contact-free-mail'))?.points).toBe(20);
    }
  });

  it('free-mail with phone and street address stays quiet (a small trader, near miss)', async () => {
    const html = shop('<p>Inh. Eva Muster · Lindenallee 12 · 50667 Köln</p><dl><dt>Telefon</dt><dd>0221 987 65 43</dd><dt>E-Mail</dt><dd>eva.muster@gmx.de</dd></dl>');
    expect(await reasonOf(html, 'contact-free-mail')).toBeUndefined();
  });

  it('free-mail with a phone but no address is a weak sign', async () => {
    expect((await reasonOf(shop('<p>Mail: laden@gmx.de · Tel. 0221 987 65 43</p>'), 'contact-free-mail'))?.points).toBe(12);
  });
});

describe('locale: language and domain vs currency', () => {
  it.each([
    ['fr-FR', 'https://boutique.example.com/p', '<p>Prix : 49,00 $</p>'],
    ['it-IT', 'https://negozio.example.com/p', '<p>Prezzo: 49,00 € · Spedizione: $ 9.99</p>'],
    ['nl-NL', 'https://winkel.example.com/p', '<p>Prijs: £ 49.00</p>'],
    ['en-GB', 'https://store.example.com/p', '<p>Price: $49.00</p>'],
    ['de', 'https://laden.example.at/p', '<p>Preis: £ 49,00</p>'],
  ])('%s on %s with a foreign currency', async (lang, url, body) => {
    expect(await reasonOf(shop(body, lang), 'locale-mismatch', url)).toBeDefined();
  });

  it.each([
    ['de-CH', 'https://laden.example.ch/p', '<p>Preis: CHF 49.00 (ca. 52,00 €)</p>'],
    ['en', 'https://store.example.com/p', '<p>Price: $49.00 · €45.00</p>'],
    ['en-GB', 'https://store.example.co.uk/p', '<p>Basket 0,00 € · Price: £49.00</p>'],
    ['fr-BE', 'https://boutique.example.be/p', '<p>Prix : 49,00 €</p>'],
  ])('%s on %s is consistent (near miss)', async (lang, url, body) => {
    expect(await reasonOf(shop(body, lang), 'locale-mismatch', url)).toBeUndefined();
  });

  it('reads the language from og:locale when <html lang> is missing', async () => {
    const facts = await factsForHtml('<html><head><meta property="og:locale" content="fr_FR"></head><body><button>Add to cart</button><p>49,00 $</p></body></html>', 'https://boutique.example.com/p');
    expect(facts.locale?.pageLanguage).toBe('fr-fr');
    expect(score(facts).reasons.map((r) => r.id)).toContain('locale-mismatch');
  });
});

describe('trust seals of the other markets', () => {
  it.each([
    ['<img src="/img/thuiswinkel-waarborg.png" alt="">', 'Thuiswinkel Waarborg', 'unlinked'],
    ['<a href="/certificaat"><img src="/img/keurmerk.svg" alt="Webshop Keurmerk"></a>', 'Webshop Keurmerk', 'self-linked'],
    ['<img src="/siegel/haendlerbund-kaeufersiegel.png" alt="">', 'Händlerbund', 'unlinked'],
    ['<img src="/s/sigillo.png" alt="Sigillo Netcomm">', 'Netcomm', 'unlinked'],
    ['<img src="/s/fevad.png" alt="Membre de la FEVAD">', 'FEVAD', 'unlinked'],
    ['<img src="/s/x.png" alt="Boutique certifiée – achat sécurisé">', 'generic seal', 'unlinked'],
  ])('%s → %s, %s', async (html, issuer, verdict) => {
    const facts = await factsForHtml(shop(html), 'https://www.example-shop.nl/p');
    expect(facts.trustSeals?.seals[0]).toMatchObject({ issuer, verdict });
    expect(score(facts).reasons.map((r) => r.id)).toContain('trust-seal-fake');
  });

  it('a seal linking to its issuer is fine (near miss)', async () => {
    const facts = await factsForHtml(shop('<a href="https://www.thuiswinkel.org/leden/voorbeeld/certificaat"><img src="/img/thuiswinkel-waarborg.png" alt="Thuiswinkel Waarborg"></a>'), 'https://www.example-shop.nl/p');
    expect(facts.trustSeals?.seals[0]?.verdict).toBe('ok');
    expect(score(facts).reasons.map((r) => r.id)).not.toContain('trust-seal-fake');
  });
});

describe('urgency in five languages', () => {
  it.each([
    ['de', '<p>Nur noch 3 Stück auf Lager</p><p>17 Personen sehen sich das gerade an</p><p>Anna aus Köln hat gerade bestellt</p>'],
    ['en', '<p>Hurry, only 2 items left!</p><p>23 people are viewing this right now</p><p>Tom from Leeds just purchased this</p>'],
    ['fr', '<p>Plus que 3 articles en stock</p><p>12 personnes regardent ce produit</p><p>Julie de Lyon vient d\'acheter ce produit</p>'],
    ['nl', '<p>Nog maar 2 op voorraad</p><p>9 mensen bekijken dit product</p><p>Iemand uit Utrecht heeft zojuist besteld</p>'],
    ['it', '<p>Solo 2 pezzi rimasti</p><p>15 persone stanno guardando questo prodotto</p><p>Marco da Milano ha appena acquistato</p>'],
  ])('%s: stock, visitors and purchases are three widgets', async (lang, body) => {
    const reason = await reasonOf(shop(body, lang), 'urgency-tricks');
    expect(reason?.points).toBe(22);
  });

  it.each([
    ['de', '<p>Das Angebot endet in 02:14:33</p>'],
    ['en', '<p>Sale ends in 4h 12m</p>'],
    ['fr', '<p>L\'offre se termine dans 3 heures</p>'],
    ['nl', '<p>Aanbieding eindigt over 2 uur</p>'],
    ['it', '<p>L\'offerta termina tra 5 ore</p>'],
  ])('%s: a countdown', async (lang, body) => {
    expect((await factsForHtml(shop(body, lang))).urgency?.countdown).not.toBeNull();
  });

  it('ordinary sentences with numbers are no urgency (near miss)', async () => {
    const facts = await factsForHtml(shop('<p>Reinigung der Tür in nur 2 Schritten</p><p>Lieferung in 2-4 Werktagen</p><p>Plus que jamais : 3 ans de garantie</p><p>Nog 2 jaar garantie</p><p>Solo 2 anni di garanzia</p>'));
    expect(facts.urgency).toEqual({ countdown: null, lowStock: null, liveVisitors: null, recentPurchases: null });
  });
});
