import { addHandOff, deleteEntries, exportAll, importAll, listHistory, listReports, saveReport, StorageFullError } from '../shared/db/store';
import { browser } from '../shared/platform';
import { clearStorageProblem, database, flagStorageProblem } from './history';
import type { HandlersFor } from './handler-types';
import { forgetSubject } from './site';

type ReportMessage = 'history/list' | 'history/delete' | 'report/start' | 'report/capture' | 'report/save' | 'report/list' | 'report/delete' | 'report/handoff' | 'data/export' | 'data/import';

const captureKey = (tabId: number) => `capture:${tabId}`;

/** Reports and history (issue #7): the background owns IndexedDB; pages only send messages. */
export const reportHandlers: HandlersFor<ReportMessage> = {
  async 'history/list'({ query }) {
    return { entries: await listHistory(await database(), query) };
  },

  async 'history/delete'({ key }) {
    await deleteEntries(await database(), 'history', key);
    // What a deleted shop's pages showed, and who it was connected to, go with it (issues 15, 17).
    await forgetSubject(key);
    return { ok: true };
  },

  async 'report/start'({ tabId, screenshot }) {
    // The screenshot is taken only when the shopper ticked it, while the shop is still the visible tab.
    if (screenshot) {
      try {
        const tab = await browser.tabs.get(tabId);
        const image = await browser.tabs.captureVisibleTab(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 });
        await browser.storage.session.set({ [captureKey(tabId)]: image });
      } catch (error) {
        console.warn('[Shopwatch] screenshot not possible', error);
      }
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`src/report/index.html?tabId=${tabId}`) });
    return { ok: true };
  },

  async 'report/capture'({ tabId }) {
    const value = (await browser.storage.session.get(captureKey(tabId)))[captureKey(tabId)];
    return { screenshot: typeof value === 'string' && value.startsWith('data:image/') ? value : null };
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

  async 'data/import'({ file }) {
    const result = await importAll(await database(), file);
    return result.ok ? { ok: true, message: `${result.history}/${result.reports}/${result.marks}` } : { ok: false, message: result.error.slice(0, 300) };
  },
};
