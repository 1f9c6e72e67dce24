/**
 * Payment reality vs logos (issue 15, class 3): what can actually be chosen decides "prepayment only".
 * Many phrasings in de, en, fr, nl, it; logos, text notes, disabled checkout choices, greyed boxes.
 */
import { describe, expect, it } from 'vitest';
import { productPage, resultOf } from './page';

const logos = '<div class="payment-logos"><img src="/img/paypal.svg" alt="PayPal"><img src="/img/visa.svg" alt="Visa"><img src="/img/klarna.svg" alt="Klarna"></div>';

describe('protected methods shown but switched off leave only prepayment', () => {
  it.each([
    ['de: note after each method', 'de', '<p>Zahlungsarten: Vorkasse, PayPal (derzeit nicht verfügbar), Kreditkarte – vorübergehend deaktiviert</p>'],
    ['de: "demnächst" and "zurzeit nicht möglich"', 'de', '<ul><li>Überweisung im Voraus</li><li>PayPal: demnächst</li><li>Kreditkarte zurzeit nicht möglich</li></ul>'],
    ['de: logos, then "nur Vorkasse möglich"', 'de', `${logos}<p>Aktuell ist nur Zahlung per Vorkasse möglich.</p>`],
    ['de: "ausschließlich per Banküberweisung"', 'de', `${logos}<p>Die Bezahlung erfolgt ausschließlich per Banküberweisung.</p>`],
    ['de: heading "Demnächst verfügbar:" above the methods', 'de', '<p>Vorkasse</p><h4>Demnächst verfügbar:</h4><p>PayPal</p>'],
    ['de: note in the next text node', 'de', '<p>Vorkasse</p><div><span>PayPal</span><small>(vorübergehend nicht verfügbar)</small></div>'],
    ['de: refused', 'de', '<p>Wir akzeptieren keine PayPal-Zahlungen. Zahlung per Vorkasse.</p><img alt="PayPal" src="/pp.png" class="logo-disabled">'],
    ['en: "currently unavailable" and "coming soon"', 'en', '<p>Payment: bank transfer. PayPal – currently unavailable. Credit card: coming soon.</p>'],
    ['en: "we currently only accept bank transfer"', 'en', `${logos}<p>Please note: we currently only accept bank transfer.</p>`],
    ['en: "temporarily disabled"', 'en', '<p>Prepayment</p><p>PayPal (temporarily disabled)</p><p>Visa and Mastercard temporarily unavailable</p>'],
    ['fr: "temporairement indisponible", "bientôt disponible"', 'fr', '<p>Virement bancaire. PayPal temporairement indisponible. Carte bancaire : bientôt disponible.</p>'],
    ['fr: "uniquement par virement"', 'fr', `${logos}<p>Paiement uniquement par virement bancaire.</p>`],
    ['nl: "momenteel niet beschikbaar", "binnenkort"', 'nl', '<p>Vooruitbetaling per bankoverschrijving. PayPal momenteel niet beschikbaar. Creditcard binnenkort beschikbaar.</p>'],
    ['nl: "alleen via overschrijving"', 'nl', `${logos}<p>Betaling is alleen via overschrijving mogelijk.</p>`],
    ['it: "al momento non disponibile", "disattivata"', 'it', '<p>Bonifico bancario. PayPal al momento non disponibile. Carta di credito disattivata.</p>'],
    ['it: "solo tramite bonifico"', 'it', `${logos}<p>Pagamento solo tramite bonifico bancario.</p>`],
  ])('%s', async (_name, lang, body) => {
    const { ids, facts, result } = await resultOf(productPage(body, lang));
    expect(facts.payment?.methods.every((m) => m === 'prepayment'), JSON.stringify(facts.payment)).toBe(true);
    expect(facts.payment?.unavailable?.length).toBeGreaterThan(0);
    expect(ids).toContain('prepayment-only');
    expect(ids).toContain('payment-unavailable');
    // Both belong to one family of evidence: together they are one strong sign, never "high" alone.
    const paymentOnly = result.reasons.filter((r) => r.id === 'prepayment-only' || r.id === 'payment-unavailable');
    expect(paymentOnly).toHaveLength(2);
  });

  it.each([
    ['disabled radio buttons', '<form><label><input type="radio" name="pay" value="vorkasse"> Vorkasse</label><label><input type="radio" name="pay" value="paypal" disabled> PayPal</label><label><input type="radio" name="pay" value="cc" disabled> Kreditkarte</label><button>Zahlungspflichtig bestellen</button></form>'],
    ['aria-disabled options', '<form><label><input type="radio" name="p" id="a"> Banküberweisung</label><div class="option" aria-disabled="true"><input type="radio" name="p" id="b"><label for="b">PayPal</label></div><button>Zahlungspflichtig bestellen</button></form>'],
    ['greyed-out boxes', '<form><label><input type="radio" name="p"> Vorkasse</label><div class="payment-method is-disabled"><label><input type="radio" name="p"> Klarna Rechnung</label></div><div class="payment-method greyed-out"><label><input type="radio" name="p"> Visa / Mastercard</label></div><button>Jetzt kaufen</button><button>Zahlungspflichtig bestellen</button></form>'],
    ['a select with disabled options', '<form><select name="pay"><option>Vorkasse</option><option disabled>PayPal (nicht verfügbar)</option><option disabled>Kreditkarte</option></select><button>Place order</button></form>'],
  ])('checkout: %s', async (_name, body) => {
    const { ids, facts } = await resultOf(`<html lang="de"><body>${body}</body></html>`, 'https://shop.example.de/checkout/payment');
    expect(facts.checkout?.methodsOffered).toEqual(['prepayment']);
    expect(facts.checkout?.methodsUnavailable?.length).toBeGreaterThan(0);
    expect(ids).toContain('payment-unavailable');
  });

  it('a greyed-out logo in the footer counts as switched off', async () => {
    const { ids, facts } = await resultOf(productPage('<footer><p>Vorkasse</p><span class="payment-icon inactive"><img alt="PayPal" src="/pp.svg"></span></footer>'));
    expect(facts.payment?.unavailable?.map((u) => u.method)).toEqual(['paypal']);
    expect(ids).toContain('payment-unavailable');
  });
});

