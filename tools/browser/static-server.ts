import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_CACHE_CONTROL, isHashedAsset, REVALIDATE_CACHE_CONTROL, securityHeadersFor } from '../../scripts/security-headers';
import { CONTENT_TYPES as TYPES } from '../../scripts/content-types';

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest', '.wasm']);

export interface ServerOptions {
  /**
   * Folders served in place of dist/data/ under a path prefix, beside the app itself: `/large/`
   * serves dist/ at /large/ with /large/data/ from that folder (a generated dataset).
   */
  datasets?: Record<string, string>;
  /** Prefixes whose files ignore range requests (answer 200 with the whole file), as some servers do. */
  noRanges?: string[];
  /** Headers added to every response (the benchmark's cross-origin isolation, for memory measurement). */
  extraHeaders?: Record<string, string>;
  /** Told the size of each response body sent (the benchmark counts what a page downloads, its workers' too). */
  onSent?: (bytes: number) => void;
}

/** The byte range a Range header asks for, within a file of `size` bytes; null for none or one we cannot serve. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') return { start: Math.max(0, size - Number(match[2])), end: size - 1 };
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(size - 1, Number(match[2]));
  return start <= end ? { start, end } : null;
}

const gzipped = new Map<string, Buffer>();

/** A small static server for dist/, sending the same headers as production hosts, gzipped as they would. */
export async function startServer(
  dir: string,
  port = 0,
  options: ServerOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  // Large enough for the 100 kB query strings of the hostile-URL tests.
  const server = createServer({ maxHeaderSize: 512 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let root = dir;
    let inRoot = path;
    for (const [prefix, data] of Object.entries(options.datasets ?? {})) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length - 1);
      [root, inRoot] = rest.startsWith('/data/') ? [data, rest.slice('/data'.length)] : [dir, rest];
    }
    const ranges = !(options.noRanges ?? []).some((prefix) => path.startsWith(prefix));
    let file = normalize(join(root, inRoot));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (options.onSent) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((status: number, ...rest: [Record<string, string>?]) => {
        const sent = Number(rest[0]?.['content-length'] ?? 0);
        if (req.method !== 'HEAD') options.onSent!(sent);
        return writeHead(status, ...(rest as []));
      }) as typeof res.writeHead;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...securityHeadersFor(path),
      ...options.extraHeaders,
    };
    headers['cache-control'] = isHashedAsset(path) ? ASSET_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
    const size = statSync(file).size;
    if (ranges) headers['accept-ranges'] = 'bytes';
    const range = ranges && req.headers.range ? byteRange(req.headers.range, size) : null;
    if (ranges && req.headers.range && !range) {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      // Parts of a file are sent as they are stored: a range of gzipped bytes would mean nothing.
      res.writeHead(206, {
        ...headers,
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': String(range.end - range.start + 1),
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start: range.start, end: range.end }).pipe(res);
      return;
    }
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      let body = gzipped.get(key);
      if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file), { level: 6 })));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
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
