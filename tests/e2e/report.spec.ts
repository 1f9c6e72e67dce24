import AxeBuilder from '@axe-core/playwright';
import { expect, launchWithExtension, openAnalysed, openPopup, serviceWorkerOf, test } from './fixtures';

test('a report is saved locally, handed off, and still there after a browser restart', async ({ context, serviceWorker, extensionId, server, userDataDir }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { tabId } = await openAnalysed(context, serviceWorker, url);

  const popup = await openPopup(context, extensionId, tabId);
  const reportPagePromise = context.waitForEvent('page', (p) => p.url().includes('/src/report/index.html'));
  await popup.getByTestId('report-start').click();
  const report = await reportPagePromise;
  await expect(report.getByTestId('report-url')).toHaveText(url);
  await expect(report.locator('main')).toContainText('No Impressum (legal notice) link found');
  await report.getByTestId('report-what').selectOption('paid-nothing-arrived');
  await report.getByTestId('report-note').fill('Paid 39,90 EUR by transfer on 20 Nov, order 10023, no answer since.');
  await report.getByTestId('report-save').click();
  await expect(report.getByTestId('handoff')).toBeVisible();
  // Money lost: the police comes first among the places to report.
  await expect(report.getByTestId('handoff').locator('li').first()).toContainText(/Police/);
  const axe = await new AxeBuilder({ page: report }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await report.getByTestId('report-copy').click();
  await expect(report.getByTestId('report-handoffs')).toContainText('reported · handed on 1 times');

  // Restart the browser with the same profile: the report must survive (IndexedDB, not memory).
  await context.close();
  const relaunched = await launchWithExtension(userDataDir);
  try {
    const worker = await serviceWorkerOf(relaunched);
    const id = new URL(worker.url()).host;
    const options = await relaunched.newPage();
    await options.goto(`chrome-extension://${id}/src/options/index.html`);
    await expect(options.getByTestId('report-list')).toContainText('order 10023');
    await expect(options.getByTestId('history-list')).toContainText('127.0.0.1');
    await options.getByTestId('history-search').fill('no-such-shop');
    await expect(options.getByTestId('report-list').locator('li')).toHaveCount(0);
  } finally {
    await relaunched.close();
  }
});
