import { getPublicSuffix } from 'tldts';
import type { PageFacts } from '../../shared/facts';
import type { Identity } from '../../shared/identity';
import { isMarketplaceHost } from '../../shared/marketplaces';
import type { Subject } from '../../shared/subject';
import { callingCodeFor, maskIban, normaliseAddress, normaliseCompanyName, normaliseEmail, normaliseIbanId, normaliseRegister, normalisePhone, normaliseVatId } from './normalise';

type Add = (kind: Identity['kind'], value: string | null, display: string, signature?: number[]) => void;

/**
 * The identifiers one reported page shows (issue 17): bank accounts, VAT ids, register entries,
 * phone numbers, e-mail addresses, company name with postal address, and the fingerprints of its
 * Impressum and template. On a marketplace only the seller's own (trader details, contacts in the
 * listing) count — the marketplace's hotline on every listing must not connect all its sellers.
 */
export function identitiesOf(facts: PageFacts, subject: Subject): Identity[] {
  const found = new Map<string, Identity>();
  const add: Add = (kind, value, display, signature) => {
    if (value && !found.has(`${kind}|${value}`)) found.set(`${kind}|${value}`, { kind, value, display: display.slice(0, 200), ...(signature ? { signature } : {}) });
  };
  const callingCode = callingCodeFor(getPublicSuffix(facts.host) ?? '', facts.lang);
  if (subject.kind === 'seller') addSellerIdentities(facts, add, callingCode);
  else if (!isMarketplaceHost(facts.host)) addShopIdentities(facts, subject.key, add, callingCode);
  return [...found.values()];
}

function addSellerIdentities(facts: PageFacts, add: Add, callingCode: string | null): void {
  const market = facts.marketplace;
  const trader = market?.trader;
  if (trader) {
    const vat = trader.vatId ? normaliseVatId(trader.vatId) : null;
    add('vat', vat, vat ?? '');
    if (trader.registerNumber) add('register', normaliseRegister(trader.registerNumber), trader.registerNumber);
    const phone = trader.phone ? normalisePhone(trader.phone, callingCode) : null;
    add('phone', phone, phone ?? '');
    const email = trader.email ? normaliseEmail(trader.email, '') : null;
    add('email', email, email ?? '');
    const name = trader.businessName ? normaliseCompanyName(trader.businessName) : null;
    const address = trader.address ? normaliseAddress(trader.address) : null;
    if (name && address) add('name-address', `${name}|${address}`, `${trader.businessName ?? ''}, ${trader.address ?? ''}`);
  }
  // "Schreib mir auf WhatsApp 0176 …" in a listing: the number a banned seller brings to the next account.
  for (const contact of market?.offPlatformContact ?? []) {
    const email = /[\w.+-]{1,64}@[\w.-]{1,100}\.[a-z]{2,10}/i.exec(contact)?.[0];
    if (email) add('email', normaliseEmail(email, ''), email);
    const phone = /(?:\+|00|0)\d[\d\s/().-]{6,20}\d/.exec(contact)?.[0];
    const normalised = phone ? normalisePhone(phone, callingCode) : null;
    add('phone', normalised, normalised ?? '');
  }
}

function addShopIdentities(facts: PageFacts, site: string, add: Add, callingCode: string | null): void {
  const details = facts.impressumDetails;
  for (const { iban } of facts.checkout?.ibans ?? []) {
    const id = normaliseIbanId(iban);
    add('iban', id, id ? maskIban(id) : '');
  }
  for (const vat of [...(facts.company?.vatIds ?? []), ...(details?.company.vatIds ?? [])]) {
    const id = normaliseVatId(vat.raw);
    add('vat', id, id ?? '');
  }
  for (const entry of [...(facts.company?.registerEntries ?? []), ...(details?.company.registerEntries ?? [])]) add('register', normaliseRegister(entry), entry);
  for (const raw of [...(facts.contact?.phones ?? []), ...(details?.contact.phones ?? [])]) {
    const phone = normalisePhone(raw, callingCode);
    add('phone', phone, phone ?? '');
  }
  for (const raw of [...(facts.contact?.emails ?? []), ...(details?.contact.emails ?? [])]) {
    const email = normaliseEmail(raw, site);
    add('email', email, email ?? '');
  }
  // A company name counts with its postal address only: many businesses share a name or a building.
  const named: Array<[string | undefined, string | null | undefined]> = [
    [details?.company.names[0], details?.contact.postalAddress],
    [facts.company?.names[0], facts.contact?.postalAddress],
  ];
  for (const [name, address] of named) {
    const n = name ? normaliseCompanyName(name) : null;
    const a = address ? normaliseAddress(address) : null;
    if (n && a) add('name-address', `${n}|${a}`, `${name ?? ''}, ${address ?? ''}`);
  }
  if (details?.fingerprint) add('impressum', 'sig', details.url, details.fingerprint);
  if (facts.template?.signature) add('template', 'sig', facts.template.theme ?? facts.template.platform ?? '', facts.template.signature);
}
