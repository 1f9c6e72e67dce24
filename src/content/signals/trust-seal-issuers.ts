/**
 * Trust seals of the markets Shopwatch covers, with the domains their certificate links go to.
 * Patterns match a seal's folded label (`sealFold`: lower case, no accents, "ae/oe/ue" → "a/o/u"),
 * so "Händlerbund", "haendlerbund-kaeufersiegel.png" and "HAENDLERBUND" read alike. Every pattern
 * is a list of fixed words with single optional separators: linear on any input, and inputs are bounded.
 */
import { fold } from '../text-fold';

export interface SealIssuer {
  issuer: string;
  /** On an image's or icon's label (alt, title, aria-label, file name, class). */
  pattern: RegExp;
  /** In page text, where the issuer's bare name is ambiguous ("TÜV geprüft" on a child seat is a product test). */
  textPattern?: RegExp;
  domains: string[];
}

const TS_TLDS = ['de', 'com', 'eu', 'at', 'ch', 'fr', 'it', 'nl', 'be', 'es', 'pl', 'co.uk'];

export const ISSUERS: SealIssuer[] = [
  // DE / AT / CH
  { issuer: 'Trusted Shops', pattern: /trusted[\s_-]?shops?/, domains: [...TS_TLDS.map((tld) => `trustedshops.${tld}`), 'etrusted.com'] },
  { issuer: 'EHI', pattern: /\behi\b|ehi[\s_-]?(siegel|gepruft)/, textPattern: /ehi[\s_-]?(siegel|gepruft|zertifi)|\behi\b.{0,30}\bsiegel/, domains: ['ehi-siegel.de'] },
  {
    issuer: 'TÜV',
    pattern: /\btuv\b|tuv[\s_-]?(sud|saar|nord|rheinland)|s@fer[\s_-]?shopping|safer[\s_-]?shopping/,
    textPattern: /s@fer[\s_-]?shopping|safer[\s_-]?shopping|\btuv\b.{0,30}\b(online[\s_-]?)?shop\b/,
    domains: ['tuev-saar.net', 'safer-shopping.de', 'tuev-sued.de', 'tuvsud.com', 'tuv.com', 'tuev-nord.de'],
  },
  { issuer: 'Händlerbund', pattern: /handlerbund|kaufersiegel/, textPattern: /kaufersiegel|handlerbund.{0,30}(siegel|gepruft|zertifi)/, domains: ['haendlerbund.de', 'kaeufersiegel.de'] },
  { issuer: 'Shopvote', pattern: /shopvote/, domains: ['shopvote.de'] },
  { issuer: 'eKomi', pattern: /ekomi/, domains: ['ekomi.de', 'ekomi.com', 'ekomi-us.com'] },
  { issuer: 'ProvenExpert', pattern: /provenexpert/, domains: ['provenexpert.com'] },
  { issuer: 'Trustpilot', pattern: /trustpilot/, domains: ['trustpilot.com', 'trustpilot.de'] },
  { issuer: 'Österreichisches E-Commerce-Gütezeichen', pattern: /e[\s_-]?commerce[\s_-]?gutezeichen|guetezeichen|trustmark[\s_-]?austria/, domains: ['guetezeichen.at', 'trustmark-austria.at'] },
  // NL / BE
  { issuer: 'Thuiswinkel Waarborg', pattern: /thuiswinkel/, domains: ['thuiswinkel.org'] },
  { issuer: 'Webshop Keurmerk', pattern: /webshop[\s_-]?keurmerk|webshop[\s_-]?trustmark|keurmerk/, domains: ['keurmerk.info', 'webshopkeurmerk.nl', 'webshoptrustmark.eu'] },
  { issuer: 'BeCommerce', pattern: /becommerce/, domains: ['becommerce.be'] },
  { issuer: 'SafeShops', pattern: /safe[\s_-]?shops/, domains: ['safeshops.be'] },
  // FR / IT / UK / EU
  { issuer: 'Ecommerce Europe Trustmark', pattern: /ecommerce[\s_-]?europe[\s_-]?trustmark/, domains: ['ecommercetrustmark.eu', 'ecommerce-europe.eu'] },
  { issuer: 'FEVAD', pattern: /\bfevad\b/, domains: ['fevad.com'] },
  { issuer: 'Avis Vérifiés', pattern: /avis[\s_-]?verifies/, domains: ['avis-verifies.com', 'netreviews.eu', 'netreviews.com'] },
  { issuer: 'Netcomm', pattern: /netcomm/, domains: ['consorzionetcomm.it', 'netcomm.it'] },
  { issuer: 'Safe Buy', pattern: /safe[\s_-]?buy/, domains: ['safebuy.org.uk'] },
  { issuer: 'Feefo', pattern: /feefo/, domains: ['feefo.com'] },
  // Words any made-up seal uses, in de, en, fr, nl, it: no issuer, so no link can be right.
  {
    issuer: 'generic seal',
    pattern: /gutesiegel|gepruft(er)?[\s_-]?(online[\s_-]?)?shop|sicher[\s_-]?einkaufen|100[\s_-]?%?[\s_-]?sicher|secure[\s_-]?shopping|verified[\s_-]?(shop|store|seller)|certified[\s_-]?(shop|store)|safe[\s_-]?checkout|gepruft[e]?[\s_-]?sicherheit|boutiqu[e]?[\s_-]?certifiee|achat[\s_-]?securise|gecertificeerde?[\s_-]?webshop|veilig[\s_-]?winkelen|negozio[\s_-]?certificato|acquisti[\s_-]?sicuri/,
    // In text only certification claims, not "secure shopping" selling points.
    textPattern: /gutesiegel|gepruft(er)?[\s_-]?(online[\s_-]?)?shop|zertifiziert(er)?[\s_-]?(online[\s_-]?)?shop|verified[\s_-]?(online[\s_-]?)?(shop|store)|certified[\s_-]?(online[\s_-]?)?(shop|store)|trusted[\s_-]?(online[\s_-]?)?store|(boutiqu[e]?|site|marchand)[\s_-]?(certifie|verifie)e?|gecertificeerde?[\s_-]?(web)?(shop|winkel)|(negozio|shop)[\s_-]?(certificato|verificato)/,
    domains: [],
  },
];

