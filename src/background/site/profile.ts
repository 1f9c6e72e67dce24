import { getPublicSuffix } from 'tldts';
import { presenceOf } from '../../engine';
import type { PageFacts } from '../../shared/facts';
import type { ImpressumDetails } from '../../shared/facts-shop';
import type { Reason } from '../../shared/result';
import { PROFILE_LIMITS, type ProfilePage, type SiteProfile } from '../../shared/site-profile';
import type { Subject } from '../../shared/subject';

/**
 * Building a site's evidence profile from the facts its pages report (issue 15, class 2).
 * No storage and no browser API here: the extension and the CLI's session replay share it.
 */

/** The page's path without query or fragment: what the popup names as a reason's source. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname.slice(0, 200) || '/';
  } catch {
    return '/';
  }
}

/** One page's facts as the profile keeps them: the page, and apart from it the Impressum read for it. */
export interface Observation {
  path: string;
  via: 'visited' | 'read';
  facts: PageFacts;
}

/**
 * A report with the shop's Impressum attached (the follow-up read in the background) is two
 * observations, so the Impressum's evidence names the Impressum, not the product page. On the
 * Impressum itself it stays one.
 */
export function observationsOf(facts: PageFacts): Observation[] {
  const path = pathOf(facts.url);
  const details = facts.impressumDetails;
  if (!details || pathOf(details.url) === path) return [{ path, via: 'visited', facts }];
  const { impressumDetails: _read, ...page } = facts;
  return [
    { path: pathOf(details.url), via: 'read', facts: impressumAsPage(facts, details) },
    { path, via: 'visited', facts: page },
  ];
}

function impressumAsPage(facts: PageFacts, details: ImpressumDetails): PageFacts {
  return {
    url: details.url,
    host: facts.host,
    lang: facts.lang,
    pageType: { pageType: 'legal', shopEvidence: [] },
    contact: details.contact,
    impressumDetails: details,
    extraction: { elapsedMs: 0, truncated: false, failed: [] },
  };
}

/** Stored reasons are trimmed: the profile keeps what the popup shows, not whole page quotes. */
function storedReason({ source: _source, ...reason }: Reason): Reason {
  return { ...reason, evidence: reason.evidence.slice(0, 5).map((e) => ({ key: e.key, subs: e.subs.map((s) => s.slice(0, 200)) })) };
}

export function profilePageOf(observation: Observation, reasons: Reason[], now: number): ProfilePage {
  const { facts } = observation;
  const type = facts.pageType.pageType;
  return {
    path: observation.path,
    pageType: type === 'not-shop' ? 'info' : type,
    via: observation.via,
    seenAt: now,
    sells: observation.via === 'visited' && facts.pageType.shopEvidence.length > 0,
    reasons: reasons.slice(0, PROFILE_LIMITS.reasonsPerPage).map(storedReason),
    presence: presenceOf(facts),
    companyNames: (facts.impressumDetails?.company.names ?? []).slice(0, 5).map((n) => n.slice(0, 200)),
  };
}

export function emptyProfile(subject: Subject, host: string, now: number): SiteProfile {
  return { key: subject.key, kind: subject.kind, tld: subject.kind === 'shop' ? (getPublicSuffix(host) ?? '').slice(0, 30) : '', updatedAt: now, pages: [] };
}

/**
 * Add or replace the page at its path. What the shopper visited is never replaced by the same page
 * read as a follow-up (the visit saw more). Expired pages go; beyond the page limit the oldest page
 * without warning signs goes first, so a shop cannot flush its own Impressum out with clean pages.
 */
export function upsertPage(profile: SiteProfile, page: ProfilePage, now: number): SiteProfile {
  const existing = profile.pages.find((p) => p.path === page.path);
  const keepVisit = existing?.via === 'visited' && page.via === 'read';
  const updated = keepVisit && existing ? { ...existing, seenAt: now } : page;
  let pages = [...profile.pages.filter((p) => p.path !== page.path), updated].filter((p) => now - p.seenAt < PROFILE_LIMITS.maxAgeMs);
  while (pages.length > PROFILE_LIMITS.pagesPerSite) {
    const byAge = [...pages].sort((a, b) => a.seenAt - b.seenAt);
    const victim = byAge.find((p) => p.reasons.length === 0 && p !== updated) ?? byAge.find((p) => p !== updated);
    pages = pages.filter((p) => p !== victim);
  }
  return { ...profile, updatedAt: now, pages };
}
