/**
 * Marks and tables keyed by a site or a page-derived name are looked up as own keys only: a shop
 * on a host called "constructor" or "__proto__" must find no inherited value (issue #18).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/shared/db/database';
import { readMarks, writeMark } from '../../src/shared/db/store';
import { markOf } from '../../src/shared/settings';
import { localeMismatch } from '../../src/engine/rules/locale-mismatch';
import { DEFAULT_CONFIG } from '../../src/engine/types';
import type { PageFacts } from '../../src/shared/facts';

const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('site-keyed lookups', () => {
  it('marks read from IndexedDB have no inherited keys', async () => {
    const db = await openDatabase(`proto-${Date.now()}`);
    await writeMark(db, 'real-shop.de', 'trusted', 1);
    const marks = await readMarks(db);
    for (const name of INHERITED_NAMES) {
      expect(marks[name]).toBeUndefined();
      expect(markOf(marks, name)).toBeNull();
    }
    expect(markOf(marks, 'real-shop.de')).toBe('trusted');
    db.close();
  });

  it('a site called "__proto__" or "constructor" can itself be marked', async () => {
    const db = await openDatabase(`proto-own-${Date.now()}`);
    await writeMark(db, '__proto__', 'suspicious', 1);
    await writeMark(db, 'constructor', 'trusted', 1);
    const marks = await readMarks(db);
    expect(markOf(marks, '__proto__')).toBe('suspicious');
    expect(markOf(marks, 'constructor')).toBe('trusted');
    expect(markOf(marks, 'toString')).toBeNull();
    db.close();
  });

  it('markOf ignores inherited values on a plain object too (as messages deliver marks)', () => {
    for (const name of INHERITED_NAMES) expect(markOf({}, name)).toBeNull();
  });

  it('the currency table of the locale rule is not fooled by a TLD called "constructor"', () => {
    for (const tld of INHERITED_NAMES) {
      const facts = { url: `http://shop.${tld}/`, host: `shop.${tld}`, locale: { pageLanguage: 'en', tld, currencies: ['USD'] } } as unknown as PageFacts;
      expect(() => localeMismatch.evaluate(facts, DEFAULT_CONFIG)).not.toThrow();
      expect(localeMismatch.evaluate(facts, DEFAULT_CONFIG)).toBeNull();
    }
  });
});
