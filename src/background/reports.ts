import { addHandOff, checkImport, deleteEntries, exportAll, importAll, listHistory, listReports, saveReport, StorageFullError } from '../shared/db/store';
import { captureStore, clearHistory } from './prunable-stores';
import { browser } from '../shared/platform';
import { clearStorageProblem, database, flagStorageProblem } from './history';
import type { HandlersFor } from './handler-types';

type ReportMessage = 'history/list' | 'history/delete' | 'report/start' | 'report/capture' | 'report/save' | 'report/list' | 'report/delete' | 'report/handoff' | 'data/export' | 'data/importCheck' | 'data/import';

/** Reports and history (issue #7): the background owns IndexedDB; pages only send messages. */
export const reportHandlers: HandlersFor<ReportMessage> = {
  async 'history/list'({ query }) {
    return { entries: await listHistory(await database(), query) };
  },

  async 'history/delete'({ key }) {
    // With the history go the site memory, seller profiles and other records about the same sites.
    await clearHistory(key);
    return { ok: true };
  },

  async 'report/start'({ tabId, screenshot }) {
    // The screenshot is taken only when the shopper ticked it, while the shop is still the visible tab.
    if (screenshot) {
      try {
        const tab = await browser.tabs.get(tabId);
        const image = await browser.tabs.captureVisibleTab(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 });
        await captureStore.write(String(tabId), { image, at: Date.now() });
      } catch (error) {
        console.warn('[Shopwatch] screenshot not possible', error);
      }
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`src/report/index.html?tabId=${tabId}`) });
    return { ok: true };
  },

  async 'report/capture'({ tabId }) {
    // The report page takes the screenshot once: from then on it lives only in that page (and in
    // the report if the shopper saves it with the picture), never in storage.session.
    const capture = await captureStore.read(String(tabId), Date.now(), 0);
    await captureStore.remove(String(tabId));
    return { screenshot: capture?.image ?? null };
  },

  async 'report/save'({ report }) {
    try {
      const saved = await saveReport(await database(), report);
      await clearStorageProblem();
      return { ok: true, report: saved, error: null };
    } catch (error) {
      await flagStorageProblem(error);
      return { ok: false, report: null, error: error instanceof StorageFullError ? 'storage-full' : 'failed' };
    }
  },

  async 'report/list'({ query }) {
    return { reports: await listReports(await database(), query) };
  },

  async 'report/delete'({ id }) {
    await deleteEntries(await database(), 'reports', id);
    return { ok: true };
  },

  async 'report/handoff'({ id, target }) {
    return { report: await addHandOff(await database(), id, target, Date.now()) };
  },

  async 'data/export'() {
    return exportAll(await database(), Date.now());
  },

  async 'data/importCheck'({ file }) {
    const checked = await checkImport(await database(), file);
    return checked.ok ? { ok: true, message: '', newTrusted: checked.newTrusted } : { ok: false, message: checked.error.slice(0, 300), newTrusted: [] };
  },

  async 'data/import'({ file, acceptTrusted }) {
    const result = await importAll(await database(), file, { acceptTrusted });
    return result.ok ? { ok: true, message: `${result.history}/${result.reports}/${result.marks}` } : { ok: false, message: result.error.slice(0, 300) };
  },
};
