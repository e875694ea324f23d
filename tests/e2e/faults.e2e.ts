import type { Page, Route } from '@playwright/test';
import { expect, FIXTURE_BODY, routeDataset, test } from './base';
import { statusLine } from './helpers';

const DATA_FILES = /\/data\/events(\.outline)?\.json$/;
const MEETING = 'fixture-meeting-2025-12-12';

/** `handler` answers the dataset request; route.fallback() there serves the journeys' dataset. */
async function openWith(page: Page, handler: (route: Route) => Promise<void> | void, path = '?types=release') {
  await routeDataset(page, handler);
  await page.goto(path);
}

test.describe('network faults and bad data end in a clear state', () => {
  const cases: [string, (route: Route) => Promise<void> | void, RegExp][] = [
    ['404', (route) => route.fulfill({ status: 404, body: 'nope' }), /not found on the server \(404\)/],
    ['500', (route) => route.fulfill({ status: 500, body: 'boom' }), /server failed to send the dataset \(500\)/],
    ['an aborted request', (route) => route.abort('connectionreset'), /could not be downloaded/],
    ['a file that is not JSON', (route) => route.fulfill({ body: 'hello, world' }), /not valid JSON/],
    [
      'an HTML error page with status 200',
      (route) => route.fulfill({ body: '<!doctype html><h1>Oops</h1>', contentType: 'text/html' }),
      /web page instead of the dataset/,
    ],
    [
      'a file cut off halfway',
      (route) => route.fulfill({ body: FIXTURE_BODY.slice(0, Math.floor(FIXTURE_BODY.length / 2)), contentType: 'application/json' }),
      /not valid JSON/,
    ],
    ['the wrong shape', (route) => route.fulfill({ body: JSON.stringify({ version: 3, items: [] }) }), /expected shape/],
  ];

  for (const [name, handler, reason] of cases) {
    test(`shows the reason and a working Retry for ${name}`, async ({ page }) => {
      let broken = true;
      await openWith(page, (route) => (broken ? handler(route) : route.fallback()));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(reason);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
      // Nothing the link held was lost.
      await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
    });
  }

  test('gives up on a response that takes 30 s, with a clear message instead of an endless spinner', async ({ page }) => {
    test.setTimeout(60_000);
    await openWith(page, async (route) => {
      await new Promise((done) => setTimeout(done, 30_000));
      await route.fulfill({ body: '{}' }).catch(() => {});
    });
    await expect(page.getByText('Loading the dataset…')).toBeVisible();
    const started = Date.now();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 28_000 });
    await expect(alert).toContainText(/took too long/);
    expect(Date.now() - started).toBeLessThan(28_000);
  });

  test('says so when offline on first load, and recovers by itself once back online', async ({ page }) => {
    let online = false;
    // The page's own files are here; the network drops before the data arrives, as on a train.
    await page.addInitScript(`
      window.__offline = true;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => !window.__offline });
    `);
    // Both files the page reads first (the outline and events.json) are out of reach.
    await page.route(DATA_FILES, (route) => (online ? route.fallback() : route.abort('internetdisconnected')));
    await page.goto('?types=release');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('You appear to be offline.');
    online = true;
    await page.evaluate(`window.__offline = false; window.dispatchEvent(new Event('online'));`);
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
  });

  test('keeps the first screen when events.json fails after the outline, and Retry brings the sources', async ({ page }) => {
    let broken = true;
    await page.route('**/data/events.json', (route) => (broken ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()));
    await page.goto(`?event=${MEETING}`);
    // Drawn from the outline: the list and the timeline, the open event waiting for its words.
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    const notice = page.getByRole('region', { name: 'Summaries and sources' });
    await expect(notice.getByRole('alert')).toContainText(/could not be loaded.*server failed to send the dataset \(500\)/);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('status')).toHaveText('Loading the events’ summaries and sources…');
    await expect(page.getByRole('list', { name: 'Events in view' }).getByRole('button').first()).toBeVisible();
    broken = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(panel.getByRole('heading', { name: 'Fixture: envoy Jordan Example meets Aliaksandr Shablonau' })).toBeVisible();
    await expect(panel.getByText('Test meeting, the one most journeys open.')).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test('shows the valid records of a partly broken file and says how many were skipped and why', async ({ page }) => {
    await openWith(
      page,
      async (route) => {
        const dataset = JSON.parse(FIXTURE_BODY) as { events: Record<string, unknown>[] };
        dataset.events[0] = { ...dataset.events[0], date: '2025-02-30' };
        dataset.events[1] = { ...dataset.events[1], type: 'party' };
        await route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' });
      },
      './',
    );
    const total = JSON.parse(FIXTURE_BODY).events.length - 2;
    await expect(statusLine(page)).toHaveText(`Showing ${total} of ${total} events`);
    const summary = page.getByText('2 records were skipped because they are invalid');
    await expect(summary).toBeVisible();
    await summary.click();
    await expect(page.getByText(/date: must be a real date/)).toBeVisible();
  });
});
