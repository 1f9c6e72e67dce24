import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES } from './helpers';

/**
 * A local RDAP service for tests (issue #12): serves tests/fixtures/rdap/dns.json as the bootstrap
 * file and tests/fixtures/rdap/<server>/<domain>.json as RDAP answers on 127.0.0.1. Unknown
 * domains get 404; "slow.com" never answers (timeouts). Every request path is recorded.
 */
export interface RdapServer {
  base: string;
  bootstrapUrl: string;
  requests: string[];
  close(): Promise<void>;
}

const DIR = path.join(FIXTURES, 'rdap');

export async function startRdapServer(): Promise<RdapServer> {
  const requests: string[] = [];
  const hanging: http.ServerResponse[] = [];
  let base = '';
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    if (url === '/dns.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(fs.readFileSync(path.join(DIR, 'dns.json'), 'utf8').replaceAll('{{base}}', base));
      return;
    }
    const match = /^\/(\w+)\/domain\/([a-z0-9.-]+)$/.exec(url);
    if (match?.[2] === 'slow.com') {
      hanging.push(res);
      return;
    }
    const file = match ? path.join(DIR, match[1] as string, `${match[2]}.json`) : '';
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'application/rdap+json' });
      res.end('{"errorCode": 404, "title": "Not Found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rdap+json' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    bootstrapUrl: `${base}/dns.json`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
      }),
  };
}
