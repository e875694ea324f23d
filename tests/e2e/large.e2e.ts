import type { Page } from '@playwright/test';
import { expect, test } from './base';
import { statusCounts, statusLine } from './helpers';
import { countIn, ensureLargeDataset, LARGE_EVENTS, middleEvent, publishUpdate } from './large-dataset';

/**
 * The large form (issue 14) on a generated dataset of 200,000 events: the app reads data/events.json,
 * finds a manifest, and asks DuckDB-Wasm in a worker for the window's events with HTTP range requests.
 * Every figure on screen is checked against DuckDB in Node reading the same file.
 */
test.use({ dataset: 'real' });
test.describe.configure({ timeout: 120_000 });

let data: ReturnType<typeof ensureLargeDataset>;
test.beforeAll(() => {
  test.setTimeout(300_000);
  data = ensureLargeDataset();
});

const windowStatus = (page: Page) => statusLine(page).filter({ hasText: /in this window/ });

async function settled(page: Page) {
  await expect(windowStatus(page)).toBeVisible({ timeout: 60_000 });
  await expect(statusLine(page)).not.toContainText('Reading this window');
}

test('opens 200,000 events on the last weeks, with the total and the window counted', async ({ page, errors }) => {
  const engineRequests: string[] = [];
  page.on('request', (request) => {
    if (/events-[0-9a-f]+\.parquet$/.test(request.url())) engineRequests.push(request.headers().range ?? 'whole file');
  });
  await page.goto('large/');
  await settled(page);
  expect(await statusCounts(page)).toEqual([LARGE_EVENTS, LARGE_EVENTS]);
  // The first window is drawn: its events, or counts where they are too dense to draw one by one.
  await expect(page.locator('.vis-item').first()).toBeVisible();
  // Every read of the events file asked for a part of it.
  expect(engineRequests.length).toBeGreaterThan(0);
  expect(engineRequests.filter((range) => !range.startsWith('bytes='))).toEqual([]);
  // The type facet lists the whole dataset's counts, from the overview files.
  await expect(page.getByRole('checkbox', { name: /^Sentence/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the bundled dataset (the small form) never downloads the engine', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('./');
  await expect(statusLine(page)).toContainText(/Showing [\d,]+ of [\d,]+ events/);
  await page.getByRole('checkbox', { name: /^Release/ }).check();
  await expect(page).toHaveURL(/types=release/);
  expect(requests.filter((path) => /\/engine\/|duckdb|\/assets\/engine-/.test(path))).toEqual([]);
});

test('a type filter, an actor filter and a search count the whole dataset, as DuckDB does', async ({ page }) => {
  await page.goto('large/');
  await settled(page);

  await page.getByRole('checkbox', { name: /^Release/ }).check();
  const releases = await countIn(data.dir, `type = 'release'`);
  await expect(statusLine(page)).toContainText(`Showing ${releases.toLocaleString('en')} of ${LARGE_EVENTS.toLocaleString('en')}`);
  await expect(page).toHaveURL(/types=release/);

  await page.getByRole('checkbox', { name: /^Release/ }).uncheck();
  await expect(statusLine(page)).toContainText('Showing 200,000 of 200,000');

  // An actor, picked by name: the page's count is DuckDB's count of that actor's events.
  const actor = data.actors[0]!;
  await page.getByRole('combobox', { name: 'Actor' }).fill(actor.name);
  await page
    .getByRole('option', { name: new RegExp(actor.name) })
    .first()
    .click();
  const ofActor = await countIn(data.dir, `list_contains(actors, '${actor.id}')`);
  await expect(statusLine(page)).toContainText(`Showing ${ofActor.toLocaleString('en')} of 200,000`);
  await expect(page).toHaveURL(new RegExp(`actors=${actor.id}`));
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(statusLine(page)).toContainText('Showing 200,000 of 200,000');

  await page.getByRole('searchbox', { name: 'Search' }).fill('minsk');
  const minsk = await countIn(
    data.dir,
    `strip_accents(lower(concat_ws(' | ', title, summary, location, title_be, summary_be, title_ru, summary_ru))) LIKE '%minsk%'`,
  );
  expect(minsk).toBeGreaterThan(0);
  await expect.poll(async () => (await statusCounts(page))[0]).toBeLessThan(LARGE_EVENTS);
  // The text matches at least, with the events of actors whose names hold the word.
  expect((await statusCounts(page))[0]).toBeGreaterThanOrEqual(minsk);
  await expect(page).toHaveURL(/q=minsk/);
});

test('a link to one event far from the first window opens it, with its panel', async ({ page }) => {
  const event = await middleEvent(data.dir);
  await page.goto(`large/?event=${event.id}`);
  await expect(page.getByRole('heading', { name: event.title })).toBeVisible({ timeout: 60_000 });
  await settled(page);
  // Drawn on the timeline, and selected there.
  await expect(page.locator(`.vis-item.vis-selected[data-event-id="${event.id}"]`)).toBeVisible();
  // The window moved to the event's weeks.
  const from = new URL(page.url()).searchParams.get('from')!;
  const to = new URL(page.url()).searchParams.get('to')!;
  expect(from <= event.date && event.date <= to).toBe(true);
});

test('a dataset republished while a reader has it open: the page says so and reloads into the new one', async ({ page }) => {
  publishUpdate('update-a', 1);
  await page.goto('large-update/');
  await expect(statusLine(page)).toContainText('Showing 600 of 600');
  await expect(page.getByText('Dataset update-a')).toBeVisible();

  publishUpdate('update-b', 2);
  // The page asks the host for its version beside its queries, at most every 5 s: filtering again
  // (here, one type on and off) soon finds the new version published.
  const alert = page.getByRole('alert');
  await expect(async () => {
    await page.getByRole('checkbox').first().click();
    await expect(alert).toContainText('The dataset was updated since this page opened.', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await alert.getByRole('button', { name: 'Reload to read the new version' }).click();
  await expect(page.getByText('Dataset update-b')).toBeVisible({ timeout: 60_000 });
  await expect(statusLine(page)).toContainText('of 600');
});

test.describe('bad large datasets end in a clear message with Retry', () => {
  const manifestWith = async (page: Page, change: (manifest: Record<string, unknown>) => void) => {
    await page.route('**/large/data/events.json', async (route) => {
      const manifest = (await (await route.fetch()).json()) as Record<string, unknown>;
      change(manifest);
      await route.fulfill({ body: JSON.stringify(manifest), contentType: 'application/json' });
    });
  };

  test('a manifest pointing at a missing file', async ({ page }) => {
    await manifestWith(page, (manifest) => ((manifest.files as Record<string, string>).events = 'missing.parquet'));
    await page.goto('large/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/missing\.parquet/, { timeout: 60_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a truncated events file', async ({ page }) => {
    await manifestWith(page, (manifest) => ((manifest.files as Record<string, string>).events = 'truncated.parquet'));
    await page.goto('large/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/could not read truncated\.parquet/, { timeout: 60_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a server that answers range requests with the whole file', async ({ page }) => {
    await page.goto('large-no-ranges/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/range requests/, { timeout: 60_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a missing overview file', async ({ page }) => {
    await page.route('**/large/data/counts.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
    await page.goto('large/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/counts\.json was not found/, { timeout: 60_000 });
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
