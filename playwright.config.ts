/**
 * The real-browser journeys (tests/e2e/*.e2e.ts): `npm run test:e2e [-- <file name part>]`.
 *   CHROMIUM_PATH   Chromium to drive (default /usr/bin/chromium; no browser is downloaded)
 *   E2E_SKIP_BUILD  serve dist/ as it is instead of building it first
 *   E2E_EXPECT_TIMEOUT  how long a retrying expect waits, in ms (default 15000)
 */
import { defineConfig } from '@playwright/test';
import { launchOptions, requireChromium } from './tools/browser/chromium';
import { freePort } from './tools/browser/free-port';

requireChromium();
// The workers load this file again and inherit the environment: they see the port chosen here.
process.env.E2E_PORT ||= String(await freePort());
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.ts',
  // One at a time: the machine has two cores, and some journeys measure time (Lighthouse, long tasks).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  // A retrying check waits this long at most (passing ones return at once); the machine is shared and often busy.
  expect: { timeout: Number(process.env.E2E_EXPECT_TIMEOUT ?? 15_000) },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: launchOptions(),
    viewport: { width: 1400, height: 900 },
    // The app's service worker would answer requests that page.route() (the fixture dataset) must
    // see; the offline journeys open their own contexts with it allowed.
    serviceWorkers: 'block',
    // Off: recording every action slows the page on this shared two-core machine (a 10 MB dataset
    // took over 15 s to load with it). `npm run test:e2e -- <file> --trace on` records one.
    trace: 'off',
  },
  webServer: {
    command: 'npx tsx tools/browser/serve-dist.ts',
    url: baseURL,
    // Includes the production build, unless E2E_SKIP_BUILD.
    timeout: 300_000,
    reuseExistingServer: false,
    // The build's warnings and errors (stderr) are shown; its progress is not.
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: process.env.E2E_PORT },
  },
});
