import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import type { AddressCheck } from '../shared/lists/list-messages';
import { sendToBackground } from '../shared/platform';
import { hasHostAccess, requestHostAccess } from '../shared/host-access';
import type { RiskResult } from '../shared/result';
import { resolveCountry, type Settings } from '../shared/settings';
import { isMarketplaceHost } from '../shared/marketplaces';
import { ReasonList } from '../popup/components/ReasonList';
import { Tips } from '../popup/components/Tips';
import { TrafficLight } from '../popup/components/TrafficLight';
import { CheckAddressForm } from '../popup/components/CheckAddress';
import { readShop } from './read-shop';

type ReadState = 'idle' | 'reading' | 'done' | 'failed' | 'refused';

/** May Shopwatch fetch this shop? Asks the browser (and so the shopper) only when nothing granted covers it. */
async function permissionFor(href: string): Promise<boolean> {
  return (await hasHostAccess(href)) || requestHostAccess(href);
}

/** The popup's view of one address, opened from the popup's "check an address" or a link's context menu. */
export function CheckApp({ address, settings }: { address: string; settings: Settings }) {
  const [check, setCheck] = useState<AddressCheck | null | undefined>(undefined);
  const [read, setRead] = useState<{ state: ReadState; result: RiskResult | null }>({ state: 'idle', result: null });

  useEffect(() => {
    if (!address) return setCheck(null);
    void sendToBackground({ type: 'check/address', address }).then((answer) => setCheck(answer?.check ?? null)).catch(() => setCheck(null));
  }, [address]);

  const readTheShop = async (target: AddressCheck) => {
    const url = new URL(target.url);
    if (!(await permissionFor(url.href))) return setRead({ state: 'refused', result: null });
    setRead({ state: 'reading', result: null });
    const facts = await readShop(url).catch(() => null);
    const answer = facts ? await sendToBackground({ type: 'check/score', facts }).catch(() => null) : null;
    setRead(answer ? { state: 'done', result: answer.result } : { state: 'failed', result: null });
  };

  if (check === undefined) return <p class="status" role="status" data-testid="check-loading">{t('checkChecking')}</p>;
  if (check === null) {
    return (
      <>
        <Brand />
        {address && <p class="status" role="status" data-testid="check-invalid">{t('checkInvalid', [address])}</p>}
        <CheckAddressForm />
      </>
    );
  }
  const result = read.result ?? check.result;
  return (
    <>
      <Brand />
      <TrafficLight level={result.level} score={result.score} kind={result.kind} />
      <p class="site" data-testid="site">{t('checkSite', [check.host])}</p>
      <p class="note" data-testid="check-scope">{t(read.state === 'done' ? 'checkScopeRead' : 'checkScopeAddress')}</p>
      <ReasonList reasons={result.reasons} />
      <Tips reasons={result.reasons} level={result.level} country={resolveCountry(settings.country, uiLanguage())} onMarketplace={isMarketplaceHost(check.host)} />
      {read.state !== 'done' && (
        <section class="read-shop" aria-labelledby="read-title">
          <h2 id="read-title">{t('checkReadTitle')}</h2>
          <p class="note">{t('checkReadHint')}</p>
          <button type="button" disabled={read.state === 'reading'} onClick={() => void readTheShop(check)} data-testid="read-shop">
            {t(read.state === 'reading' ? 'checkReading' : 'checkReadButton')}
          </button>
          {(read.state === 'failed' || read.state === 'refused') && <p class="status" role="status" data-testid="read-problem">{t(read.state === 'failed' ? 'checkReadFailed' : 'checkReadRefused')}</p>}
        </section>
      )}
      <CheckAddressForm />
    </>
  );
}

function Brand() {
  return (
    <h1 class="brand">
      <img src="/icons/icon-32.png" alt="" width="16" height="16" /> Shopwatch
    </h1>
  );
}
