/**
 * Static server for the benchmark on 127.0.0.1:
 *   /app/<N>/...       the app's production build, with data/events.json = the synthetic N-event dataset
 *   /baseline/<N>/...  the plain vis-timeline page, same data/events.json
 * Every other file is served from the build as it is. COOP/COEP make the pages
 * cross-origin isolated, so performance.now() has 5 µs instead of 100 µs resolution.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS } from '../../scripts/security-headers';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types';

const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cache-Control': 'no-store',
};

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

export async function startServer(
  dirs: { app: string; baseline: string },
  dataFile: (n: number) => string | undefined,
): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const match = /^\/(app|baseline)\/(\d+)\/(.*)$/.exec(path);
    if (!match) {
      res.writeHead(404, ISOLATION).end('not found');
      return;
    }
    const [, variant, n, rest] = match as unknown as [string, 'app' | 'baseline', string, string];
    // The app's page carries its production security headers; the baseline is a plain page.
    const headers = variant === 'app' ? { ...SECURITY_HEADERS, ...ISOLATION } : ISOLATION;
    let file: string | undefined;
    if (rest === 'data/events.json' && dataFile(Number(n)) !== undefined) {
      file = dataFile(Number(n));
    } else if (rest === 'data/events.outline.json' && dataFile(Number(n)) !== undefined) {
      // The synthetic dataset's outline where one was written beside it (never the build's own, of the real dataset).
      file = dataFile(Number(n))!.replace(/\.json$/, '.outline.json');
    } else {
      const root = dirs[variant];
      const candidate = normalize(join(root, rest || 'index.html'));
      if (candidate.startsWith(root + sep)) file = candidate;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
