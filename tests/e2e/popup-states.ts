/** Tab states to render in the popup, as the background would store them (TabStateSchema). */
const reason = (id: string, severity: 'danger' | 'warning' | 'info', points: number, subs: string[], evidence: string[], kind: 'fake' | 'problematic' = 'fake') => ({
  id,
  severity,
  kind,
  points,
  messageKey: `reason${id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`,
  subs,
  evidence: evidence.map((text) => ({ key: 'evText', subs: [text] })),
});

export const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

export function popupStates(url: string) {
  const done = (level: 'high' | 'medium' | 'low', score: number, kind: 'fake' | 'problematic' | null, reasons: Array<ReturnType<typeof reason> & { source?: { path: string; via: 'visited' | 'read' } }>, site = 'masken-discount24.de') => ({
    status: 'done', url, site, pageType: 'product', analysedAt: Date.UTC(2026, 10, 25, 10, 0), result: { score, level, kind, reasons },
  });
  return {
    high: done('high', 90, 'fake', [
      reason('prepayment-only', 'danger', 40, ['prepayment'], ['prepayment: “Bezahlung ausschließlich per Vorkasse (Banküberweisung)”']),
      reason('impressum-missing', 'danger', 35, [], ['searched links for: Impressum, Imprint, Legal notice']),
      reason('medical-price-too-cheap', 'danger', 30, ['67'], ['“FFP2 Atemschutzmaske 50 Stück”: 0.20 EUR per piece']),
    ]),
    medium: done('medium', 35, 'problematic', [reason('medical-price-gouging', 'danger', 28, ['6.7'], ['KN95 10 pcs: 4.00 EUR per piece'], 'problematic'), reason('urgency-tricks', 'info', 8, ['1'], ['Only 2 left in stock'], 'problematic')]),
    low: done('low', 0, null, []),
    // The site's verdict: reasons from its other pages name the page they were seen on (issue 15).
    site: done('high', 87, 'fake', [
      { ...reason('vat-id-invalid', 'danger', 40, ['DE283915446'], ['DE283915446']), source: { path: '/impressum.html', via: 'visited' } },
      { ...reason('prepayment-only', 'danger', 40, ['prepayment'], ['prepayment: “ausschließlich per Vorkasse”']), source: { path: '/faq.html', via: 'visited' } },
      { ...reason('impressum-incomplete', 'danger', 35, [], ['HRB 2019/4471']), source: { path: '/impressum.html', via: 'read' } },
      { ...reason('prices-too-good', 'danger', 30, [], ['1.999,00 € → 299,00 €']), source: { path: new URL(url).pathname, via: 'visited' } },
      reason('connected-risky-site', 'danger', 45, ['masken-discount24.de'], ['the same IBAN LT12 … 1000 was shown by masken-discount24.de on 12 Nov 2026']),
    ], 'polsterhaus-kuehn.de'),
    // Issue 17: the "Connected to" section next to a site verdict.
    connected: {
      ...done('medium', 48, 'fake', [reason('checkout-iban-foreign', 'danger', 25, ['LT'], ['LT121000011101001000 is an account in LT'])], 'kuechen-outlet24.de'),
      connections: [
        { key: 'kuechen-outlet24.de⇄masken-discount24.de', other: 'masken-discount24.de', otherLabel: 'masken-discount24.de', status: { listed: false, suspicious: false, ratedHigh: true }, shared: [{ kind: 'iban', display: 'LT12 … 1000', at: Date.UTC(2026, 10, 12, 9), path: '/kasse.html' }] },
        { key: 'kuechen-outlet24.de⇄moebel-lager.shop', other: 'moebel-lager.shop', otherLabel: 'moebel-lager.shop', status: { listed: false, suspicious: false, ratedHigh: false }, shared: [{ kind: 'vat', display: 'DE283915446', at: Date.UTC(2026, 10, 20, 9), path: '/impressum' }, { kind: 'template', display: '91 %', at: Date.UTC(2026, 10, 20, 9), path: '/' }] },
      ],
    },
    // A third-party seller on a marketplace: the seller section with every row it can show.
    seller: {
      ...done('high', 72, 'fake', [
        reason('marketplace-origin-mismatch', 'danger', 30, ['CN'], ['“Berlin Technik Handels GmbH”, but the business address is in CN']),
        reason('marketplace-price-below-offers', 'danger', 30, ['58'], ['€239.00 here, another seller: €570.01 (−58%)']),
      ], 'amazon.de'),
      marketplace: {
        marketplace: 'amazon', pageKind: 'product', title: 'Laserdrucker', priceCents: 23900, currency: 'EUR', listPriceCents: null,
        seller: { name: 'Berlin Technik Handel', id: 'A3ORIGIN00001', profileUrl: 'https://www.amazon.de/sp?seller=A3ORIGIN00001', isMarketplace: false, shipsFrom: 'Berlin Technik Handel', sellerType: 'business', newSellerMarker: 'Neu bei Amazon', ratingCount: 214, positivePercent: 93, ratingsLast12Months: 41, memberSince: null, memberSinceDate: null, itemLocation: null },
        trader: { businessName: 'Berlin Technik Handels GmbH', businessType: 'Privatunternehmen', registerNumber: 'HRB 204518', vatId: 'DE811569869', vatValid: true, address: 'Longgang District, Shenzhen, Guangdong, 518000, CN', country: 'CN', countryCode: 'CN', email: null, phone: null },
        otherOffers: [{ priceCents: 57001, seller: 'Amazon' }], originClaims: [], offPlatformContact: [], unprotectedPayment: [], fieldsRead: ['seller'], fieldsMissing: [],
      },
    },
    hostile: done('high', 80, 'fake', [reason('vat-id-invalid', 'danger', 40, [HOSTILE], [HOSTILE]), reason('impressum-missing', 'danger', 35, [], [HOSTILE])], `evil.example${HOSTILE}`),
    'not-shop': { status: 'not-shop', url, pageType: 'not-shop' },
    analysing: { status: 'analysing', url },
    error: { status: 'error', url, error: 'time budget exceeded' },
  } as const;
}
