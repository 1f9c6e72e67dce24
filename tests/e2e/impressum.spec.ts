import { expect, openPopup, tabIdOf, test } from './fixtures';

test('the shop’s own Impressum is read (same origin) and its gaps are shown with evidence', async ({ context, serviceWorker, extensionId, server }) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  const url = `${server.origin}/impressum-shop/product.html`;
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);

  const popup = await openPopup(context, extensionId, tabId);
  const reason = popup.locator('[data-reason-id="impressum-incomplete"]');
  await expect(reason).toBeVisible({ timeout: 15_000 });
  await reason.locator('summary').click();
  await expect(reason).toContainText('Postfach 4711');
  await expect(popup.locator('[data-reason-id="vat-id-invalid"]')).toContainText('DE811569868');
  // One fetch of the Impressum, nothing else.
  expect(requested.filter((p) => p.endsWith('/impressum.html'))).toHaveLength(1);
});
