import type { PageFacts } from '../shared/facts';
import { t, useLanguage } from '../shared/i18n';
import { browser } from '../shared/platform';
import type { RiskResult } from '../shared/result';
import type { Guard } from '../shared/site-memory';
import { readSettings } from './settings';
import { writeItems } from './storage-write';

const dismissedKey = (tabId: number, site: string) => `dismissed:${tabId}:${site}`;
const bannerKey = (tabId: number) => `banner:${tabId}`;
const trustAskKey = (tabId: number) => `trustAsk:${tabId}`;

/**
 * Which site's banner a tab shows. Trust, dismiss and "hidden" reports are accepted only for
 * that site in that tab: a content script cannot act on a banner it was never given.
 */
export async function recordBanner(tabId: number, site: string | null): Promise<void> {
  if (site) await writeItems('session', { [bannerKey(tabId)]: site });
  else await browser.storage.session.remove(bannerKey(tabId));
}

export async function isShowingBanner(tabId: number, site: string): Promise<boolean> {
  return (await browser.storage.session.get(bannerKey(tabId)))[bannerKey(tabId)] === site;
}

/**
 * "I trust this shop" in the banner never trusts by itself: a page can make the banner invisible
 * and lure a real click onto it. It opens the popup, where the shopper confirms in extension UI
 * that the page cannot style or cover; the popup reads which site was asked about.
 */
export async function askToConfirmTrust(tabId: number, site: string): Promise<void> {
  await writeItems('session', { [trustAskKey(tabId)]: site });
  await openDetails(tabId);
}

export async function pendingTrustQuestion(tabId: number): Promise<string | null> {
  const value = (await browser.storage.session.get(trustAskKey(tabId)))[trustAskKey(tabId)];
  return typeof value === 'string' ? value : null;
}

export async function clearTrustQuestion(tabId: number): Promise<void> {
  await browser.storage.session.remove(trustAskKey(tabId));
}

export async function dismissGuard(tabId: number, site: string): Promise<void> {
  await writeItems('session', { [dismissedKey(tabId, site)]: true });
}

/** A closed tab ends the visit: drop its dismissals, banner and question so storage.session does not grow all day. */
export async function forgetDismissals(tabId: number): Promise<void> {
  const prefix = `dismissed:${tabId}:`;
  const keys = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(prefix) || key.startsWith(`notified:${tabId}:`) || key === bannerKey(tabId) || key === trustAskKey(tabId));
  if (keys.length > 0) await browser.storage.session.remove(keys);
}

async function isDismissed(tabId: number, site: string): Promise<boolean> {
  return (await browser.storage.session.get(dismissedKey(tabId, site)))[dismissedKey(tabId, site)] === true;
}

/**
 * Cart and checkout pages, and pages with bank details such as "please transfer to …" after an
 * order. Bank details in the footer of a product or category page do not make it a payment step.
 */
export function isCheckoutStep(facts: PageFacts): boolean {
  const type = facts.pageType.pageType;
  if (type === 'checkout' || type === 'cart') return true;
  return type !== 'product' && type !== 'category' && (facts.checkout?.ibans.length ?? 0) > 0;
}

/** What the checkout itself shows comes first (it is what the shopper is about to act on), then what the shop's other pages showed. */
function bannerReasons(result: RiskResult) {
  const rank = (id: string) => (id.startsWith('checkout-') ? 0 : 1);
  return result.reasons.filter((r) => r.points > 0).sort((a, b) => rank(a.id) - rank(b.id) || b.points - a.points).slice(0, 3);
}

/**
 * Should this page get the in-page warning? Only on cart/checkout/payment steps, only when the
 * site's verdict — this page with everything its other pages showed (the site profile) — is
 * medium/high, and never on a trusted or dismissed shop.
 */
export async function guardFor(tabId: number, site: string, facts: PageFacts, result: RiskResult, trusted: boolean): Promise<Guard | null> {
  if (trusted || !isCheckoutStep(facts)) return null;
  // Only a warning makes a banner; "could not check fully" is said in the popup and badge, not over the order button.
  const level = result.level === 'high' || result.level === 'medium' ? result.level : null;
  if (level === null || (await isDismissed(tabId, site))) return null;
  // The banner speaks the language chosen in the options, like the popup; a woken worker forgot it.
  await useLanguage((await readSettings()).language);
  return {
    site,
    level,
    title: t(level === 'high' ? 'bannerTitleHigh' : 'bannerTitleMedium'),
    reasons: bannerReasons(result).map((r) => t(r.messageKey, r.subs)),
    tip: t('bannerTip'),
    labels: { details: t('bannerDetails'), trust: t('bannerTrust'), dismiss: t('bannerDismiss'), region: t('bannerRegion') },
  };
}

/** "Details": the real popup where the browser allows opening it, else the popup page in a tab. */
export async function openDetails(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tabId=${tabId}`) });
  }
}
