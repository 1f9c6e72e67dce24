/**
 * Trust seals of the markets Shopwatch covers, with the domains their certificate links go to.
 * Patterns match a seal's alt, title and file name after `sealLabel` (folded, "ae/oe/ue" → "a/o/u"),
 * so "Händlerbund", "haendlerbund-kaeufersiegel.png" and "HAENDLERBUND" read alike.
 */
import { fold } from '../text-fold';

export interface SealIssuer {
  issuer: string;
  pattern: RegExp;
  domains: string[];
}

export const ISSUERS: SealIssuer[] = [
  // DE / AT / CH
  { issuer: 'Trusted Shops', pattern: /trusted[\s_-]?shops?/, domains: ['trustedshops.de', 'trustedshops.com', 'trustedshops.eu', 'trustedshops.at', 'trustedshops.ch', 'trustedshops.fr', 'trustedshops.it', 'trustedshops.nl', 'trustedshops.co.uk'] },
  { issuer: 'EHI', pattern: /\behi\b|ehi[\s_-]?(siegel|gepruft)/, domains: ['ehi-siegel.de'] },
  { issuer: 'TÜV', pattern: /\btuv\b|tuv[\s_-]?(sud|saar|nord|rheinland)|s@fer[\s_-]?shopping|safer[\s_-]?shopping/, domains: ['tuev-saar.net', 'safer-shopping.de', 'tuev-sued.de', 'tuvsud.com', 'tuv.com', 'tuev-nord.de'] },
  { issuer: 'Händlerbund', pattern: /handlerbund|kaufersiegel/, domains: ['haendlerbund.de', 'kaeufersiegel.de'] },
  { issuer: 'Shopvote', pattern: /shopvote/, domains: ['shopvote.de'] },
  { issuer: 'eKomi', pattern: /ekomi/, domains: ['ekomi.de', 'ekomi.com', 'ekomi-us.com'] },
  { issuer: 'ProvenExpert', pattern: /provenexpert/, domains: ['provenexpert.com'] },
  { issuer: 'Trustpilot', pattern: /trustpilot/, domains: ['trustpilot.com', 'trustpilot.de'] },
  { issuer: 'Österreichisches E-Commerce-Gütezeichen', pattern: /e[\s_-]?commerce[\s_-]?gutezeichen|guetezeichen|trustmark[\s_-]?austria/, domains: ['guetezeichen.at', 'trustmark-austria.at'] },
  // NL / BE
  { issuer: 'Thuiswinkel Waarborg', pattern: /thuiswinkel/, domains: ['thuiswinkel.org'] },
  { issuer: 'Webshop Keurmerk', pattern: /webshop[\s_-]?keurmerk|keurmerk/, domains: ['keurmerk.info', 'webshopkeurmerk.nl'] },
  { issuer: 'BeCommerce', pattern: /becommerce/, domains: ['becommerce.be'] },
  { issuer: 'SafeShops', pattern: /safe[\s_-]?shops/, domains: ['safeshops.be'] },
  // FR / IT / UK
  { issuer: 'FEVAD', pattern: /\bfevad\b/, domains: ['fevad.com'] },
  { issuer: 'Avis Vérifiés', pattern: /avis[\s_-]?verifies/, domains: ['avis-verifies.com', 'netreviews.eu'] },
  { issuer: 'Netcomm', pattern: /netcomm/, domains: ['consorzionetcomm.it'] },
  { issuer: 'Safe Buy', pattern: /safe[\s_-]?buy/, domains: ['safebuy.org.uk'] },
  { issuer: 'Feefo', pattern: /feefo/, domains: ['feefo.com'] },
  // Words any made-up seal uses, in de, en, fr, nl, it: no issuer, so no link can be right.
  {
    issuer: 'generic seal',
    pattern: /gutesiegel|gepruft(er)?[\s_-]?(online[\s_-]?)?shop|sicher[\s_-]?einkaufen|100[\s_-]?%?[\s_-]?sicher|secure[\s_-]?shopping|verified[\s_-]?(shop|store|seller)|certified[\s_-]?(shop|store)|safe[\s_-]?checkout|gepruft[e]?[\s_-]?sicherheit|boutique[\s_-]?certifiee|achat[\s_-]?securise|gecertificeerde?[\s_-]?webshop|veilig[\s_-]?winkelen|negozio[\s_-]?certificato|acquisti[\s_-]?sicuri/,
    domains: [],
  },
];

/** alt + title + file name of a seal image, folded for the patterns above. */
export function sealLabel(alt: string, title: string, src: string): string {
  const file = src.split('?')[0]?.split('/').pop() ?? '';
  return fold(`${alt} ${title} ${file}`, 400).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}
