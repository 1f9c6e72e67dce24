import { browser } from '../shared/platform';
import type { Level, TabState } from '../shared/result';
import { t } from '../shared/i18n';

/** Badge text is short, the title says it in words; colour is never the only carrier. */
const BADGE: Record<Level, { text: string; color: string; titleKey: string }> = {
  high: { text: '!!', color: '#B3261E', titleKey: 'badgeTitleHigh' },
  medium: { text: '!', color: '#9A5B00', titleKey: 'badgeTitleMedium' },
  low: { text: 'OK', color: '#1E6B34', titleKey: 'badgeTitleLow' },
  // A core check was skipped: grey and a question mark, never a green "OK" (issue 15).
  incomplete: { text: '?', color: '#5F6368', titleKey: 'badgeTitleIncomplete' },
};

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  try {
    if (!state || state.status !== 'done') {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: t(state?.status === 'error' ? 'badgeTitleError' : 'actionTitle') });
      return;
    }
    await showLevelBadge(tabId, state.result.level, state.result.score);
  } catch {
    // The tab may have closed between analysis and badge update; nothing to show then.
  }
}

/** The badge for a level; the checkout guard also uses it to back up its banner with the shop's remembered level. */
export async function showLevelBadge(tabId: number, level: Level, score: number): Promise<void> {
  const badge = BADGE[level];
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  if ('setBadgeTextColor' in browser.action) await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
  await browser.action.setBadgeText({ tabId, text: badge.text });
  await browser.action.setTitle({ tabId, title: t(badge.titleKey, [String(score)]) });
}
