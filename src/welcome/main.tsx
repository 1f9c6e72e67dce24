import { render } from 'preact';
import { currentLanguage, t, useLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { SettingsSchema } from '../shared/settings';
import { WelcomeApp } from './WelcomeApp';

async function start(): Promise<void> {
  const settings = (await sendToBackground({ type: 'settings/get' }).catch(() => null)) ?? SettingsSchema.parse({});
  await useLanguage(settings.language);
  document.documentElement.lang = currentLanguage();
  document.title = t('welcomeTitle');
  // After an update the background names the choices that are new (?new=a,b); they are marked.
  const fresh = (new URLSearchParams(location.search).get('new') ?? '').split(',').filter(Boolean);
  const root = document.getElementById('app');
  if (root) render(<WelcomeApp initialSettings={settings} newChoices={fresh} />, root);
}

void start();
