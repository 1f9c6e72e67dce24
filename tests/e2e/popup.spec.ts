import fs from 'node:fs';
import path from 'node:path';
import { openAnalysed, expect, openPopup, ROOT, test } from './fixtures';
import { HOSTILE, popupStates } from './popup-states';
import { expectNoAxeViolations, quietTab, setLanguage, setState } from './ui-checks';

const SHOTS = path.join(ROOT, 'test-results/screenshots');

test('every popup state, de and en, light and dark: no axe violations, screenshots saved', async ({ context, serviceWorker, extensionId, server }) => {
  test.setTimeout(240_000); // two more states (a site verdict naming its pages, connections); slow when the machine is shared
  fs.mkdirSync(SHOTS, { recursive: true });
  const tabId = await quietTab(context, serviceWorker, server.origin);
  const url = `${server.origin}/shops/blog-not-shop-en.html`;
  const states = popupStates(url);
  for (const language of ['en', 'de'] as const) {
    await setLanguage(serviceWorker, language);
    for (const [name, state] of Object.entries(states)) {
      if (name === 'hostile') continue;
      await setState(serviceWorker, tabId, state);
      const popup = await openPopup(context, extensionId, tabId);
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        await expect(popup.locator('main')).not.toBeEmpty();
        await expectNoAxeViolations(popup, `${name}/${language}/${colorScheme}`);
        await popup.screenshot({ path: path.join(SHOTS, `popup-${name}-${language}-${colorScheme}.png`), fullPage: true });
      }
      if (name === 'high') {
        // The summary (light, words, score, kind) fits a 380 px popup without scrolling.
        const box = await popup.getByTestId('traffic-light').boundingBox();
        expect(box && box.y + box.height).toBeLessThan(600);
        expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
        await expect(popup.getByTestId('level-text')).toHaveText(language === 'de' ? /Hohes Risiko/ : /High risk/);
      }
      await popup.close();
    }
  }
});

test('page-derived text is rendered as inert text', async ({ context, serviceWorker, extensionId, server }) => {
  const tabId = await quietTab(context, serviceWorker, server.origin);
  await setState(serviceWorker, tabId, popupStates(`${server.origin}/x`).hostile);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('site')).toContainText(HOSTILE);
  await popup.locator('[data-reason-id="vat-id-invalid"] summary').click();
  await expect(popup.locator('[data-reason-id="vat-id-invalid"]')).toContainText(HOSTILE);
  expect(await popup.locator('img[src="x"], main script').count()).toBe(0);
  expect(await popup.title()).not.toBe('pwned');
});

test('“I trust this shop” silences the warning, is listed in the options, and can be undone', async ({ context, serviceWorker, extensionId, server }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { tabId } = await openAnalysed(context, serviceWorker, url);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  await expect(popup.getByTestId('tips')).toContainText(/buyer protection/i);

  await popup.getByTestId('mark-trusted').click();
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'low');
  await expect(popup.locator('[data-reason-id="user-trusted"]')).toBeVisible();
  await expect(popup.getByTestId('mark-note')).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('marked-sites')).toContainText('127.0.0.1');
  await expectNoAxeViolations(options, 'options');

  await popup.getByTestId('mark-undo').click();
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  await popup.getByTestId('mark-suspicious').click();
  await expect(popup.locator('[data-reason-id="user-suspicious"]')).toBeVisible();
});

test('the popup works with the keyboard alone, with a visible focus ring', async ({ context, serviceWorker, extensionId, server }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { tabId } = await openAnalysed(context, serviceWorker, url);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  const firstReason = popup.locator('[data-reason-id] summary').first();
  for (let i = 0; i < 10 && !(await firstReason.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(firstReason).toBeFocused();
  expect(await firstReason.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('[data-reason-id] .evidence').first()).toBeVisible();
  const trust = popup.getByTestId('mark-trusted');
  for (let i = 0; i < 30 && !(await trust.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(trust).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'low');
});

test('a failed write to lasting storage is shown, not swallowed', async ({ context, serviceWorker, extensionId, server }) => {
  const tabId = await quietTab(context, serviceWorker, server.origin);
  await serviceWorker.evaluate(() => chrome.storage.session.set({ storageProblem: 'full' }));
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('storage-notice')).toContainText('no space left');
  await expectNoAxeViolations(popup, 'storage-notice');
});
