import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import rootManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { noDynamicCode } from './build/no-dynamic-code';

/** The version lives in package.json alone; the manifest and the release packages follow it. */
const baseManifest = { ...rootManifest, version: pkg.version };

/** Chrome takes the root manifest as it is; Firefox (MV3) wants an event page and a gecko id. */
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  const { background, minimum_chrome_version: _unused, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'shopwatch@shopwatch.example',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android runs MV3 extensions with the same APIs from this version on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [noDynamicCode(), preact(), crx({ manifest: manifestFor(browser), browser })],
    build: {
      // SHOPWATCH_OUT_DIR lets parallel work build to its own folder; CI uses the defaults. An empty
      // value must not mean the project root: emptyOutDir would wipe the work tree.
      outDir: process.env.SHOPWATCH_OUT_DIR || (browser === 'firefox' ? 'dist-firefox' : 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Pages not named in the manifest must be listed to be built.
      rollupOptions: { input: { report: 'src/report/index.html', welcome: 'src/welcome/index.html', check: 'src/check/index.html' } },
    },
    // Vite's dev server is never used for the extension; keep HMR ports off.
    server: { strictPort: true },
  };
});
