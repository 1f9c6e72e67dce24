/**
 * Payment methods the page mentions, in text, link labels and logo images (alt, title, file name).
 * Feeds the "prepayment only" rule (SIGNALS.md): fake shops offer only bank transfer in advance.
 */
import type { PaymentMethod } from '../../shared/facts';
import { PREPAYMENT_METHODS } from '../../shared/payment-classes';
import { clean, queryAll, snippetAround } from '../dom';
import type { ExtractContext } from '../context';
import { disabledState, onlyPrepaymentStatement, paymentChoices, shareListNotes, unavailableNote } from './payment-availability';
import { defineSignal } from './types';

// Order matters only for readability; each method is matched independently.
export const PAYMENT_PATTERNS: Array<[PaymentMethod, RegExp]> = [
  ['prepayment', /\b(vorkasse|vorauskasse|vorauszahlung|bank[üu]berweisung|per [üu]berweisung|[üu]berweisung im voraus|bank transfer|wire transfer|prepayment|pre-payment|payment in advance|virement(?: bancaire)?|paiement anticipé|vooruitbetaling|(?:bank)?overschrijving|bonifico(?: bancario)?|pagamento anticipato)\b/i],
  ['paypal', /\bpay\s?pal\b/i],
  ['credit-card', /\b(kreditkarte\w*|credit cards?|debit cards?|visa|master\s?card|american express|amex|maestro|cartes? (?:bancaires?|de crédit)|creditcard|carta di credito|carte di credito)\b/i],
  ['invoice', /\b(kauf auf rechnung|auf rechnung|rechnungskauf|pay(ment)? by invoice|pay later with invoice|achteraf betalen|op rekening|op factuur|paiement (?:sur|à réception de) facture|pagamento (?:su|con|alla) fattura)\b/i],
  ['direct-debit', /\b(lastschrift\w*|sepa[- ]lastschrift|direct debit|prélèvement(?: sepa)?|automatische incasso|addebito diretto)\b/i],
  ['klarna', /\bklarna\b/i],
  ['sofort', /\b(sofort[üu]berweisung|sofort\.com|sofort by klarna)\b/i],
  ['apple-pay', /\bapple\s?pay\b/i],
  ['google-pay', /\bgoogle\s?pay\b/i],
  ['amazon-pay', /\bamazon\s?pay\b/i],
  ['cash-on-delivery', /\b(nachnahme|cash on delivery|(?:bar|barzahlung) bei (abholung|lieferung)|(?:pay )?cash on (?:collection|pick-?up)|contre-remboursement|(?:paiement )?en espèces (?:au retrait|à l'enlèvement)|rembours|contant (?:betalen )?bij (?:afhalen|ophalen)|contrassegno|(?:pagamento )?in contanti al ritiro)\b/i],
  ['giropay', /\bgiropay\b/i],
  ['crypto', /\b(bitcoin|btc|ethereum|usdt|tether|kryptow[äa]hrung\w*|cryptocurrenc\w*|crypto)\b/i],
  ['gift-card', /\b(gift ?cards?|paysafecard|itunes[- ]karte|google[- ]play[- ](karte|card)|steam[- ]card|geschenkkarte)\b/i],
  ['instant-transfer', /\b(western union|moneygram|echtzeit[üu]berweisung|instant (bank )?transfer)\b/i],
];

/**
 * JavaScript's \b knows only ASCII letters: "\bÜberweisung" never matches and "anticipé\b" fails before
 * a space. Word edges here also know the umlauts and accents of de, fr, nl and it.
 */
const LETTER = 'a-z0-9äöüßàâçéèêëîïôûùüÿæœ';
function withWordEdges(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/^\\b/, `(?<![${LETTER}])`).replace(/\\b$/, `(?![${LETTER}])`);
  return new RegExp(source, pattern.flags);
}
for (const entry of PAYMENT_PATTERNS) entry[1] = withWordEdges(entry[1]);

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
const MAX_MATCHES = 20;
/** Providers that sell a product under their name: Klarna's invoice, instalments or card; PayPal's invoice. */
const sellsProduct = (provider: PaymentMethod, product: PaymentMethod): boolean =>
  provider === 'klarna' ? product !== 'klarna' : provider === 'paypal' && product === 'invoice';
/** Only a dash, colon or spaces between a provider and its product ("Klarna – Rechnungskauf"). */
const BRAND_WITH_PRODUCT = /^[ \t]{0,3}[–—:-]?[ \t]{0,3}$/;
const MAX_LOGOS = 40;

interface Mention {
  method: PaymentMethod;
  start: number;
  end: number;
}

/** Every place the text names a method (at most 20 per method), in page order. */
function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [method, pattern] of PAYMENT_PATTERNS) {
    let seen = 0;
    for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) {
      const near = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
      if (!ALSO_GOODS.has(method) || PAYMENT_WORD.test(near)) mentions.push({ method, start: m.index, end: m.index + m[0].length });
      if (++seen >= MAX_MATCHES) break;
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Methods named in a short text such as a payment-choice label. */
export function methodsIn(text: string): PaymentMethod[] {
  return PAYMENT_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([method]) => method);
}

interface Logo {
  img: Element;
  label: string;
  file: string;
}

function logoMethod(logo: Logo): { method: PaymentMethod; text: string } | null {
  const byLabel = PAYMENT_PATTERNS.find(([, pattern]) => pattern.test(logo.label));
  if (byLabel) return { method: byLabel[0], text: `image: ${logo.label}` };
  const byFile = LOGO_FILE.find(([, pattern]) => pattern.test(logo.file));
  return byFile ? { method: byFile[0], text: `image file: ${clean(logo.file.split('/').pop(), 80)}` } : null;
}

/**
 * Payment methods the shopper can actually choose, and those the page shows but switches off (a
 * disabled choice, a greyed logo, "derzeit nicht verfügbar", "only bank transfer possible").
 */
export function extractPayment(ctx: ExtractContext) {
  const available = new Map<PaymentMethod, string>();
  const unavailable = new Map<PaymentMethod, string>();
  const mentions = mentionsIn(ctx.text);
  const notes = mentions.map((m, i) => unavailableNote(ctx.text, m.start, m.end, mentions[i + 1]?.start ?? ctx.text.length, mentions[i - 1]?.end ?? 0));
  // A provider named with its product is one choice: "Klarna – Kauf auf Rechnung (bald verfügbar)",
  // "Klarna Pay later is not available", "Klarna achteraf betalen binnenkort beschikbaar".
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (m && next && !notes[i] && notes[i + 1] && sellsProduct(m.method, next.method) && BRAND_WITH_PRODUCT.test(ctx.text.slice(m.end, next.start))) notes[i] = notes[i + 1] ?? null;
  }
  shareListNotes(ctx.text, mentions, notes);
  mentions.forEach((m, i) => {
    const note = notes[i];
    if (note) unavailable.set(m.method, unavailable.get(m.method) ?? note);
    else if (!available.has(m.method)) available.set(m.method, snippetAround(ctx.text, m.start, m.end - m.start));
  });
  const logos = queryAll(ctx.root, 'img', 1500)
    .map((img) => ({ img, label: clean(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`, 120), file: (img.getAttribute('src') ?? '').split('?')[0] ?? '' }))
    .map((logo) => ({ logo, found: logoMethod(logo) }))
    .filter((l) => l.found !== null)
    .slice(0, MAX_LOGOS);
  for (const { logo, found } of logos) {
    if (!found) continue;
    const off = disabledState(logo.img);
    if (off) unavailable.set(found.method, unavailable.get(found.method) ?? `${found.text} — ${off}`);
    else if (!available.has(found.method)) available.set(found.method, found.text);
  }
  // A checkout's own choices: a disabled one is switched off, whatever the text around it says.
  for (const choice of paymentChoices(ctx.root)) {
    for (const method of methodsIn(choice.label)) {
      if (choice.off) unavailable.set(method, unavailable.get(method) ?? choice.off);
      else if (!available.has(method)) available.set(method, `choice: ${choice.label}`);
    }
  }
  // "Nur Vorkasse möglich" next to PayPal and card logos: the statement, not the logos, says what can be chosen.
  const onlyPrepayment = onlyPrepaymentStatement(ctx.text);
  if (onlyPrepayment) {
    for (const method of available.keys()) if (!PREPAYMENT_METHODS.has(method)) unavailable.set(method, unavailable.get(method) ?? onlyPrepayment);
    if (!available.has('prepayment')) available.set('prepayment', onlyPrepayment);
  }
  const usable = [...available.entries()].filter(([method]) => !unavailable.has(method));
  return {
    methods: usable.map(([method]) => method),
    evidence: usable.map(([method, text]) => ({ method, text })),
    unavailable: [...unavailable.entries()].slice(0, 20).map(([method, text]) => ({ method, text })),
  };
}

export const payment = defineSignal({ id: 'payment', key: 'payment', extract: extractPayment });
