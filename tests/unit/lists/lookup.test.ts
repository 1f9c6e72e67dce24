import { describe, expect, it } from 'vitest';
import { buildIndex, lookupHost } from '../../../src/shared/lists/lookup';
import { candidateHosts } from '../../../src/shared/lists/normalise-host';
import { isKnownGood } from '../../../src/shared/lists/known-good';
import { parseWatchlistCsv } from '../../../src/shared/lists/parse-list';

const index = buildIndex(
  parseWatchlistCsv(['"fahrrad-traum-outlet.shop";16.12.2025;"Betrügerische Shops"', '"bestellung-abc123.myshopify.com";26.05.2023;"Betrügerische Shops"', '"account.kunden-gruppe.com";09.07.2024;"Finanzbetrug"', '"18.130.4.87";28.05.2025;"Finanzbetrug"'].join('\n')).entries,
);
const matched = (host: string) => lookupHost(host, index)?.matched ?? null;

describe('list lookup', () => {
  it('matches the listed domain, www. and any subdomain of it', () => {
    expect(matched('fahrrad-traum-outlet.shop')).toBe('fahrrad-traum-outlet.shop');
    expect(matched('www.fahrrad-traum-outlet.shop')).toBe('fahrrad-traum-outlet.shop');
    expect(matched('de.shop.FAHRRAD-traum-outlet.shop.')).toBe('fahrrad-traum-outlet.shop');
    expect(lookupHost('fahrrad-traum-outlet.shop', index)?.value).toEqual({ host: 'fahrrad-traum-outlet.shop', listedOn: '2025-12-16', category: 'Betrügerische Shops' });
  });

  it('a listed myshopify.com store does not list all of myshopify.com', () => {
    expect(matched('bestellung-abc123.myshopify.com')).toBe('bestellung-abc123.myshopify.com');
    expect(matched('checkout.bestellung-abc123.myshopify.com')).toBe('bestellung-abc123.myshopify.com');
    expect(matched('other-store.myshopify.com')).toBeNull();
    expect(matched('myshopify.com')).toBeNull();
  });

  it('a listed subdomain lists that subdomain, not its registrable domain or siblings', () => {
    expect(matched('account.kunden-gruppe.com')).toBe('account.kunden-gruppe.com');
    expect(matched('kunden-gruppe.com')).toBeNull();
    expect(matched('www.kunden-gruppe.com')).toBeNull();
    expect(matched('shop.kunden-gruppe.com')).toBeNull();
  });

  it('does not match look-alikes by suffix or prefix', () => {
    expect(matched('traum-outlet.shop')).toBeNull();
    expect(matched('xfahrrad-traum-outlet.shop')).toBeNull();
    expect(matched('fahrrad-traum-outlet.shop.evil.de')).toBeNull();
    expect(matched('18.130.4.87')).toBe('18.130.4.87');
    expect(matched('1.18.130.4.87')).toBeNull();
  });

  it('walks at most the host and its parents down to the registrable domain', () => {
    expect(candidateHosts('a.b.c.shop.co.uk')).toEqual(['a.b.c.shop.co.uk', 'b.c.shop.co.uk', 'c.shop.co.uk', 'shop.co.uk']);
    expect(candidateHosts('co.uk')).toEqual(['co.uk']);
    expect(candidateHosts('')).toEqual([]);
  });
});

describe('known-good list', () => {
  it('covers the big DACH marketplaces and their subdomains, and nothing that merely contains their name', () => {
    for (const host of ['www.amazon.de', 'otto.de', 'm.ebay.at', 'www.galaxus.ch', 'willhaben.at', 'www.zalando.at']) expect(isKnownGood(host), host).toBe(true);
    for (const host of ['amazon-de.shop', 'otto-outlet.de', 'zalando.de.com', 'x.myshopify.com']) expect(isKnownGood(host), host).toBe(false);
  });
});
