/**
 * Site memory (background): what a shop's earlier pages showed, kept in storage.local for 30 days
 * and read back through its schema, so the checkout guard works on a checkout with few signals.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { score } from '../../src/engine';
import { factsFor, factsForHtml } from '../helpers';

const store = new Map<string, unknown>();
vi.mock('../../src/shared/platform', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (store.has(key) ? { [key]: store.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => store.set(k, v)),
        remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => store.delete(k)),
      },
      session: { remove: async () => undefined },
    },
  },
}));
const { readSiteMemory, rememberSite } = await import('../../src/background/site-memory');

const SITE = 'masken-discount24.de';
const DAY = 24 * 60 * 60 * 1000;

async function rememberProductPage(): Promise<void> {
  const facts = await factsFor('pages/fakeshop-checkout/product.html', `https://www.${SITE}/product.html`);
  await rememberSite(SITE, facts, score(facts));
}

describe('site memory', () => {
  beforeEach(() => {
    store.clear();
    vi.useRealTimers();
  });

  it('remembers a product page’s level, reasons, advertised methods and country', async () => {
    await rememberProductPage();
    const memory = await readSiteMemory(SITE);
    expect(memory?.level).not.toBe('low');
    expect(memory?.reasonIds.length).toBeGreaterThan(0);
    expect(memory?.advertisedMethods).toEqual(expect.arrayContaining(['paypal']));
    expect(memory?.tld).toBe('de');
  });

  it('a checkout page does not overwrite what the shop advertised', async () => {
    await rememberProductPage();
    const before = await readSiteMemory(SITE);
    const checkout = await factsFor('pages/fakeshop-checkout/kasse.html', `https://www.${SITE}/kasse.html`);
    await rememberSite(SITE, checkout, score(checkout));
    expect(await readSiteMemory(SITE)).toEqual(before);
  });

  it('forgets after 30 days', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    await rememberProductPage();
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 29 * DAY);
    expect(await readSiteMemory(SITE)).not.toBeNull();
    vi.setSystemTime(Date.UTC(2026, 0, 1) + 31 * DAY);
    expect(await readSiteMemory(SITE)).toBeNull();
    expect(store.has(`memory:${SITE}`)).toBe(false); // read once expired, it is gone
  });

  it('reads a damaged entry as unknown instead of throwing', async () => {
    store.set(`memory:${SITE}`, { site: SITE, level: 'catastrophic', score: 'x' });
    await expect(readSiteMemory(SITE)).resolves.toBeNull();
    expect(store.has(`memory:${SITE}`)).toBe(false);
  });

  it('keeps the payment methods of every page seen, not only the last one', async () => {
    const paypal = await factsForHtml('<body><h1>Lampe</h1><p>49,00 €</p><button>In den Warenkorb</button><footer>Wir akzeptieren PayPal</footer></body>', `https://www.${SITE}/lampe`);
    const invoice = await factsForHtml('<body><h1>Tisch</h1><p>99,00 €</p><button>In den Warenkorb</button><footer>Kauf auf Rechnung möglich</footer></body>', `https://www.${SITE}/tisch`);
    await rememberSite(SITE, paypal, score(paypal));
    await rememberSite(SITE, invoice, score(invoice));
    expect((await readSiteMemory(SITE))?.advertisedMethods).toEqual(expect.arrayContaining(['paypal', 'invoice']));
  });
});
