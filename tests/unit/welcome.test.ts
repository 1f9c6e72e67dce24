/** Issue #13: the welcome page opens on install; after an update only when a privacy choice is new to the shopper. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const local = new Map<string, unknown>();
const created: string[] = [];
vi.mock('../../src/shared/platform', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
      },
    },
    tabs: { create: async ({ url }: { url: string }) => void created.push(url) },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
  },
}));
const { onInstalled } = await import('../../src/background/welcome');
const { PRIVACY_CHOICES } = await import('../../src/shared/privacy-choices');

beforeEach(() => {
  local.clear();
  created.length = 0;
});

describe('welcome page', () => {
  it('opens on install and remembers which choices it showed', async () => {
    await onInstalled('install');
    expect(created).toEqual(['chrome-extension://id/src/welcome/index.html']);
    expect(local.get('welcome')).toEqual({ shownChoices: PRIVACY_CHOICES.map((c) => c.id) });
  });

  it('stays closed after an update that adds no privacy choice, and on browser updates', async () => {
    await onInstalled('install');
    created.length = 0;
    await onInstalled('update');
    await onInstalled('chrome_update');
    expect(created).toEqual([]);
  });

  it('opens after an update when a choice is new, naming it', async () => {
    local.set('welcome', { shownChoices: [] });
    await onInstalled('update');
    expect(created).toEqual([`chrome-extension://id/src/welcome/index.html?new=${PRIVACY_CHOICES.map((c) => c.id).join(',')}`]);
  });

  it('an update from 0.1 (no record) asks only about choices 0.1 did not have', async () => {
    await onInstalled('update');
    const asked = PRIVACY_CHOICES.filter((c) => c.id !== 'follow-legal-links').map((c) => c.id);
    expect(created).toEqual(asked.length ? [`chrome-extension://id/src/welcome/index.html?new=${asked.join(',')}`] : []);
  });
});