describe('switched-off protected payment is a strong sign: one independent medium sign confirms it', () => {
  const legalFooter = '<footer><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/datenschutz">Datenschutz</a> <a href="/widerruf">Widerrufsbelehrung</a> <a href="/versand">Versand &amp; Zahlung</a></footer>';
  it.each([
    ['de', '<p>PayPal und Kreditkarte sind derzeit nicht verfügbar.</p>', '<p>Kontakt: kundenservice.shop24@gmail.com</p>'],
    ['en', '<p>PayPal – temporarily unavailable. Credit card: coming soon.</p>', '<p>Questions? Write to store.help@outlook.com</p>'],
    ['fr', '<p>PayPal temporairement indisponible. Carte bancaire bientôt disponible.</p>', '<p>Contact : service.boutique@hotmail.fr</p>'],
    ['nl', '<p>PayPal momenteel niet beschikbaar. Creditcard binnenkort beschikbaar.</p>', '<p>Vragen? Mail naar klantenservice.winkel@gmail.com</p>'],
    ['it', '<p>PayPal al momento non disponibile. Carta di credito disattivata.</p>', '<p>Contatti: assistenza.negozio@libero.it</p>'],
  ])('%s: methods switched off + free-mail as the only contact is high; the switched-off methods alone stay caution', async (lang, payment, contact) => {
    const alone = await resultOf(productPage(`${payment}${legalFooter}`, lang));
    expect(alone.ids).toEqual(['payment-unavailable']);
    expect(alone.result.level).not.toBe('high');
    const confirmed = await resultOf(productPage(`${payment}${contact}${legalFooter}`, lang));
    expect(confirmed.ids).toEqual(expect.arrayContaining(['payment-unavailable', 'contact-free-mail']));
    expect(confirmed.result.level).toBe('high');
  });
});

