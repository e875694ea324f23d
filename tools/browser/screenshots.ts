/**
 * Retakes the README's screenshots (docs/screenshot*.png) from the production build in dist/, on
 * the bundled dataset: `npm run build && npm run docs:screenshots`. Run it when the first screen
 * changes, so the README shows the app as it is.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions, requireChromium } from './chromium';
import { startServer } from './static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Shot {
  file: string;
  path: string;
  width: number;
  height: number;
  /** Waits for what the screenshot is about, by what a reader sees. */
  ready: string;
}

const SHOTS: Shot[] = [
  {
    file: 'screenshot.png',
    path: '?event=aliaksandr-chakhouski-sentenced-in-absentia-2024-12-13',
    width: 1440,
    height: 900,
    ready: 'Event details',
  },
  { file: 'screenshot-be.png', path: '?lang=be', width: 1440, height: 900, ready: 'Паказана' },
  { file: 'screenshot-ru-phone.png', path: '?lang=ru', width: 375, height: 812, ready: 'Показано' },
];

requireChromium();
const server = await startServer(join(root, 'dist'));
const browser = await chromium.launch(launchOptions());
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, isMobile: shot.width < 600 });
    await page.goto(new URL(shot.path, server.url).toString());
    await page
      .getByText(shot.ready)
      .or(page.getByRole('complementary', { name: shot.ready }))
      .first()
      .waitFor();
    // The timeline draws its items after the list; give it a moment to settle.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(root, 'docs', shot.file) });
    console.log(`docs/${shot.file}: ${shot.path} at ${shot.width}×${shot.height}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
