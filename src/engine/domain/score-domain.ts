/**
 * Judge a domain without its page (issue #12 part 5: the CLI's --domain-only, "check a link"):
 * only the rules that read the host name and config run; the page-type is "none".
 */
import type { PageFacts } from '../../shared/facts';
import type { RiskResult } from '../../shared/result';
import { score } from '../index';
import { RULES } from '../rules';
import { DEFAULT_CONFIG, type EngineConfig } from '../types';

export const HOST_RULES = RULES.filter((rule) => rule.scope === 'host');

/** The facts a page-less check has: the address and nothing read from a page. */
export function hostOnlyFacts(url: URL): PageFacts {
  return {
    url: url.href.slice(0, 4000),
    host: url.hostname.slice(0, 300),
    lang: null,
    pageType: { pageType: 'home', shopEvidence: [] },
    extraction: { elapsedMs: 0, truncated: false, failed: [] },
  };
}

export function scoreDomain(url: URL, config: EngineConfig = DEFAULT_CONFIG): RiskResult {
  return score(hostOnlyFacts(url), config, HOST_RULES);
}