describe('a note after a list of methods with a plural verb covers the whole list', () => {
  it.each([
    ['de', '<p>Vorkasse. PayPal, Klarna und Kreditkarte sind derzeit nicht verfügbar.</p>'],
    ['en', '<p>Bank transfer. PayPal and the credit card are coming soon.</p>'],
    ['fr', '<p>Virement bancaire. PayPal et la carte bancaire sont temporairement indisponibles.</p>'],
    ['nl', '<p>Bankoverschrijving. PayPal en creditcard zijn momenteel niet beschikbaar.</p>'],
    ['it', '<p>Bonifico bancario. PayPal e carta di credito sono al momento non disponibili.</p>'],
  ])('%s', async (lang, body) => {
    const { facts, ids } = await resultOf(productPage(body, lang));
    expect(facts.payment?.methods, JSON.stringify(facts.payment)).toEqual(['prepayment']);
    expect(facts.payment?.unavailable?.map((u) => u.method)).toContain('paypal');
    expect(ids).toContain('payment-unavailable');
  });

  it.each([
    ['de: a bracketed note is about the last method only', 'de', '<p>Visa und PayPal (derzeit nicht verfügbar), Vorkasse</p>', 'credit-card'],
    ['en: a singular verb is about the last method only', 'en', '<p>We accept PayPal and Apple Pay is coming soon.</p>', 'paypal'],
    ['nl: the list works, another method is down', 'nl', '<p>PayPal en creditcard zijn beschikbaar. Klarna is momenteel niet beschikbaar.</p>', 'paypal'],
  ])('%s', async (_name, lang, body, usable) => {
    const { facts, ids } = await resultOf(productPage(body, lang));
    expect(facts.payment?.methods, JSON.stringify(facts.payment)).toContain(usable);
    expect(ids).not.toContain('payment-unavailable');
  });
});

describe('legitimate near misses are not flagged', () => {
  it.each([
    ['de: Vorkasse and PayPal, both available', 'de', `${logos}<p>Zahlungsarten: Vorkasse, PayPal, Kreditkarte, Klarna</p>`],
    ['de: card down for a day, PayPal works', 'de', '<p>Kreditkartenzahlung heute vorübergehend nicht verfügbar – PayPal, Klarna und Rechnung funktionieren wie gewohnt.</p><p>Vorkasse</p>'],
    ['de: only prepayment for orders abroad', 'de', `${logos}<p>Bei Lieferungen ins Ausland ist nur Vorkasse möglich.</p>`],
    ['de: not only prepayment', 'de', '<p>Nicht nur per Vorkasse: bei uns zahlen Sie auch mit PayPal.</p>'],
    ['de: an unavailable size next to a payment logo line', 'de', '<p>Wir akzeptieren PayPal</p><p>Größe XL nicht verfügbar</p><p>Vorkasse</p>'],
    ['de: an item out of stock above the payment methods', 'de', '<p>Dieser Artikel ist derzeit nicht verfügbar.</p><p>PayPal, Visa, Vorkasse</p>'],
    ['en: PayPal and transfer; first orders prepaid', 'en', '<p>We accept PayPal and bank transfer. For first orders over €1000 we only accept bank transfer.</p>'],
    ['en: Apple Pay coming soon, cards work', 'en', '<p>Pay with Visa, Mastercard or PayPal. Apple Pay coming soon!</p>'],
    ['fr: card and transfer available', 'fr', '<p>Paiement par carte bancaire, PayPal ou virement bancaire.</p>'],
    ['nl: iDEAL-like: card and transfer', 'nl', '<p>Betalen met creditcard, PayPal of bankoverschrijving.</p>'],
    ['it: card, PayPal, transfer', 'it', '<p>Pagamento con carta di credito, PayPal o bonifico bancario.</p>'],
    ['en: bank transfer or cash on collection', 'en', '<p>Payment methods: Direct bank transfer · Pay cash on collection</p>'],
    ['de: Vorkasse oder bar bei Abholung', 'de', '<p>Zahlung per Vorkasse oder bar bei Abholung im Laden.</p>'],
  ])('%s', async (_name, lang, body) => {
    const { ids } = await resultOf(productPage(body, lang));
    expect(ids).not.toContain('prepayment-only');
    expect(ids).not.toContain('payment-unavailable');
  });

  it('checkout where one PayPal choice is greyed but another is offered', async () => {
    const { ids, facts } = await resultOf('<html><body><form><label><input type="radio" name="p"> PayPal</label><label class="disabled"><input type="radio" name="p" disabled> PayPal Express</label><label><input type="radio" name="p"> Vorkasse</label><button>Zahlungspflichtig bestellen</button></form></body></html>', 'https://shop.example.de/checkout');
    expect(facts.checkout?.methodsOffered).toContain('paypal');
    expect(ids).not.toContain('payment-unavailable');
  });
});
