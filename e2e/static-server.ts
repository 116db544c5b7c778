/**
 * Serves dist/ over a real loopback socket the way a static host does, with
 * the `_redirects` model of site/tests/static-host.ts (or none, for hosts that
 * ignore the file): for browser tests of the static shell and the 404 page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { createStaticHost, type HostMode, type Rule } from '../site/tests/static-host.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Starts the host on a free loopback port; `rules` replaces `_redirects` (`[]`: a host that ignores it). */
export async function startStaticServer(root: string, mode: HostMode, rules?: Rule[]): Promise<StaticServer> {
  const answer = createStaticHost(root, mode, rules);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const found = answer(path);
    if ('location' in found) {
      res.writeHead(found.status, { Location: found.location }).end();
      return;
    }
    res.writeHead(found.status, { 'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
    res.end(readFileSync(found.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
