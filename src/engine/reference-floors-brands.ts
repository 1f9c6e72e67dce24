/**
 * Floors of premium brands' expensive goods, by brand *and* kind of product: a Rolf Benz sofa, a
 * Riese & Müller e-bike, a set of four Michelin tyres. The brand alone is not enough (the same brands
 * sell cushions, tyre valves and cleaning tablets), so each entry needs a product word too, in de, en,
 * fr, nl and it. Floors are the project's own estimates — roughly half the lowest street price of the
 * brand's cheapest new item of that kind in 2024–2026 — not measurements, and each entry says so.
 */
import type { ReferenceFloor } from './reference-floors';

/** Whole words of any of these, also when they end in an accent ("canapé", "caffè"), which `\b` does not see. */
const words = (alternatives: string) => new RegExp(`(?<![a-zäöüßàâçéèêëîïôûùœ])(?:${alternatives})(?![a-zäöüßàâçéèêëîïôûùœ])`, 'i');
const est = (range: string) => `estimate: new-item street prices of the brand ${range}, floor about half the lowest`;

const SOFA = words(String.raw`sofa|ecksofa|couch|wohnlandschaft|schlafsofa|canapé|canape|divano|hoekbank|loungebank|bank|sectional`);
const ARMCHAIR_OR_BED = words(String.raw`sessel|relaxsessel|armchair|fauteuil|poltrona|boxspringbett|bett|bed|lit|letto`);
const EBIKE = words(String.raw`e-?bikes?|pedelecs?|elektrofahrrad|elektrorad|e-?mtb|e-?lastenrad|lastenrad|cargo ?bike|vélo électrique|vae|elektrische fiets|e-?fiets|bici elettrica|bicicletta elettrica`);
const TYRE_SET = words(String.raw`4er[- ]?satz|reifensatz|kompletträder|set of (?:4|four)|4 pneus|jeu de (?:4|quatre) pneus|set van 4|4 banden|set di 4|4 pneumatici`);
const COFFEE_MACHINE = words(String.raw`kaffeevollautomat|vollautomat|espressomaschine|siebträger\w*|bean[- ]to[- ]cup|espresso machine|machine à (?:café|expresso)|expresso broyeur|volautomaat|espressomachine|macchina (?:da|per il) caffè`);
const CHAINSAW = words(String.raw`motorsäge|kettensäge|chainsaw|tronçonneuse|kettingzaag|motosega`);
const ROBOT_MOWER = words(String.raw`mähroboter|rasenroboter|robotic mower|robot mower|robot tondeuse|tondeuse robot|robotmaaier|robot tagliaerba|robot rasaerba`);
const STROLLER = words(String.raw`kinderwagen|buggy|stroller|pram|poussette|kinderwagen|passeggino|carrozzina`);
const CAMERA_BODY = words(String.raw`kamera|camera|appareil photo|fotocamera|systemkamera|spiegelreflex|mirrorless`);

