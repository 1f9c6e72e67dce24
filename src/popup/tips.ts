import type { Country } from '../shared/settings';
import type { Level, Reason } from '../shared/result';

/** Which tip helps with which reason. Pure data, so the mapping is easy to review and test. */
const TIPS_BY_REASON: Record<string, string> = {
  'prepayment-only': 'tipPaySafely',
  'prices-too-good': 'tipTooGood',
  'medical-price-too-cheap': 'tipTooGood',
  'impressum-missing': 'tipCheckImpressum',
  'impressum-incomplete': 'tipCheckImpressum',
  'impressum-unrelated-company': 'tipCheckImpressum',
  'vat-id-invalid': 'tipCheckImpressum',
  'legal-pages-missing': 'tipCheckImpressum',
  'trust-seal-fake': 'tipCheckSeal',
  'domain-lookalike': 'tipCheckDomain',
  'domain-brand': 'tipCheckDomain',
  'domain-shop-words': 'tipCheckDomain',
  'domain-unrelated': 'tipSearchReviews',
  'domain-new': 'tipSearchReviews',
  'contact-free-mail': 'tipCheckImpressum',
  'medical-price-gouging': 'tipMedical',
  'medical-mask-unmarked': 'tipMedical',
  'urgency-tricks': 'tipTakeTime',
  'locale-mismatch': 'tipSearchReviews',
};

/** Tips for these reasons, most relevant first, plus the general ones a worried shopper needs. */
export function tipsFor(reasons: Reason[], level: Level): string[] {
  const tips = reasons.map((r) => TIPS_BY_REASON[r.id]).filter((t): t is string => Boolean(t));
  if (level !== 'low') tips.push('tipSearchReviews', 'tipPaySafely', 'tipAlreadyPaid');
  return [...new Set(tips)].slice(0, 5);
}

export interface ReportLink {
  labelKey: string;
  href: string;
}

/** Where to check a shop and where to report, per country (SIGNALS.md, tips for the popup). */
export const REPORT_LINKS: Record<Country, ReportLink[]> = {
  DE: [
    { labelKey: 'linkFakeshopFinder', href: 'https://www.verbraucherzentrale.de/fakeshopfinder-71560' },
    { labelKey: 'linkPoliceDE', href: 'https://www.onlinewache.polizei.de/' },
  ],
  AT: [
    { labelKey: 'linkWatchlist', href: 'https://www.watchlist-internet.at/liste-betruegerischer-shops/' },
    { labelKey: 'linkOmbudsstelle', href: 'https://www.ombudsstelle.at/' },
    { labelKey: 'linkPoliceAT', href: 'https://www.bmi.gv.at/' },
  ],
  CH: [
    { labelKey: 'linkKonsumentenschutz', href: 'https://www.konsumentenschutz.ch/' },
    { labelKey: 'linkPoliceCH', href: 'https://www.suisse-epolice.ch/' },
  ],
};
