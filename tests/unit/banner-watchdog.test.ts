// @vitest-environment happy-dom
/**
 * The banner watchdog (issue #18): what a page does to the banner's host is reported once —
 * removed, moved elsewhere, restyled — and our own removal after stop() is not. Layout-based
 * checks (size, opacity of the root) need a real browser: tests/e2e/hostile-shop.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showBanner } from '../../src/content/banner/banner';
import { watchBanner } from '../../src/content/banner/watchdog';
import type { Guard } from '../../src/shared/site-memory';

const guard: Guard = { site: 'evil.example', level: 'high', title: 'Careful', reasons: ['r'], tip: 'tip', labels: { details: 'D', trust: 'T', dismiss: 'X', region: 'R' } };
const noop = { details: () => undefined, trust: () => undefined, dismiss: () => undefined };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('banner watchdog', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
    for (const host of document.querySelectorAll('[data-shopwatch-guard]')) host.remove();
  });

  it.each([
    ['removed', (host: HTMLElement): void => host.remove()],
    ['moved', (host: HTMLElement): void => void document.body.append(host)],
    ['restyled', (host: HTMLElement): void => void (host.style.opacity = '0')],
    ['restyled', (host: HTMLElement): void => host.setAttribute('hidden', '')],
  ] as const)('reports a banner the page %s, once', async (how, attack) => {
    const { host } = showBanner(document, guard, noop);
    const onTamper = vi.fn();
    stop = watchBanner(document, host, onTamper);
    attack(host);
    await settle();
    attack(host);
    await settle();
    expect(onTamper.mock.calls).toEqual([[how]]);
  });

  it('says nothing when Shopwatch itself removes the banner after stopping the watch', async () => {
    const banner = showBanner(document, guard, noop);
    const onTamper = vi.fn();
    stop = watchBanner(document, banner.host, onTamper);
    stop();
    banner.remove();
    await settle();
    expect(onTamper).not.toHaveBeenCalled();
  });

  it('ignores the page adding its own elements around the banner', async () => {
    const { host } = showBanner(document, guard, noop);
    const onTamper = vi.fn();
    stop = watchBanner(document, host, onTamper);
    document.body.prepend(document.createElement('div'));
    document.documentElement.append(document.createElement('div'));
    await settle();
    expect(onTamper).not.toHaveBeenCalled();
  });
});
