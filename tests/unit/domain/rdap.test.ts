import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rdapServerFor } from '../../../src/shared/rdap/bootstrap';
import { fetchBootstrap, lookupRegistration, registeredDomainOf } from '../../../src/shared/rdap/lookup';
import { startRdapServer, type RdapServer } from '../../rdap-server';

/** The RDAP client against our local RDAP service (tests/rdap-server.ts); nothing leaves 127.0.0.1. */
let server: RdapServer;
beforeAll(async () => {
  server = await startRdapServer();
});
afterAll(async () => {
  await server.close();
});

const options = () => ({ fetch: globalThis.fetch, bootstrapUrl: server.bootstrapUrl, timeoutMs: 1_000 });

describe('RDAP lookups', () => {
  it('finds the server per TLD in the bootstrap file and reads the registration date', async () => {
    const bootstrap = await fetchBootstrap(options());
    expect(rdapServerFor(bootstrap, 'shop', true)).toBe(`${server.base}/shop/`);
    expect(rdapServerFor(bootstrap, 'shop', false)).toBeNull(); // a real extension only talks https
    const age = await lookupRegistration('nike-outlet-deutschland.com', bootstrap, options());
    expect(age).toEqual({ status: 'registered', site: 'nike-outlet-deutschland.com', registeredAt: Date.parse('2026-11-05T09:12:44Z'), server: new URL(server.base).host });
    expect(server.requests).toContain('/gtld/domain/nike-outlet-deutschland.com');
  });

  it('says "not public" where the registry has no RDAP service (.de) or gives no date — never guesses', async () => {
    const bootstrap = await fetchBootstrap(options());
    expect(await lookupRegistration('schuhe-mueller.de', bootstrap, options())).toEqual({ status: 'not-public', site: 'schuhe-mueller.de', tld: 'de' });
    expect(await lookupRegistration('no-date.com', bootstrap, options())).toEqual({ status: 'not-public', site: 'no-date.com', tld: 'com' });
    expect(await lookupRegistration('x.top', bootstrap, options())).toMatchObject({ status: 'not-public' }); // only an ftp:// server listed
    expect(server.requests.some((r) => r.includes('schuhe-mueller.de'))).toBe(false);
  });

  it('reports unknown domains, broken answers and timeouts as failed', async () => {
    const bootstrap = await fetchBootstrap(options());
    expect(await lookupRegistration('unknown-shop.com', bootstrap, options())).toMatchObject({ status: 'failed', error: 'not found' });
    expect(await lookupRegistration('broken.com', bootstrap, options())).toMatchObject({ status: 'failed', error: 'answer unreadable' });
    expect(await lookupRegistration('slow.com', bootstrap, { ...options(), timeoutMs: 200 })).toMatchObject({ status: 'failed', error: 'timeout' });
  });

  it('asks for the registrable domain only, and not at all for IPs or shops on a platform’s sub-domain', () => {
    expect(registeredDomainOf('www.shop.nike-outlet.co.uk')).toEqual({ domain: 'nike-outlet.co.uk', tld: 'uk' });
    expect(registeredDomainOf('nike-sale.myshopify.com')).toBeNull();
    expect(registeredDomainOf('192.168.1.1')).toBeNull();
  });
});