export const GENERIC = 'generic seal';

/**
 * Words that make an issuer's name in text a seal ("Geprüfter Shop – Trusted Shops"), not a mention.
 * Membership ("Mitglied im Händlerbund", "membre de la FEVAD") is no seal: associations have members.
 * Folding turns "ue" into "u", so patterns spell "boutique" as "boutiqu[e]?".
 */
export const SEAL_WORDS = /siegel|gutezeichen|gepruft|zertifi|certifi|verifi|garanti|keurmerk|waarborg|sigillo|bollino|\bseal\b|\bbadge\b|trustmark|\blabel\b|approved/;

/** Class or id of a seal's box: "trust-badge", "footer-siegel", "gutesiegel", "keurmerk", "sigillo", "label-confiance". */
export const SEAL_CLASS = /seal|siegel|badge|keurmerk|waarborg|sigillo|bollino|confiance|trustmark|trust[\s_-]?(shop|mark|logo|icon|box)|certifi|zertifi|gutezeichen/;

/** Folded for the patterns above; input cut to `max` characters first. */
export function sealFold(text: string, max = 400): string {
  return fold(text, max).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

/** alt + title + file name of a seal image, folded for the patterns above. */
export function sealLabel(alt: string, title: string, src: string): string {
  return sealFold(`${alt} ${title} ${fileNames(src)}`);
}

/** The last two path segments of every address in a src, srcset or CSS value (bounded): "seals/trustedshops.png". */
export function fileNames(value: string): string {
  const out: string[] = [];
  for (const token of value.slice(0, 600).split(/[\s,()'"]+/)) {
    if (!token.includes('/') && !token.includes('.')) continue;
    const path = token.split(/[?#]/)[0] ?? '';
    out.push(path.split('/').slice(-2).join('/'));
    if (out.length >= 6) break;
  }
  return out.join(' ');
}

/** The issuer a folded label names; `inText` uses the stricter text patterns. */
export function issuerOf(folded: string, inText = false): SealIssuer | undefined {
  return ISSUERS.find((i) => (inText ? (i.textPattern ?? i.pattern) : i.pattern).test(folded));
}

/** Does a host belong to one of the issuer's domains (the domain itself or a subdomain)? */
export function isIssuerHost(host: string, issuer: SealIssuer): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return issuer.domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** A host that borrows an issuer's name without being its domain: "trustedshops-check.shop", "www.trustedshops.de.example.com". */
export function isLookalikeHost(host: string, issuer: SealIssuer): boolean {
  const squeezed = host.toLowerCase().replace(/[.-]/g, '');
  return issuer.domains.some((d) => {
    const brand = (d.split('.')[0] ?? '').replace(/-/g, '');
    return brand.length >= 5 && squeezed.includes(brand);
  });
}
