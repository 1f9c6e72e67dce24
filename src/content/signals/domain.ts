/**
 * Domain facts from the URL alone (no network): punycode, digits/hyphens, brand + "outlet/sale"
 * lookalikes, pseudo-TLDs like .de.com (SIGNALS.md "domain").
 */
import { parse } from 'tldts';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

// Brands fake shops often borrow; the brand's own domains are excluded below.
const BRANDS = ['nike', 'adidas', 'puma', 'ugg', 'moncler', 'canadagoose', 'northface', 'thenorthface', 'ralphlauren', 'lacoste', 'rolex', 'apple', 'samsung', 'stihl', 'weber', 'dyson', 'lego', 'birkenstock', 'newbalance', 'asics', 'skechers', 'timberland', 'converse', 'drmartens', 'barbour', 'woolrich', 'gucci', 'prada', 'pandora', 'swarovski', 'jackwolfskin', 'hilfiger', 'tommyhilfiger', 'levis', 'ray-ban', 'rayban', 'michaelkors', 'louisvuitton', 'vans', 'crocs', 'nintendo', 'playstation', 'makita', 'bosch', 'kärcher', 'kaercher', 'thermomix', 'miele'];
const SALES_WORDS = /(outlet|sale|shop|store|deutschland|germany|online|gunstig|guenstig|rabatt|discount|billig|cheap|official|offiziell|angebot|de|at|ch|eu)/;
/** Private second-level registries that look like a country domain but are not one. */
const PSEUDO_TLDS = new Set(['de.com', 'eu.com', 'uk.com', 'us.com', 'gb.net', 'com.de', 'de.net', 'co.com', 'ru.com', 'za.com', 'br.com', 'cn.com', 'jpn.com', 'eu.org', 'de.org']);

export function extractDomain(ctx: ExtractContext) {
  const info = parse(ctx.url.hostname, { allowPrivateDomains: true });
  const label = (info.domainWithoutSuffix ?? ctx.url.hostname).toLowerCase();
  const compact = label.replace(/-/g, '');
  const brand = BRANDS.find((b) => compact.includes(b.replace(/-/g, '')) && compact !== b.replace(/-/g, ''));
  const rest = brand ? compact.replace(brand.replace(/-/g, ''), '') : '';
  return {
    site: info.domain ?? ctx.url.hostname,
    publicSuffix: info.publicSuffix ?? '',
    isPunycode: ctx.url.hostname.split('.').some((part) => part.startsWith('xn--')),
    digitCount: (label.match(/\d/g) ?? []).length,
    hyphenCount: (label.match(/-/g) ?? []).length,
    brandPattern: brand && SALES_WORDS.test(rest) ? `${brand} + ${rest}` : null,
    pseudoTld: info.publicSuffix && PSEUDO_TLDS.has(info.publicSuffix) ? info.publicSuffix : null,
  };
}

export const domain = defineSignal({ id: 'domain', key: 'domain', extract: extractDomain });
