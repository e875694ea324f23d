/**
 * npm run test:e2e: builds the app, serves the production build on 127.0.0.1,
 * and runs the real-browser journeys (tests/e2e/*.e2e.ts) in headless Chromium.
 *   CHROMIUM_PATH   Chromium to drive (default /usr/bin/chromium)
 *   E2E_SKIP_BUILD  reuse dist/ as it is
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium';
import { startServer } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const chromium = chromiumPath();
if (!existsSync(chromium)) {
  console.error(`Chromium was not found at ${chromium}.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
  process.exit(1);
}

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer(join(root, 'dist'));
const pattern = process.argv[2];
const files = readdirSync(join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.e2e.ts') && (!pattern || f.includes(pattern)))
  .map((f) => join('tests/e2e', f));
// Asynchronous on purpose: the server lives in this process and must keep answering.
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: server.url, CHROMIUM_PATH: chromium },
});
const code = await new Promise<number>((done) => child.on('exit', (status) => done(status ?? 1)));
await server.close();
process.exit(code);
