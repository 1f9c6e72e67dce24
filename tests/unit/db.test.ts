import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/shared/db/database';
import { csvCell, reportsCsv } from '../../src/shared/db/csv';
import type { Report } from '../../src/shared/db/schema';
import { addHandOff, checkImport, exportAll, importAll, listHistory, listReports, pruneHistory, readMarks, recordVisit, saveReport, writeMark, writeMarks } from '../../src/shared/db/store';

let n = 0;
const freshName = () => `shopwatch-test-${++n}-${Date.now()}`;
const visit = (key: string, level: 'low' | 'medium' | 'high' = 'high') => ({ key, kind: 'shop' as const, label: key, lastLevel: level, lastScore: 80 });
const report = (id: string, note = ''): Report => ({ id, createdAt: 1, updatedAt: 1, url: 'https://fake.example/p', site: 'fake.example', marketplace: null, seller: null, level: 'high', score: 80, reasons: [{ id: 'prepayment-only', text: 'Only prepayment', evidence: ['“Vorkasse”'] }], what: 'paid-nothing-arrived', note, screenshot: null, status: 'draft', handOffs: [] });

describe('IndexedDB store', () => {
  it('migrates a v1 database (store "sites") to the current version without losing a site', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('sites', { keyPath: 'site' }) });
    await v1.put('sites', { site: 'old-shop.de', level: 'high', lastSeen: 1000 });
    await v1.put('sites', { site: 'broken', level: 'purple', lastSeen: 'x' });
    v1.close();
    const db = await openDatabase(name);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['connections', 'history', 'identities', 'marks', 'reports', 'siteProfiles']);
    expect(await listHistory(db)).toEqual([{ key: 'old-shop.de', kind: 'shop', label: 'old-shop.de', lastLevel: 'high', lastScore: 0, firstSeen: 1000, lastSeen: 1000, count: 1 }]);
    db.close();
  });

  it('migrates a v2 database to the current version: history, reports and marks stay, profiles, identities and connections are added', async () => {
    const name = freshName();
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('history', { keyPath: 'key' }).createIndex('lastSeen', 'lastSeen');
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        db.createObjectStore('marks', { keyPath: 'site' });
      },
    });
    await v2.put('history', { ...visit('kept-shop.de'), firstSeen: 1, lastSeen: 2, count: 3 });
    await v2.put('marks', { site: 'kept-shop.de', mark: 'suspicious', at: 1 });
    v2.close();
    const db = await openDatabase(name);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual(['connections', 'history', 'identities', 'marks', 'reports', 'siteProfiles']);
    expect((await listHistory(db)).map((e) => [e.key, e.count])).toEqual([['kept-shop.de', 3]]);
    expect(await readMarks(db)).toEqual({ 'kept-shop.de': 'suspicious' });
    db.close();
  });

  it('migrates a v3 database to v4: site profiles stay, identities and connections are added', async () => {
    const name = freshName();
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('history', { keyPath: 'key' }).createIndex('lastSeen', 'lastSeen');
        db.createObjectStore('reports', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        db.createObjectStore('marks', { keyPath: 'site' });
        db.createObjectStore('siteProfiles', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
      },
    });
    await v3.put('siteProfiles', { key: 'kept-shop.de', kind: 'shop', tld: 'de', updatedAt: 5, pages: [] });
    v3.close();
    const db = await openDatabase(name);
    expect(db.version).toBe(4);
    expect(await db.get('siteProfiles', 'kept-shop.de')).toMatchObject({ updatedAt: 5 });
    expect([...db.transaction('identities').store.indexNames].sort()).toEqual(['ident', 'seenAt', 'subject']);
    db.close();
  });

  it('two tabs recording visits at once lose nothing', async () => {
    const db = await openDatabase(freshName());
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordVisit(db, visit('busy.de'), 1000 + i)));
    const [entry] = await listHistory(db);
    expect(entry?.count).toBe(20);
    expect(entry?.firstSeen).toBe(1000);
    db.close();
  });

  it('searches history and reports, records hand-offs, prunes old history but keeps reports', async () => {
    const db = await openDatabase(freshName());
    await recordVisit(db, visit('alpha-shop.de'), 1_000);
    await recordVisit(db, visit('beta-shop.at'), 10 * 86_400_000);
    expect((await listHistory(db, 'ALPHA')).map((e) => e.key)).toEqual(['alpha-shop.de']);
    await saveReport(db, report('r1', 'paid 80 euro'));
    const handedOff = await addHandOff(db, 'r1', 'watchlist-internet', 5);
    expect(handedOff).toMatchObject({ status: 'reported', handOffs: [{ target: 'watchlist-internet', at: 5 }] });
    expect((await listReports(db, '80 euro')).map((r) => r.id)).toEqual(['r1']);
    expect(await pruneHistory(db, 5, 10 * 86_400_000)).toBe(1);
    expect((await listHistory(db)).map((e) => e.key)).toEqual(['beta-shop.at']);
    expect(await listReports(db)).toHaveLength(1);
    db.close();
  });

  it('exports and re-imports everything; a foreign or malformed file is rejected and changes nothing', async () => {
    const db = await openDatabase(freshName());
    await recordVisit(db, visit('shop.de'), 1);
    await saveReport(db, report('r1'));
    await writeMarks(db, { 'trusted.de': 'trusted', 'dodgy.shop': 'suspicious' }, 5);
    const file = JSON.parse(JSON.stringify(await exportAll(db, 99)));
    const other = await openDatabase(freshName());
    expect(await importAll(other, file, { acceptTrusted: true })).toEqual({ ok: true, history: 1, reports: 1, marks: 2 });
    expect(await listReports(other)).toEqual(await listReports(db));
    expect(await readMarks(other)).toEqual({ 'trusted.de': 'trusted', 'dodgy.shop': 'suspicious' });
    // A file exported before marks were part of it still imports.
    const { marks: _none, ...older } = file;
    expect(await importAll(await openDatabase(freshName()), older, { acceptTrusted: true })).toMatchObject({ ok: true, marks: 0 });
    for (const bad of [{ foo: 1 }, null, 'text', { ...file, version: 2 }, { ...file, reports: [{ id: 'x' }] }]) {
      const result = await importAll(other, bad, { acceptTrusted: true });
      expect(result.ok).toBe(false);
    }
    expect(await listHistory(other)).toHaveLength(1);
    db.close();
    other.close();
  });
});

