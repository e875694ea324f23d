/**
 * The page server of the browser tests (Playwright's webServer, see playwright.config.ts):
 * builds the app unless E2E_SKIP_BUILD is set, then serves dist/ on 127.0.0.1:$E2E_PORT with the
 * production headers, gzipped, as a static host would.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.E2E_PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('serve-dist: set E2E_PORT to the port to serve on');
  process.exit(2);
}

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// A generated large dataset (tests/e2e/large.e2e.ts writes it) is served at /large/ beside the app,
// and again at /large-no-ranges/ from a server that ignores range requests.
const large = process.env.E2E_LARGE_DIR ?? join(root, 'dist-synthetic/large-e2e/data');
const server = await startServer(join(root, 'dist'), port, {
  // /large-update/: a small large-form dataset a journey republishes while a page has it open.
  datasets: { '/large/': large, '/large-no-ranges/': large, '/large-update/': join(root, 'dist-synthetic/large-update/data') },
  noRanges: ['/large-no-ranges/'],
});
console.log(`serving dist/ at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
