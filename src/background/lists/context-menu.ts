import { t } from '../../shared/i18n';
import { browser } from '../../shared/platform';

/** "Check this shop with Shopwatch" on any web link: opens the check view for the link's address. */
export const CHECK_LINK_MENU_ID = 'shopwatch-check-link';

export function checkViewUrl(address: string): string {
  return browser.runtime.getURL(`src/check/index.html?address=${encodeURIComponent(address.slice(0, 4000))}`);
}

export async function openCheckView(address: string): Promise<void> {
  await browser.tabs.create({ url: checkViewUrl(address) });
}

export function onMenuClick(info: { menuItemId: string | number; linkUrl?: string }): void {
  if (info.menuItemId === CHECK_LINK_MENU_ID && info.linkUrl && /^https?:/i.test(info.linkUrl)) void openCheckView(info.linkUrl);
}

/** Registered on the worker's first tick; the entry itself is (re)created at install and update. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: CHECK_LINK_MENU_ID, title: t('menuCheckLink'), contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] }),
    );
  });
  browser.contextMenus.onClicked.addListener(onMenuClick);
}
