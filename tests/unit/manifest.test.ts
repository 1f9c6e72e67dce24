/**
 * What the manifest asks for (issue #18): no `tabs` permission (host permissions give tab URLs,
 * `activeTab` the screenshot), and extension pages may connect only to the extension itself and
 * to http(s) servers. Hosts cannot be listed: lists come from addresses the shopper chooses, RDAP
 * servers from IANA's bootstrap registry, and the check view reads any shop, some of them on plain
 * http. Websockets, data: and every other scheme stay closed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../manifest.json'), 'utf8')) as {
  permissions: string[];
  host_permissions: string[];
  content_security_policy: { extension_pages: string };
};

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...values]) => [name as string, values]));
}

describe('manifest', () => {
  it('does not ask for the tabs permission', () => {
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'activeTab', 'alarms', 'notifications']));
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('limits what extension pages connect to: the extension itself and http(s) servers', () => {
    const csp = directives(manifest.content_security_policy.extension_pages);
    expect(csp.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
});