describe('site marks', () => {
  it('are stored per site, changed one at a time, and survive reopening the database', async () => {
    const name = freshName();
    const db = await openDatabase(name);
    await writeMarks(db, { 'fake.example': 'suspicious', 'good.example': 'trusted' }, 1);
    await writeMark(db, 'fake.example', null, 2);
    await writeMark(db, 'other.example', 'suspicious', 2);
    // Moving old marks in never overwrites one the shopper set since.
    await writeMarks(db, { 'other.example': 'trusted' }, 3);
    db.close();
    const reopened = await openDatabase(name);
    expect(await readMarks(reopened)).toEqual({ 'good.example': 'trusted', 'other.example': 'suspicious' });
    reopened.close();
  });
});

describe('CSV export', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+49 151')).toBe("'+49 151");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('plain')).toBe('plain');
    const csv = reportsCsv([report('r1', '=cmd|"/c calc"!A1')]);
    expect(csv.split('\r\n')[1]).toContain(`"'=cmd|""/c calc""!A1"`);
  });
});

describe('import of trusted marks (issue #18)', () => {
  it('lists the trusted marks a file would add and writes them only when the shopper accepts', async () => {
    const source = await openDatabase(freshName());
    await writeMarks(source, { 'scam-shop.de': 'trusted', 'known.de': 'trusted', 'dodgy.shop': 'suspicious' }, 5);
    const file = JSON.parse(JSON.stringify(await exportAll(source, 99)));
    const target = await openDatabase(freshName());
    await writeMark(target, 'known.de', 'trusted', 1);
    const checked = await checkImport(target, file);
    expect(checked.ok && checked.newTrusted).toEqual(['scam-shop.de']);

    expect(await importAll(target, file, { acceptTrusted: false })).toMatchObject({ ok: true, marks: 2 });
    expect({ ...(await readMarks(target)) }).toEqual({ 'known.de': 'trusted', 'dodgy.shop': 'suspicious' });
    await importAll(target, file, { acceptTrusted: true });
    expect((await readMarks(target))['scam-shop.de']).toBe('trusted');
    source.close();
    target.close();
  });
});
