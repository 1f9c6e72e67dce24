/**
 * The extension pages' content security policy (issue #18): connections go only to the extension
 * itself and to http(s) servers; a websocket or a data: URL is refused by the browser.
 */
import { expect, test } from './fixtures';

test('extension pages may not open websockets or fetch data: URLs, but reach their own files', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const outcome = await options.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    try {
      new WebSocket('ws://127.0.0.1:9/');
    } catch {
      violations.push('websocket threw');
    }
    const refused = async (url: string) => fetch(url).then(() => false, () => true);
    const data = await refused('data:text/plain,hello');
    const own = await fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.ok, () => false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { violations, data, own };
  });
  expect(outcome.own).toBe(true);
  expect(outcome.data).toBe(true);
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src ws://127.0.0.1:9/', 'connect-src data']));
});
