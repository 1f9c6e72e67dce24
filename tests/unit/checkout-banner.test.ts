// @vitest-environment happy-dom
/**
 * The banner's DOM on its own (happy-dom): page-derived text stays text, the root is closed, the
 * banner sits in the flow (never fixed over the order button), and only real clicks act.
 */
import { describe, expect, it, vi } from 'vitest';
import { BANNER_HOST_ATTRIBUTE, buildBanner, showBanner } from '../../src/content/banner/banner';
import type { Guard } from '../../src/shared/site-memory';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const guard: Guard = {
  site: 'evil.example',
  level: 'high',
  title: 'Careful',
  reasons: [`Recipient ${PAYLOAD} is a private person`],
  tip: 'Pay with buyer protection',
  labels: { details: 'Details', trust: 'I trust this shop', dismiss: 'Dismiss', region: 'Shopwatch warning' },
};
const noop = { details: () => undefined, trust: () => undefined, dismiss: () => undefined };

describe('checkout banner DOM', () => {
  it('renders page-derived reasons as inert text', () => {
    const banner = buildBanner(document, guard, noop);
    expect(banner.querySelector('img, script')).toBeNull();
    expect(banner.querySelector('.reason')?.textContent).toBe(guard.reasons[0]);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('is a labelled region with three buttons and the tip', () => {
    const banner = buildBanner(document, guard, noop);
    expect(banner.getAttribute('role')).toBe('region');
    expect(banner.getAttribute('aria-label')).toBe('Shopwatch warning');
    expect([...banner.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Details', 'I trust this shop', 'Dismiss']);
    expect(banner.textContent).toContain('Pay with buyer protection');
  });

  it('on a body laid out as a flex row or grid, sits before the body so it spans the page', () => {
    for (const display of ['flex', 'grid']) {
      document.body.setAttribute('style', `display: ${display}`);
      document.body.innerHTML = '<nav>menu</nav><main><button>Kaufen</button></main>';
      const { remove } = showBanner(document, guard, noop);
      const host = document.querySelector(`[${BANNER_HOST_ATTRIBUTE}]`);
      expect(host?.parentElement).toBe(document.documentElement);
      expect(host?.nextElementSibling).toBe(document.body);
      remove();
    }
    document.body.removeAttribute('style');
  });

  it('mounts once, in a closed root, in the page flow', () => {
    document.body.innerHTML = '<main><button>Zahlungspflichtig bestellen</button></main>';
    showBanner(document, guard, noop);
    const { remove } = showBanner(document, guard, noop);
    const hosts = document.querySelectorAll(`[${BANNER_HOST_ATTRIBUTE}]`);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed: the shop's scripts cannot reach in
    expect(host.style.getPropertyValue('position')).not.toBe('fixed');
    // Before the body, not in it: frameworks re-rendering the body's children leave it alone.
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.nextElementSibling).toBe(document.body);
    for (const property of ['all', 'display', 'position', 'visibility', 'opacity']) expect(host.style.getPropertyPriority(property)).toBe('important');
    expect(document.querySelector('main button')?.textContent).toBe('Zahlungspflichtig bestellen');
    remove();
    expect(document.querySelectorAll(`[${BANNER_HOST_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('ignores synthetic clicks, as a shop script could send them', () => {
    const trust = vi.fn();
    const banner = buildBanner(document, guard, { ...noop, trust });
    banner.querySelector<HTMLButtonElement>('[data-action="trust"]')?.click();
    expect(trust).not.toHaveBeenCalled();
  });
});
