/**
 * What shops call their legal pages, folded (see text-fold.ts), in de, en, fr, nl, it (and es,
 * which some fake shops copy). Written from the shop systems' default page names (WooCommerce,
 * Shopify policies, Shopware, Magento, PrestaShop CMS pages, JTL, Gambio, Wix) and the names the
 * laws give the pages (§5 DDG Impressum, §25 MedienG Offenlegung, LCEN mentions légales, …).
 * "*" lets a term run on as one word (German compounds: "Widerrufsbelehrung").
 */
import type { LegalLinksFacts } from '../../shared/facts';

export type LegalKey = Exclude<keyof LegalLinksFacts, 'legalHub'>;

/** Terms for a link's text, title, aria-label or image alt. */
export const LABEL_TERMS: Record<LegalKey, readonly string[]> = {
  impressum: [
    // de / at / ch
    'impressum', 'imprint', 'anbieterkennzeichnung', 'anbieterinformation*', 'anbieterangaben', 'offenlegung', 'rechtliche hinweise', 'unternehmensangaben', 'firmenangaben', 'angaben gemass 5*',
    // en
    'legal notice', 'legal notices', 'legal disclosure', 'legal information', 'legal info', 'site notice', 'company information', 'company info', 'company details', 'corporate information', 'provider identification',
    // fr
    'mentions legales', 'mention legale', 'informations legales', 'infos legales',
    // nl
    'colofon', 'colophon', 'bedrijfsgegevens', 'bedrijfsinformatie', 'juridische informatie', 'juridische kennisgeving', 'wettelijke informatie', 'wettelijke kennisgeving', 'wettelijke vermeldingen',
    // it, es
    'note legali', 'nota legale', 'informazioni legali', 'dati societari', 'dati aziendali', 'informazioni societarie', 'aviso legal',
  ],
  terms: [
    'agb', 'allgemeine geschaftsbedingungen', 'geschaftsbedingungen', 'kaufbedingungen', 'vertragsbedingungen', 'agbs', 'agb s',
    'terms', 'terms and conditions', 'terms conditions', 'terms of service', 'terms of sale', 'terms of use', 'conditions of sale', 'general terms', 't c', 't cs', 'gtc', 'gtcs',
    'cgv', 'cgu', 'conditions generales*', 'conditions de vente',
    'algemene voorwaarden', 'voorwaarden', 'verkoopvoorwaarden', 'leveringsvoorwaarden',
    'condizioni generali*', 'condizioni di vendita', 'termini e condizioni', 'termini di servizio',
    'condiciones generales', 'terminos y condiciones',
  ],
  withdrawal: [
    'widerruf*', 'ruckgabe*', 'rueckgabe*', 'rucksendung*', 'ruecksendung*', 'umtausch*', 'retoure*',
    'right of withdrawal', 'withdrawal*', 'cancellation*', 'right to cancel', 'returns', 'return policy', 'returns policy', 'return and refund*', 'refund*',
    'retractation', 'droit de retractation', 'retours', 'remboursement*',
    'herroeping*', 'retourneren', 'retourbeleid', 'retouren', 'ruilen',
    'recesso', 'diritto di recesso', 'reso', 'resi', 'rimborso', 'rimborsi',
    'desistimiento', 'devoluciones',
  ],
  privacy: [
    'datenschutz*', 'privatsphare',
    'privacy*', 'data protection',
    'confidentialite', 'donnees personnelles', 'vie privee', 'protection des donnees',
    'privacybeleid', 'privacyverklaring', 'gegevensbescherming',
    'informativa privacy', 'riservatezza', 'protezione dei dati', 'trattamento dei dati',
    'privacidad', 'proteccion de datos',
  ],
  shipping: [
    'versand*', 'lieferung*', 'lieferbedingungen', 'lieferzeit*', 'zahlung und versand',
    'shipping*', 'delivery*',
    'livraison*', 'frais de port',
    'verzend*', 'levering*', 'bezorg*',
    'spedizion*', 'consegna*',
    'envio*', 'envios',
  ],
  contact: [
    'kontakt*', 'kontaktformular',
    'contact', 'contact us', 'contacts', 'get in touch',
    'nous contacter', 'contactez nous',
    'contacteer ons', 'neem contact op',
    'contatti', 'contattaci', 'contatto',
    'contacto', 'contactanos',
  ],
};

/** Extra one-word forms seen only in URL paths ("/mentionslegales", "/termsofservice"). */
export const PATH_TERMS: Record<LegalKey, readonly string[]> = {
  impressum: ['legalnotice', 'mentionslegales', 'notelegali', 'avisolegal', 'siteinfo'],
  terms: ['termsofservice', 'termsandconditions', 'terms of service', 'conditionsgenerales', 'termini e condizioni', 'termini condizioni'],
  withdrawal: ['returnpolicy', 'refundpolicy', 'returns policy', 'refund policy', 'widerrufsrecht', 'diritto di recesso', 'droit de retractation'],
  privacy: ['privacypolicy', 'datenschutzerklarung', 'privacy policy'],
  shipping: ['shippingpolicy', 'shipping policy'],
  contact: ['contactus', 'contact us', 'kontaktformular', 'contact information'],
};

/** Whole labels or path segments of a page that gathers the legal texts (the retailer's "legal" hub). */
export const HUB_TERMS: readonly string[] = [
  'legal', 'legal and privacy', 'legal privacy', 'legal information and policies',
  'rechtliches', 'rechtliche informationen', 'rechtliches und datenschutz', 'juridique', 'informations juridiques', 'mentions legales et confidentialite',
  'juridisch', 'juridische informatie en privacy', 'legale', 'informazioni legali e privacy', 'note legali e privacy',
];
