/** Money parsing shared by content and engine: "1.299,00 €", "€35.00", "EUR 9,99" → integer cents. */

export interface Money {
  cents: number;
  currency: string;
  text: string;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', eur: 'EUR', $: 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', chf: 'CHF', 'fr.': 'CHF' };
// Thousands separators: dot, comma, space, no-break space, apostrophe (CH); then 1–2 decimals.
// Linear on any input (issue 15): an amount never starts inside a number (look-behind) and every
// repetition is bounded, so a run of 100,000 digits costs a constant per position instead of
// backtracking over the whole run. Amounts above 10 digits are no prices (amountToCents caps them).
const AMOUNT = String.raw`(?<![\d.,'])(?:\d{1,3}(?:[.,\s\u00a0']\d{3}){1,3}(?:[.,]\d{1,2})?(?!\d)|\d{1,10}(?:[.,]\d{1,2})?(?!\d))`;
const CURRENCY = String.raw`€|eur\b|\$|usd\b|£|gbp\b|chf\b`;
export const MONEY_PATTERN = new RegExp(String.raw`(?:(${CURRENCY})\s?(${AMOUNT}))|(?:(${AMOUNT})\s?(${CURRENCY}))`, 'gi');

/** "1.299,00" / "1,299.00" / "9,99" / "35" → cents. The last separator followed by 1–2 digits is the decimal one. */
export function amountToCents(amount: string): number | null {
  const compact = amount.replace(/[\s\u00a0']/g, '');
  const match = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const fraction = (match[2] ?? '0').padEnd(2, '0');
  const cents = Number(whole) * 100 + Number(fraction);
  return Number.isFinite(cents) && cents < 1e11 ? cents : null;
}

export function parseMoneyAll(text: string, limit = 200): Money[] {
  const out: Money[] = [];
  MONEY_PATTERN.lastIndex = 0;
  for (let m = MONEY_PATTERN.exec(text); m && out.length < limit; m = MONEY_PATTERN.exec(text)) {
    const symbol = (m[1] ?? m[4] ?? '').toLowerCase();
    const cents = amountToCents(m[2] ?? m[3] ?? '');
    const currency = SYMBOLS[symbol];
    if (cents !== null && currency) out.push({ cents, currency, text: m[0] });
  }
  return out;
}

export function formatCents(cents: number, currency = 'EUR'): string {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}
