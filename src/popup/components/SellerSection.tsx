import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import { formatNumber, t } from '../../shared/i18n';

function Row({ labelKey, value, testId }: { labelKey: string; value: string | null; testId?: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{t(labelKey)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </>
  );
}

/** Who sells on a marketplace listing, and the trader details read from the seller's profile. */
export function SellerSection({ market }: { market: MarketplaceFacts }) {
  const { seller, trader } = market;
  const vat = trader?.vatId ? `${trader.vatId}${trader.vatValid === false ? ` (${t('popupSellerVatInvalid')})` : ''}` : null;
  return (
    <section aria-labelledby="seller-title" class="seller" data-testid="seller-section">
      <h2 id="seller-title">{t('popupSellerTitle')}</h2>
      {seller.name ? (
        <dl>
          <Row labelKey="popupSellerName" value={seller.isMarketplace ? `${seller.name} (${t('popupSellerIsMarketplace')})` : seller.name} testId="seller-name" />
          <Row labelKey="popupSellerShipsFrom" value={seller.shipsFrom} />
          <Row labelKey="popupSellerNew" value={seller.newSellerMarker} />
          <Row labelKey="popupSellerRatings" value={seller.ratingCount === null ? null : `${formatNumber(seller.ratingCount)}${seller.positivePercent === null ? '' : ` · ${formatNumber(seller.positivePercent)} %`}`} />
          <Row labelKey="popupSellerMemberSince" value={seller.memberSince} />
          <Row labelKey="popupSellerLocation" value={seller.itemLocation} />
          <Row labelKey="popupSellerBusinessName" value={trader?.businessName ?? null} testId="seller-business-name" />
          <Row labelKey="popupSellerAddress" value={trader?.address ?? null} />
          <Row labelKey="popupSellerRegister" value={trader?.registerNumber ?? null} />
          <Row labelKey="popupSellerVat" value={vat} />
        </dl>
      ) : (
        <p data-testid="seller-unreadable">{t('popupSellerUnreadable')}</p>
      )}
      {market.fieldsMissing.length > 0 && seller.name && <p class="note">{t('popupSellerPartly')}</p>}
    </section>
  );
}
