/**
 * Issue 16's shape, checked on the source: the sentinel (the only script on every page) pulls in
 * no package at all, the content side never carries the public suffix list or the country index,
 * nothing in content polls, and the manifest declares the sentinel only, with no web-accessible files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_BUNDLES } from '../../build/content-bundles';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** Value imports of a module (type-only imports are erased and cost nothing at run time). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2]) as string);
}

function resolve(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f)) ?? base;
}

/** Every module a bundle entry pulls in, and the packages it names. */
function bundleOf(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) visit(resolve(file, spec));
      else packages.add(spec);
    }
  };
  visit(path.join(ROOT, entry));
  return { modules: [...modules].map((m) => path.relative(SRC, m)).sort(), packages: [...packages].sort() };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('two stages', () => {
  it('the sentinel imports no package (no zod, no polyfill, no tldts) and only its own small modules', () => {
    const { modules, packages } = bundleOf(CONTENT_BUNDLES['content/sentinel.js']);
    expect(packages).toEqual([]);
    // shared/marketplaces.ts is a plain list of registrable domains, kept tldts-free for the sentinel.
    expect(modules.filter((m) => !m.startsWith('content/sentinel/') && !['content/stages.ts', 'content/runtime.ts', 'shared/marketplaces.ts'].includes(m))).toEqual([]);
  });

  it('the extractor carries neither the public suffix list nor the country-name index', () => {
    const { modules } = bundleOf(CONTENT_BUNDLES['content/extractor.js']);
    const users = modules.filter((m) => valueImports(path.join(SRC, m)).includes('tldts'));
    expect(users).toEqual([]);
    expect(modules).not.toContain('shared/site.ts');
    expect(modules).not.toContain('shared/country.ts');
  });

  it('nothing on the content side polls: no setInterval (but the watch over a shown warning banner)', () => {
    const pollers = sourceFiles(path.join(SRC, 'content')).filter((f) => /\bsetInterval\s*\(/.test(fs.readFileSync(f, 'utf8')));
    // The banner watchdog (issue 18) checks the banner's computed style once a second, only while a banner is shown.
    expect(pollers.map((f) => path.relative(SRC, f))).toEqual(['content/banner/watchdog.ts']);
  });

  it('the manifest declares the sentinel only, injects the extractor by scripting, and has no web-accessible resources', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect((manifest.content_scripts as Array<{ js: string[] }>).flatMap((c) => c.js)).toEqual(['content/sentinel.js']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    // The background injects the built extractor by its file name (src/background/inject.ts imports the polyfill, so it is read as text).
    const injected = /EXTRACTOR_FILE = '([^']+)'/.exec(fs.readFileSync(path.join(SRC, 'background/inject.ts'), 'utf8'))?.[1];
    expect(Object.keys(CONTENT_BUNDLES)).toContain(injected);
  });
});
