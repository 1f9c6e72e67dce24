import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '../../../src/shared/settings';
import { startRdapServer, type RdapServer } from '../../rdap-server';

/**
 * The background's consent gate and cache (src/background/domain-age.ts). The browser is a stub;
 * fetch is routed to the local RDAP service: IANA's address to its bootstrap file, and the https
 * servers that file would name to the same server (the extension itself only talks https).
 */
const local = new Map<string, unknown>();
let permissionGranted = true;
vi.mock('../../../src/shared/platform', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string | null) => (key === null ? Object.fromEntries(local) : local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
        remove: async (keys: string | string[]) => [keys].flat().forEach((k) => local.delete(k)),
      },
      session: { set: async () => undefined, remove: async () => undefined, get: async () => ({}) },
    },
    permissions: { contains: async () => permissionGranted },
  },
}));

let server: RdapServer;
const fetched: string[] = [];
beforeAll(async () => {
  server = await startRdapServer();
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const url = String(input);
    fetched.push(url);
    if (url === 'https://data.iana.org/rdap/dns.json') {
      const file = (await (await realFetch(server.bootstrapUrl)).json()) as { services: [string[], string[]][] };
      const https = { services: file.services.map(([tlds, urls]) => [tlds, urls.map((u) => u.replace(server.base, 'https://rdap.test.example'))]) };
      return new Response(JSON.stringify(https), { status: 200 });
    }
    return realFetch(url.replace('https://rdap.test.example', server.base), init);
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
});
beforeEach(() => {
  local.clear();
  fetched.length = 0;
  permissionGranted = true;
});

const { domainAgeFor } = await import('../../../src/background/domain-age');
const settings = (domainAge: boolean) => SettingsSchema.parse({ domainAge });

async function answerFor(host: string): Promise<unknown> {
  let answered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (answered = resolve));
  const first = await domainAgeFor(host, settings(true), answered);
  expect(first).toBeNull(); // never waits for the registry
  await done;
  return domainAgeFor(host, settings(true), () => undefined);
}

describe('domain age in the background', () => {
  it('is off by default and then sends nothing anywhere', async () => {
    expect(SettingsSchema.parse({}).domainAge).toBe(false);
    expect(await domainAgeFor('nike-outlet-deutschland.com', SettingsSchema.parse({}), () => undefined)).toBeNull();
    permissionGranted = false;
    expect(await domainAgeFor('nike-outlet-deutschland.com', settings(true), () => undefined)).toBeNull();
    expect(fetched).toEqual([]);
    expect(local.size).toBe(0);
  });

  it('with consent: looks up once, answers from the cache for 30 days, and sends only the registrable domain', async () => {
    expect(await answerFor('www.nike-outlet-deutschland.com')).toMatchObject({ status: 'registered', site: 'nike-outlet-deutschland.com' });
    expect(fetched).toEqual(['https://data.iana.org/rdap/dns.json', 'https://rdap.test.example/gtld/domain/nike-outlet-deutschland.com']);
    await domainAgeFor('shop.nike-outlet-deutschland.com', settings(true), () => undefined);
    expect(fetched).toHaveLength(2);
    const record = local.get('domainAge:nike-outlet-deutschland.com') as { checkedAt: number };
    local.set('domainAge:nike-outlet-deutschland.com', { ...record, checkedAt: record.checkedAt - 31 * 24 * 3600 * 1000 });
    expect(await answerFor('nike-outlet-deutschland.com')).toMatchObject({ status: 'registered' });
    expect(fetched.filter((u) => u.endsWith('/domain/nike-outlet-deutschland.com'))).toHaveLength(2);
  });

  it('answers "not public" for .de without asking any registry about the shop', async () => {
    expect(await answerFor('schuhe-mueller.de')).toEqual({ status: 'not-public', site: 'schuhe-mueller.de', tld: 'de' });
    expect(fetched.some((u) => u.includes('schuhe-mueller'))).toBe(false);
  });

  it('is pruned with the history period and cleared with the history', async () => {
    const { domainAgeStore } = await import('../../../src/background/domain-age');
    await answerFor('nike-outlet-deutschland.com');
    expect(await domainAgeStore.prune(Date.now() + 31 * 24 * 3600 * 1000, 365)).toBe(1);
    await answerFor('nike-outlet-deutschland.com');
    await domainAgeStore.clear(null);
    expect([...local.keys()].filter((k) => k.startsWith('domainAge:'))).toEqual([]);
  });

  it('ignores a cache entry that does not validate', async () => {
    local.set('domainAge:moebel-haus-alt.com', { checkedAt: Date.now(), age: { status: 'registered', site: 'moebel-haus-alt.com', registeredAt: 'yesterday' } });
    expect(await answerFor('moebel-haus-alt.com')).toMatchObject({ status: 'registered', registeredAt: Date.parse('2004-06-18T12:00:00Z') });
  });
});

describe('domain age when the shopper checks an address', () => {
  it('waits for the answer instead of starting it in the background', async () => {
    expect(await domainAgeFor('salomon-sale.shop', settings(true), () => undefined, true)).toMatchObject({ status: 'registered', site: 'salomon-sale.shop' });
    expect(await domainAgeFor('salomon-sale.shop', SettingsSchema.parse({}), () => undefined, true)).toBeNull();
  });
});
