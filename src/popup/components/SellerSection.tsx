import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import { countryName } from '../../shared/country';
import { currentLanguage, formatNumber, t } from '../../shared/i18n';

function formatPrice(cents: number, currency: string | null): string {
  const amount = cents / 100;
  if (!currency) return formatNumber(amount);
  try {
    return new Intl.NumberFormat(currentLanguage(), { style: 'currency', currency }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** "2 · 570,01 € – 599,00 €": how many other offers the listing showed, and their range. */
function otherOffersText(market: MarketplaceFacts): string | null {
  const prices = market.otherOffers.map((o) => o.priceCents);
  if (prices.length === 0) return null;
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  const range = low === high ? formatPrice(low, market.currency) : `${formatPrice(low, market.currency)} – ${formatPrice(high, market.currency)}`;
  return `${formatNumber(prices.length)} · ${range}`;
}

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
  // The address row shows the country as written; this row names it in the shopper's language.
  const country = trader?.countryCode ? countryName(trader.countryCode, currentLanguage()) : null;
  const vat = trader?.vatId ? `${trader.vatId}${trader.vatValid === false ? ` (${t('popupSellerVatInvalid')})` : ''}` : null;
  return (
    <section aria-labelledby="seller-title" class="seller" data-testid="seller-section">
      <h2 id="seller-title">{t('popupSellerTitle')}</h2>
      {seller.name ? (
        <dl>
          <Row labelKey="popupSellerName" value={seller.isMarketplace ? `${seller.name} (${t('popupSellerIsMarketplace')})` : seller.name} testId="seller-name" />
          <Row labelKey="popupSellerType" value={seller.sellerType && !seller.isMarketplace ? t(seller.sellerType === 'business' ? 'sellerTypeBusiness' : 'sellerTypePrivate') : null} testId="seller-type" />
          <Row labelKey="popupSellerShipsFrom" value={seller.shipsFrom} />
          <Row labelKey="popupSellerNew" value={seller.newSellerMarker} />
          <Row labelKey="popupSellerRatings" value={seller.ratingCount === null ? null : `${formatNumber(seller.ratingCount)}${seller.positivePercent === null ? '' : ` · ${formatNumber(seller.positivePercent)} %`}`} />
          {/* Only when the profile showed a separate lifetime count; otherwise "Ratings" already is the 12-month figure. */}
          <Row labelKey="popupSellerRatings12m" value={seller.ratingsLast12Months === null || seller.ratingsLast12Months === seller.ratingCount ? null : formatNumber(seller.ratingsLast12Months)} testId="seller-ratings-12m" />
          <Row labelKey="popupSellerMemberSince" value={seller.memberSince} testId="seller-member-since" />
          <Row labelKey="popupSellerLocation" value={seller.itemLocation} />
          <Row labelKey="popupSellerBusinessName" value={trader?.businessName ?? null} testId="seller-business-name" />
          <Row labelKey="popupSellerAddress" value={trader?.address ?? null} />
          <Row labelKey="popupSellerCountry" value={country} testId="seller-country" />
          <Row labelKey="popupSellerRegister" value={trader?.registerNumber ?? null} />
          <Row labelKey="popupSellerVat" value={vat} />
          <Row labelKey="popupSellerOtherOffers" value={otherOffersText(market)} testId="seller-other-offers" />
        </dl>
      ) : (
        <p data-testid="seller-unreadable">{t('popupSellerUnreadable')}</p>
      )}
      {market.fieldsMissing.length > 0 && seller.name && <p class="note">{t('popupSellerPartly')}</p>}
    </section>
  );
}
