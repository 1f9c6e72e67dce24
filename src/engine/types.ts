import type { PageFacts } from '../shared/facts';
import type { Evidence, RiskKind, Severity } from '../shared/result';
import type { SiteMemory } from '../shared/site-memory';
import type { PagePresence } from '../shared/site-profile';
import type { ConnectionView } from '../shared/identity';
import type { Level } from '../shared/result';
import type { TamperRecord } from '../shared/guard-tamper';
import type { SiteListing } from '../shared/lists/listing';
import type { DomainAge } from '../shared/domain-age';

export type SiteMark = 'trusted' | 'suspicious';

export interface EngineConfig {
  /** Shifts the level thresholds; "normal" is what the figures in the README were measured with. */
  sensitivity: 'relaxed' | 'normal' | 'strict';
  /** The shopper's own mark for this site, if any. */
  siteMark: SiteMark | null;
  /** What earlier pages of this site showed (from its evidence profile, for the checkout rules); null when unknown. */
  memory?: SiteMemory | null;
  /** Sites and sellers sharing a strong identifier with this one (issue 17), with their status. */
  connections?: ConnectionView[];
  /** This site's pages hid or removed Shopwatch's checkout warning (recorded by the background). */
  guardTampering?: TamperRecord | null;
  /** When the page was read (ms since epoch). The engine has no clock: rules about an account's age are skipped without it. */
  now?: number;
  /** What the fake-shop lists and our known-good list say about this site; absent when not looked up. */
  listing?: SiteListing | null;
  /** Registration date from RDAP, when the shopper switched the lookup on (issue #12); absent otherwise. */
  domainAge?: DomainAge | null;
}

export const DEFAULT_CONFIG: EngineConfig = { sensitivity: 'normal', siteMark: null, memory: null };

/** What a rule says when it fires. Points are its weight (0–100), before combination. */
export interface RuleHit {
  points: number;
  severity: Severity;
  evidence: Evidence[];
  subs?: string[];
}

export interface Rule {
  /** Stable id, kebab-case; the reason message key is "reason" + PascalCase(id). */
  id: string;
  kind: RiskKind;
  /** Short why-it-matters, shown in the README's signal table. */
  rationale: string;
  /** "host": the rule judges the host name (and config) alone, so the domain-only check runs it. */
  scope?: 'host';
  evaluate(facts: PageFacts, config: EngineConfig): RuleHit | null;
  /**
   * "site": the rule speaks about the site from knowledge outside the page (a fake-shop list), so
   * it is asked anew for every verdict and never kept in the site's profile as a page's evidence.
   */
  about?: 'page' | 'site';
  /**
   * For rules about something missing ("no Impressum link", "prepayment only"): true when what the
   * site's pages showed together contradicts it, so the site's verdict does not carry it over.
   */
  contradictedBy?(site: PagePresence): boolean;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** What a site-level rule sees: the site's connections, and its level from its own pages alone. */
export interface SiteContext {
  connections: ConnectionView[];
  ownLevel: Level;
}

/** A rule about the site as a whole rather than one page (issue 17: connections). May be information only (0 points). */
export interface SiteRule {
  id: string;
  kind: RiskKind;
  rationale: string;
  evaluate(site: SiteContext): RuleHit | null;
}

export function defineSiteRule(rule: SiteRule): SiteRule {
  return rule;
}
