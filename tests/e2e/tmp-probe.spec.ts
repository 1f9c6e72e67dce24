import { expect, test } from './fixtures';
test('probe', async ({ context, serviceWorker, extensionId }) => {
  const out = await serviceWorker.evaluate(async () => ({
    dispatch: typeof (chrome.contextMenus.onClicked as unknown as { dispatch?: unknown }).dispatch,
    has: await chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    has2: await chrome.permissions.contains({ origins: ['https://shop.example/*'] }),
    all: await chrome.permissions.getAll(),
  }));
  console.log(JSON.stringify(out));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const r = await page.evaluate(async () => { try { return await chrome.permissions.request({ origins: ['https://shop.example/*'] }); } catch (e) { return String(e); } });
  console.log('request', r);
  expect(1).toBe(1);
});
