/**
 * Where a seal leads. A real seal opens its issuer's certificate page on the issuer's domain; a
 * seal without a link, with a dead one (javascript:, "#"), linking into the shop or to a domain that
 * borrows the issuer's name is a picture of a seal, not a certificate.
 */
import { isSameSite, type ExtractContext } from '../context';
import { ISSUERS, GENERIC, isIssuerHost, isLookalikeHost, type SealIssuer } from './trust-seal-issuers';

export type SealVerdict = 'ok' | 'unlinked' | 'self-linked' | 'lookalike' | 'other-link';

/** Longest href or onclick read: a shop can put megabytes into an attribute. */
const MAX_ATTR = 2000;

/** The link a seal sits in, or for a seal's box the first link inside it. */
export function linkOf(el: Element): Element | null {
  const around = el.closest('a[href], area[href]');
  if (around) return around;
  return el.querySelector('a[href]');
}

/** http(s) addresses a script link would open ("javascript:window.open('https://…')", onclick). */
function scriptTargets(code: string): string[] {
  return code.slice(0, MAX_ATTR).match(/https?:\/\/[^\s'"()<>\\]{1,300}/g) ?? [];
}

function hostOf(href: string, base: URL): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** An issuer's own domain, or for a made-up-looking generic seal any issuer's domain ("Geprüfter Shop" next to a real certificate link). */
function isCertificateHost(host: string, issuer: SealIssuer): boolean {
  return issuer.issuer === GENERIC ? ISSUERS.some((i) => isIssuerHost(host, i)) : isIssuerHost(host, issuer);
}

export function judgeLink(ctx: ExtractContext, link: Element | null, issuer: SealIssuer): { verdict: SealVerdict; href: string | null } {
  if (!link) return { verdict: 'unlinked', href: null };
  const raw = (link.getAttribute('href') ?? '').slice(0, MAX_ATTR).trim();
  const dead = raw === '' || raw.startsWith('#') || /^javascript:/i.test(raw);
  if (dead) {
    // A script link that really opens the issuer's certificate is how some old seal snippets were written.
    const opened = [...scriptTargets(raw), ...scriptTargets(link.getAttribute('onclick') ?? '')].map((t) => hostOf(t, ctx.url));
    const real = opened.find((url) => url && isCertificateHost(url.hostname, issuer));
    return real ? { verdict: 'ok', href: real.href.slice(0, MAX_ATTR) } : { verdict: 'unlinked', href: raw.slice(0, 200) || null };
  }
  const url = hostOf(raw, ctx.url);
  if (!url) return { verdict: 'unlinked', href: raw.slice(0, 200) };
  const href = url.href.slice(0, MAX_ATTR);
  if (isSameSite(ctx, url)) return { verdict: 'self-linked', href };
  if (isCertificateHost(url.hostname, issuer)) return { verdict: 'ok', href };
  if (ISSUERS.some((i) => i.domains.length > 0 && (i === issuer || issuer.issuer === GENERIC) && isLookalikeHost(url.hostname, i))) return { verdict: 'lookalike', href };
  return { verdict: 'other-link', href };
}
