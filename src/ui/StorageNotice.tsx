import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { browser } from '../shared/platform';

/** Tells the shopper when lasting data could not be written (full or broken storage), instead of losing it silently. */
export function StorageNotice() {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // One flag per storage area (IndexedDB, storage.local, storage.session); "full" wins over "failed".
    // When storage.session itself was full, the flag went to storage.local.
    const keys = ['storageProblem', 'storageProblem:local', 'storageProblem:session'];
    void Promise.all([browser.storage.session.get(keys), browser.storage.local.get(keys)]).then((areas) => {
      const problems = areas.flatMap((all) => Object.values(all)).filter((v): v is string => typeof v === 'string');
      setProblem(problems.includes('full') ? 'full' : (problems[0] ?? null));
    }, () => undefined);
  }, []);
  if (!problem) return null;
  return (
    <p class="storage-notice" role="alert" data-testid="storage-notice">
      {t(problem === 'full' ? 'storageFull' : 'storageFailed')}
    </p>
  );
}
