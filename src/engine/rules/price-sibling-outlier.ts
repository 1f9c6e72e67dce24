/**
 * An item far below its siblings (issue 15, class 5): on a listing of one kind of goods (sofas, tyre
 * sets, smartphones), a single item at a fifth of what the others cost, with a wide gap to the next
 * cheapest, is bait — a budget range climbs in steps, a lure stands alone. Helper of price-high-value-implausible.
 */
import { isNewGoodsName } from '../reference-floors';

interface Item {
  name: string;
  cents: number;
  currency: string;
}

/** The siblings' median must be expensive goods: 300 (in the item's currency) or more. */
const MIN_MEDIAN_CENTS = 30_000;
/** At most a fifth of the siblings' median … */
const MAX_SHARE = 0.2;
/** … and even the cheapest sibling at least 2.5 times its price. */
const MIN_GAP = 2.5;
const MIN_SIBLINGS = 3;

/** Words of four or more letters: the kind of goods ("ecksofa", "allwetterreifen", "smartphone"). */
function kindWords(name: string): Set<string> {
  return new Set(name.toLowerCase().match(/[a-zäöüßàâçéèêëîïôûùœ]{4,}/g)?.slice(0, 12) ?? []);
}

export function siblingOutliers(items: readonly Item[]): Array<{ item: Item; siblings: number; medianCents: number }> {
  const found = [];
  for (const item of items.slice(0, 60)) {
    if (!isNewGoodsName(item.name)) continue;
    const words = kindWords(item.name);
    const siblings = items.filter((other) => other !== item && other.currency === item.currency && [...kindWords(other.name)].some((w) => words.has(w))).map((o) => o.cents).sort((a, b) => a - b);
    if (siblings.length < MIN_SIBLINGS) continue;
    const median = siblings[Math.floor(siblings.length / 2)] ?? 0;
    const cheapestSibling = siblings[0] ?? 0;
    if (median >= MIN_MEDIAN_CENTS && item.cents <= median * MAX_SHARE && cheapestSibling >= item.cents * MIN_GAP) found.push({ item, siblings: siblings.length, medianCents: median });
  }
  return found;
}
