/**
 * The background's decision to show the checkout banner (guard.ts), with a fake browser: only on
 * checkout steps, only on medium/high (the site's verdict: this page with its site profile), never
 * when trusted or dismissed for this tab; "details" falls back to the popup page in a tab.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFacts } from '../../src/shared/facts';
import type { Reason, RiskResult } from '../../src/shared/result';

const session = new Map<string, unknown>();
const openPopup = vi.fn<() => Promise<void>>();
const createTab = vi.fn<(props: { url: string }) => Promise<void>>(async () => undefined);
vi.mock('../../src/shared/platform', () => ({
  browser: {
    i18n: { getMessage: (key: string, subs: string[]) => [key, ...subs].join('|'), getUILanguage: () => 'en' },
    storage: {
      local: { get: async () => ({}), remove: async () => undefined },
      session: {
        get: async (key: string | null) => (key === null ? Object.fromEntries(session) : session.has(key) ? { [key]: session.get(key) } : {}),
        remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => session.delete(k)),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => session.set(k, v)),
      },
    },
    action: { openPopup },
    tabs: { create: createTab },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
  },
}));
const { askToConfirmTrust, clearTrustQuestion, dismissGuard, forgetDismissals, guardFor, isShowingBanner, openDetails, pendingTrustQuestion, recordBanner } = await import('../../src/background/guard');

const SITE = 'masken-discount24.de';
const reason = (id: string, points: number): Reason => ({ id, severity: 'danger', kind: 'fake', points, messageKey: `reason-${id}`, subs: [], evidence: [] });
const result = (level: RiskResult['level'], reasons: Reason[] = []): RiskResult => ({ score: level === 'low' ? 0 : 70, level, kind: level === 'low' ? null : 'fake', reasons });
const facts = (pageType: 'checkout' | 'product' | 'home', iban = false): PageFacts =>
  ({
    url: `https://www.${SITE}/kasse`,
    host: `www.${SITE}`,
    lang: 'de',
    pageType: { pageType, shopEvidence: [] },
    ...(iban ? { checkout: { evidence: ['bank details'], methodsOffered: [], ibans: [{ iban: 'LT121000011101001000', country: 'LT', valid: true }], recipients: [] } } : {}),
    extraction: { elapsedMs: 1, truncated: false, failed: [] },
  }) as PageFacts;

describe('checkout guard decision', () => {
  beforeEach(() => {
    session.clear();
    openPopup.mockReset();
    createTab.mockClear();
  });

  it('warns on a risky checkout and puts the checkout’s own reasons before the shop’s history', async () => {
    const reasons = [reason('impressum-missing', 40), reason('prices-too-good', 60), reason('checkout-iban-foreign', 25), reason('prepayment-only', 40)];
    const guard = await guardFor(1, SITE, facts('checkout'), result('high', reasons), false);
    expect(guard?.level).toBe('high');
    expect(guard?.reasons).toEqual(['reason-checkout-iban-foreign', 'reason-prices-too-good', 'reason-impressum-missing']);
  });

  it('warns on a quiet checkout when the site’s verdict carries what its other pages showed', async () => {
    const fromProduct = { ...reason('prices-too-good', 30), source: { path: '/product.html', via: 'visited' as const } };
    const guard = await guardFor(1, SITE, facts('checkout'), result('medium', [fromProduct]), false);
    expect(guard?.level).toBe('medium');
    expect(guard?.reasons).toEqual(['reason-prices-too-good']);
  });

  it('stays silent on low risk, off the checkout, and on trusted shops', async () => {
    expect(await guardFor(1, SITE, facts('checkout'), result('low'), false)).toBeNull();
    expect(await guardFor(1, SITE, facts('product'), result('high'), false)).toBeNull();
    expect(await guardFor(1, SITE, facts('checkout'), result('high'), true)).toBeNull();
  });

  it('bank details make a payment step, except in the footer of a product page', async () => {
    expect(await guardFor(1, SITE, facts('home', true), result('high'), false)).not.toBeNull();
    expect(await guardFor(1, SITE, facts('product', true), result('high'), false)).toBeNull();
  });

  it('a dismissal holds for that tab and shop only', async () => {
    await dismissGuard(1, SITE);
    expect(await guardFor(1, SITE, facts('checkout'), result('high'), false)).toBeNull();
    expect(await guardFor(2, SITE, facts('checkout'), result('high'), false)).not.toBeNull();
    expect(await guardFor(1, 'other-shop.de', facts('checkout'), result('high'), false)).not.toBeNull();
  });

  it('closing the tab ends the visit: its dismissals go, other tabs keep theirs', async () => {
    await dismissGuard(1, SITE);
    await dismissGuard(12, SITE);
    await forgetDismissals(1);
    expect([...session.keys()]).toEqual([`dismissed:12:${SITE}`]);
  });

  it('“details” opens the popup, or the popup page for this tab where that is refused', async () => {
    openPopup.mockResolvedValueOnce(undefined);
    await openDetails(7);
    expect(createTab).not.toHaveBeenCalled();
    openPopup.mockRejectedValueOnce(new Error('no focused window'));
    await openDetails(7);
    expect(createTab).toHaveBeenCalledWith({ url: 'chrome-extension://id/src/popup/index.html?tabId=7' });
  });

  it('knows which site’s banner a tab shows, per tab (trust and dismiss are checked against it)', async () => {
    await recordBanner(3, SITE);
    expect(await isShowingBanner(3, SITE)).toBe(true);
    expect(await isShowingBanner(3, 'victim-shop.de')).toBe(false);
    expect(await isShowingBanner(4, SITE)).toBe(false);
    await recordBanner(3, null);
    expect(await isShowingBanner(3, SITE)).toBe(false);
  });

  it('the banner’s “I trust this shop” only asks: the question waits for the popup, nothing is marked', async () => {
    openPopup.mockResolvedValueOnce(undefined);
    await askToConfirmTrust(5, SITE);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await pendingTrustQuestion(5)).toBe(SITE);
    expect(await pendingTrustQuestion(6)).toBeNull();
    await clearTrustQuestion(5);
    expect(await pendingTrustQuestion(5)).toBeNull();
    await recordBanner(5, SITE);
    await askToConfirmTrust(5, SITE);
    await forgetDismissals(5); // closing the tab drops its banner and question
    expect([...session.keys()].filter((k) => k.includes(':5'))).toEqual([]);
  });
});
