import { score } from '../../engine';
import { siteOfHost } from '../../shared/site';
import type { TabState } from '../../shared/result';
import { showBadge } from '../badge';
import { engineConfigFor } from '../settings';
import { readTabState, writeTabState } from '../tab-state';
import { domainOnlyFacts } from './domain-facts';
import { listingForHost } from './index';

/**
 * As soon as a tab's address changes: a site on a fake-shop list (or marked suspicious by the
 * shopper) gets its badge and a result from the address alone, before the page has loaded.
 * The content script's full result replaces it when the page has been read.
 */
export async function flagListedTab(tabId: number, href: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const site = siteOfHost(url.hostname);
  const listing = await listingForHost(url.hostname);
  const config = { ...(await engineConfigFor(site)), listing };
  if (listing.hits.length === 0 && config.siteMark !== 'suspicious') return;
  // The page may have been read already (a fast page, a slow lookup): never overwrite its full result.
  const current = await readTabState(tabId);
  if (current?.status === 'done' && current.url === href) return;
  const state: TabState = { status: 'done', url: href, site, pageType: 'home', result: score(domainOnlyFacts(url), config), analysedAt: Date.now() };
  await showBadge(tabId, state);
  await writeTabState(tabId, state);
}
