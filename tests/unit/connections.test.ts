/**
 * Issue 17: sites and seller accounts sharing a strong identifier are connected. The two session
 * scenarios of the issue are replayed through the CLI's session code (the background's own logic,
 * in memory); the rest exercises the connection rules and the stores.
 */
import 'fake-indexeddb/auto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkSubject, connectionsFor, connectionKey } from '../../src/background/site/connections';
import { memoryIdentityStore, type IdentityStore } from '../../src/background/site/identity-store';
import { idbIdentityStore } from '../../src/background/site/identity-store-idb';
import { replaySession, type SessionStep } from '../../src/cli/session';
import { scoreSite } from '../../src/engine';
import { openDatabase } from '../../src/shared/db/database';
import { IDENTITY_LIMITS, type ConnectionView, type Identity } from '../../src/shared/identity';
import type { SiteProfile } from '../../src/shared/site-profile';
import { evidenceText, FIXTURES } from '../helpers';

const page = (file: string, url: string): SessionStep => ({ file: path.join(FIXTURES, 'pages', file), url });
const T0 = Date.UTC(2026, 10, 12, 9);

async function replay(steps: SessionStep[]) {
  const out = [];
  for await (const analysis of replaySession(steps, { sensitivity: 'normal', siteMark: null, now: T0 })) out.push(analysis);
  return out;
}

describe('the issue’s two sessions', () => {
  it('a fake shop’s checkout, then another domain showing the same IBAN: the second page is high with the connection as a reason', async () => {
    const [, checkout, second] = await replay([
      page('fakeshop-checkout/product.html', 'https://www.masken-discount24.de/product.html'),
      page('fakeshop-checkout/kasse.html', 'https://www.masken-discount24.de/kasse.html'),
      // A name without shopping words: "kuechen-outlet24" would add a third family, and with it the page alone is high.
      page('connected-iban/zahlung.html', 'https://www.kuechenstudio-linea.de/zahlung.html'),
    ]);
    expect(checkout?.result?.level).toBe('high');
    expect(second?.result?.level).toBe('high');
    const reason = second?.result?.reasons.find((r) => r.id === 'connected-risky-site');
    expect(reason?.subs).toEqual(['masken-discount24.de']);
    expect(evidenceText(reason)).toEqual(['masken-discount24.de was rated high risk', 'the same IBAN LT12 … 1000 was shown by masken-discount24.de on 2026-11-12']);
    expect(second?.connections.map((c) => [c.otherLabel, c.shared.map((s) => s.kind)])).toEqual([['masken-discount24.de', ['iban']]]);
    // Without the session the same page is not high: the connection is what tips it.
    const [alone] = await replay([page('connected-iban/zahlung.html', 'https://www.kuechenstudio-linea.de/zahlung.html')]);
    expect(alone?.result?.level).toBe('medium');
    expect(alone?.connections).toEqual([]);
  });

  it('two honest shops of one company sharing a VAT id are connected as information only and stay low', async () => {
    const [first, second] = await replay([
      page('connected-honest/bergsport-huber-de.html', 'https://www.bergsport-huber.de/trail-2'),
      page('connected-honest/bergsport-huber-at.html', 'https://www.bergsport-huber.at/trail-2'),
    ]);
    expect(first?.result?.level).toBe('low');
    expect(second?.result).toMatchObject({ level: 'low', score: 0 });
    const info = second?.result?.reasons.find((r) => r.id === 'connected-site');
    expect(info).toMatchObject({ severity: 'info', points: 0, subs: ['bergsport-huber.de', '0'] });
    expect(evidenceText(info)).toEqual([
      'the same VAT id DE136695976 was shown by bergsport-huber.de on 2026-11-12',
      'the same company and address (Bergsport Huber GmbH, Alpenstraße 17 · 83435 Bad Reichenhall) was shown by bergsport-huber.de on 2026-11-12',
    ]);
  });
});

describe('when a connection weighs', () => {
  const view = (kinds: Identity['kind'][], status: Partial<ConnectionView['status']>): ConnectionView => ({
    key: 'a⇄b', other: 'fake-shop.de', otherLabel: 'fake-shop.de', shared: kinds.map((kind) => ({ kind, display: kind, at: T0, path: '/' })), status: { listed: false, suspicious: false, ratedHigh: false, ...status },
  });
  const empty: SiteProfile = { key: 'this-shop.de', kind: 'shop', tld: 'de', updatedAt: T0, pages: [] };
  const dubious: SiteProfile = { ...empty, pages: [{ path: '/', pageType: 'product', via: 'visited', seenAt: T0, sells: true, presence: { impressum: true, legal: [], methods: [], ownEmail: false, phone: false }, companyNames: [], reasons: [{ id: 'prices-too-good', severity: 'danger', kind: 'fake', points: 30, messageKey: 'reasonPricesTooGood', subs: [], evidence: [] }] }] };
  const ids = (profile: SiteProfile, connection: ConnectionView) => scoreSite(profile, { sensitivity: 'normal', siteMark: null, now: T0, connections: [connection] }).reasons.map((r) => `${r.id}:${r.points}`);

  it('a bank account shared with a shop rated high, marked suspicious or listed weighs 45', () => {
    for (const status of [{ ratedHigh: true }, { suspicious: true }, { listed: true }]) expect(ids(empty, view(['iban'], status))).toEqual(['connected-risky-site:45']);
  });

  it('details anyone can copy from an Impressum weigh only when this site shows signs of its own', () => {
    // A fake shop that copied this company's VAT id must not paint the company red.
    expect(ids(empty, view(['vat', 'phone', 'impressum'], { ratedHigh: true }))).toEqual(['connected-site:0']);
    expect(ids(dubious, view(['vat'], { ratedHigh: true }))).toEqual(expect.arrayContaining(['connected-risky-site:35']));
  });

  it('a connection to a shop with nothing against it is information only', () => {
    expect(ids(empty, view(['iban', 'vat'], {}))).toEqual(['connected-site:0']);
  });
});