export const BRAND_FLOORS: readonly ReferenceFloor[] = [
  { pattern: /\b(?:rolf ?benz|koinor|w\.? ?schillig|boconcept|natuzzi|ligne roset|walter knoll|de sede|cor|machalke|minotti|b&b italia|poltrona frau|cassina|flexform)\b/i, also: SOFA, label: 'premium-brand sofa', floorCents: 80_000, source: est('2,000–10,000 €') },
  { pattern: /\b(?:rolf ?benz|koinor|w\.? ?schillig|boconcept|natuzzi|ligne roset|walter knoll|de sede|machalke|stressless|vitra)\b/i, also: ARMCHAIR_OR_BED, label: 'premium-brand armchair or bed', floorCents: 50_000, source: est('1,100–6,000 €') },
  { pattern: /\b(?:riese ?(?:&|und|and) ?müller|riese ?(?:&|und|and) ?mueller|stromer|gazelle|kalkhoff|haibike|cube|specialized|trek|moustache|urban arrow|flyer|ktm|giant|bulls|vanmoof|cowboy|centurion|corratec|scott|orbea|canyon)\b/i, also: EBIKE, label: 'brand e-bike', floorCents: 90_000, source: est('2,000–8,000 €') },
  { pattern: /\b(?:michelin|continental|pirelli|goodyear|bridgestone|dunlop|vredestein|hankook|nokian)\b/i, also: TYRE_SET, label: 'set of four brand tyres', floorCents: 15_000, source: est('350–1,200 € per set') },
  { pattern: /\b(?:jura|la marzocco|rocket espresso|lelit|rancilio|ecm|profitec|sage|siemens eq)\b/i, also: COFFEE_MACHINE, label: 'premium coffee machine', floorCents: 25_000, source: est('550–3,000 €') },
  { pattern: /\b(?:de'? ?longhi|philips|melitta|siemens|krups|nivona|miele|bosch)\b/i, also: words(String.raw`kaffeevollautomat|vollautomat|bean[- ]to[- ]cup|expresso broyeur|volautomaat|macchina da caffè automatica`), label: 'fully automatic coffee machine', floorCents: 12_000, source: est('250–2,000 €') },
  { pattern: /\b(?:stihl|husqvarna|makita|echo|dolmar)\b/i, also: CHAINSAW, label: 'brand chainsaw', floorCents: 9_000, source: est('200–1,500 €') },
  { pattern: /\b(?:husqvarna automower|automower|gardena sileno|stihl imow|imow|worx landroid|landroid|segway navimow|navimow|mammotion)\b/i, also: ROBOT_MOWER, label: 'robotic lawn mower', floorCents: 20_000, source: est('450–5,000 €') },
  { pattern: /\b(?:bugaboo|cybex priam|cybex mios|joolz|stokke|uppababy|emmaljunga)\b/i, also: STROLLER, label: 'premium stroller', floorCents: 25_000, source: est('600–1,500 €') },
  { pattern: /\b(?:leica|hasselblad|sony (?:alpha|a7|a1|a9)|canon eos r[1-8]|nikon z ?[5-9]|fujifilm x-?(?:t5|h2|100))\b/i, also: CAMERA_BODY, label: 'full-frame or premium camera', floorCents: 50_000, source: est('1,200–8,000 €') },
  { pattern: /\b(?:google pixel (?:[89]|10)(?: pro)?|pixel (?:[89]|10) pro)\b/i, label: 'Google Pixel 8 or newer', floorCents: 20_000, source: est('450–1,300 €') },
  { pattern: /\b(?:roborock (?:s[78]|q ?revo|saros)|dreame (?:l[12]0|x[34]0)|roomba (?:j[79]|s9|combo))\b/i, label: 'premium robot vacuum', floorCents: 20_000, source: est('450–1,500 €') },
  { pattern: /\b(?:big green egg|traeger|napoleon (?:rogue|prestige)|broil king)\b/i, label: 'premium grill', floorCents: 25_000, source: est('550–4,000 €') },
  { pattern: /\b(?:sonos arc|sonos era 300|airpods max|bose quietcomfort ultra|beoplay h95|beosound)\b/i, label: 'premium audio', floorCents: 15_000, source: est('350–1,500 €') },
  { pattern: /\bkitchenaid\b/i, also: words(String.raw`küchenmaschine|stand mixer|robot pâtissier|keukenmachine|robot da cucina|artisan`), label: 'KitchenAid stand mixer', floorCents: 18_000, source: est('400–800 €') },
  { pattern: /\b(?:arc'?teryx|parajumpers)\b/i, also: words(String.raw`jacke|winterjacke|daunenjacke|parka|mantel|jacket|coat|veste|doudoune|manteau|jas|winterjas|giacca|giaccone|piumino`), label: 'premium-brand jacket', floorCents: 20_000, source: est('450–2,000 €') },
];
