import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURE_BODY, routeDataset, test } from './base';
import { FIXTURE_VERSION } from './fixtures/dataset';
import { statusLine } from './helpers';
import { pdfPages } from './pdf-text';
// A second host for the same build under a sub-path: the one place a journey starts a server of the tools.
// eslint-disable-next-line no-restricted-imports
import { startServer } from '../../tools/browser/static-server';

const EVENT = 'fixture-meeting-2025-12-12';
const TITLE = 'Fixture: envoy Jordan Example meets Aliaksandr Shablonau';

/** Waits until the service worker has installed (the precache is filled) and controls the page. */
async function controlled(page: Page) {
  await page.evaluate('navigator.serviceWorker.ready');
  await expect
    .poll(() => page.evaluate('navigator.serviceWorker.controller !== null'), { message: 'the page controlled by the service worker' })
    .toBe(true);
}

test.describe('offline and on the next visit', () => {
  // The worker's own requests meet the fixture's routes too (on the context): it installs the journeys' dataset.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the app, the dataset and an event open offline; printing works too', async ({ page, context, errors }) => {
    await page.goto(`?event=${EVENT}`);
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
    await expect
      .poll(() => page.evaluate('document.querySelectorAll("body > .print-chronology").length'), { message: 'the chronology drawn' })
      .toBe(1);
    const printed = (await pdfPages(await page.pdf())).join(' ');
    assert.ok(printed.includes('Fixture Rights Group: 1,111 political prisoners on 31 Dec 2024'), 'printed offline');
    assert.deepEqual(errors, []);
  });

  test('asks the network first: a new dataset shows on the next visit, with "Updated to version …", and a new page at once', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(/^Showing/);
    await controlled(page);
    const version = FIXTURE_VERSION;
    await expect(page.getByText(/^Dataset /)).toHaveText(`Dataset ${version}`);
    await expect(page.getByRole('region', { name: 'Dataset updated' })).toHaveCount(0); // a first visit says nothing

    // The host now publishes a new version (the worker's own requests are routed too).
    const next = `${version}-next`;
    await routeDataset(context, (route) => route.fulfill({ json: { ...JSON.parse(FIXTURE_BODY), version: next } }));
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
    await expect.poll(() => page.title(), { message: 'the new page served' }).toMatch(/^New build: /);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('works as a mirror under a sub-path, offline too', async ({ page, context, errors }) => {
    // The same build, served as /mirror/ by a host of its own.
    const root = mkdtempSync(join(tmpdir(), 'mirror-'));
    symlinkSync(resolve('dist'), join(root, 'mirror'));
    const mirror = await startServer(root);
    try {
      await page.goto(`${mirror.url}mirror/?event=${EVENT}`);
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
      await controlled(page);
      assert.equal(await page.evaluate('navigator.serviceWorker.controller.scriptURL'), `${mirror.url}mirror/sw.js`);
      await context.setOffline(true);
      await page.reload();
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(TITLE);
      assert.deepEqual(errors, []);
    } finally {
      await mirror.close();
    }
  });
});
