import { detectListFormat } from '../../shared/lists/parse-list';
import type { ListChange } from '../../shared/lists/list-messages';
import { hasHostAccess } from '../../shared/host-access';
import type { HandlersFor } from '../handler-types';
import { readSettings } from '../settings';
import { checkAddress, scoreReadShop } from './check-address';
import { listsStatus, runListUpdates } from './index';
import { listsDatabase } from './list-db';
import { readSource, removeSource, writeSource } from './list-store';
import { newSource, updateSource, useList } from './update-lists';
import { judgeDownload, MAX_LIST_BYTES } from './validate-download';

type ListMessage = 'lists/status' | 'lists/updateNow' | 'lists/addUrl' | 'lists/importFile' | 'lists/remove' | 'check/address' | 'check/score';

async function change(ok: boolean, problem: ListChange['problem']): Promise<ListChange> {
  return { ok, problem, status: await listsStatus() };
}

function listUrlOf(raw: string): URL | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export const listHandlers: HandlersFor<ListMessage> = {
  async 'lists/status'() {
    return listsStatus();
  },

  async 'lists/updateNow'() {
    return runListUpdates(true);
  },

  async 'lists/addUrl'({ url: raw }) {
    const url = listUrlOf(raw);
    if (!url) return change(false, 'bad-address');
    const db = await listsDatabase();
    const id = `url:${url.href}`;
    if (await readSource(db, id)) return change(false, 'duplicate');
    const source = newSource('url', id, url.href, url.href, 'plain');
    await writeSource(db, source);
    // With list updates off nothing is fetched: the list arrives once they are switched on.
    if (!(await readSettings()).listUpdates) return change(true, 'saved-for-later');
    const after = await updateSource(db, source, { now: Date.now(), mayFetch: hasHostAccess });
    return change(after.problem === null, after.problem);
  },

  async 'lists/importFile'({ name, text }) {
    const format = detectListFormat(text);
    const verdict = judgeDownload({ status: 200, text, tooBig: text.length > MAX_LIST_BYTES }, format, 0);
    if (verdict.outcome !== 'replace') return change(false, verdict.outcome === 'rejected' ? verdict.problem : 'empty');
    const now = Date.now();
    const label = name.trim().slice(0, 200) || 'list.txt';
    const source = newSource('file', `file:${label}:${now}`, label, null, format);
    await useList(await listsDatabase(), source, verdict.parsed, { listDate: new Date(now).toISOString().slice(0, 10), fetchedAt: now });
    return change(true, null);
  },

  async 'lists/remove'({ id }) {
    // Watchlist Internet's list is switched off with list updates, not removed.
    if (id !== 'watchlist') await removeSource(await listsDatabase(), id);
    return listsStatus();
  },

  async 'check/address'({ address }) {
    return { check: await checkAddress(address) };
  },

  async 'check/score'({ facts }) {
    return { result: await scoreReadShop(facts) };
  },
};
