import type { Page } from '@playwright/test';
import { expect, openPopup, test } from './fixtures';
import { popupStates } from './popup-states';
import { expectNoAxeViolations, quietTab, setState } from './ui-checks';

/**
 * Issue #13, Firefox for Android: the popup, options and report pages at a phone's 360×740, with a
 * touch screen (pointer: coarse). Axe-clean, nothing wider than the screen, tap targets ≥ 44 px.
 */
async function asPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'pointer', value: 'coarse' }, { name: 'hover', value: 'none' }] });
  // Emulated after the page has loaded: Playwright resets emulated media on navigation.
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
}

/** Everything a finger can press: inside the screen's width and at least 44 px high. */
async function expectPhoneFriendly(page: Page, label: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label}: page wider than the phone`).toBeLessThanOrEqual(360);
  const problems = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], summary, input, select, textarea, label')]
      .filter((el) => el.getClientRects().length > 0)
      .flatMap((el) => {
        const box = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
        // A checkbox or radio counts with its label, which is the tap target around it.
        const target = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) ? el.closest('label') ?? el : el;
        const height = target.getBoundingClientRect().height;
        const issues: string[] = [];
        if (box.right > 361 || box.left < -1) issues.push(`${name} outside the screen (${Math.round(box.left)}–${Math.round(box.right)})`);
        if (height < 44 && !(el instanceof HTMLLabelElement && el.querySelector('input'))) issues.push(`${name} only ${Math.round(height)} px high`);
        return issues;
      }),
  );
  expect(problems, label).toEqual([]);
}

test('the popup on a phone: every state fits 360 px, is axe-clean and has tap targets of 44 px', async ({ context, serviceWorker, extensionId, server }) => {
  test.setTimeout(120_000);
  const tabId = await quietTab(context, serviceWorker, server.origin);
  const states = popupStates(`${server.origin}/shops/blog-not-shop-en.html`);
  for (const name of ['high', 'seller', 'low', 'not-shop'] as const) {
    await setState(serviceWorker, tabId, states[name]);
    const popup = await openPopup(context, extensionId, tabId);
    await asPhone(popup);
    await expect(popup.locator('main')).not.toBeEmpty();
    for (const details of await popup.locator('details').all()) await details.evaluate((el) => el.setAttribute('open', ''));
    await expectNoAxeViolations(popup, `popup ${name}`);
    await expectPhoneFriendly(popup, `popup ${name}`);
    await popup.close();
  }
});

test('the options and report pages on a phone', async ({ context, extensionId }) => {
  for (const path of ['src/options/index.html', 'src/report/index.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await asPhone(page);
    await expect(page.locator('main')).not.toBeEmpty();
    await expectNoAxeViolations(page, path);
    await expectPhoneFriendly(page, path);
    await page.close();
  }
});
