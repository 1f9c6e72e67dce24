/**
 * Cart, checkout and payment steps: which payment choices are really offered here, and the bank
 * details shown for a transfer (IBAN, recipient). Feeds the checkout guard (issue #8).
 */
import { ibanProblem, normaliseIban } from '../../shared/iban';
import type { PaymentMethod } from '../../shared/payment-method';
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { methodsIn } from './payment';
import { paymentChoices } from './payment-availability';
import { defineSignal } from './types';

// Final-step labels only, de/en/fr/nl/it: "Jetzt kaufen" / "Buy now" / "Acheter" also sit on product pages.
export const ORDER_BUTTON = /\b(zahlungspflichtig bestellen|kostenpflichtig bestellen|bestellung abschlie(ß|ss)en|jetzt bezahlen|place (your )?order|complete (your )?(order|purchase)|pay now|confirm order|commande avec obligation de paiement|commander et payer|passer (la |votre |ma )?commande|valider (la |votre |ma )?commande|confirmer (la |votre |ma )?commande|payer maintenant|bestelling (plaatsen|afronden|bevestigen)|plaats (je |uw )?bestelling|bestellen met betaalverplichting|nu betalen|conferma (l'|l’)?ordine|completa (l'|l’)?ordine|effettua (l'|l’)?ordine|invia (l'|l’)?ordine|ordine con obbligo di pagamento|paga ora)\b/i;
const CHECKOUT_URL = /\/(checkout|kasse|bestellung|bestellen|order|payment|zahlung|cart|basket|warenkorb|einkaufswagen|panier|commande|paiement|winkelwagen|winkelmand|afrekenen|bestelling|carrello|cassa|ordine|pagamento)(\/|$|\?|\.)/i;
const IBAN = /\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b/g;
// Bank details sit in one block: holder, IBAN, BIC, bank name. 120 characters covers that block.
const NEAR_IBAN_CHARS = 120;
// Account-holder labels in de, en, fr, nl, it.
const RECIPIENT = /\b(?:kontoinhaber(?:in)?|empf(?:ä|ae)nger(?:in)?|zahlungsempf(?:ä|ae)nger|begünstigte[rn]?|account (?:holder|name)|beneficiary|payee|recipient|titulaire(?: du compte)?|bénéficiaire|rekeninghouder|begunstigde|ten name van|t\.n\.v\.|intestatario|intestato a|beneficiario)(?:\s{0,8}:)?\s{0,8}([^\n:]{3,80})/gi;
/** What follows a holder's name on the same line: "UAB Prekyba, IBAN: …" → "UAB Prekyba". */
const AFTER_NAME = /[,;]?\s{0,3}\b(?:IBAN|BIC|SWIFT|Bank|Kreditinstitut|Verwendungszweck|Referen\w{0,10}|Betrag|Amount|Montant|Bedrag|Importo)\b[^]*$/i;

export function extractCheckout(ctx: ExtractContext) {
  const evidence: string[] = [];
  if (CHECKOUT_URL.test(ctx.url.pathname)) evidence.push(`address: ${ctx.url.pathname}`);
  const button = queryAll(ctx.root, 'button, input[type="submit"], a[role="button"]', 300)
    .map((el) => clean(`${el.textContent ?? ''} ${el.getAttribute('value') ?? ''}`, 80))
    .find((label) => ORDER_BUTTON.test(label));
  if (button) evidence.push(`order button: ${button}`);
  const ibans = [...new Set([...ctx.text.matchAll(IBAN)].map((m) => normaliseIban(m[1] ?? '')))]
    .filter((iban) => iban.length >= 15)
    .slice(0, 5)
    .map((iban) => {
      const problem = ibanProblem(iban);
      return problem ? { iban, country: iban.slice(0, 2), valid: false, problem } : { iban, country: iban.slice(0, 2), valid: true };
    });
  if (ibans.length) evidence.push(`bank details: ${ibans.map((i) => i.iban).join(', ')}`);
  if (evidence.length === 0) return undefined;
  const methods = new Set<PaymentMethod>();
  const switchedOff = new Set<PaymentMethod>();
  for (const choice of paymentChoices(ctx.root)) for (const method of methodsIn(choice.label)) (choice.off ? switchedOff : methods).add(method);
  if (methods.size) evidence.push(`payment choices: ${[...methods].join(', ')}`);
  if (switchedOff.size) evidence.push(`switched-off choices: ${[...switchedOff].join(', ')}`);
  // Only a name next to the bank details: "Empfänger" also labels the shopper's own delivery address.
  const ibanAt = [...ctx.text.matchAll(IBAN)].map((m) => m.index);
  const nearIban = (at: number) => ibanAt.some((i) => Math.abs(i - at) <= NEAR_IBAN_CHARS);
  const recipients = [...new Set([...ctx.text.matchAll(RECIPIENT)].filter((m) => nearIban(m.index)).map((m) => clean((m[1] ?? '').replace(AFTER_NAME, ''), 80)).filter((name) => name.length >= 3))].slice(0, 5);
  // A method offered in one choice and greyed out in another can still be chosen.
  const methodsUnavailable = [...switchedOff].filter((m) => !methods.has(m));
  return { evidence: evidence.slice(0, 10), methodsOffered: [...methods], methodsUnavailable, ibans, recipients };
}

export const checkout = defineSignal({ id: 'checkout', key: 'checkout', extract: extractCheckout });
