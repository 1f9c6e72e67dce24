import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { browser, sendToBackground } from '../shared/platform';
import { PRIVACY_CHOICES } from '../shared/privacy-choices';
import type { Settings } from '../shared/settings';

const BADGES = [
  ['!!', 'badge-high', 'welcomeBadgeHigh'],
  ['!', 'badge-medium', 'welcomeBadgeMedium'],
  ['OK', 'badge-low', 'welcomeBadgeLow'],
] as const;

/** First-run page: what Shopwatch does and does not do, the badge, pinning, the privacy choices. */
export function WelcomeApp({ initialSettings, newChoices }: { initialSettings: Settings; newChoices: string[] }) {
  const [settings, setSettings] = useState(initialSettings);
  const [status, setStatus] = useState('');

  const toggle = async ({ setting, origins }: (typeof PRIVACY_CHOICES)[number], box: HTMLInputElement) => {
    const value = box.checked;
    // A choice that needs a host permission asks for it in the click; refused, it stays off.
    if (value && origins && !(await browser.permissions.request({ origins }).catch(() => false))) {
      box.checked = false;
      setStatus(t('optionsDomainAgeDenied'));
      return;
    }
    const next = await sendToBackground({ type: 'settings/update', patch: { [setting]: value } });
    if (next) setSettings(next);
    setStatus(t(next ? 'optionsSaved' : 'optionsSaveFailed'));
  };

  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="does-title">
        <h2 id="does-title">{t('welcomeDoesTitle')}</h2>
        <ul>
          <li>{t('welcomeDoes1')}</li>
          <li>{t('welcomeDoes2')}</li>
          <li>{t('welcomeDoes3')}</li>
        </ul>
        <h2>{t('welcomeDoesNotTitle')}</h2>
        <ul>
          <li>{t('welcomeDoesNot1')}</li>
          <li>{t('welcomeDoesNot2')}</li>
        </ul>
      </section>
      <section aria-labelledby="badge-title">
        <h2 id="badge-title">{t('welcomeBadgeTitle')}</h2>
        <ul class="badges">
          {BADGES.map(([text, css, key]) => (
            <li key={key}>
              <span class={`badge ${css}`} aria-hidden="true">{text}</span>
              <span>{t(key)}</span>
            </li>
          ))}
        </ul>
        <p class="hint">{t('welcomeBadgeNone')}</p>
      </section>
      <section aria-labelledby="pin-title">
        <h2 id="pin-title">{t('welcomePinTitle')}</h2>
        <p>{t('welcomePinText')}</p>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacyText')}</p>
        <div class="choices">
          {PRIVACY_CHOICES.map((choice) => (
            <div class="choice" key={choice.id} data-choice={choice.id}>
              {newChoices.includes(choice.id) && <p class="new">{t('welcomeNewChoice')}</p>}
              <label class="switch">
                <input type="checkbox" checked={settings[choice.setting]} onChange={(e) => void toggle(choice, e.currentTarget)} data-testid={`choice-${choice.id}`} />
                {t(choice.labelKey)}
              </label>
              <p class="hint">{t(choice.hintKey)}</p>
            </div>
          ))}
        </div>
      </section>
      <p>
        <a class="button" href={browser.runtime.getURL('src/options/index.html')} data-testid="open-options">
          {t('welcomeOpenOptions')}
        </a>
      </p>
      <p role="status" class="status">{status}</p>
    </main>
  );
}
