/**
 * What a host name says about the shop, from the name alone (issue #12, SIGNALS.md "domain"):
 * the words it is built from, brands it borrows, country and sales words, its top-level domain.
 * Pure and memoised per host; the domain rules in ../rules/domain-*.ts read this.
 */
import { parse } from 'tldts';
import { BRANDS, type Brand, type Word } from './dictionary';
import { decodePunycodeLabel } from './punycode';
import { segmentLabel, type Segment } from './segment';

/** Private second-level registries that look like a country domain but are not one. */
const PSEUDO_TLDS = new Set(['de.com', 'eu.com', 'uk.com', 'us.com', 'gb.net', 'com.de', 'de.net', 'co.com', 'ru.com', 'za.com', 'br.com', 'cn.com', 'jpn.com', 'eu.org', 'de.org']);

/** Cheap new top-level domains that fake shops favour (SIGNALS.md: .shop 12% of fake shops, 1% of real ones). */
export const CHEAP_TLDS = new Set(['shop', 'top', 'store', 'online', 'site', 'xyz', 'buzz', 'icu', 'vip', 'fun', 'live', 'life', 'website', 'space', 'today', 'best', 'bid', 'win', 'loan', 'click', 'link', 'monster', 'cyou', 'rest', 'cfd', 'sbs', 'bond', 'quest', 'lol', 'shopping', 'deals', 'discount', 'cheap', 'sale', 'boutique', 'fashion', 'clothing', 'shoes', 'store', 'market', 'world', 'cc', 'ws', 'to', 'pw']);

/** Site builders outside the public suffix list whose sub-domain is the shop's own name. */
const SHOP_HOSTS = new Set(['myshoplaza.com', 'shoplazza.com', 'jimdofree.com', 'jimdosite.com', 'mybigcommerce.com', 'company.site', 'business.site', 'weebly.com', 'wordpress.com', 'mystrikingly.com', 'strikingly.com', 'odoo.com', 'myshopline.com', 'shopbase.com', 'onshopbase.com', 'webnode.page', 'ueniweb.com', 'ecwid.com']);

export interface BrandHit {
  brand: Brand;
  /** As written in the domain ("adiddas"). */
  text: string;
  typo: boolean;
}

export interface DomainAnalysis {
  host: string;
  /** Registrable domain (private suffixes such as myshopify.com count as suffixes). */
  site: string;
  /** The label that was read as words ("nike-outlet-de"). */
  name: string;
  suffix: string;
  tld: string;
  segments: Segment[];
  /** The words that count, in the order of the name (for evidence: "nike + outlet + deutschland"). */
  words: string[];
  /** The brand whose own domain this is. */
  ownBrand: Brand | null;
  brands: BrandHit[];
  countryWords: Word[];
  /** Country codes in the name: "de" in "nike-de" or glued on as in "acmejoyde". */
  countryCodes: Array<{ code: string; glued: boolean }>;
  salesWords: string[];
  /** "official", "original": a claim to be the brand's own shop. */
  claimWords: string[];
  shopWords: string[];
  productWords: Word[];
  businessWords: string[];
  pseudoTld: string | null;
  cheapTld: string | null;
  /** The Unicode form of a punycode name when it uses letters beyond Latin ones (homoglyphs: "аpple" with a Cyrillic а). */
  foreignScript: string | null;
  hyphenCount: number;
  digitCount: number;
}

const OWN_DOMAINS = new Map<string, Brand>();
for (const brand of BRANDS) for (const d of brand.domains) OWN_DOMAINS.set(parse(d, { allowPrivateDomains: true }).domain ?? d, brand);

/** Short words (≤ 3 letters, brands ≤ 5) count only where the whole part reads as words: "ugg" in "ugg-outlet", not in "thuggish". */
function counts(segment: Segment, partFullyRead: boolean): boolean {
  const word = segment.word;
  if (!word || segment.isNumber) return false;
  // A typo next to letters no word explains is more likely part of an unknown word ("convergent").
  if (segment.typoOf) return partFullyRead;
  if (partFullyRead || (segment.atChunkStart && segment.atChunkEnd)) return true;
  return word.kind === 'brand' ? segment.text.length >= 6 : segment.text.length >= 4;
}

/**
 * "de" glued to the end of a name ("kemarde.com", "bikeshopde.shop"): after a shop or product word
 * ("prode", "shopde"), a common word of four letters or more, or after unknown letters that do not end in a, i, o or u — English words end in
 * -ade, -ide, -ode, -ude ("guide", "mode"), fake-shop names in "…rde", "…pde", "…ede".
 */
