import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import type { Settings, SettingsPatch } from '../shared/settings';
import { Choice } from './Choice';
import { DomainAgeSwitch } from './DomainAgeSwitch';
import { HistoryAndReports } from './HistoryAndReports';
import { MarkedSites } from './MarkedSites';
import { Connections } from './Connections';
import { FakeShopLists } from './FakeShopLists';
import { StorageNotice } from '../ui/StorageNotice';

/** Options: language, country, sensitivity, marked sites, privacy switches, delete all data. */
export function OptionsApp({ initialSettings }: { initialSettings: Settings }) {
  const [settings, setSettings] = useState(initialSettings);
  const [status, setStatus] = useState('');
  // Bumped when stored data changed as a whole (delete all): lists that load their own data reload.
  const [dataVersion, setDataVersion] = useState(0);

  const update = async (patch: SettingsPatch) => {
    const next = await sendToBackground({ type: 'settings/update', patch });
    if (next) setSettings(next);
    setStatus(t(next ? 'optionsSaved' : 'optionsSaveFailed'));
    // A new language needs a fresh render of every string.
    if (next && patch.language) location.reload();
  };

  const removeMark = async (site: string) => {
    const next = await sendToBackground({ type: 'site/mark', site, mark: null });
    if (next) setSettings(next);
    setStatus(t(next ? 'optionsSaved' : 'optionsSaveFailed'));
  };

  /** After an import or a delete-all, show the marks as they now are. */
  const refreshSettings = async () => {
    const fresh = await sendToBackground({ type: 'settings/get' });
    if (fresh) setSettings(fresh);
  };

  const clearAll = async () => {
    if (!confirm(t('optionsClearConfirm'))) return;
    const done = await sendToBackground({ type: 'data/clearAll' });
    await refreshSettings();
    setDataVersion((v) => v + 1);
    setStatus(t(done?.ok ? 'optionsCleared' : 'optionsSaveFailed'));
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <StorageNotice />
      <Choice legendKey="optionsLanguage" name="language" value={settings.language} options={[['auto', 'optionsAuto'], ['de', 'optionsGerman'], ['en', 'optionsEnglish']]} onChange={(language) => void update({ language })} />
      <Choice legendKey="optionsCountry" hintKey="optionsCountryHint" name="country" value={settings.country} options={[['auto', 'optionsAuto'], ['DE', 'optionsCountryDE'], ['AT', 'optionsCountryAT'], ['CH', 'optionsCountryCH']]} onChange={(country) => void update({ country })} />
      <Choice legendKey="optionsSensitivity" hintKey="optionsSensitivityHint" name="sensitivity" value={settings.sensitivity} options={[['relaxed', 'optionsRelaxed'], ['normal', 'optionsNormal'], ['strict', 'optionsStrict']]} onChange={(sensitivity) => void update({ sensitivity })} />
      <MarkedSites marks={settings.marks} onRemove={(site) => void removeMark(site)} />
      <Connections key={dataVersion} />
      <HistoryAndReports onStatus={setStatus} onImported={() => void refreshSettings()} />
      <Choice legendKey="optionsRetention" name="retention" value={String(settings.retentionDays) as '0' | '30' | '90' | '365'} options={[['30', 'optionsDays30'], ['90', 'optionsDays90'], ['365', 'optionsDays365'], ['0', 'optionsKeep']]} onChange={(days) => void update({ retentionDays: Number(days) as 0 | 30 | 90 | 365 })} />
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
        <label class="switch">
          <input type="checkbox" checked={settings.followLegalLinks} onChange={(e) => void update({ followLegalLinks: e.currentTarget.checked })} data-testid="follow-legal-links" />
          {t('optionsFollowLegalLinks')}
        </label>
        <p class="hint">{t('optionsFollowLegalLinksHint')}</p>
        <DomainAgeSwitch checked={settings.domainAge} onChange={(domainAge) => void update({ domainAge })} onDenied={() => setStatus(t('optionsDomainAgeDenied'))} />
      </section>
      <FakeShopLists updatesOn={settings.listUpdates} onToggle={(listUpdates) => void update({ listUpdates })} onStatus={setStatus} />
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('optionsData')}</h2>
        <button type="button" class="danger" onClick={() => void clearAll()} data-testid="clear-all">
          {t('optionsClearAll')}
        </button>
      </section>
      <p role="status" class="status" data-testid="options-status">{status}</p>
    </main>
  );
}
