import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import { offPlatformContact, originClaims, unprotectedPaymentRequests } from '../adapters/marketplace-text';
import { collectText } from '../dom';

const MAX_DESCRIPTION_CHARS = 20_000;

/** What the description adds to the listing: requests to write or pay outside the platform, origin claims. */
export function mergeDescription(listing: MarketplaceFacts, description: string): MarketplaceFacts {
  const text = description.slice(0, MAX_DESCRIPTION_CHARS);
  const union = <T>(a: T[], b: T[], key: (x: T) => string) => [...new Map([...a, ...b].map((x) => [key(x), x])).values()].slice(0, 5);
  return {
    ...listing,
    offPlatformContact: union(listing.offPlatformContact, offPlatformContact(text), (x) => x),
    unprotectedPayment: union(listing.unprotectedPayment, unprotectedPaymentRequests(text), (x) => x),
    originClaims: union(listing.originClaims, originClaims(text), (x) => x.country),
    descriptionUrl: null,
    fieldsRead: [...new Set([...listing.fieldsRead, 'description'])].slice(0, 30),
    fieldsMissing: listing.fieldsMissing.filter((f) => f !== 'description'),
  };
}

/** The text of a fetched description page, parsed where a DOM exists (here, not in the service worker). */
export function descriptionTextOf(html: string): string {
  return collectText(new DOMParser().parseFromString(html, 'text/html')).text;
}
