/**
 * The near-duplicate fingerprint of an Impressum (issue 17): a MinHash over word pairs of the
 * lines that identify a business — names, addresses, numbers — without the legal boilerplate every
 * generator adds (liability, copyright, dispute resolution) and without label and navigation words.
 * What remains differs between two companies and barely changes when one line of a copy is edited.
 */
import { minHash, shingles } from '../../shared/minhash';

const BOILERPLATE = /haftung|urheberrecht|streitbeilegung|streitschlichtung|schlichtungsstelle|disclaimer|liability|copyright|dispute|ec\.europa\.eu|datenschutz|privacy|cookie|responsabilit|litige|aansprakelijk|geschil|controversi/i;

// Labels, legal forms, countries and shop navigation: shared by every Impressum, so no evidence of a copy.
const STOP_WORDS = new Set(
  `angaben gemass gemaess ddg tmg ecg mstv rstv abs vertreten durch vertretungsberechtigt vertretungsberechtigter geschaftsfuhrer geschaeftsfuehrer geschaftsfuhrerin
  geschaftsfuhrung inhaber inhaberin kontakt telefon tel fax telefax mobil mail email internet web www registereintrag eintragung im in handelsregister registergericht
  amtsgericht registernummer umsatzsteuer identifikationsnummer ust id idnr uid nr ustg nach umsatzsteuergesetz steuernummer verantwortlich fur fuer den die der das dem und
  inhalt inhalte sitz gesellschaft impressum imprint legal notice company address phone registered office court register number vat represented by director directors
  managing of the and to for a an at contact mentions legales editeur siege social telephone courriel colofon adres kvk btw telefoonnummer note legali sede partita iva
  telefono gmbh ug haftungsbeschrankt ag kg ohg ek co ltd limited llc inc sarl sl bv sp oo deutschland germany osterreich austria schweiz switzerland
  home startseite shop warenkorb agb widerruf widerrufsbelehrung versand faq hilfe cart terms conditions menu suche search konto login anmelden`.split(/\s+/),
);

/** Word tokens of the identifying lines, folded (umlauts, ß), labels dropped. */
export function impressumTokens(text: string): string[] {
  const lines = text
    .slice(0, 30_000)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line.length <= 160 && !BOILERPLATE.test(line))
    .slice(0, 80);
  // Paragraph references ("§ 5 DDG", "§ 27a UStG", "Abs. 1") are the same in every Impressum.
  const folded = lines.join(' ').replace(/§+\s?\d{1,3}\s?[a-z]?\b|\babs\.\s?\d{1,2}\b/gi, ' ').toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded.split(/[^a-z0-9]+/).filter((token) => token.length > 0 && !STOP_WORDS.has(token) && (token.length > 1 || /\d/.test(token))).slice(0, 400);
}

/** null when the Impressum says too little to compare. */
export function impressumFingerprint(text: string): number[] | null {
  return minHash(shingles(impressumTokens(text), 2));
}
