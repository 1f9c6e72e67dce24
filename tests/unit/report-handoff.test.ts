import { describe, expect, it } from 'vitest';
import { handOffTargets, mailtoHref } from '../../src/report/handoff';

describe('report hand-off targets', () => {
  it('Germany: Verbraucherzentrale, then police; police first when money was lost', () => {
    expect(handOffTargets({ marketplace: null, what: 'suspicious', url: 'https://x.de' }, 'DE').map((l) => l.target)).toEqual(['verbraucherzentrale', 'police']);
    expect(handOffTargets({ marketplace: null, what: 'paid-nothing-arrived', url: 'https://x.de' }, 'DE')[0]?.target).toBe('police');
  });

  it('Austria: Watchlist Internet and the Ombudsstelle; marketplace sellers are reported on the listing first', () => {
    const links = handOffTargets({ marketplace: 'amazon', what: 'off-platform-payment', url: 'https://www.amazon.de/dp/X' }, 'AT');
    expect(links.map((l) => l.target)).toEqual(['marketplace', 'watchlist-internet', 'ombudsstelle', 'police']);
    expect(links[0]?.href).toBe('https://www.amazon.de/dp/X');
  });

  it('offers a mailto link only when the body fits', () => {
    expect(mailtoHref('Report', 'short')).toBe('mailto:?subject=Report&body=short');
    expect(mailtoHref('Report', 'x'.repeat(3000))).toBeNull();
  });
});
