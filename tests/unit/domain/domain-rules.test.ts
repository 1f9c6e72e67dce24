import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, score, type EngineConfig } from '../../../src/engine';
import { BRANDS } from '../../../src/engine/domain/dictionary';
import { NAME_RULE_IDS } from '../../../src/engine/domain/name-group';
import { familyOf } from '../../../src/engine/rules/families';
import { hostOnlyFacts, scoreDomain } from '../../../src/engine/domain/score-domain';
import type { Reason } from '../../../src/shared/result';
import { FIXTURES, evidenceText, factsForHtml } from '../../helpers';

const idsFor = (host: string, config: EngineConfig = DEFAULT_CONFIG) => scoreDomain(new URL(`https://${host}/`), config).reasons.map((r) => r.id).sort();
const hostsIn = (file: string) => fs.readFileSync(path.join(FIXTURES, 'domains', file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

describe('domain-name rules (domain only)', () => {
  it.each([
    ['nike-outlet-deutschland.com', ['domain-brand']],
    ['birkenstok-schweiz.com', ['domain-brand']],
    ['salomon-osterreich.at', ['domain-brand']],
    ['moncler.shop', ['domain-brand', 'domain-cheap-tld']],
    ['schuhe-outlet-deutschland.com', ['domain-shop-words']],
    ['us-sport-rebate-store.com', ['domain-lookalike', 'domain-shop-words']],
    ['kemarde.com', ['domain-lookalike']],
    ['gartenmoebel24.shop', ['domain-cheap-tld']],
    ['hygiene-depot.de.com', ['domain-lookalike']],
  ])('%s → %j', (host, expected) => {
    expect(idsFor(host)).toEqual([...expected].sort());
  });

  it.each(['fahrrad-mueller.de', 'bergsport-huber.at', 'linden-apotheke-muenchen.de', 'weber-elektro.de', 'puma-steinbach.de', 'coinguide.com', 'thuggish.com'])('%s gets no name reason', (host) => {
    expect(idsFor(host)).toEqual([]);
  });

  it.each(['stihl-de-jong.de', 'cucinapoint.store', 'bike-discount.de', 'notebooksbilliger.de', 'apo-discounter.de'])('%s, an honest name with a brand, sales word or cheap ending, stays low', (host) => {
    expect(scoreDomain(new URL(`https://${host}/`)).level).toBe('low');
  });

  it('says what the name borrows: the brand, the typo and the words around it', () => {
    const reasons = scoreDomain(new URL('https://www.adiddas-outlet-germany.com/')).reasons;
    const brand = reasons.find((r) => r.id === 'domain-brand');
    expect(brand?.subs).toEqual(['adiddas-outlet-germany.com', 'Adidas']);
    expect(evidenceText(brand).join(' | ')).toBe('adiddas-outlet-germany.com uses the brand Adidas: adiddas + outlet + germany | “adiddas” is Adidas with one letter changed');
  });

  it('never gives a name reason to a brand’s own domain, a known-good site or a marketplace', () => {
    const own = BRANDS.flatMap((b) => b.domains).filter((d) => idsFor(d).length > 0);
    expect(own).toEqual([]);
    expect(idsFor('nike-outlet-deutschland.com', { ...DEFAULT_CONFIG, listing: { hits: [], knownGood: true } })).toEqual([]);
    expect(idsFor('www.notebooksbilliger.de')).toEqual([]); // on the known-good list
    expect(idsFor('www.amazon.de')).toEqual([]);
  });
});

describe('names alone never make "high"', () => {
  const sensitivities: EngineConfig['sensitivity'][] = ['relaxed', 'normal', 'strict'];

  it('on every domain of our collection, at every sensitivity', () => {
    const hosts = [...hostsIn('legit.txt'), ...hostsIn('lookalikes-dev.txt'), ...hostsIn('lookalikes-heldout.txt')];
    for (const sensitivity of sensitivities) {
      const high = hosts.filter((h) => scoreDomain(new URL(`https://${h}/`), { ...DEFAULT_CONFIG, sensitivity }).level === 'high');
      expect(high, sensitivity).toEqual([]);
    }
  });

  it('even when every name rule fires at its most, but a page reason on top can', () => {
    const name = (id: string, points: number): Reason => ({ id, points, severity: 'danger', kind: 'fake', messageKey: '', subs: [], evidence: [] });
    const names = [...NAME_RULE_IDS].map((id) => name(id, 40));
    expect(new Set(names.map((r) => familyOf(r.id))).size).toBe(1);
    const rules = names.map((r) => ({ id: r.id, kind: 'fake' as const, rationale: '', evaluate: () => ({ points: r.points, severity: 'danger' as const, evidence: [] }) }));
    const facts = hostOnlyFacts(new URL('https://nike-outlet-deutschland.shop/'));
    for (const sensitivity of sensitivities) expect(score(facts, { ...DEFAULT_CONFIG, sensitivity }, rules).level).not.toBe('high');
    const pageReason = { id: 'prepayment-only', kind: 'fake' as const, rationale: '', evaluate: () => ({ points: 40, severity: 'danger' as const, evidence: [] }) };
    expect(score(facts, DEFAULT_CONFIG, [...rules, pageReason]).level).toBe('high');
  });
});

describe('domain-unrelated: the name vs what the page sells', () => {
  const page = (title: string, headings: string[]) => `<html lang="de"><head><title>${title}</title></head><body>${headings.map((h) => `<h2>${h}</h2>`).join('')}<button>In den Warenkorb</button><p>499,00 €</p></body></html>`;
  const phones = page('Smartphones günstig kaufen', ['iPhone 15 Pro Smartphone', 'Samsung Galaxy Handy', 'Tablets']);

  it.each(['https://blumen-mueller.de/iphone', 'https://zahnarztpraxis-meier.de/shop'])('%s selling phones', async (url) => {
    const facts = await factsForHtml(phones, url);
    expect(facts.topic?.title).toBe('Smartphones günstig kaufen');
    const reason = score(facts).reasons.find((r) => r.id === 'domain-unrelated');
    expect(evidenceText(reason).join()).toMatch(/is about (blumen|zahnarzt, praxis); the page sells/);
  });

  it('not when the page sells what the name says, something related, or says too little', async () => {
    const bikes = page('E-Bikes und Fahrräder', ['Trekkingrad 28 Zoll', 'Fahrradhelme']);
    expect((await factsForHtml(bikes, 'https://fahrrad-mueller.de/')).topic).toBeDefined();
    expect(score(await factsForHtml(bikes, 'https://fahrrad-mueller.de/')).reasons.map((r) => r.id)).not.toContain('domain-unrelated');
    expect(score(await factsForHtml(bikes, 'https://outdoor-huber.de/')).reasons.map((r) => r.id)).not.toContain('domain-unrelated');
    expect(score(await factsForHtml(page('Willkommen', ['Angebote']), 'https://blumen-mueller.de/')).reasons.map((r) => r.id)).not.toContain('domain-unrelated');
  });
});

describe('domain age (from config, looked up by the background)', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const registered = (iso: string) => ({ status: 'registered' as const, site: 'x-shop.com', registeredAt: Date.parse(iso), server: 'rdap.example' });
  const ageReasons = (config: Partial<EngineConfig>) => scoreDomain(new URL('https://x-shop.com/'), { ...DEFAULT_CONFIG, now, ...config }).reasons.filter((r) => r.id.startsWith('domain-new') || r.id === 'domain-age-unknown');

  it('under 90 days is strong, under a year weak, older nothing', () => {
    expect(ageReasons({ domainAge: registered('2026-11-05T00:00:00Z') })).toMatchObject([{ id: 'domain-new', points: 35, subs: ['20'] }]);
    expect(ageReasons({ domainAge: registered('2026-03-01T00:00:00Z') })).toMatchObject([{ id: 'domain-new', points: 12 }]);
    expect(ageReasons({ domainAge: registered('2019-03-01T00:00:00Z') })).toEqual([]);
    expect(ageReasons({ domainAge: registered('2026-11-05T00:00:00Z'), now: undefined })).toEqual([]);
  });

  it('"registration date not public" is said, worth nothing, and never guessed', () => {
    const reasons = ageReasons({ domainAge: { status: 'not-public', site: 'x-shop.de', tld: 'de' } });
    expect(reasons).toMatchObject([{ id: 'domain-age-unknown', points: 0, severity: 'info' }]);
    expect(evidenceText(reasons[0]).join()).toContain('publishes no registration date');
    expect(ageReasons({})).toEqual([]);
  });
});

describe('domain-unrelated: suppliers are not unrelated businesses', () => {
  it('a practice-supplies shop selling disinfectant is not a dentist’s lapsed domain', async () => {
    const html = '<html lang="de"><head><title>Sterillium Händedesinfektion 500 ml</title></head><body><h1>Desinfektionsmittel</h1><h2>Masken FFP2</h2><h2>Apotheke Bedarf</h2><button>In den Warenkorb</button><p>9,90 €</p></body></html>';
    expect(score(await factsForHtml(html, 'https://www.praxisbedarf-nord.de/sterillium')).reasons.map((r) => r.id)).not.toContain('domain-unrelated');
    expect(score(await factsForHtml(html, 'https://www.zahnarztpraxis-meier.de/sterillium')).reasons.map((r) => r.id)).toContain('domain-unrelated');
  });
});
