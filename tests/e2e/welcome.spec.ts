import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Issue #13: the first-run page opens on install, is accessible in de and en, light and dark, and its switches are the real settings. */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

test('installing opens the welcome page: what it does, the badge, pinning, the privacy choices with their defaults', async ({ context, serviceWorker, extensionId }) => {
  await expect.poll(() => context.pages().some((p) => p.url().includes('/src/welcome/index.html'))).toBe(true);
  const welcome = context.pages().find((p) => p.url().includes('/src/welcome/index.html')) as Page;
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Shopwatch');
  await expect(welcome.locator('.badges li')).toHaveCount(3);
  const follow = welcome.getByTestId('choice-follow-legal-links');
  await expect(follow).toBeChecked();
  await expect(welcome.getByTestId('open-options')).toHaveAttribute('href', `chrome-extension://${extensionId}/src/options/index.html`);

  await follow.uncheck();
  await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { followLegalLinks?: boolean } | undefined)?.followLegalLinks)).toBe(false);

  for (const language of ['en', 'de'] as const) {
    await serviceWorker.evaluate(async (lang) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object | undefined), language: lang } });
    }, language);
    await welcome.reload();
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(language === 'de' ? 'Willkommen bei Shopwatch' : 'Welcome to Shopwatch');
    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme });
      await expectNoAxeViolations(welcome, `welcome/${language}/${colorScheme}`);
    }
  }
  // Phone width: nothing overflows sideways.
  await welcome.setViewportSize({ width: 360, height: 740 });
  expect(await welcome.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
