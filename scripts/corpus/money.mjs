// Prices as shops print them. Hand-written (not Intl) so the output is identical on every Node/ICU.

const SYMBOL = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF' };

function number(cents, lang, currency) {
  const whole = Math.floor(cents / 100);
  const frac = String(cents % 100).padStart(2, '0');
  const swiss = currency === 'CHF';
  const english = lang === 'en' || currency === 'USD';
  const thousands = swiss ? '’' : english ? ',' : lang === 'fr' ? '\u202f' : '.';
  const decimal = swiss || english ? '.' : ',';
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${grouped}${decimal}${frac}`;
}

/**
 * style: 'after' (39,99 €), 'before' (€39.99), 'code' (39,99 EUR), 'shopify' (€39,99 EUR), 'star' (39,99 €*).
 */
export function money(cents, currency, lang, style = 'after') {
  const n = number(cents, lang, currency);
  const sym = SYMBOL[currency] ?? currency;
  const space = lang === 'fr' ? '\u00a0' : '\u00a0';
  if (currency === 'CHF') return `CHF\u00a0${n}`;
  if (currency === 'USD' || currency === 'GBP') return style === 'code' ? `${n} ${currency}` : `${sym}${n}`;
  switch (style) {
    case 'before': return `${sym}${n}`;
    case 'code': return `${n} ${currency}`;
    case 'shopify': return `${sym}${n} ${currency}`;
    case 'star': return `${n}${space}${sym}*`;
    default: return `${n}${space}${sym}`;
  }
}

/** schema.org price text: 1299.00 */
export const plainPrice = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Round to a shop-looking price ending in ,99 / ,95 / ,00. */
export function shopPrice(rng, cents) {
  const euros = Math.max(1, Math.round(cents / 100));
  if (cents < 1000) return Math.max(49, Math.round(cents / 10) * 10 - 1);
  return euros * 100 - rng.pick([1, 1, 5, 100, 10]);
}
