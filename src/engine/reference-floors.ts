/**
 * Price floors of expensive branded goods that fake shops sell "at 80% off" (issue 15, class 5):
 * below the floor no retailer sells the new item, so the offer is bait. Each floor is the project's own
 * estimate — roughly half of the lowest street price of a new item in 2024–2026 — not a measurement,
 * and each entry says so. Used, refurbished and accessories are excluded by the rule, not here.
 */
import { BRAND_FLOORS } from './reference-floors-brands';

export interface ReferenceFloor {
  /** What the product name must name (brand + model line); matched case-insensitively. */
  pattern: RegExp;
  /** What the name must also say, anywhere (the kind of product next to a brand: "Ecksofa", "4er-Satz"). */
  also?: RegExp;
  label: string;
  floorCents: number;
  source: string;
}

const est = (range: string) => `estimate: new-item street prices ${range}, floor about half the lowest`;

export const REFERENCE_FLOORS: readonly ReferenceFloor[] = [
  { pattern: /\biphone\s?1[5-9](?:\s?(?:pro|plus|max|e)){0,2}\b/i, label: 'iPhone 15 or newer', floorCents: 35_000, source: est('700–1,500 €') },
  { pattern: /\b(?:samsung\s)?galaxy\s?s2[3-9](?:\s?(?:\+|plus|ultra|fe))?\b/i, label: 'Samsung Galaxy S23 or newer', floorCents: 30_000, source: est('600–1,400 €') },
  { pattern: /\bgalaxy\s?z\s?(?:fold|flip)\s?[5-9]\b/i, label: 'Samsung Galaxy Z Fold/Flip', floorCents: 40_000, source: est('800–1,900 €') },
  { pattern: /\bmacbook\s?(?:air|pro)\b/i, label: 'MacBook Air/Pro', floorCents: 45_000, source: est('900–3,000 €') },
  { pattern: /\bipad\s?pro\b/i, label: 'iPad Pro', floorCents: 40_000, source: est('900–2,000 €') },
  { pattern: /\bapple\s?watch\s?ultra\b/i, label: 'Apple Watch Ultra', floorCents: 35_000, source: est('700–900 €') },
  { pattern: /\b(?:playstation\s?5|ps\s?5)(?:\s?(?:pro|slim|digital|disc))*\b(?!\s?(?:controller|spiel|game|jeu|gioco|spel))/i, label: 'PlayStation 5', floorCents: 20_000, source: est('400–800 €') },
  { pattern: /\bxbox\s?series\s?x\b(?!\s?(?:controller|spiel|game))/i, label: 'Xbox Series X', floorCents: 20_000, source: est('450–600 €') },
  { pattern: /\b(?:rtx|geforce)\s?[45]0[89]0\b/i, label: 'GeForce RTX 4080/4090/5080/5090', floorCents: 50_000, source: est('1,000–2,500 €') },
  { pattern: /\brolex\b/i, label: 'Rolex watch', floorCents: 200_000, source: est('6,000–40,000 €') },
  { pattern: /\bomega\s(?:seamaster|speedmaster|constellation|de ville)\b/i, label: 'Omega watch', floorCents: 150_000, source: est('3,500–10,000 €') },
  { pattern: /\b(?:breitling|tag\s?heuer|iwc)\b/i, label: 'Breitling, TAG Heuer or IWC watch', floorCents: 80_000, source: est('1,700–10,000 €') },
  { pattern: /\bthermomix\b/i, label: 'Thermomix', floorCents: 60_000, source: est('1,400–1,600 €') },
  { pattern: /\bvorwerk\s?kobold\b/i, label: 'Vorwerk Kobold', floorCents: 30_000, source: est('700–1,200 €') },
  { pattern: /\bdyson\s?(?:v1[0-5]|gen5|airwrap|supersonic|airstrait|pure|big\s?\+?\s?quiet)\b/i, label: 'Dyson (V10–V15, Gen5, Airwrap, Supersonic)', floorCents: 20_000, source: est('400–800 €') },
  { pattern: /\bstihl\s?(?:ms|msa)\s?\d{3}/i, label: 'Stihl chainsaw', floorCents: 12_000, source: est('250–1,500 €') },
  { pattern: /\bhusqvarna\s?\d{3}\s?(?:xp|e)?\b.*\b(?:motorsäge|kettensäge|chainsaw|tronçonneuse|kettingzaag|motosega)\b|\b(?:motorsäge|kettensäge|chainsaw)\b.*\bhusqvarna\b/i, label: 'Husqvarna chainsaw', floorCents: 12_000, source: est('250–1,300 €') },
  { pattern: /\bweber\s?(?:genesis|summit|spirit|smokefire|searwood)\b/i, label: 'Weber gas grill (Spirit, Genesis, Summit)', floorCents: 30_000, source: est('600–4,000 €') },
  { pattern: /\b(?:canada\s?goose|moncler)\b/i, label: 'Canada Goose or Moncler jacket', floorCents: 30_000, source: est('700–2,000 €') },
  { pattern: /\b(?:louis\s?vuitton|chanel|herm[eè]s\s(?:birkin|kelly)|prada|gucci)\b.*\b(?:tasche|handtasche|bag|handbag|sac|tas|borsa)\b|\b(?:tasche|handtasche|bag|handbag|sac|borsa)\b.*\b(?:louis\s?vuitton|chanel|prada|gucci)\b/i, label: 'luxury-brand handbag', floorCents: 40_000, source: est('1,000–10,000 €') },
  { pattern: /\bdji\s?(?:mavic|air\s?3|mini\s?4\s?pro|avata)\b/i, label: 'DJI drone', floorCents: 30_000, source: est('700–2,500 €') },
  { pattern: /\b(?:e-?bike|pedelec|elektrofahrrad|vélo électrique|elektrische fiets|bici elettrica)\b/i, label: 'e-bike', floorCents: 50_000, source: est('1,200–5,000 €') },
  { pattern: /\bmiele\b.*\b(?:waschmaschine|washing machine|trockner|geschirrspüler|dishwasher)\b/i, label: 'Miele washing machine, dryer or dishwasher', floorCents: 40_000, source: est('800–2,000 €') },
];

