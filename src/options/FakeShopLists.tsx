import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, formatNumber, t } from '../shared/i18n';
import type { ListSource, ListsStatus } from '../shared/lists/list-records';
import type { ListChange } from '../shared/lists/list-messages';
import { sendToBackground } from '../shared/platform';
import { AddListSource } from './AddListSource';

/** Why a list could not be (re)loaded, in words. */
export const LIST_PROBLEM_KEYS: Record<NonNullable<ListChange['problem']>, string> = {
  network: 'optionsListProblemNetwork',
  http: 'optionsListProblemHttp',
  'too-big': 'optionsListProblemTooBig',
  'not-a-list': 'optionsListProblemNotAList',
  empty: 'optionsListProblemEmpty',
  'mostly-invalid': 'optionsListProblemMostlyInvalid',
  shrunk: 'optionsListProblemShrunk',
  'no-permission': 'optionsListProblemNoPermission',
  'bad-address': 'optionsListProblemBadAddress',
  duplicate: 'optionsListProblemDuplicate',
  'saved-for-later': 'optionsListSavedForLater',
};

function SourceRow({ source, onRemove }: { source: ListSource; onRemove: (id: string) => void }) {
  const name = source.kind === 'watchlist' ? t('optionsListWatchlist') : source.label;
  return (
    <li data-testid="list-source" data-source-id={source.id}>
      <span class="site-name">{name}</span> — {source.listDate ? t('optionsListEntries', [formatNumber(source.entryCount), source.listDate]) : t('optionsListNotYet')}
      {source.checkedAt !== null && <span class="hint"> · {t('optionsListChecked', [formatDateTime(source.checkedAt)])}</span>}
      {source.problem && <p class="hint list-problem" data-testid="list-problem">{t(LIST_PROBLEM_KEYS[source.problem])}</p>}
      {source.kind !== 'watchlist' && ' '}
      {source.kind !== 'watchlist' && (
        <button type="button" onClick={() => onRemove(source.id)} aria-label={t('optionsRemoveList', [name])}>
          {t('optionsRemove')}
        </button>
      )}
    </li>
  );
}

/** Watchlist Internet's list first, then the shopper's own by name. */
function sortedSources(status: ListsStatus | null): ListSource[] {
  return [...(status?.sources ?? [])].sort((a, b) => Number(b.kind === 'watchlist') - Number(a.kind === 'watchlist') || a.label.localeCompare(b.label));
}

/** Fake-shop lists: the daily update switch (with what it sends), the sources, "update now", add/remove. */
export function FakeShopLists({ updatesOn, onToggle, onStatus }: { updatesOn: boolean; onToggle: (on: boolean) => void; onStatus: (text: string) => void }) {
  const [status, setStatus] = useState<ListsStatus | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendToBackground({ type: 'lists/status' }).then(setStatus);
  }, [updatesOn]);

  const updateNow = async () => {
    setBusy(true);
    const next = await sendToBackground({ type: 'lists/updateNow' }).catch(() => null);
    setBusy(false);
    if (next) setStatus(next);
    onStatus(t(next ? 'optionsListsUpdated' : 'optionsSaveFailed'));
  };

  const remove = async (id: string) => setStatus(await sendToBackground({ type: 'lists/remove', id }));

  const changed = (change: ListChange | null) => {
    if (change) setStatus(change.status);
    onStatus(change?.problem ? t(LIST_PROBLEM_KEYS[change.problem]) : t(change?.ok ? 'optionsListAdded' : 'optionsSaveFailed'));
  };

  return (
    <section aria-labelledby="lists-title">
      <h2 id="lists-title">{t('optionsLists')}</h2>
      <p>{t('listsExplained')}</p>
      <label class="switch">
        <input type="checkbox" checked={updatesOn} onChange={(e) => onToggle(e.currentTarget.checked)} data-testid="list-updates" />
        {t('optionsListUpdates')}
      </label>
      <p class="hint">{t('listsPrivacyNote')}</p>
      <ul class="marks" data-testid="list-sources">
        {sortedSources(status).map((source) => <SourceRow key={source.id} source={source} onRemove={(id) => void remove(id)} />)}
      </ul>
      <button type="button" disabled={!updatesOn || busy} onClick={() => void updateNow()} data-testid="lists-update-now">
        {t(busy ? 'optionsListsUpdating' : 'optionsListsUpdateNow')}
      </button>
      {!updatesOn && <p class="hint">{t('optionsListsOffHint')}</p>}
      <AddListSource onChange={changed} />
    </section>
  );
}
