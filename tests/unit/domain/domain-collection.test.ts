import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateDomains, readAddresses } from '../../../src/cli/eval-domains';
import { FIXTURES } from '../../helpers';

/**
 * Our own collection (tests/fixtures/domains/): legitimate DACH shops, marketplaces and brands'
 * own domains, and lookalikes derived from the brand list. Guards the tuning half and the false
 * alarms; the held-out half is only measured for the README (npm run -s eval:domains).
 */
const file = (name: string) => readAddresses(path.join(FIXTURES, 'domains', name));

describe('domain-only check on our domain collection', () => {
  it('flags at most 1% of legitimate shop domains', () => {
    const legit = evaluateDomains('legit', 'legit', file('legit.txt'));
    expect(legit.total).toBeGreaterThanOrEqual(300);
    expect(legit.rate).toBeLessThanOrEqual(0.01);
  });

  it('flags at least 85% of the lookalikes of the tuning half', () => {
    const fake = evaluateDomains('dev', 'fake', file('lookalikes-dev.txt'));
    expect(fake.total).toBe(600);
    expect(fake.rate).toBeGreaterThanOrEqual(0.85);
  });
});