/** Used, refurbished, rented or fake goods are not the new item. */
const NOT_NEW = /\b(?:gebraucht|used|refurbished|generalüberholt|b-?ware|defekt|broken|replica|nachbau|attrappe|dummy|miete|mieten|rent|leihen|occasion|tweedehands|gebruikt|second[- ]hand|pre-?owned|seconda mano|usato|ricondizionato|reconditionné|usagée?)(?![a-zäöüßéèà])/i;
/** Accessories and spare parts sold for the item: "Hülle", "case", "Schutzfolie", "Ersatzakku", "Dyson V11 Akku" (not "Akku-Staubsauger"). */
const ACCESSORY =
  /\b(?:hülle|case|cover|etui|coque|hoesje|custodia|schutzfolie|panzerglas|screen protector|displayschutz|ladekabel|ladegerät|ladestation|charger|kabel|cable|adapter|halterung|mount|ständer|skin|aufkleber|sticker|zubehör|accessor\w*|accessoires?|accessori|ersatzteil\w*|ersatz\w*|spare|bürste|brush|aufsatz|schwert|guide bar|abdeckung|grillrost|kettenöl)\b|\b(?:akku|battery|batterie|accu)(?![-\wäöü])/i;
/** "Hülle für iPhone 15": the item is what comes before "für". */
const FOR_WORD = /\b(?:für|for|pour|voor|per|compatible|kompatibel|compatibile|passend|geschikt)\b/i;

/** A name of new goods: not used, refurbished, rented, nor an accessory or spare part "für" the item. */
export function isNewGoodsName(name: string): boolean {
  return Boolean(name) && !NOT_NEW.test(name) && !ACCESSORY.test(name) && !FOR_WORD.test(name);
}

/**
 * The floor this product name falls under, or null (used goods and accessories never match). When
 * several match ("Gazelle" e-bike: any e-bike, and a brand e-bike), the highest, most specific one wins.
 */
export function floorFor(name: string): ReferenceFloor | null {
  if (!name || NOT_NEW.test(name) || ACCESSORY.test(name)) return null;
  const forWord = FOR_WORD.exec(name);
  let best: ReferenceFloor | null = null;
  for (const floor of [...REFERENCE_FLOORS, ...BRAND_FLOORS]) {
    const hit = floor.pattern.exec(name);
    const kind = floor.also ? floor.also.exec(name) : hit;
    if (!hit || !kind) continue;
    // "Hülle für iPhone 15", "Jura Reinigungstabletten für Kaffeevollautomaten": the item is what comes before "für".
    if (forWord && (forWord.index < hit.index || forWord.index < kind.index)) return null;
    if (!best || floor.floorCents > best.floorCents) best = floor;
  }
  return best;
}
