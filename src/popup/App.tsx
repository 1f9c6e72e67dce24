import { t } from '../shared/i18n';
import { ReasonList } from './components/ReasonList';
import { TrafficLight } from './components/TrafficLight';
import { useTabState, type PopupView } from './use-tab-state';

function Message({ textKey, subs = [], testId }: { textKey: string; subs?: string[]; testId: string }) {
  return (
    <p class="status" role="status" data-testid={testId}>
      {t(textKey, subs)}
    </p>
  );
}

function Body({ view }: { view: PopupView }) {
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
      return (
        <>
          <TrafficLight level={state.result.level} score={state.result.score} kind={state.result.kind} />
          <p class="site" data-testid="site">{t('popupSite', [state.site])}</p>
          {state.result.level === 'low' && <p class="note">{t('popupLowNote')}</p>}
          <ReasonList reasons={state.result.reasons} />
        </>
      );
  }
}

export function App() {
  const { view, recheck } = useTabState();
  return (
    <>
      <Body view={view} />
      {(view.kind === 'state' || view.kind === 'empty') && (
        <button type="button" class="recheck" onClick={recheck} data-testid="recheck">
          {t('popupRecheck')}
        </button>
      )}
    </>
  );
}
