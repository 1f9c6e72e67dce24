/**
 * Issue #13 (a release a reviewer accepts): the shipped files hold no eval and no HTML injection.
 * Our own code must not use them, and build/no-dynamic-code.ts removes the two library paths that
 * do (zod's eval probe, Preact's dangerouslySetInnerHTML) — checked here on the installed
 * libraries, so a dependency update that moves them fails this test before web-ext lint warns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noDynamicCode } from '../../build/no-dynamic-code';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Comments may name what the code avoids; `//` after a colon (URLs in strings) is kept. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => { code: string } | null;
const transform = noDynamicCode().transform as unknown as Transform;
const context = { error: (message: string): never => { throw new Error(message); } };

function patched(relative: string): string {
  const id = path.join(ROOT, 'node_modules', relative);
  const result = transform.call(context, fs.readFileSync(id, 'utf8'), id);
  if (!result) throw new Error(`${relative} was not patched`);
  return result.code;
}

describe('no dynamic code', () => {
  it('our sources neither inject HTML nor evaluate strings', () => {
    const sinks = /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|\beval\(|new Function\b|\bFunction\(/;
    const offenders = sourceFiles(path.join(ROOT, 'src')).filter((file) => sinks.test(withoutComments(fs.readFileSync(file, 'utf8'))));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("zod's eval probe becomes a constant 'no'", () => {
    const code = patched('zod/v4/core/util.js');
    const probe = code.slice(code.indexOf('export const allowsEval'), code.indexOf('export function isPlainObject'));
    expect(probe).toContain('return false; // MV3');
    expect(probe).not.toMatch(/Function\(|new F\(|= Function\b/);
  });

  it("Preact's dangerouslySetInnerHTML branch throws instead of assigning innerHTML", () => {
    const code = patched('preact/dist/preact.mjs');
    expect(code).not.toMatch(/\.innerHTML=/);
    expect(code).toContain('dangerouslySetInnerHTML is disabled');
  });

  it('a library whose code moved fails the build instead of shipping the old path', () => {
    const id = path.join(ROOT, 'node_modules/preact/dist/preact.mjs');
    expect(() => transform.call(context, 'export const nothing = 1;', id)).toThrow(/expected one match/);
    expect(transform.call(context, 'el.innerHTML=x.__html', path.join(ROOT, 'src/popup/App.tsx'))).toBeNull();
  });
});
