import { score } from '../../engine';
import type { PageFacts } from '../../shared/facts';
import type { AddressCheck } from '../../shared/lists/list-messages';
import { normaliseHost } from '../../shared/lists/normalise-host';
import type { RiskResult } from '../../shared/result';
import { siteFromUrl, siteOfHost } from '../../shared/site';
import { subjectOf } from '../../shared/subject';
import { domainAgeFor } from '../domain-age';
import { engineConfigFor, readSettings } from '../settings';
import { domainOnlyFacts } from './domain-facts';
import { listingForHost } from './index';

/** "shop.de/x", "https://shop.de" → a http(s) URL; null for anything that is not a web address. */
export function addressToUrl(address: string): URL | null {
  const trimmed = address.trim().slice(0, 4000);
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return 'host' in normaliseHost(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/**
 * "Check this shop" without visiting it: the lists and the domain name, at once and locally.
 * Nothing is fetched here; reading the shop's pages is a separate step the shopper asks for.
 */
export async function checkAddress(address: string): Promise<AddressCheck | null> {
  const url = addressToUrl(address);
  if (!url) return null;
  const site = siteOfHost(url.hostname);
  const listing = await listingForHost(url.hostname);
  // The domain's age too when the shopper switched the lookup on: asked for, so worth the wait.
  const domainAge = await domainAgeFor(url.hostname, await readSettings(), () => undefined, true);
  const config = { ...(await engineConfigFor(site)), listing, domainAge };
  return { url: url.href, host: url.hostname, site, listing, result: score(domainOnlyFacts(url), config) };
}

/** Score the facts the check view read from the shop's home page and Impressum, with the same config as a visit. */
export async function scoreReadShop(facts: PageFacts): Promise<RiskResult> {
  const site = siteFromUrl(facts.url);
  const config = { ...(await engineConfigFor(subjectOf(site, facts.marketplace).key)), listing: await listingForHost(facts.host) };
  return score(facts, config);
}
