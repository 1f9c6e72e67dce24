/** checkout-methods-vanished: logos of buyer-protected methods that are not among the checkout's choices. */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine';
import type { SiteMemory } from '../../src/shared/site-memory';
import { factsForHtml } from '../helpers';

const URL_ = 'https://www.masken-discount24.de/kasse';
const memory = (advertisedMethods: SiteMemory['advertisedMethods']): SiteMemory => ({ site: 'masken-discount24.de', advertisedMethods, companyNames: [], tld: 'de' });
const config = (m: SiteMemory | null) => ({ sensitivity: 'normal' as const, siteMark: null, memory: m });
const ids = async (html: string, m: SiteMemory | null) => score(await factsForHtml(html, URL_), config(m)).reasons.map((r) => r.id);

const ONLY_PREPAYMENT = '<body><h1>Kasse</h1><label><input type="radio" name="p"> Vorkasse</label><button>Zahlungspflichtig bestellen</button>';

describe('checkout-methods-vanished', () => {
  it('fires when the remembered product pages advertised PayPal', async () => {
    expect(await ids(`${ONLY_PREPAYMENT}</body>`, memory(['paypal']))).toContain('checkout-methods-vanished');
  });

  it('fires on the checkout’s own footer logos even when the remembered pages showed none', async () => {
    expect(await ids(`${ONLY_PREPAYMENT}<footer><img src="/paypal.svg" alt="PayPal"></footer></body>`, memory([]))).toContain('checkout-methods-vanished');
  });

  it('stays silent when the advertised method is offered at checkout', async () => {
    const html = '<body><h1>Kasse</h1><label><input type="radio" name="p"> Vorkasse</label><label><input type="radio" name="p"> PayPal</label><button>Zahlungspflichtig bestellen</button></body>';
    expect(await ids(html, memory(['paypal']))).not.toContain('checkout-methods-vanished');
  });

  it('stays silent when nothing but prepayment was ever advertised', async () => {
    expect(await ids(`${ONLY_PREPAYMENT}</body>`, memory(['prepayment']))).not.toContain('checkout-methods-vanished');
  });
});
