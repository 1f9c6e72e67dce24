import { render } from 'preact';
import { currentLanguage, t, useLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { SettingsSchema } from '../shared/settings';
import { ReportApp } from './ReportApp';

async function start(): Promise<void> {
  const settings = (await sendToBackground({ type: 'settings/get' }).catch(() => null)) ?? SettingsSchema.parse({});
  await useLanguage(settings.language);
  document.documentElement.lang = currentLanguage();
  document.title = t('reportTitle');
  const tabId = Number(new URLSearchParams(location.search).get('tabId') ?? 'NaN');
  const state = Number.isInteger(tabId) ? (await sendToBackground({ type: 'tab/getState', tabId }).catch(() => null))?.state ?? null : null;
  const capture = Number.isInteger(tabId) ? (await sendToBackground({ type: 'report/capture', tabId }).catch(() => null))?.screenshot ?? null : null;
  const root = document.getElementById('app');
  if (root) render(<ReportApp state={state} settings={settings} capture={capture} />, root);
}

void start();
