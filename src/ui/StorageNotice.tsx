import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { browser } from '../shared/platform';

/** Tells the shopper when lasting data could not be written (full or broken storage), instead of losing it silently. */
export function StorageNotice() {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void browser.storage.session.get('storageProblem').then((all) => setProblem(typeof all.storageProblem === 'string' ? all.storageProblem : null), () => undefined);
  }, []);
  if (!problem) return null;
  return (
    <p class="storage-notice" role="alert" data-testid="storage-notice">
      {t(problem === 'full' ? 'storageFull' : 'storageFailed')}
    </p>
  );
}
