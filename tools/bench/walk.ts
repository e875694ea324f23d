/**
 * npm run bench:walk -- [--events=100000] [--no-build]
 *
 * What the benchmark's steps do not cover, at one size: the production build
 * with the benchmark's synthetic dataset, in headless Chromium, once. Prints,
 * per step, the time from the click to the painted frame that shows its result,
 * the longest task while it ran (PerformanceObserver 'longtask'), and the
 * elements in the page afterwards:
 *   - opening the Counts tab, and its tables;
 *   - opening an event from the list;
 *   - exporting the whole view as CSV, JSON and iCalendar (until the download).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../browser/chromium';
import { ensureDataset } from './data';
import { NAME_SHIM } from './probe';
import { startServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, 'no-build': { type: 'boolean', default: false } },
});
const N = Number(args.events);
const APP = join(os.tmpdir(), 'timeline-bench', 'walk-app');

type W = { __longest: number; __clickAt: number };

/** In the page: the longest task since the last reset, and when the last click came. */
function instrument(): void {
  const w = window as unknown as W;
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  addEventListener('click', (event) => (w.__clickAt = event.timeStamp), true);
}

async function step(page: Page, label: string, act: () => Promise<unknown>, shown: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as W).__longest = 0));
  const painted = page.evaluate(
    (selector) =>
      new Promise<number>((resolveTime) => {
        const start = performance.now();
        const tick = () =>
          requestAnimationFrame(() => {
            const w = window as unknown as W;
            if (w.__clickAt >= start && document.querySelector(selector)) setTimeout(() => resolveTime(performance.now() - w.__clickAt), 0);
            else tick();
          });
        tick();
      }),
    shown,
  );
  await act();
  const ms = await painted;
  await page.waitForTimeout(300);
  const { longest, nodes } = await page.evaluate(() => ({
    longest: (window as unknown as W).__longest,
    nodes: document.getElementsByTagName('*').length,
  }));
  console.log(`| ${label} | ${ms.toFixed(0)} | ${longest.toFixed(0)} | ${nodes} |`);
}

async function exportStep(page: Page, kind: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as W).__longest = 0));
  const t0 = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${kind}` }).click()]);
  const path = await file.path();
  const ms = Date.now() - t0;
  const longest = await page.evaluate(() => (window as unknown as W).__longest);
  console.log(`| export ${kind} (${(statSync(path).size / 1e6).toFixed(1)} MB), until the download | ${ms} | ${longest.toFixed(0)} | – |`);
}

async function main(): Promise<void> {
  if (!args['no-build']) {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', APP, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const info = ensureDataset(ROOT, N, { seed: 20260101, query: 'Minsk', type: 'sentence', log: console.log });
  const server = await startServer({ app: APP, baseline: APP }, (n) => (n === N ? info.file : undefined));
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${server.url}/app/${N}/`);
  const all = N.toLocaleString('en-US');
  await page.getByText(`Showing ${all} of ${all} events`).waitFor();
  await page.waitForTimeout(3000); // background work done: this is about the steps, not the load
  console.log(`\n${all} events, Chromium ${browser.version()}, ${os.cpus().length} cores\n`);
  console.log('| step | click → painted (ms) | longest task (ms) | elements after |\n| --- | ---: | ---: | ---: |');
  await step(
    page,
    'open the Counts tab',
    () => page.getByRole('tab', { name: 'Counts over time' }).click(),
    '[role=group][aria-label^="Political prisoners counted"]',
  );
  await step(page, 'open the counts tables', () => page.getByText('Show the counts as tables').click(), 'table');
  await page.getByRole('tab', { name: 'Event list' }).click();
  await step(
    page,
    'open an event from the list',
    () => page.getByRole('list', { name: 'Events in view' }).getByRole('listitem').nth(2).click(),
    'aside[aria-label="Event details"]',
  );
  await page.keyboard.press('Escape');
  await page.getByText(`Export ${all} events`).click();
  for (const kind of ['CSV', 'JSON', 'iCalendar']) await exportStep(page, kind);
  await browser.close();
  await server.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
