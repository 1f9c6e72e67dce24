import type { HandOffTarget, Report } from '../shared/db/schema';
import type { Country } from '../shared/settings';
import { isHttpUrl } from '../shared/http-url';

export interface HandOffLink {
  target: HandOffTarget;
  labelKey: string;
  href: string;
}

/** Where to hand a report to, for this country and this kind of report (issue #7). */
export function handOffTargets(report: Pick<Report, 'marketplace' | 'what' | 'url'>, country: Country): HandOffLink[] {
  const links: HandOffLink[] = [];
  // Marketplaces take reports on the listing itself ("Melden" / "Report"): send the shopper back there.
  // Only an http(s) address becomes a link: a stored javascript: or data: URL must never be clickable.
  if (report.marketplace && isHttpUrl(report.url)) links.push({ target: 'marketplace', labelKey: 'reportToMarketplace', href: report.url });
  if (country === 'AT') {
    links.push({ target: 'watchlist-internet', labelKey: 'reportToWatchlist', href: 'https://www.watchlist-internet.at/melden/' });
    links.push({ target: 'ombudsstelle', labelKey: 'reportToOmbudsstelle', href: 'https://www.ombudsstelle.at/' });
  } else if (country === 'CH') {
    links.push({ target: 'konsumentenschutz', labelKey: 'reportToKonsumentenschutz', href: 'https://www.konsumentenschutz.ch/' });
  } else {
    links.push({ target: 'verbraucherzentrale', labelKey: 'reportToVerbraucherzentrale', href: 'https://www.verbraucherzentrale.de/fakeshopfinder-71560' });
  }
  // Money lost: the police first (and the bank, said in the text).
  const police = country === 'AT' ? 'https://www.bmi.gv.at/' : country === 'CH' ? 'https://www.suisse-epolice.ch/' : 'https://www.onlinewache.polizei.de/';
  const policeLink: HandOffLink = { target: 'police', labelKey: 'reportToPolice', href: police };
  if (report.what === 'paid-nothing-arrived') links.unshift(policeLink);
  else links.push(policeLink);
  return links;
}

/** Plain-text report for copying or e-mail: facts only, the shopper's own words last. */
export function reportText(report: Report, labels: { title: string; page: string; reasons: string; what: string; note: string; date: string }, whatText: string, dateText: string): string {
  const lines = [labels.title, '', `${labels.page}: ${report.url}`, `${labels.date}: ${dateText}`, `${labels.what}: ${whatText}`];
  if (report.seller) lines.push(`${report.marketplace ?? ''}: ${report.seller}`);
  lines.push('', `${labels.reasons}:`);
  for (const r of report.reasons) {
    lines.push(`- ${r.text}`);
    for (const e of r.evidence.slice(0, 3)) lines.push(`    ${e}`);
  }
  if (report.note) lines.push('', `${labels.note}:`, report.note);
  return lines.join('\n');
}

/** mailto: only when the body fits comfortably into a URL (mail clients cut long ones). */
export function mailtoHref(subject: string, body: string): string | null {
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return href.length <= 1800 ? href : null;
}
