import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_CACHE_CONTROL, isHashedAsset, REVALIDATE_CACHE_CONTROL, securityHeadersFor } from '../../scripts/security-headers';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

const gzipped = new Map<string, Buffer>();

/** A small static server for dist/, sending the same headers as production hosts, gzipped as they would. */
export async function startServer(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  // Large enough for the 100 kB query strings of the hostile-URL tests.
  const server = createServer({ maxHeaderSize: 512 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...securityHeadersFor(path),
    };
    headers['cache-control'] = isHashedAsset(path) ? ASSET_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = gzipped.get(key);
      if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file), { level: 6 })));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': String(body.length) });
      res.end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
