import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, SITE_RULES, messageKeyFor } from '../../src/engine';
import { SIGNALS } from '../../src/content/signals';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** Layers point one way: shared ← content/engine ← background ← popup/options (STYLE.md). */
const FORBIDDEN: Record<string, RegExp> = {
  shared: /\/(content|engine|background|popup|options|cli|report)\//,
  engine: /\/(content|background|popup|options|cli|report)\/|webextension-polyfill|\/platform$/,
  content: /\/(background|popup|options|cli|report)\//,
};

describe('architecture', () => {
  for (const [layer, pattern] of Object.entries(FORBIDDEN)) {
    it(`${layer}/ imports nothing from the layers above it`, () => {
      const offenders = sourceFiles(path.join(SRC, layer)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('.') || spec === 'webextension-polyfill')
          .map((spec) => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec))
          .filter((target) => pattern.test(`${target}/`.replace(/\/\/$/, '/')) || pattern.test(target))
          .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('only shared/platform.ts imports the browser polyfill', () => {
    const users = sourceFiles(SRC)
      .filter((file) => importsOf(file).includes('webextension-polyfill'))
      .map((file) => path.relative(SRC, file));
    expect(users).toEqual(['shared/platform.ts']);
  });

  it('the background’s site logic the CLI replays (judge, profile, stores) never reaches the browser door', () => {
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const base = path.resolve(path.dirname(file), spec);
        const target = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
        if (target) visit(target);
      }
    };
    for (const file of ['judge.ts', 'profile.ts', 'profile-store.ts']) visit(path.join(SRC, 'background/site', file));
    expect([...reachable].map((f) => path.relative(SRC, f)).filter((f) => f === 'shared/platform.ts' || /^(popup|options|report)\//.test(f))).toEqual([]);
  });

  it('the engine touches no DOM or browser global', () => {
    const offenders = sourceFiles(path.join(SRC, 'engine')).filter((file) =>
      /\b(document|window|chrome|browser|localStorage|fetch)\s*[.(]/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('every signal module in content/signals is registered, and its id is its file name', () => {
    const files = fs
      .readdirSync(path.join(SRC, 'content/signals'))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const registered = SIGNALS.map((s) => s.id);
    for (const file of files) {
      const text = fs.readFileSync(path.join(SRC, 'content/signals', `${file}.ts`), 'utf8');
      if (text.includes('defineSignal(')) expect(registered).toContain(file);
    }
  });

  it('every rule has a reason message in both locales, and rule ids are unique', () => {
    const ids = [...RULES, ...SITE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['en', 'de']) {
      const messages = JSON.parse(fs.readFileSync(path.join(SRC, `../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, unknown>;
      const missing = [...ids, 'user-trusted', 'user-suspicious'].map(messageKeyFor).filter((key) => !(key in messages));
      expect(missing, `${lang} is missing`).toEqual([]);
    }
  });

  it('the README explains every rule (a row in its signal tables)', () => {
    const readme = fs.readFileSync(path.join(SRC, '../README.md'), 'utf8');
    expect([...RULES, ...SITE_RULES].map((r) => r.id).filter((id) => !readme.includes(`| \`${id}\` |`))).toEqual([]);
  });
});
