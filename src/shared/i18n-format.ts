import { countryName } from './country';
import { PaymentMethodSchema } from './payment-method';

/** The messages.json format of WebExtensions, and how a message with $NAME$ placeholders is filled. */
export type MessageEntry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
export type MessageTable = Record<string, MessageEntry>;

/** Fill "$P1$"-style placeholders whose content is "$1"… with the substitutions, as browsers do. */
export function formatMessage(entry: MessageEntry, subs: string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, index: string) => subs[Number(index) - 1] ?? '');
  });
}

/**
 * The engine writes amounts and payment methods in one neutral form ("89.99 EUR", "prepayment",
 * "paypal, credit-card"); the view shows them in the shopper's language ("89,99 €", "Vorkasse").
 * Anything else — the text found on the page — is passed through unchanged.
 */
const NEUTRAL_AMOUNT = /^(\d{1,9})\.(\d{2}) ([A-Z]{3})$/;
const METHOD_IDS: ReadonlySet<string> = new Set(PaymentMethodSchema.options);
const COUNTRY_TOKEN = /^country:[A-Z]{2}$/;

/** A country as the engine writes it into evidence, for the view to name in the shopper's language. */
export const countryToken = (code: string) => `country:${code}`;

/** "credit-card" → "payMethodCreditCard". */
export const paymentMethodKey = (id: string) => `payMethod${id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase())}`;

export function localiseSub(sub: string, language: string, message: (key: string) => string | null): string {
  const amount = NEUTRAL_AMOUNT.exec(sub);
  if (amount) {
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency: amount[3] }).format(Number(`${amount[1]}.${amount[2]}`));
    } catch {
      return sub;
    }
  }
  const parts = sub.split(', ');
  if (parts.every((part) => METHOD_IDS.has(part))) return parts.map((part) => message(paymentMethodKey(part)) || part).join(', ');
  // "country:LT" → "Lithuania" / "Litauen": the engine names countries by code, the view in words.
  if (parts.every((part) => COUNTRY_TOKEN.test(part))) return parts.map((part) => countryName(part.slice(8), language)).join(', ');
  return sub;
}
