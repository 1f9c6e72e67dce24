/**
 * Issue #13: the store listing justifies exactly the permissions the extension asks for. The
 * Chrome manifest is manifest.json; vite.config.ts derives the Firefox one from it (event page,
 * gecko settings) without touching permissions, which is checked here on its source, so no build
 * is needed. The listing texts repeat the extension's own name and short description and the
 * permission texts of store/permissions.json word for word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const LANGS = ['de', 'en'] as const;
const SECTIONS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;
type Justification = Record<(typeof LANGS)[number], string>;

const manifest = JSON.parse(read('manifest.json')) as Partial<Record<(typeof SECTIONS)[number], string[]>> & { content_scripts?: { matches: string[] }[] };
const justified = JSON.parse(read('store/permissions.json')) as Record<(typeof SECTIONS)[number], Record<string, Justification>>;
const messages = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>]));
const listing = Object.fromEntries(LANGS.map((lang) => [lang, read(`store/listing.${lang}.md`)]));

/** The text under a `## heading` of a listing, up to the next `##`. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const body = text.slice(start + heading.length + 5);
  const end = body.search(/\n## /);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

/** Files that shape the built manifests besides manifest.json: the Vite config and its build plugins. */
function buildSources(): string[] {
  const dir = path.join(ROOT, 'build');
  const plugins = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(ts|mjs|js)$/.test(f)).map((f) => `build/${f}`) : [];
  return ['vite.config.ts', ...plugins];
}

const HEADINGS = { de: { name: 'Name', short: 'Kurzbeschreibung', purpose: 'Einziger Zweck', description: 'Beschreibung', permissions: 'Berechtigungen' }, en: { name: 'Name', short: 'Short description', purpose: 'Single purpose', description: 'Description', permissions: 'Permissions' } };

describe('store listing', () => {
  for (const key of SECTIONS) {
    it(`permissions.json justifies exactly the manifest's ${key}`, () => {
      expect(Object.keys(justified[key] ?? {}).sort()).toEqual([...new Set(manifest[key] ?? [])].sort());
    });
  }

  it('the Firefox manifest asks for the same permissions: the build changes none', () => {
    // vite.config.ts spreads manifest.json into the Firefox manifest; a build step that added or
    // dropped a permission would make the two differ, and must then be listed here and in permissions.json.
    const offenders = buildSources().filter((file) => /(?<![\w$])(?:optional_)?(?:host_)?permissions(?![\w$])/.test(read(file).replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
    expect(read('vite.config.ts')).toMatch(/\.\.\.rest/);
  });

  it('every page the content scripts run on is covered by a justified host permission', () => {
    const hosts = Object.keys(justified.host_permissions);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.filter((pattern) => !hosts.includes(pattern))).toEqual([]);
  });

  it('each justification is written in both languages, and they differ', () => {
    for (const key of SECTIONS) {
      for (const [name, text] of Object.entries(justified[key] ?? {})) {
        expect(text.de.length, `${name} (de)`).toBeGreaterThan(40);
        expect(text.en.length, `${name} (en)`).toBeGreaterThan(40);
        expect(text.de, name).not.toEqual(text.en);
        // Chrome's justification fields take 1,000 characters.
        expect(Math.max(text.de.length, text.en.length), name).toBeLessThanOrEqual(1000);
      }
    }
  });

  for (const lang of LANGS) {
    const h = HEADINGS[lang];
    it(`the ${lang} listing uses the extension's own name and short description (≤ 132 characters)`, () => {
      expect(section(listing[lang] ?? '', h.name)).toBe(messages[lang]?.extName?.message);
      const short = section(listing[lang] ?? '', h.short);
      expect(short).toBe(messages[lang]?.extDescription?.message);
      expect([...short].length).toBeLessThanOrEqual(132);
    });

    it(`the ${lang} listing has a single-purpose statement and a description within the stores' limits`, () => {
      expect(section(listing[lang] ?? '', h.purpose).length).toBeGreaterThan(80);
      const description = section(listing[lang] ?? '', h.description);
      expect(description.length).toBeGreaterThan(500);
      expect(description.length).toBeLessThanOrEqual(16_000);
    });

    it(`the ${lang} listing lists every permission with the text of permissions.json`, () => {
      const listed = [...section(listing[lang] ?? '', h.permissions).matchAll(/^- `([^`]+)`: (.+)$/gm)].map((m) => [m[1], m[2]]);
      const expected = SECTIONS.flatMap((key) => Object.entries(justified[key] ?? {}).map(([name, text]) => [name, text[lang]]));
      expect(listed, 'run node scripts/store/sync-permissions.mjs after editing store/permissions.json').toEqual(expected);
    });
  }
});
