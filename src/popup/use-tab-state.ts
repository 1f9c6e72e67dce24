import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, sendToBackground } from '../shared/platform';
import type { TabState } from '../shared/result';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'empty'; tabId: number }
  | { kind: 'state'; tabId: number; state: TabState };

/** The tab the popup is about: `?tabId=` (tests, options page) or the active tab. */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

export function useTabState(): { view: PopupView; recheck: () => void } {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });

  const load = useCallback(async () => {
    const tab = await targetTab().catch(() => null);
    if (!tab) return setView({ kind: 'restricted' });
    // Content scripts never run on browser or store pages; say so instead of "no result". Without
    // the `tabs` permission the browser gives a tab's URL only for pages Shopwatch may read
    // (http(s) host access, or activeTab), so a tab without one is such a page too.
    if (!/^https?:/i.test(tab.url)) return setView({ kind: 'restricted' });
    const answer = await sendToBackground({ type: 'tab/getState', tabId: tab.id }).catch(() => null);
    setView(answer?.state ? { kind: 'state', tabId: tab.id, state: answer.state } : { kind: 'empty', tabId: tab.id });
  }, []);

  useEffect(() => {
    void load();
    // Follow the background while the popup is open (analysis finishing, re-check).
    const onChange = () => void load();
    browser.storage.session.onChanged.addListener(onChange);
    return () => browser.storage.session.onChanged.removeListener(onChange);
  }, [load]);

  const recheck = useCallback(() => {
    if (view.kind !== 'state' && view.kind !== 'empty') return;
    void sendToBackground({ type: 'tab/recheck', tabId: view.tabId }).then(() => load());
  }, [view, load]);

  return { view, recheck };
}
