import { t } from '../../shared/i18n';

/** "page-type" → "uncheckedPageType". */
const keyFor = (check: string) => `unchecked${check.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase())}`;

/** Which core checks were skipped or failed, so "could not check fully" always says what is missing. */
export function UncheckedList({ unchecked }: { unchecked: string[] }) {
  if (unchecked.length === 0) return null;
  return (
    <div class="unchecked" data-testid="unchecked">
      <p class="note">{t('popupIncompleteNote')}</p>
      <ul>
        {unchecked.map((check) => (
          <li key={check} data-check={check}>
            {t(keyFor(check))}
          </li>
        ))}
      </ul>
    </div>
  );
}
