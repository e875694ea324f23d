import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { BASE_URL, openPage, statusLine, useBrowser } from './browser';
import { expect } from './expect';

const DATA = '**/data/events.json';

async function openWith(page: Page, handler: (route: Route) => Promise<void> | void, path = '?types=release') {
  await page.route(DATA, handler);
  await page.goto(new URL(path, BASE_URL).toString());
}

describe('network faults and bad data end in a clear state', () => {
  const browser = useBrowser();

  const cases: [string, (route: Route) => Promise<void> | void, RegExp][] = [
    ['404', (route) => route.fulfill({ status: 404, body: 'nope' }), /not found on the server \(404\)/],
    ['500', (route) => route.fulfill({ status: 500, body: 'boom' }), /server failed to send the dataset \(500\)/],
    ['an aborted request', (route) => route.abort('connectionreset'), /could not be downloaded/],
    ['a file that is not JSON', (route) => route.fulfill({ body: 'hello, world' }), /not valid JSON/],
    ['an HTML error page with status 200', (route) => route.fulfill({ body: '<!doctype html><h1>Oops</h1>', contentType: 'text/html' }), /web page instead of the dataset/],
    ['a file cut off halfway', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ body: text.slice(0, Math.floor(text.length / 2)), contentType: 'application/json' });
    }, /not valid JSON/],
    ['the wrong shape', (route) => route.fulfill({ body: JSON.stringify({ version: 3, items: [] }) }), /expected shape/],
  ];

  for (const [name, handler, reason] of cases) {
    it(`shows the reason and a working Retry for ${name}`, async () => {
      const { page, context } = await openPage(browser(), null);
      let broken = true;
      await openWith(page, (route) => (broken ? handler(route) : route.continue()));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(reason);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
      // Nothing the link held was lost.
      await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
      await context.close();
    });
  }

  it('gives up on a response that takes 30 s, with a clear message instead of an endless spinner', { timeout: 60_000 }, async () => {
    const { page, context } = await openPage(browser(), null);
    await openWith(page, async (route) => {
      await new Promise((done) => setTimeout(done, 30_000));
      await route.fulfill({ body: '{}' }).catch(() => {});
    });
    await expect(page.getByText('Loading the dataset…')).toBeVisible();
    const started = Date.now();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 28_000 });
    await expect(alert).toContainText(/took too long/);
    assert.ok(Date.now() - started < 28_000);
    await context.close();
  });

  it('says so when offline on first load, and recovers by itself once back online', async () => {
    const { page, context } = await openPage(browser(), null);
    let online = false;
    // The page's own files are here; the network drops before the data arrives, as on a train.
    await page.addInitScript(`
      window.__offline = true;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => !window.__offline });
    `);
    await page.route(DATA, (route) => (online ? route.continue() : route.abort('internetdisconnected')));
    await page.goto(new URL('?types=release', BASE_URL).toString());
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('You appear to be offline.');
    online = true;
    await page.evaluate(`window.__offline = false; window.dispatchEvent(new Event('online'));`);
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
    await context.close();
  });

  it('shows the valid records of a partly broken file and says how many were skipped and why', async () => {
    const { page, context } = await openPage(browser(), null);
    await openWith(page, async (route) => {
      const response = await route.fetch();
      const dataset = (await response.json()) as { events: Record<string, unknown>[] };
      const total = dataset.events.length;
      dataset.events[0] = { ...dataset.events[0], date: '2025-02-30' };
      dataset.events[1] = { ...dataset.events[1], type: 'party' };
      await route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json', headers: { 'x-total': String(total) } });
    }, '');
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    const summary = page.getByText('2 records were skipped because they are invalid');
    await expect(summary).toBeVisible();
    await summary.click();
    await expect(page.getByText(/date: must be a real date/)).toBeVisible();
    await context.close();
  });
});
