import { registrableDomain } from './normalise-host';

/**
 * Our own short list of big marketplaces, retailers and platforms of DE/AT/CH (registrable
 * domains). It guards against false alarms: a page of theirs is never "high" from page signals
 * alone, and a third-party list entry naming one of them (often a path on a platform, such as
 * "instagram.com/some-fake-store") is not used. Written by the Shopwatch project, not copied from
 * any list; add a domain only for a business everybody in DACH knows.
 */
export const KNOWN_GOOD_SITES: readonly string[] = [
  // marketplaces
  'amazon.de', 'amazon.at', 'amazon.com', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl',
  'ebay.de', 'ebay.at', 'ebay.ch', 'ebay.com', 'ebay.co.uk', 'kleinanzeigen.de', 'willhaben.at', 'ricardo.ch',
  'tutti.ch', 'anibis.ch', 'etsy.com', 'kaufland.de', 'otto.de', 'real.de', 'galaxus.de', 'galaxus.at',
  'galaxus.ch', 'digitec.ch', 'bol.com', 'zalando.de', 'zalando.at', 'zalando.ch', 'aboutyou.de', 'aboutyou.at',
  'aboutyou.ch', 'idealo.de', 'geizhals.at', 'geizhals.de', 'check24.de', 'booklooker.de', 'rebuy.de', 'momox.de',
  // electronics and general retail
  'mediamarkt.de', 'mediamarkt.at', 'mediamarkt.ch', 'saturn.de', 'cyberport.de', 'cyberport.at', 'notebooksbilliger.de',
  'alternate.de', 'conrad.de', 'conrad.at', 'conrad.ch', 'expert.de', 'euronics.de', 'brack.ch', 'interdiscount.ch',
  'microspot.ch', 'fust.ch', 'melectronics.ch', 'apple.com', 'samsung.com', 'tchibo.de', 'tchibo.at', 'lidl.de',
  'lidl.at', 'lidl.ch', 'aldi-sued.de', 'aldi-nord.de', 'hofer.at', 'aldi-suisse.ch', 'netto-online.de', 'penny.de',
  'rewe.de', 'billa.at', 'spar.at', 'migros.ch', 'coop.ch', 'manor.ch', 'jelmoli.ch', 'globus.ch',
  // fashion, home, DIY, drugstores
  'hm.com', 'c-and-a.com', 'bonprix.de', 'baur.de', 'universal.at', 'ottoversand.at', 'peek-cloppenburg.de',
  'breuninger.com', 'deichmann.com', 'decathlon.de', 'decathlon.at', 'decathlon.ch', 'intersport.de', 'intersport.at',
  'sportscheck.com', 'ikea.com', 'xxxlutz.de', 'xxxlutz.at', 'moebelix.at', 'home24.de', 'obi.de', 'obi.at',
  'hornbach.de', 'hornbach.at', 'hornbach.ch', 'bauhaus.info', 'bauhaus.at', 'toom.de', 'hagebau.de', 'dm.de',
  'dm.at', 'rossmann.de', 'mueller.de', 'mueller.at', 'douglas.de', 'douglas.at', 'flaconi.de', 'thalia.de',
  'thalia.at', 'orellfuessli.ch', 'hugendubel.de', 'weltbild.de', 'shop-apotheke.com', 'docmorris.de', 'redcare.ch',
  'fressnapf.de', 'zooplus.de', 'zooplus.at', 'zooplus.ch',
  // platforms a third-party list may name by a path on them
  'google.com', 'google.de', 'youtube.com', 'facebook.com', 'instagram.com', 'tiktok.com', 'twitter.com', 'x.com',
  'pinterest.com', 'paypal.com', 'linktr.ee', 'whatsapp.com', 't.me',
];

const KNOWN_GOOD = new Set(KNOWN_GOOD_SITES);

/** True when the host belongs to a known-good site (the host or its registrable domain is listed). */
export function isKnownGood(host: string): boolean {
  return KNOWN_GOOD.has(registrableDomain(host.toLowerCase()));
}
