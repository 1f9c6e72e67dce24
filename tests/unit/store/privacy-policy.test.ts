/**
 * Issue #13: the privacy policy states exactly what the code does. Every file that can make a
 * network request (network-calls.ts reads the syntax tree of src/**), and every file that uses one
 * of those, must be listed below with the policy sections that name what it does; each section's
 * keywords must stand together in one paragraph, list item or table row of both policies. A new
 * fetch anywhere fails here until the policy (de and en) says what it sends, to whom and when.
 * Likewise every store that keeps something about sites or sellers must have its row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkCallsIn, sourceFiles, valueImportsOf } from './network-calls';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const LANGS = ['de', 'en'] as const;
type Keywords = Record<(typeof LANGS)[number], string[]>;

/** What leaves the browser: one policy passage each, found by words that only it contains together. */
const NETWORK_SECTIONS: Record<string, Keywords> = {
  impressum: { en: ['Impressum', 'same site', 'without cookies', 'at most 3 times', "Read the shop's Impressum"], de: ['Impressum', 'derselben Website', 'ohne Cookies', 'höchstens 3-mal', '„Impressum des Shops lesen“'] },
  'seller-profile': { en: ["seller's profile", 'same marketplace', 'once a day', 'same switch'], de: ['Profilseite', 'demselben Marktplatz', 'einmal am Tag', 'Derselbe Schalter'] },
  'ebay-description': { en: ['eBay', 'ebaydesc.com', 'item description', 'same switch'], de: ['eBay', 'ebaydesc.com', 'Artikelbeschreibung', 'Derselbe Schalter'] },
  'read-the-shop': { en: ['"Read the shop"', 'home page', 'Impressum', 'asks you first'], de: ['„Shop lesen“', 'Startseite', 'Impressum', 'fragt er Sie vorher'] },
  lists: { en: ['https://www.watchlist-internet.at/', 'list address you added', 'Once a day', 'no cookies, no referrer'], de: ['https://www.watchlist-internet.at/', 'Listen-Adresse', 'Einmal täglich', 'keine Cookies, kein Referrer'] },
  rdap: { en: ['RDAP', 'off by default', 'https://data.iana.org/rdap/dns.json', 'registrable domain', 'registry'], de: ['RDAP', 'standardmäßig aus', 'https://data.iana.org/rdap/dns.json', 'registrierbaren Domain', 'Registry'] },
  cli: { en: ['command-line tool', 'not part of the extension', '--rdap'], de: ['Kommandozeilen-Werkzeug', 'nicht Teil der Erweiterung', '--rdap'] },
  'kept-domain-age': { en: ["a domain's registration date", '30 days'], de: ['das Registrierungsdatum einer Domain', '30 Tage'] },
};

/**
 * Every file that makes a request, or imports values from one that does, and the sections that
 * name its use. (A file of the extension's own, `fetch(runtime.getURL(…))`, is not a request.)
 */
const NETWORK_FILES: Record<string, string[]> = {
  'content/follow-up/fetch-page.ts': ['impressum', 'seller-profile', 'read-the-shop'],
  'content/follow-up/impressum.ts': ['impressum'],
  'content/follow-up/seller.ts': ['seller-profile'],
  'check/read-shop.ts': ['read-the-shop'],
  'background/listing-description.ts': ['ebay-description'],
  'background/lists/download.ts': ['lists'],
  'background/lists/update-lists.ts': ['lists'],
  'shared/rdap/lookup.ts': ['rdap'],
  'background/domain-age.ts': ['rdap'],
  'background/lists/check-address.ts': ['rdap'],
  'background/handlers.ts': ['ebay-description', 'rdap'],
  // Imports the answers' store only, to prune and clear it.
  'background/prunable-stores.ts': ['kept-domain-age'],
  'cli/check.ts': ['cli'],
  'cli/check-domain.ts': ['cli'],
};

const SITE_PROFILE: Keywords = { en: ['what each page of a shop', 'no page text', 'IndexedDB', '30 days after the page was seen'], de: ['was jede Seite eines Shops', 'kein Seitentext', 'IndexedDB', '30 Tage nach dem Besuch der Seite'] };
const IDENTITIES: Keywords = { en: ['identities of shops and sellers', 'connections between them', 'IndexedDB', 'the history period'], de: ['Identitäten von Shops und Händlern', 'Verbindungen zwischen ihnen', 'IndexedDB', 'die Aufbewahrungsdauer des Verlaufs'] };

