/**
 * Was → now pairs a shop announces with its saving: "48,00 € 10,99 € Sie sparen 77 %", "£319.99
 * £1,998.95 (84% gespart)", "-71 %", "you save 60%", "économisez 70 %", "bespaar 65%", "risparmi il 80%".
 * Two prices right before the claim whose ratio is the claimed saving (±3 points) are a pair, in either
 * order — so a pair is found without any struck-through markup.
 */
import { amountToCents, MONEY_PATTERN } from '../../shared/money';
import { pairOf, type PricePair } from './price-pairs';

// Bounded alternatives of fixed words and at most two digits: linear on any input.
const SAVING =
  /(?:(?:sie )?sparen|sparen sie|ersparnis|rabatt|you save|save|saving|économisez|economisez|vous économisez|remise|bespaar|je bespaart|korting|risparmi(?:a|o)?(?: il)?|sconto(?: del)?)[ \t]{0,2}:?[ \t]{0,2}[-–]?[ \t]?(\d{1,2})[ \t]?%|(\d{1,2})[ \t]?%[ \t]{0,2}(?:gespart|günstiger|off|rabatt|korting|sconto|de réduction|de remise)|(?<![\w,.])[-–][ \t]?(\d{1,2})[ \t]?%/gi;
/** The claim refers to the prices just before it. */
const WINDOW = 120;
const TOLERANCE = 3;

export function savingPairs(text: string, limit = 30): PricePair[] {
  const prices: Array<{ index: number; cents: number; text: string }> = [];
  for (const m of text.matchAll(new RegExp(MONEY_PATTERN.source, 'gi'))) {
    const cents = amountToCents(m[2] ?? m[3] ?? '');
    if (cents !== null && cents > 0) prices.push({ index: m.index, cents, text: m[0] });
    if (prices.length >= 2000) break;
  }
  const pairs: PricePair[] = [];
  let from = 0;
  for (const claim of text.matchAll(SAVING)) {
    if (pairs.length >= limit) break;
    const percent = Number(claim[1] ?? claim[2] ?? claim[3]);
    if (!(percent >= 10)) continue;
    while (from < prices.length && (prices[from]?.index ?? 0) < claim.index - WINDOW) from++;
    const before = prices.slice(from).filter((p) => p.index < claim.index).slice(-2);
    const [a, b] = before;
    if (!a || !b) continue;
    const [was, now] = a.cents > b.cents ? [a, b] : [b, a];
    const pair = pairOf(was.cents, now.cents, `${was.text} → ${now.text}`, 'text');
    if (pair && Math.abs(pair.percent - percent) <= TOLERANCE) pairs.push(pair);
  }
  return pairs;
}