describe('linking and removing', () => {
  const shop = (key: string) => ({ key, kind: 'shop' as const, label: key });
  const iban: Identity = { kind: 'iban', value: 'LT121000011101001000', display: 'LT12 … 1000' };
  const none = async () => ({ listed: false, suspicious: false, ratedHigh: false });

  for (const [name, make] of [
    ['in memory', () => memoryIdentityStore()],
    ['IndexedDB', () => {
      const db = openDatabase(`shopwatch-identities-${Math.random()}`);
      return idbIdentityStore(() => db);
    }],
  ] as const) {
    it(`${name}: a shared IBAN connects two sites; a removed connection stays removed; deleting a site takes its connections`, async () => {
      const store: IdentityStore = make();
      await linkSubject(store, shop('first.de'), [iban], '/kasse', T0);
      await linkSubject(store, shop('second.de'), [iban], '/zahlung', T0 + 1000);
      const [view] = await connectionsFor(store, 'second.de', none);
      expect(view).toMatchObject({ other: 'first.de', shared: [{ kind: 'iban', display: 'LT12 … 1000', at: T0, path: '/kasse' }] });
      expect((await connectionsFor(store, 'first.de', none))[0]).toMatchObject({ other: 'second.de', shared: [{ at: T0 + 1000, path: '/zahlung' }] });

      const record = await store.getConnection(connectionKey('first.de', 'second.de'));
      if (!record) throw new Error('no connection stored');
      await store.putConnection({ ...record, removed: true });
      await linkSubject(store, shop('second.de'), [iban], '/zahlung', T0 + 2000);
      expect(await connectionsFor(store, 'second.de', none)).toEqual([]);

      await linkSubject(store, shop('third.de'), [iban], '/', T0 + 3000);
      expect((await connectionsFor(store, 'third.de', none)).map((c) => c.other).sort()).toEqual(['first.de', 'second.de']);
      await store.delete('first.de');
      expect((await connectionsFor(store, 'third.de', none)).map((c) => c.other)).toEqual(['second.de']);
      expect(await store.holders(`iban|${iban.value}`)).toHaveLength(2);
      await store.prune(T0 + 2500);
      expect((await store.holders(`iban|${iban.value}`)).map((r) => r.subject)).toEqual(['third.de']);
    });
  }

  it('a shared template alone connects nothing (thousands of honest shops share a theme)', async () => {
    const store = memoryIdentityStore();
    const signature = Array.from({ length: 64 }, (_, i) => i * 7919);
    await linkSubject(store, shop('a.de'), [{ kind: 'template', value: 'sig', display: 'flatsome', signature }], '/', T0);
    await linkSubject(store, shop('b.de'), [{ kind: 'template', value: 'sig', display: 'flatsome', signature }], '/', T0);
    expect(await connectionsFor(store, 'b.de', none)).toEqual([]);
    // With a strong identifier besides, the template is named too.
    await linkSubject(store, shop('a.de'), [iban], '/kasse', T0);
    await linkSubject(store, shop('b.de'), [iban, { kind: 'template', value: 'sig', display: 'flatsome', signature }], '/', T0);
    expect((await connectionsFor(store, 'b.de', none))[0]?.shared.map((s) => s.kind).sort()).toEqual(['iban', 'template']);
  });

  it('an Impressum fingerprint that changed no longer matches the old text', async () => {
    const store = memoryIdentityStore();
    const old = Array.from({ length: 64 }, (_, i) => i);
    const fresh = Array.from({ length: 64 }, (_, i) => 1000 + i);
    await linkSubject(store, shop('a.de'), [{ kind: 'impressum', value: 'sig', display: '/impressum', signature: old }], '/impressum', T0);
    await linkSubject(store, shop('a.de'), [{ kind: 'impressum', value: 'sig', display: '/impressum', signature: fresh }], '/impressum', T0 + 1);
    await linkSubject(store, shop('b.de'), [{ kind: 'impressum', value: 'sig', display: '/impressum', signature: old }], '/impressum', T0 + 2);
    expect(await connectionsFor(store, 'b.de', none)).toEqual([]);
  });

  it('keeps at most the limit of identifiers per site', async () => {
    const store = memoryIdentityStore();
    const many: Identity[] = Array.from({ length: IDENTITY_LIMITS.perSubject + 20 }, (_, i) => ({ kind: 'phone', value: `+4930${1000000 + i}`, display: '' }));
    for (const [i, id] of many.entries()) await linkSubject(store, shop('a.de'), [id], '/', T0 + i);
    expect(await store.holders('phone|+49301000000')).toEqual([]);
    expect(await store.holders(`phone|+4930${1000000 + many.length - 1}`)).toHaveLength(1);
  });
});
