import type { Plugin } from 'vite';

/**
 * Two library code paths Shopwatch never runs, removed at build time so the shipped files hold no
 * `Function(…)` and no `innerHTML` assignment (web-ext lint flags both; store reviewers read them):
 *
 * - zod's `allowsEval` probe calls `Function("")` to see whether it may compile parsers. MV3 forbids
 *   eval in every extension context and src/shared/zod.ts sets `jitless`, so the answer is always
 *   "no": the probe becomes a constant.
 * - Preact's `dangerouslySetInnerHTML` branch assigns `innerHTML`. Shopwatch never injects HTML
 *   (page text is rendered as text only; tests/unit/architecture.test.ts forbids the prop), so the
 *   assignment becomes an error that would surface at once if anyone used it.
 *
 * Each patch must match exactly once in the library's file; when a library update changes it, the
 * build fails here instead of shipping the old code path unnoticed.
 */
interface Patch {
  /** Path fragment of the module inside node_modules. */
  module: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: readonly Patch[] = [
  {
    module: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/g,
    replace: 'return false; // MV3: no eval in any extension context (build/no-dynamic-code.ts)',
  },
  {
    module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/,
    find: /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g,
    replace: '(()=>{throw new Error("Shopwatch: dangerouslySetInnerHTML is disabled")})()',
  },
];

export function noDynamicCode(): Plugin {
  return {
    name: 'shopwatch-no-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.module.test(id.split('?')[0] ?? id));
      if (!patch) return null;
      const matches = code.match(patch.find)?.length ?? 0;
      if (matches !== 1) this.error(`no-dynamic-code: expected one match of ${patch.find} in ${id}, found ${matches}; the library changed, check the patch`);
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
