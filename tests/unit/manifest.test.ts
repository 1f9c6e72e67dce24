/**
 * What the manifest asks for (issue #18): no `tabs` permission (host permissions give tab URLs,
 * `activeTab` the screenshot), and extension pages may connect only to the extension itself and
 * to https: servers (download lists from user-chosen https URLs, RDAP over https). Plain http,
 * websockets, data: and blob: are not needed by any extension page; shops' own pages are read by
 * the content script in the page's origin, which this policy does not govern.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../manifest.json'), 'utf8')) as {
  permissions: string[];
  content_security_policy: { extension_pages: string };
};

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...values]) => [name as string, values]));
}

describe('manifest', () => {
  it('does not ask for the tabs permission', () => {
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'activeTab', 'alarms', 'notifications']));
  });

  it('limits what extension pages connect to: the extension itself and https servers', () => {
    const csp = directives(manifest.content_security_policy.extension_pages);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
});
