import { browser } from '../shared/platform';
import { PRIVACY_CHOICES, unansweredChoices } from '../shared/privacy-choices';
import { z } from '../shared/zod';

/**
 * First run: open the welcome page on install. After an update, open it only when a privacy
 * choice was added that the shopper has not been shown yet (the page marks it as new).
 */
const KEY = 'welcome';
const CHOICES_OF_0_1 = ['follow-legal-links'];
const WelcomeRecordSchema = z.object({ shownChoices: z.array(z.string().max(60)).max(100) });

async function shownChoices(): Promise<string[] | null> {
  const parsed = WelcomeRecordSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data.shownChoices : null;
}

export async function onInstalled(reason: string): Promise<void> {
  if (reason !== 'install' && reason !== 'update') return;
  // Version 0.1, which had no welcome page, already explained the Impressum switch in its options.
  const shown = (await shownChoices()) ?? (reason === 'update' ? CHOICES_OF_0_1 : []);
  const fresh = unansweredChoices(shown);
  if (reason === 'update' && fresh.length === 0) return;
  const query = reason === 'update' ? `?new=${fresh.map((c) => c.id).join(',')}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`src/welcome/index.html${query}`) });
  await remember();
}

async function remember(): Promise<void> {
  await browser.storage.local.set({ [KEY]: { shownChoices: PRIVACY_CHOICES.map((c) => c.id) } });
}
