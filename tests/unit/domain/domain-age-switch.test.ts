// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';

/** The options switch asks the browser for the optional permission in the click, and stays off when refused. */
const request = vi.fn<(p: { origins: string[] }) => Promise<boolean>>();
vi.mock('../../../src/shared/platform', () => ({
  browser: { permissions: { request: (p: { origins: string[] }) => request(p) }, i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' } },
}));
const { DomainAgeSwitch } = await import('../../../src/options/DomainAgeSwitch');

async function click(checked: boolean, granted: boolean) {
  request.mockReset().mockResolvedValue(granted);
  const onChange = vi.fn();
  const onDenied = vi.fn();
  const root = document.createElement('div');
  render(h(DomainAgeSwitch, { checked, onChange, onDenied }), root);
  const box = root.querySelector<HTMLInputElement>('[data-testid="domain-age"]');
  if (box) box.checked = !checked;
  box?.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { onChange, onDenied, box };
}

describe('domain-age switch', () => {
  it('on: requests the optional host permission, then switches on', async () => {
    const { onChange, onDenied } = await click(false, true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://*/*'] });
    expect(onChange).toHaveBeenCalledWith(true);
    expect(onDenied).not.toHaveBeenCalled();
  });

  it('refused: stays off and says so', async () => {
    const { onChange, onDenied, box } = await click(false, false);
    expect(onChange).not.toHaveBeenCalled();
    expect(box?.checked).toBe(false);
    expect(onDenied).toHaveBeenCalled();
  });

  it('off: switches off without asking the browser anything', async () => {
    const { onChange } = await click(true, true);
    expect(request).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith(false);
  });
});
