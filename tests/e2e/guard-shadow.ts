/**
 * The checkout banner lives in a closed shadow root, which page scripts — and so Playwright's
 * locators and axe — cannot enter. The DevTools protocol can: these helpers resolve the shadow
 * root over CDP and run a function on it, exactly as the shopper's browser rendered it.
 */
import type { Page } from '@playwright/test';

interface CdpNode { nodeName: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: Array<{ backendNodeId: number }> }

function findHost(node: CdpNode): CdpNode | null {
  if (node.attributes?.includes('data-shopwatch-guard')) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Run `fn` with `this` = the banner's shadow root; null when no banner is shown. */
export async function onGuardShadow<T>(page: Page, fn: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true });
    return (result.result.value ?? null) as T | null;
  } finally {
    await cdp.detach();
  }
}

export const bannerText = (page: Page) => onGuardShadow<string>(page, "function () { return this.querySelector('.banner')?.textContent ?? ''; }");

/** Click a banner button with a real (trusted) mouse click at its position. */
export async function clickBannerButton(page: Page, action: 'details' | 'trust' | 'dismiss'): Promise<void> {
  const box = await onGuardShadow<{ x: number; y: number }>(page, `function () { const r = this.querySelector('[data-action="${action}"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`);
  if (!box) throw new Error('no banner');
  await page.mouse.click(box.x, box.y);
}

/** Copy the rendered banner (styles included) into an open shadow root so axe can check it. */
export async function exposeBannerForAxe(page: Page): Promise<void> {
  await onGuardShadow(page, `function () {
    const host = document.createElement('div');
    host.id = 'shopwatch-banner-axe-copy';
    document.body.append(host);
    const open = host.attachShadow({ mode: 'open' });
    for (const node of this.childNodes) open.append(node.cloneNode(true));
    return true;
  }`);
}
