import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine';
import { isValidIban } from '../../src/shared/iban';
import type { SiteMemory } from '../../src/shared/site-memory';
import { evidenceText, factsFor, factsForHtml } from '../helpers';

const memoryOf = (partial: Partial<SiteMemory>): SiteMemory => ({ site: 'masken-discount24.de', advertisedMethods: ['paypal', 'credit-card'], companyNames: [], tld: 'de', ...partial });
const config = (memory: SiteMemory | null) => ({ sensitivity: 'normal' as const, siteMark: null, memory });

describe('IBAN', () => {
  it.each(['DE89 3704 0044 0532 0130 00', 'LT121000011101001000', 'AT611904300234573201', 'GB82 WEST 1234 5698 7654 32'])('%s is valid', (iban) => expect(isValidIban(iban)).toBe(true));
  it.each(['DE89 3704 0044 0532 0130 01', 'LT121000011101001001', 'DE893704004405320130', 'XX00'])('%s is invalid', (iban) => expect(isValidIban(iban)).toBe(false));
});

describe('checkout facts', () => {
  it('reads the payment choices, IBAN and recipient of a checkout page (de)', async () => {
    const facts = await factsFor('pages/fakeshop-checkout/kasse.html', 'https://www.masken-discount24.de/kasse.html');
    expect(facts.pageType.pageType).toBe('checkout');
    expect(facts.checkout).toMatchObject({ methodsOffered: ['prepayment'], ibans: [{ iban: 'LT121000011101001000', country: 'LT', valid: true }], recipients: ['Jonas Petraitis'] });
  });

  it('recognises a checkout by its order button even on an unusual URL', async () => {
    const facts = await factsForHtml('<body><form><label><input type="radio" name="p"> PayPal</label><button>Zahlungspflichtig bestellen</button></form></body>', 'https://shop.example.de/step-3');
    expect(facts.pageType.pageType).toBe('checkout');
    expect(facts.checkout?.methodsOffered).toEqual(['paypal']);
  });

  it('a product page with "Jetzt kaufen" is not a checkout', async () => {
    const facts = await factsForHtml('<body><h1>Lampe</h1><p>49,00 €</p><button>Jetzt kaufen</button></body>', 'https://shop.example.de/lampe');
    expect(facts.pageType.pageType).toBe('product');
    expect(facts.checkout).toBeUndefined();
  });
});

describe('checkout rules', () => {
  it('fake checkout: methods vanished (advertised on its other pages), foreign IBAN, private recipient → high', async () => {
    const facts = await factsFor('pages/fakeshop-checkout/kasse.html', 'https://www.masken-discount24.de/kasse.html');
    const result = score(facts, config(memoryOf({})));
    expect(result.level).toBe('high');
    const ids = result.reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['checkout-methods-vanished', 'checkout-iban-foreign', 'checkout-private-recipient']));
    expect(evidenceText(result.reasons.find((r) => r.id === 'checkout-private-recipient'))[0]).toBe('recipient “Jonas Petraitis” looks like a private person, not a company');
  });

  it('proper checkout: company recipient, domestic IBAN, buyer protection offered → no reasons', async () => {
    const facts = await factsFor('pages/goodshop-checkout/checkout.html', 'https://www.bergsport-huber.de/checkout.html');
    expect(facts.checkout?.methodsOffered).toEqual(expect.arrayContaining(['paypal', 'credit-card', 'invoice', 'prepayment']));
    const result = score(facts, config(memoryOf({ site: 'bergsport-huber.de' })));
    expect(result.reasons).toEqual([]);
  });

  it('flags an IBAN failing its checksum and crypto at checkout (en)', async () => {
    const facts = await factsForHtml('<body><h1>Checkout</h1><label><input type="radio" name="p"> Bitcoin</label><p>Beneficiary: Shop Ltd</p><p>IBAN GB82 WEST 1234 5698 7654 33</p><button>Place order</button></body>', 'https://shop.example.co.uk/checkout');
    const ids = score(facts).reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['checkout-iban-invalid', 'checkout-crypto-gift-card']));
    expect(ids).not.toContain('checkout-private-recipient');
  });

  it.each([
    ['de', 'Kontoinhaber: Baumarkt Nord GmbH', 'FR84 2004 1010 0505 0001 3M02 607', 'Zahlungspflichtig bestellen', 'FR842004101005050001', 'national check digits'],
    ['fr', 'Titulaire du compte : Jardin Ouest SARL', 'ES21 2100 0418 4502 0005 1331', 'Pay now', 'ES2121000418', 'national check digits'],
    ['en', 'Account holder: Garden West Ltd', 'GB82 WEST 1234 5698 7654 33', 'Place order', 'GB82WEST', 'checksum fails'],
  ])('IBAN evidence names the failing check (%s)', async (_lang, holder, iban, button, prefix, says) => {
    const facts = await factsForHtml(`<body><h1>Checkout</h1><p>${holder}</p><p>IBAN ${iban}</p><button>${button}</button></body>`, 'https://shop.example.com/checkout');
    const reason = score(facts).reasons.find((r) => r.id === 'checkout-iban-invalid');
    const text = evidenceText(reason).join(' ');
    expect(text).toContain(prefix);
    if (says === 'national check digits') {
      expect(text).toContain("bank's own check digits");
      expect(text).not.toContain('checksum fails');
    } else expect(text).toContain('checksum fails');
  });
});