/** What is kept about sites and sellers: each store's row in the table of both policies. */
const STORE_ROWS: Record<string, Keywords> = {
  history: { en: ['history of checked shops and sellers', 'IndexedDB', '30, 90 or 365 days'], de: ['Verlauf geprüfter Shops und Händler', 'IndexedDB', '30, 90 oder 365 Tage'] },
  'site-profiles': SITE_PROFILE,
  siteProfiles: SITE_PROFILE,
  // Removes what releases before the site profile kept per site, at the first pruning.
  'legacy-site-memory': SITE_PROFILE,
  identities: IDENTITIES,
  connections: IDENTITIES,
  'seller-profiles': { en: ["seller's profile details", 'one day'], de: ['Profilangaben eines Marktplatz-Händlers', 'einen Tag'] },
  'impressum-cache': { en: ["shop's Impressum details", 'session storage', 'a day at most'], de: ['Impressumsangaben eines Shops', 'Sitzungsspeicher', 'höchstens einen Tag'] },
  'guard-tamper': { en: ["hid Shopwatch's warning", '30 days'], de: ['die Warnung von Shopwatch versteckt', '30 Tage'] },
  'report-screenshots': { en: ["report's screenshot", 'at most an hour'], de: ['Bildschirmfoto einer Meldung', 'höchstens eine Stunde'] },
  'domain-age': { en: ["a domain's registration date", '30 days'], de: ['das Registrierungsdatum einer Domain', '30 Tage'] },
  reports: { en: ['your reports', 'until you delete them'], de: ['Ihre Meldungen', 'bis Sie sie löschen'] },
  marks: { en: ['marked as trusted or suspicious', 'until you remove the mark'], de: ['als vertrauenswürdig oder verdächtig markiert', 'bis Sie die Markierung entfernen'] },
  sources: { en: ['fake-shop lists', 'lists you added'], de: ['Fakeshop-Listen', 'Listen, die Sie hinzugefügt haben'] },
  entries: { en: ['fake-shop lists', 'until replaced by the next download'], de: ['Fakeshop-Listen', 'bis der nächste Download sie ersetzt'] },
};

const policy = Object.fromEntries(LANGS.map((lang) => [lang, fs.readFileSync(path.join(ROOT, `store/privacy-policy.${lang}.md`), 'utf8')])) as Record<(typeof LANGS)[number], string>;

/** The keywords that are missing from every single paragraph, item or row of the policy. */
function missingPassage(text: string, keywords: string[]): string[] {
  const passages = text.split('\n').filter((line) => line.trim());
  const best = passages.map((passage) => keywords.filter((k) => !passage.includes(k))).sort((a, b) => a.length - b.length)[0];
  return best ?? keywords;
}

/** Names of the stores that keep something: keyed stores, hand-written prunable stores, IndexedDB object stores. */
function storeNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const patterns = [/create(?:KeyedStore|FollowUpCache)\(\{\s*name:\s*'([^']+)'/g, /:\s*PrunableStore\s*=\s*\{\s*name:\s*'([^']+)'/g, /createObjectStore\(\s*'([^']+)'/g];
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.set(match[1] as string, rel(file));
  }
  return names;
}

describe('privacy policy', () => {
  const files = sourceFiles(SRC);
  const calls = files.flatMap((file) => networkCallsIn(file));
  const callers = new Set(calls.map((call) => call.file));

  it('finds the requests we know of (the scan itself works)', () => {
    const seen = new Set(calls.map((call) => rel(call.file)));
    for (const file of ['content/follow-up/fetch-page.ts', 'background/lists/download.ts', 'shared/rdap/lookup.ts', 'background/listing-description.ts']) expect(seen).toContain(file);
    // shared/i18n.ts fetches the extension's own messages.json: not a request.
    expect(seen).not.toContain('shared/i18n.ts');
  });

  it('every file that makes a request, or uses one that does, is in the table', () => {
    const users = files.filter((file) => valueImportsOf(file).some((target) => callers.has(target)));
    const needed = [...new Set([...callers, ...users].map(rel))].sort();
    const unlisted = needed.filter((file) => !(file in NETWORK_FILES)).map((file) => `${file}: ${calls.filter((c) => rel(c.file) === file).map((c) => `${c.what} (line ${c.line})`).join(', ') || 'uses a file that makes requests'}`);
    expect(unlisted, 'add each file to NETWORK_FILES with the policy section that says what it sends, to whom and when').toEqual([]);
    // A row for a file that no longer makes or uses requests is stale.
    expect(Object.keys(NETWORK_FILES).filter((file) => !needed.includes(file))).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`the ${lang} policy has every section the table points to`, () => {
      const sections = new Set(Object.values(NETWORK_FILES).flat());
      for (const section of sections) {
        const keywords = NETWORK_SECTIONS[section];
        expect(keywords, `section ${section}`).toBeDefined();
        expect(missingPassage(policy[lang], keywords?.[lang] ?? []), `${lang} policy, section "${section}"`).toEqual([]);
      }
    });

    it(`the ${lang} policy has a row for every store that keeps data`, () => {
      const stores = storeNames();
      expect([...stores.keys()].filter((name) => !(name in STORE_ROWS)).map((name) => `${name} (${stores.get(name)})`), 'add a row to the policies and to STORE_ROWS').toEqual([]);
      for (const [name, keywords] of Object.entries(STORE_ROWS)) {
        expect(stores.has(name), `STORE_ROWS names "${name}", which no longer exists`).toBe(true);
        expect(missingPassage(policy[lang], keywords[lang]), `${lang} policy, store "${name}"`).toEqual([]);
      }
    });
  }

  it('says the same in both languages: the same addresses, switches and limits', () => {
    const facts = (text: string) => [...text.matchAll(/https:\/\/[^\s`)]+|\b\d+ (?:MB|Sekunden|seconds|Tagen?|days)\b|`[^`]+`/g)].map((m) => m[0].replace(/Sekunden/, 'seconds').replace(/Tagen?$/, 'days')).sort();
    expect(facts(policy.de).filter((f) => !/beispiel|example/.test(f))).toEqual(facts(policy.en).filter((f) => !/beispiel|example/.test(f)));
  });
});