function isGluedCountryCode(segments: Segment[]): boolean {
  const last = segments[segments.length - 1];
  const previous = segments[segments.length - 2];
  if (!last || last.text !== 'de' || !last.atChunkEnd || last.atChunkStart || !previous) return false;
  if (previous.word) return previous.text.length >= (previous.word.kind === 'common' ? 4 : 3);
  return !previous.isNumber && previous.text.length >= 2 && !/[aiou]$/.test(previous.text);
}

/** Host names carry umlauts as punycode: read "xn--…" as its letters, folded to ASCII like the word lists. */
function readableName(name: string): { text: string; foreignScript: string | null } {
  const decoded = decodePunycodeLabel(name);
  if (decoded === null) return { text: name, foreignScript: null };
  const folded = decoded.replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[a-z0-9-]*$/.test(folded) ? { text: folded, foreignScript: null } : { text: '', foreignScript: decoded };
}

function nameLabel(host: string): { site: string; name: string; suffix: string } | null {
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domain || !info.publicSuffix) return null;
  const sub = (info.subdomain ?? '').split('.').filter((l) => l && l !== 'www');
  const onBuilder = SHOP_HOSTS.has(info.domain) && sub.length > 0;
  return { site: onBuilder ? `${sub[sub.length - 1]}.${info.domain}` : info.domain, name: onBuilder ? (sub[sub.length - 1] as string) : (info.domainWithoutSuffix ?? ''), suffix: info.publicSuffix };
}

/** Files a counted word into the analysis; false for words that say nothing (common words, a code inside the name). */
function file(a: DomainAnalysis, word: Word, segment: Segment, atEnd: boolean, glued: boolean): boolean {
  switch (word.kind) {
    case 'brand':
      if (word.brand) a.brands.push({ brand: word.brand, text: segment.text, typo: segment.typoOf !== undefined });
      return word.brand !== undefined;
    case 'country':
      a.countryWords.push(word);
      return true;
    case 'code':
      // "us"/"uk" are read as shopping words ("us-sport-rebate"): too common in real US and UK shop names.
      if (word.country === 'other') a.shopWords.push(word.text);
      // A DACH code counts at either end of the name ("nike-de", "de-nike"); inside it is a word ("fou-de-puzzle").
      else if (atEnd && !glued) a.countryCodes.push({ code: word.text, glued: false });
      else return false;
      return true;
    case 'sales':
      a.salesWords.push(word.text);
      return true;
    case 'claim':
      a.claimWords.push(word.text);
      return true;
    case 'shop':
      a.shopWords.push(word.text);
      return true;
    case 'product':
      a.productWords.push(word);
      return true;
    case 'business':
      a.businessWords.push(word.text);
      return true;
    default:
      return false;
  }
}

function analyse(host: string): DomainAnalysis | null {
  const label = nameLabel(host);
  if (!label || !label.name) return null;
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  const { text, foreignScript } = readableName(label.name);
  const segments = text ? segmentLabel(text) : [];
  const unreadParts = new Set(segments.filter((s) => s.word === null && !s.isNumber).map((s) => s.chunk));
  const result: DomainAnalysis = {
    host, site: label.site, name: label.name, suffix: label.suffix, tld, segments, words: [],
    ownBrand: OWN_DOMAINS.get(label.site) ?? null,
    brands: [], countryWords: [], countryCodes: [], salesWords: [], claimWords: [], shopWords: [], productWords: [], businessWords: [],
    pseudoTld: PSEUDO_TLDS.has(label.suffix) ? label.suffix : null,
    cheapTld: CHEAP_TLDS.has(tld) ? tld : null,
    foreignScript,
    hyphenCount: [...label.name].filter((c) => c === '-').length,
    digitCount: [...label.name].filter((c) => c >= '0' && c <= '9').length,
  };
  const glued = isGluedCountryCode(segments);
  if (glued) result.countryCodes.push({ code: 'de', glued: true });
  segments.forEach((segment, index) => {
    const word = segment.word;
    if (glued && index === segments.length - 1) result.words.push(segment.text);
    if (!word || !counts(segment, !unreadParts.has(segment.chunk))) return;
    const atEnd = index === 0 || index === segments.length - 1;
    if (file(result, word, segment, atEnd, glued) && word.kind !== 'business') result.words.push(segment.text);
  });
  return result;
}

const memo = new Map<string, DomainAnalysis | null>();

/** The analysis of a host name; null for IP addresses, localhost and hosts without a public suffix. */
export function analyseHost(host: string): DomainAnalysis | null {
  const key = host.toLowerCase().slice(0, 253);
  if (memo.has(key)) return memo.get(key) ?? null;
  if (memo.size >= 500) memo.clear(); // bounded: the CLI reads thousands of hosts in one process
  const result = analyse(key);
  memo.set(key, result);
  return result;
}
