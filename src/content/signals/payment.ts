/**
 * Payment methods the page mentions, in text, link labels and logo images (alt, title, file name).
 * Feeds the "prepayment only" rule (SIGNALS.md): fake shops offer only bank transfer in advance.
 */
import type { PaymentMethod } from '../../shared/facts';
import { clean, queryAll, snippetAround } from '../dom';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

// Order matters only for readability; each method is matched independently.
export const PAYMENT_PATTERNS: Array<[PaymentMethod, RegExp]> = [
  ['prepayment', /\b(vorkasse|vorauskasse|vorauszahlung|bank[üu]berweisung|per [üu]berweisung|[üu]berweisung im voraus|bank transfer|wire transfer|prepayment|pre-payment|payment in advance|virement bancaire)\b/i],
  ['paypal', /\bpay\s?pal\b/i],
  ['credit-card', /\b(kreditkarte\w*|credit cards?|debit cards?|visa|master\s?card|american express|amex|maestro)\b/i],
  ['invoice', /\b(kauf auf rechnung|auf rechnung|rechnungskauf|pay(ment)? by invoice|pay later with invoice)\b/i],
  ['direct-debit', /\b(lastschrift\w*|sepa[- ]lastschrift|direct debit)\b/i],
  ['klarna', /\bklarna\b/i],
  ['sofort', /\b(sofort[üu]berweisung|sofort\.com|sofort by klarna)\b/i],
  ['apple-pay', /\bapple\s?pay\b/i],
  ['google-pay', /\bgoogle\s?pay\b/i],
  ['amazon-pay', /\bamazon\s?pay\b/i],
  ['cash-on-delivery', /\b(nachnahme|cash on delivery|barzahlung bei (abholung|lieferung))\b/i],
  ['giropay', /\bgiropay\b/i],
  ['crypto', /\b(bitcoin|btc|ethereum|usdt|tether|kryptow[äa]hrung\w*|cryptocurrenc\w*|crypto)\b/i],
  ['gift-card', /\b(gift ?cards?|paysafecard|itunes[- ]karte|google[- ]play[- ](karte|card)|steam[- ]card|geschenkkarte)\b/i],
  ['instant-transfer', /\b(western union|moneygram|echtzeit[üu]berweisung|instant (bank )?transfer)\b/i],
];

// Logos often carry the method only in the file name (e.g. /img/paypal-logo.svg).
const LOGO_FILE: Array<[PaymentMethod, RegExp]> = [
  ['paypal', /paypal/i],
  ['credit-card', /(visa|mastercard|amex|american-?express|maestro)/i],
  ['klarna', /klarna/i],
  ['apple-pay', /apple-?pay/i],
  ['google-pay', /google-?pay/i],
  ['prepayment', /(vorkasse|ueberweisung|bank-?transfer)/i],
];

/**
 * Gift cards and crypto are also goods ("Gift Cards" in a marketplace menu, a shop selling Steam
 * cards); in running page text they count as a way to pay only next to a word about paying.
 */
const ALSO_GOODS: ReadonlySet<PaymentMethod> = new Set(['gift-card', 'crypto']);
const PAYMENT_WORD = /(bezahl|zahlung|zahlen|zahlbar|pay|paiement|checkout|kasse|accept)/i;
const MAX_MATCHES = 50;

function findInText(text: string, method: PaymentMethod, pattern: RegExp): RegExpExecArray | null {
  if (!ALSO_GOODS.has(method)) return pattern.exec(text);
  const all = new RegExp(pattern.source, 'gi');
  for (let m = all.exec(text), seen = 0; m && seen < MAX_MATCHES; m = all.exec(text), seen++) {
    if (PAYMENT_WORD.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) return m;
  }
  return null;
}

/** Methods named in a short text such as a payment-choice label. */
export function methodsIn(text: string): PaymentMethod[] {
  return PAYMENT_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([method]) => method);
}

export function extractPayment(ctx: ExtractContext) {
  const found = new Map<PaymentMethod, string>();
  const logoTexts = queryAll<HTMLImageElement>(ctx.root, 'img', 1500).map((img) => ({
    label: clean(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`, 120),
    src: img.getAttribute('src') ?? '',
  }));
  for (const [method, pattern] of PAYMENT_PATTERNS) {
    const match = findInText(ctx.text, method, pattern);
    if (match) {
      found.set(method, snippetAround(ctx.text, match.index, match[0].length));
      continue;
    }
    const logo = logoTexts.find((l) => pattern.test(l.label));
    if (logo) found.set(method, `image: ${logo.label}`);
  }
  for (const [method, pattern] of LOGO_FILE) {
    if (found.has(method)) continue;
    const logo = logoTexts.find((l) => pattern.test(l.src.split('?')[0] ?? ''));
    if (logo) found.set(method, `image file: ${clean(logo.src.split('/').pop(), 80)}`);
  }
  return {
    methods: [...found.keys()],
    evidence: [...found.entries()].map(([method, text]) => ({ method, text })),
  };
}

export const payment = defineSignal({ id: 'payment', key: 'payment', extract: extractPayment });
