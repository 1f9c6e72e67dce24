import { render } from 'preact';
import { currentLanguage, t, useLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { SettingsSchema } from '../shared/settings';
import { OptionsApp } from './OptionsApp';

async function start(): Promise<void> {
  const settings = (await sendToBackground({ type: 'settings/get' }).catch(() => null)) ?? SettingsSchema.parse({});
  await useLanguage(settings.language);
  document.documentElement.lang = currentLanguage();
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (root) render(<OptionsApp initialSettings={settings} />, root);
}

void start();
