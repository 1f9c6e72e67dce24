import { expect, test } from './fixtures';

/**
 * Issue #18 "data loss", through the real options page: changing one setting used to reset every
 * other setting to its default and delete all trust/suspicion marks.
 */
test('changing one setting in the options keeps every other setting and all marks', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // Marks as the popup sets them.
  await options.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'site/mark', site: 'good-shop.de', mark: 'trusted' });
    await chrome.runtime.sendMessage({ type: 'site/mark', site: 'dodgy.shop', mark: 'suspicious' });
  });
  await options.reload();
  const marked = options.getByTestId('marked-sites');
  await expect(marked).toContainText('good-shop.de');
  await expect(marked).toContainText('dodgy.shop');

  const followLinks = options.getByTestId('follow-legal-links');
  await followLinks.uncheck();
  await expect(options.getByTestId('options-status')).not.toBeEmpty();
  await options.locator('input[name="retention"][value="30"]').check();
  await options.locator('input[name="country"][value="AT"]').check();
  // The change that used to switch the Impressum follow-ups back on and put retention back to 365 days.
  await options.locator('input[name="sensitivity"][value="strict"]').check();

  await options.reload();
  await expect(options.locator('input[name="sensitivity"][value="strict"]')).toBeChecked();
  await expect(followLinks).not.toBeChecked();
  await expect(options.locator('input[name="retention"][value="30"]')).toBeChecked();
  await expect(options.locator('input[name="country"][value="AT"]')).toBeChecked();
  await expect(marked).toContainText('good-shop.de');
  await expect(marked).toContainText('dodgy.shop');

  // Removing one mark leaves the other and the settings alone.
  await options.getByRole('button', { name: /good-shop\.de/ }).click();
  await options.reload();
  await expect(marked).not.toContainText('good-shop.de');
  await expect(marked).toContainText('dodgy.shop');
  await expect(options.locator('input[name="sensitivity"][value="strict"]')).toBeChecked();
  await expect(followLinks).not.toBeChecked();
});
