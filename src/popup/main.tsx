import { render } from 'preact';
import { App } from './App';
import { currentLanguage, useLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { SettingsSchema } from '../shared/settings';

async function start(): Promise<void> {
  // Settings first: the chosen language must be loaded before anything is rendered.
  const settings = (await sendToBackground({ type: 'settings/get' }).catch(() => null)) ?? SettingsSchema.parse({});
  await useLanguage(settings.language);
  document.documentElement.lang = currentLanguage();
  const root = document.getElementById('app');
  if (root) render(<App initialSettings={settings} />, root);
}

void start();
