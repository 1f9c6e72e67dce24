import { browser } from '../../shared/platform';
import { readSettings } from '../settings';
import { runListUpdates } from './index';

/** One alarm a day, only while list updates are on; switched off, the alarm is gone and nothing is fetched. */
const ALARM = 'lists/daily-update';
const DAY_MINUTES = 24 * 60;

export async function syncListSchedule(updatesOn: boolean): Promise<void> {
  if (!updatesOn) {
    await browser.alarms.clear(ALARM);
    return;
  }
  if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
}

/** Registered on the worker's first tick (index.ts). */
export function registerListSchedule(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runListUpdates(false).catch((error: unknown) => console.warn('[Shopwatch] list update failed', error));
  });
  const sync = () => void readSettings().then((s) => syncListSchedule(s.listUpdates)).catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
