/**
 * The content side ships as classic, self-contained scripts (one IIFE per stage) instead of
 * @crxjs/vite-plugin's loader + web-accessible chunks: a web-accessible file can be fetched by any
 * page (chrome-extension://<id>/assets/…), which lets a fake shop detect Shopwatch and cloak itself
 * (issue 18). crxjs keeps building the background, popup, options and report pages; this plugin
 * builds the content bundles after it and writes the content scripts back into the built manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** Built file (as the manifest and `scripting.executeScript` name it) → source entry. */
export const CONTENT_BUNDLES = {
  'content/sentinel.js': 'src/content/sentinel/index.ts',
  'content/extractor.js': 'src/content/index.ts',
} as const;

const SHARED_MODULE = /[\\/]src[\\/]shared[\\/]/;

interface ContentScript {
  matches: string[];
  js: string[];
  run_at?: string;
  all_frames?: boolean;
}

/** The manifest crxjs sees: without content scripts, which crxjs would turn into a loader + WAR chunks. */
export function withoutContentScripts<M extends { content_scripts?: unknown }>(manifest: M): Omit<M, 'content_scripts'> {
  const { content_scripts: _handledByContentBundles, ...rest } = manifest;
  return rest;
}

async function buildBundle(root: string, outDir: string, file: string, entry: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.join(outDir, path.dirname(file)),
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      // SHOPWATCH_MINIFY=0 keeps function names for profiling (npm run bench:browser -- --profile).
      minify: process.env.SHOPWATCH_MINIFY !== '0',
      copyPublicDir: false,
      // One classic script per stage: everything inlined, no chunks, no dynamic imports, no exports.
      lib: { entry: path.resolve(root, entry), formats: ['iife'], name: `shopwatch_${path.basename(file, '.js')}`, fileName: () => path.basename(file) },
      // src/shared holds definitions only (schemas, tables). Declared free of side effects, a shared
      // module the content side does not use — the zod schemas, validated in the background — is left out.
      rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !SHARED_MODULE.test(id) } },
    },
  });
}

/**
 * Libraries that must never reach a content bundle (the background validates with zod and owns the
 * polyfill, issue 16), by a string each always carries. A value import of one zod-built constant
 * would otherwise drag all of zod in silently: the extractor went from 17 to 61 KB gzipped so.
 */
const FORBIDDEN_IN_CONTENT: Record<string, string> = {
  zod: '$ZodType',
  'webextension-polyfill': 'This script should only be loaded in a browser extension',
};

function checkBundle(outDir: string, file: string): void {
  const code = fs.readFileSync(path.join(outDir, file), 'utf8');
  for (const [library, mark] of Object.entries(FORBIDDEN_IN_CONTENT)) {
    if (code.includes(mark)) throw new Error(`${file} contains ${library}: a content module imports a value from a module that uses it`);
  }
}

/** Put the root manifest's content scripts back, pointing at the built bundles; no web-accessible resources. */
function patchManifest(outDir: string, contentScripts: ContentScript[]): void {
  const file = path.join(outDir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete manifest.web_accessible_resources;
  manifest.content_scripts = contentScripts;
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function contentBundles(options: { contentScripts: ContentScript[] }): Plugin {
  let root = process.cwd();
  let outDir = '';
  return {
    name: 'shopwatch-content-bundles',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const declared = new Set(options.contentScripts.flatMap((c) => c.js));
      for (const js of declared) if (!(js in CONTENT_BUNDLES)) throw new Error(`content script ${js} is not a known content bundle`);
      for (const [file, entry] of Object.entries(CONTENT_BUNDLES)) {
        await buildBundle(root, outDir, file, entry);
        checkBundle(outDir, file);
      }
      patchManifest(outDir, options.contentScripts);
    },
  };
}
