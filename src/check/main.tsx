import { render } from 'preact';
import { currentLanguage, t, useLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { SettingsSchema } from '../shared/settings';
import { CheckApp } from './CheckApp';

async function start(): Promise<void> {
  const settings = (await sendToBackground({ type: 'settings/get' }).catch(() => null)) ?? SettingsSchema.parse({});
  await useLanguage(settings.language);
  document.documentElement.lang = currentLanguage();
  document.title = t('checkTitle');
  const address = new URLSearchParams(location.search).get('address') ?? '';
  const root = document.getElementById('app');
  if (root) render(<CheckApp address={address.slice(0, 4000)} settings={settings} />, root);
}

void start();
