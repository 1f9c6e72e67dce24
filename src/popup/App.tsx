import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { isMarketplaceHost } from '../shared/marketplaces';
import { browser, sendToBackground } from '../shared/platform';
import { markOf, resolveCountry, type Settings } from '../shared/settings';
import { ReasonList } from './components/ReasonList';
import { ConnectedTo } from './components/ConnectedTo';
import { ReportEntry } from './components/ReportEntry';
import { StorageNotice } from '../ui/StorageNotice';
import { SellerSection } from './components/SellerSection';
import { SiteActions } from './components/SiteActions';
import { subjectOf } from '../shared/subject';
import { Tips } from './components/Tips';
import { CheckAddressForm } from './components/CheckAddress';
import { TrafficLight } from './components/TrafficLight';
import { TrustQuestion } from './components/TrustQuestion';
import { UncheckedList } from './components/UncheckedList';
import { useTabState, type PopupView } from './use-tab-state';

function Message({ textKey, subs = [], testId }: { textKey: string; subs?: string[]; testId: string }) {
  return (
    <p class="status" role="status" data-testid={testId}>
      {t(textKey, subs)}
    </p>
  );
}

function pathOfUrl(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function Result({ view, settings, onMark }: { view: Extract<PopupView, { kind: 'state' }>; settings: Settings; onMark: (site: string, mark: 'trusted' | 'suspicious' | null) => void }) {
  const { state } = view;
  if (state.status !== 'done') return null;
  const { result } = state;
  // On a marketplace listing the shopper judges the seller, never the whole marketplace.
  const subject = subjectOf(state.site, state.marketplace);
  return (
    <>
      <TrafficLight level={result.level} score={result.score} kind={result.kind} />
      <p class="site" data-testid="site">{t(subject.kind === 'seller' ? 'popupMarketplaceSite' : 'popupSite', [state.site])}</p>
      {result.level === 'low' && <p class="note">{t('popupLowNote')}</p>}
      <UncheckedList unchecked={result.unchecked ?? []} />
      <ReasonList reasons={result.reasons} currentPath={pathOfUrl(state.url)} />
      {state.marketplace && <SellerSection market={state.marketplace} />}
      <ConnectedTo connections={state.connections ?? []} />
      <Tips reasons={result.reasons} level={result.level} country={resolveCountry(settings.country, uiLanguage())} onMarketplace={isMarketplaceHost(new URL(state.url).hostname)} />
      <SiteActions subject={subject} mark={markOf(settings.marks, subject.key)} onMark={(mark) => onMark(subject.key, mark)} />
      <ReportEntry tabId={view.tabId} kind={subject.kind} />
    </>
  );
}

function Body({ view, settings, onMark }: { view: PopupView; settings: Settings; onMark: (site: string, mark: 'trusted' | 'suspicious' | null) => void }) {
  if (view.kind === 'loading') return <Message textKey="popupAnalysing" testId="state-loading" />;
  if (view.kind === 'restricted') return <Message textKey="popupRestricted" testId="state-restricted" />;
  if (view.kind === 'empty') return <Message textKey="popupNoResult" testId="state-empty" />;
  const { state } = view;
  switch (state.status) {
    case 'analysing':
      return <Message textKey="popupAnalysing" testId="state-analysing" />;
    case 'not-shop':
      return <Message textKey="popupNotShop" testId="state-not-shop" />;
    case 'error':
      return <Message textKey="popupError" subs={[state.error]} testId="state-error" />;
    case 'done':
      return <Result view={view} settings={settings} onMark={onMark} />;
  }
}

export function App({ initialSettings }: { initialSettings: Settings }) {
  const { view, recheck } = useTabState();
  const [settings, setSettings] = useState(initialSettings);
  const tabId = view.kind === 'state' || view.kind === 'empty' ? view.tabId : undefined;

  const [trustQuestion, setTrustQuestion] = useState<string | null>(null);

  const onMark = (site: string, mark: 'trusted' | 'suspicious' | null) => {
    setTrustQuestion(null);
    void sendToBackground({ type: 'site/mark', site, mark, tabId }).then((next) => next && setSettings(next));
  };

  // Opened by the banner's "I trust this shop": ask here, where the page cannot interfere.
  useEffect(() => {
    if (tabId === undefined) return;
    void sendToBackground({ type: 'guard/question', tabId }).then((answer) => setTrustQuestion(answer?.site ?? null), () => undefined);
  }, [tabId]);

  const answerTrust = (trust: boolean) => {
    if (tabId === undefined) return;
    setTrustQuestion(null);
    void sendToBackground({ type: 'guard/answer', tabId, trust }).then((next) => next && setSettings(next));
  };

  return (
    <>
      <h1 class="brand">
        <img src="/icons/icon-32.png" alt="" width="16" height="16" /> Shopwatch
      </h1>
      <StorageNotice />
      {trustQuestion && <TrustQuestion site={trustQuestion} onAnswer={answerTrust} />}
      <Body view={view} settings={settings} onMark={onMark} />
      <CheckAddressForm />
      <footer class="popup-footer">
        {tabId !== undefined && (
          <button type="button" class="recheck" onClick={recheck} data-testid="recheck">
            {t('popupRecheck')}
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </>
  );
}
