import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './base';
import { statusLine } from './helpers';
import { eventually, openPage } from './session';
import { pdfPages } from './pdf-text';
// A second host for the same build under a sub-path: the one place a journey starts a server of the tools.
// eslint-disable-next-line no-restricted-imports
import { startServer } from '../../tools/browser/static-server';

const EVENT = 'coale-meets-lukashenko-2025-12-12';
const TITLE = 'US envoy Coale meets Lukashenko in Minsk';

/** Waits until the service worker has installed (the precache is filled) and controls the page. */
async function controlled(page: Page) {
  await page.evaluate('navigator.serviceWorker.ready');
  await eventually(
    () => page.evaluate('navigator.serviceWorker.controller !== null'),
    Boolean,
    'the page controlled by the service worker',
  );
}

test.describe('offline and on the next visit', () => {
  test('after one visit, the app, the dataset and an event open offline; printing works too', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, `?event=${EVENT}`, { serviceWorkers: 'allow' });
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await controlled(page);

    await context.setOffline(true);
    await page.reload();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
    await expect(statusLine(page)).toHaveText(/^Showing [\d,]+ of [\d,]+ events$/);
    // The quotes' context (a side file never fetched online) comes from the install's copy.
    await panel.getByRole('button', { name: 'Show in context' }).first().click();
    await expect(panel.getByRole('region', { name: 'Quote in its document' }).locator('mark')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    // Another view, never opened online: the page and its lazy parts (counts, chronology) come from the worker.
    await page.goto(new URL('?from=2024-11-01&to=2025-02-15', page.url()).toString());
    await expect(statusLine(page)).toHaveText(/^Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    await expect(page.getByRole('group', { name: /political prisoners/i })).toBeVisible();
    await page.evaluate('window.print = () => {}');
    await page.getByRole('button', { name: 'Print chronology' }).click();
    await eventually(
      () => page.evaluate('document.querySelectorAll("body > .print-chronology").length'),
      (n) => n === 1,
      'the chronology drawn',
    );
    const printed = (await pdfPages(await page.pdf())).join(' ');
    assert.ok(printed.includes('Viasna: 1,265 political prisoners held as of 31 December 2024'), 'printed offline');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('asks the network first: a new dataset shows on the next visit, with "Updated to version …", and a new page at once', async ({
    browser,
  }) => {
    const { page, context } = await openPage(browser, '', { serviceWorkers: 'allow' });
    await expect(statusLine(page)).toHaveText(/^Showing/);
    await controlled(page);
    const version = ((await page.getByText(/^Dataset /).textContent()) ?? '').replace('Dataset ', '');
    await expect(page.getByRole('region', { name: 'Dataset updated' })).toHaveCount(0); // a first visit says nothing

    // The host now publishes a new version (the worker's own requests are routed too).
    const next = `${version}-next`;
    await context.route('**/data/events.json', async (route) => {
      const response = await route.fetch();
      const dataset = await response.json();
      await route.fulfill({ response, json: { ...dataset, version: next } });
    });
    await page.reload();
    await expect(page.getByText(/^Dataset /)).toHaveText(`Dataset ${next}`);
    await expect(page.getByRole('region', { name: 'Dataset updated' })).toContainText(
      `Updated to version ${next} since your last visit (was ${version}).`,
    );

    // And a new build of the page itself is never hidden behind the stored one.
    await context.route(
      (url) => url.pathname === new URL(page.url()).pathname,
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('<title>', '<title>New build: ') });
      },
    );
    await page.reload();
    await eventually(
      () => page.title(),
      (title) => title.startsWith('New build: '),
      'the new page served',
    );
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  test('works as a mirror under a sub-path, offline too', async ({ browser }) => {
    // The same build, served as /mirror/ by a host of its own.
    const root = mkdtempSync(join(tmpdir(), 'mirror-'));
    symlinkSync(resolve('dist'), join(root, 'mirror'));
    const mirror = await startServer(root);
    try {
      const { page, context, errors } = await openPage(browser, null, { serviceWorkers: 'allow' });
      await page.goto(`${mirror.url}mirror/?event=${EVENT}`);
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
      await controlled(page);
      assert.equal(await page.evaluate('navigator.serviceWorker.controller.scriptURL'), `${mirror.url}mirror/sw.js`);
      await context.setOffline(true);
      await page.reload();
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await mirror.close();
    }
  });
});
