import type { PageFacts } from '../shared/facts';
import type { Reason } from '../shared/result';
import type { SiteMemory } from '../shared/site-memory';
import { PROFILE_LIMITS, type PagePresence, type ProfilePage, type SiteProfile } from '../shared/site-profile';
import { RULES } from './rules';
import type { Rule } from './types';

/**
 * The site's side of the engine (issue 15, class 2): a site is judged on what all its pages and
 * follow-ups showed in the last 30 days. Each rule counts once, with its strongest finding and the
 * page it came from; a warning about something missing is dropped when another page showed it.
 * Pure: the time comes in as an argument.
 */

/** What a page showed that contradicts an absence elsewhere (see PagePresenceSchema). */
export function presenceOf(facts: PageFacts): PagePresence {
  const links = facts.legalLinks;
  const contacts = [facts.contact, facts.impressumDetails?.contact].filter((c) => c !== undefined);
  return {
    impressum: Boolean(links?.impressum) || facts.impressumDetails !== undefined,
    legal: (['terms', 'withdrawal', 'privacy'] as const).filter((key) => Boolean(links?.[key])),
    methods: [...new Set([...(facts.payment?.methods ?? []), ...(facts.checkout?.methodsOffered ?? [])])].slice(0, 20),
    ownEmail: contacts.some((c) => c.emails.some((e) => !c.freeMailEmails.includes(e))),
    phone: contacts.some((c) => c.phones.length > 0),
  };
}

/** Pages younger than 30 days at `now`; all pages when the caller has no clock. */
export function livePages(profile: SiteProfile, now: number | undefined): ProfilePage[] {
  return now === undefined ? profile.pages : profile.pages.filter((p) => now - p.seenAt < PROFILE_LIMITS.maxAgeMs);
}

export function sitePresence(pages: ProfilePage[]): PagePresence {
  return {
    impressum: pages.some((p) => p.presence.impressum),
    legal: [...new Set(pages.flatMap((p) => p.presence.legal))],
    methods: [...new Set(pages.flatMap((p) => p.presence.methods))].slice(0, 20),
    ownEmail: pages.some((p) => p.presence.ownEmail),
    phone: pages.some((p) => p.presence.phone),
  };
}

/** Has any page of the site shown that it sells? Then every page of it gets a verdict. */
export function siteSells(profile: SiteProfile | null, now: number | undefined): boolean {
  return profile !== null && livePages(profile, now).some((p) => p.sells);
}

/**
 * One reason per rule across the site's pages: the strongest; at equal points the page the shopper
 * is on, else the most recent. Each carries the page it came from.
 */
export function siteReasons(profile: SiteProfile, now: number | undefined, currentPath: string | null = null, rules: Rule[] = RULES): Reason[] {
  const pages = livePages(profile, now);
  const presence = sitePresence(pages);
  const contradicted = new Set(rules.filter((r) => r.contradictedBy?.(presence)).map((r) => r.id));
  const best = new Map<string, { reason: Reason; page: ProfilePage }>();
  for (const page of pages) {
    for (const reason of page.reasons) {
      if (contradicted.has(reason.id)) continue;
      const held = best.get(reason.id);
      if (!held || outranks(reason, page, held.reason, held.page, currentPath)) best.set(reason.id, { reason, page });
    }
  }
  return [...best.values()].map(({ reason, page }) => ({ ...reason, source: { path: page.path, via: page.via } })).sort((a, b) => b.points - a.points);
}

function outranks(reason: Reason, page: ProfilePage, heldReason: Reason, heldPage: ProfilePage, currentPath: string | null): boolean {
  if (reason.points !== heldReason.points) return reason.points > heldReason.points;
  const isCurrent = (p: ProfilePage) => p.path === currentPath && p.via === 'visited';
  if (isCurrent(page) !== isCurrent(heldPage)) return isCurrent(page);
  return page.seenAt > heldPage.seenAt;
}

/**
 * What the checkout rules need from the site's other pages: payment methods its shop pages
 * advertised (never a checkout's own choices), the Impressum's company names, the country domain.
 */
export function checkoutMemoryOf(profile: SiteProfile | null, now: number | undefined): SiteMemory | null {
  if (!profile) return null;
  const pages = livePages(profile, now);
  if (pages.length === 0) return null;
  const shopPages = pages.filter((p) => p.pageType !== 'checkout' && p.pageType !== 'cart');
  return {
    site: profile.key,
    advertisedMethods: sitePresence(shopPages).methods,
    companyNames: [...new Set(pages.flatMap((p) => p.companyNames))].slice(0, 5),
    tld: profile.tld,
  };
}
