/**
 * Amazon seller profile (sp?seller=…): feedback summary and "Detaillierte Verkäuferinformationen" /
 * "Detailed Seller Information" — the trader details required by Art. 30 DSA. Modelled on the
 * amazon.de profile layout (no saved real profile in the corpus: see tests/fixtures/SOURCES.md).
 */
import type { MarketplaceFacts, TraderDetails } from '../../shared/facts-marketplace';
import { countryCodeOf } from '../../shared/country';
import { checkVatId } from '../../shared/vat';
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { parseCount, parseFeedbackBreakdown, parseMemberSince, parsePercent } from './marketplace-text';
import { FieldLog } from './types';

const PROFILE = {
  name: '#seller-name, #sellerName, h1',
  details: '#page-section-detail-seller-info, #seller-info-section',
  feedback: '#seller-feedback-summary, #feedback-summary-table, #seller-info-feedback-summary',
  /** 30 days | 90 days | 12 months | lifetime, with a "Count" row. */
  feedbackTable: '#feedback-summary-table, #seller-feedback-summary table, #feedback-content table',
  labels: {
    businessName: /^(geschäftsname|business name|nom commercial|nome dell'azienda|nombre de la empresa)/i,
    businessType: /^(geschäftsart|business type|type d'activité|tipo di attività|tipo de empresa)/i,
    registerNumber: /^(handelsregisternummer|trade register number|numéro de registre du commerce|numero di registro)/i,
    vatId: /^(ust-?id(nr)?\.?|umsatzsteuer|vat number|vat id|numéro de tva|partita iva|número de iva)/i,
    phone: /^(telefonnummer|phone number|numéro de téléphone|telefono)/i,
    email: /^(e-?mail)/i,
    address: /^(geschäftsadresse|business address|adresse commerciale|indirizzo|dirección)/i,
  },
} as const;

type Details = Record<keyof typeof PROFILE.labels, string | null>;

/** The labelled rows of the trader-details section; null when no labelled row could be read (a layout we do not know). */
function readDetails(section: Element | null): Details | null {
  const out = { businessName: null, businessType: null, registerNumber: null, vatId: null, phone: null, email: null, address: null } as Details;
  if (!section) return null;
  let labelsFound = 0;
  for (const label of queryAll(section, '.a-text-bold, dt, strong', 40)) {
    const labelText = clean(label.textContent, 80).replace(/:$/, '');
    const key = (Object.keys(PROFILE.labels) as Array<keyof typeof PROFILE.labels>).find((k) => PROFILE.labels[k].test(labelText));
    if (!key || out[key]) continue;
    labelsFound++;
    // The value is the rest of the row; an address continues in the indented block after it.
    const row = label.parentElement;
    let value = clean((row?.textContent ?? '').replace(label.textContent ?? '', ''), 200);
    if (!value && key === 'address') value = clean(row?.nextElementSibling?.textContent, 200);
    out[key] = value || null;
  }
  return labelsFound > 0 ? out : null;
}

function tableCells(table: Element | null): string[][] {
  if (!table) return [];
  return queryAll(table, 'tr', 12).map((row) => queryAll(row, 'th, td', 8).map((cell) => clean(cell.textContent, 40)));
}

export function parseTraderProfile(ctx: ExtractContext): MarketplaceFacts {
  const log = new FieldLog();
  const name = log.note('seller', clean(ctx.root.querySelector(PROFILE.name)?.textContent, 120));
  // A section that cannot be read is "could not be read", never "no trader details" (issue 15, class 7).
  const details = readDetails(ctx.root.querySelector(PROFILE.details));
  // Counts only from the feedback box: a "(0)" elsewhere on the page is no rating count.
  const feedback = clean(ctx.root.querySelector(PROFILE.feedback)?.textContent, 500);
  const vat = details?.vatId ? checkVatId(details.vatId) : null;
  const breakdown = parseFeedbackBreakdown(tableCells(ctx.root.querySelector(PROFILE.feedbackTable)), feedback);
  const since = parseMemberSince(ctx.text.slice(0, 20_000));
  const trader: TraderDetails | null = details && {
    businessName: log.note('businessName', details.businessName),
    businessType: details.businessType,
    registerNumber: log.note('registerNumber', details.registerNumber),
    vatId: log.note('vatId', vat?.id),
    vatValid: vat?.checksumValid ?? null,
    address: log.note('address', details.address),
    country: details.address ? clean(details.address.split(/[,\n]/).pop(), 60) : null,
    countryCode: countryCodeOf(details.address),
    email: details.email,
    phone: details.phone,
  };
  if (!details) log.note('traderDetails', null);
  return {
    marketplace: 'amazon',
    pageKind: 'seller-profile',
    seller: {
      name,
      id: ctx.url.searchParams.get('seller'),
      profileUrl: ctx.url.href,
      isMarketplace: false,
      shipsFrom: null,
      sellerType: 'business',
      newSellerMarker: /\b(neu bei amazon|just launched|nouveau sur amazon)\b/i.exec(ctx.text)?.[0] ?? null,
      // The lifetime count where the profile shows one; otherwise the count next to the summary.
      ratingCount: log.note('ratingCount', breakdown.lifetime ?? (feedback ? parseCount(feedback) : null)),
      positivePercent: feedback ? parsePercent(feedback) : null,
      ratingsLast12Months: breakdown.last12Months,
      memberSince: since?.raw ?? null,
      memberSinceDate: since?.date ?? null,
      itemLocation: null,
    },
    trader,
    title: null,
    priceCents: null,
    currency: null,
    listPriceCents: null,
    otherOffers: [],
    originClaims: [],
    offPlatformContact: [],
    unprotectedPayment: [],
    fieldsRead: log.read,
    fieldsMissing: log.missing,
  };
}
