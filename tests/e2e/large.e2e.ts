import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './base';
import { statusCounts, statusLine } from './helpers';
import { countIn, ensureLargeDataset, firstTitlesOf, LARGE_EVENTS, middleEvent, publishUpdate } from './large-dataset';

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
  // The status line counts the window the reader sees, as its list does, not the margins read beside it.
  const number = (text: string | null, pattern: RegExp) => Number(text?.match(pattern)?.[1]?.replaceAll(',', ''));
  const listed = number(await page.getByText(/in this time window, oldest first/).textContent(), /^([\d,]+) events?/);
  expect(listed).toBeGreaterThan(0);
  expect(number(await windowStatus(page).textContent(), /([\d,]+) in this window/)).toBe(listed);
  // Every read of the events file asked for a part of it.
  expect(engineRequests.length).toBeGreaterThan(0);
  expect(engineRequests.filter((range) => !range.startsWith('bytes='))).toEqual([]);
  // The type facet lists the whole dataset's counts, from the overview files.
  await expect(page.getByRole('checkbox', { name: /^Sentence/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the overview strip shows the whole dataset, not the window, and jumps to its first events', async ({ page }) => {
  const counts = JSON.parse(readFileSync(join(data.dir, 'counts.json'), 'utf8')) as { dates: string[] };
  const firstYear = Number(counts.dates[0]!.slice(0, 4));
  const lastYear = Number(counts.dates.at(-1)!.slice(0, 4));
  await page.goto('large/');
  await settled(page);
  const strip = page.getByRole('slider', { name: /^Overview of all events/ });
  // Its extent is the dataset's (with a little room either side), though the window holds a few days.
  expect(Number(await strip.getAttribute('aria-valuemin'))).toBeLessThanOrEqual(firstYear);
  expect(Number(await strip.getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(lastYear);
  expect(lastYear - firstYear).toBeGreaterThan(2);
  // Home jumps to the first events, years before the first window.
  await strip.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`from=(${firstYear}|${firstYear - 1})-`));
  await settled(page);
  await expect(page.locator('.vis-item').first()).toBeVisible();
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
  const inText = `strip_accents(lower(concat_ws(' | ', title, summary, location, title_be, summary_be, title_ru, summary_ru))) LIKE '%minsk%'`;
  const minsk = await countIn(data.dir, inText);
  expect(minsk).toBeGreaterThan(0);
  await expect.poll(async () => (await statusCounts(page))[0]).toBeLessThan(LARGE_EVENTS);
  // The text matches at least, with the events of actors whose names hold the word.
  const found = (await statusCounts(page))[0];
  expect(found).toBeGreaterThanOrEqual(minsk);
  await expect(page).toHaveURL(/q=minsk/);

  // The actor picker counts under the search too (the engine counts the actors once the screen is
  // drawn): the busiest actor not named like the word has only those of its events that match, at
  // least those whose text holds the word, not all its events.
  const busiest = data.actors.find((candidate) => !/minsk/i.test(candidate.name))!;
  const busiestInText = await countIn(data.dir, `list_contains(actors, '${busiest.id}') AND ${inText}`);
  expect(busiestInText).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Actor' }).fill(busiest.name);
  const option = page.getByRole('option', { name: new RegExp(`^${busiest.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,`) });
  // Its text ends with the count read out: ", 1,234 events".
  const optionCount = async () => Number(/, ([\d,]+) events?$/.exec((await option.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
  await expect.poll(optionCount).toBeLessThan(busiest.events);
  expect(await optionCount()).toBeGreaterThanOrEqual(busiestInText);
  expect(await optionCount()).toBeLessThanOrEqual(found);
});

/**
 * Events whose sources come from two or more publishers (names compared without case or extra spaces),
 * derived here from the file's sources themselves, not from the column the publisher wrote.
 */
const INDEPENDENT = `len(list_distinct(list_transform(CAST(json_extract_string(sources, '$[*].publisher') AS VARCHAR[]), p -> lower(trim(regexp_replace(p, '\\s+', ' ', 'g')))))) > 1`;

test('the corroboration filter counts the whole dataset, alone and with a type, as DuckDB does', async ({ page }) => {
  await page.goto('large/');
  await settled(page);
  const group = page.getByRole('group', { name: 'Corroboration' });
  const independent = group.getByRole('checkbox', { name: /^Several independent publishers/ });
  const all = await countIn(data.dir, INDEPENDENT);
  expect(all).toBeGreaterThan(0);
  // With no filter, the overview's count; the accessible name carries it.
  await expect(independent).toHaveAccessibleName(new RegExp(`, ${all.toLocaleString('en')} events$`));

  // A type filter: each level's count among that type's events, still from the overview.
  await page.getByRole('checkbox', { name: /^Release/ }).check();
  const releases = await countIn(data.dir, `type = 'release' AND ${INDEPENDENT}`);
  await expect(independent).toHaveAccessibleName(new RegExp(`, ${releases.toLocaleString('en')} events$`));

  // The level and the type together: the engine counts, and the link holds both.
  await independent.check();
  await expect(statusLine(page)).toContainText(`Showing ${releases.toLocaleString('en')} of 200,000`);
  await expect(page).toHaveURL(/corroboration=independent/);
  await page.getByRole('checkbox', { name: /^Release/ }).uncheck();
  await expect(statusLine(page)).toContainText(`Showing ${all.toLocaleString('en')} of 200,000`);
});

test('a link to one event far from the first window opens it, with its panel', async ({ page }) => {
  const event = await middleEvent(data.dir);
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (/ids-[0-9a-f]+\.parquet$/.test(request.url())) lookups.push(request.headers().range ?? 'whole file');
  });
  // What the panel says on the way, however briefly (a fast machine reads the event in a blink).
  await page.addInitScript(() => {
    const seen = { reading: false, notFound: false };
    Object.assign(window, { panelSaid: seen });
    new MutationObserver(() => {
      const text = document.body?.textContent ?? '';
      seen.reading ||= text.includes('Reading this event…');
      seen.notFound ||= text.includes('Event not found');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`large/?event=${event.id}`);
  await expect(page.getByRole('heading', { name: event.title })).toBeVisible({ timeout: 60_000 });
  // While the engine read it, the panel said so: never "not found".
  expect(await page.evaluate(() => (window as unknown as { panelSaid: { reading: boolean; notFound: boolean } }).panelSaid)).toEqual({
    reading: true,
    notFound: false,
  });
  // Found through the ids file, by range requests, never the whole file.
  expect(lookups.length).toBeGreaterThan(0);
  expect(lookups).not.toContain('whole file');
  await settled(page);
  // Drawn on the timeline, and selected there.
  await expect(page.locator(`.vis-item.vis-selected[data-event-id="${event.id}"]`)).toBeVisible();
  // The window moved to the event's weeks.
  const from = new URL(page.url()).searchParams.get('from')!;
  const to = new URL(page.url()).searchParams.get('to')!;
  expect(from <= event.date && event.date <= to).toBe(true);
});

test('a link to an id the large file does not have says so once the engine has answered', async ({ page }) => {
  await page.goto('large/?event=no-such-event');
  const panel = page.getByRole('complementary', { name: 'Event details' });
  await expect(panel.getByRole('heading', { name: 'Event not found' })).toBeVisible({ timeout: 60_000 });
  await expect(panel).toContainText('no-such-event');
});

/** Nearly three years around the middle of the file: thousands of events of one type, too many to draw one by one. */
async function denseWindow(): Promise<{ from: string; to: string; overlaps: string }> {
  const middle = await middleEvent(data.dir);
  const day = Date.parse(`${middle.date}T00:00:00Z`);
  const from = new Date(day - 500 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(day + 500 * 86_400_000).toISOString().slice(0, 10);
  const overlaps = `start_ms < ${Date.parse(`${to}T00:00:00Z`)} AND end_ms > ${Date.parse(`${from}T00:00:00Z`)}`;
  return { from, to, overlaps };
}

test('exports the view (filters and window) batch by batch, with its progress: exactly the events DuckDB finds there', async ({ page }) => {
  const { from, to, overlaps } = await denseWindow();
  await page.goto(`large/?from=${from}&to=${to}&types=release`);
  await settled(page);
  const expected = await countIn(data.dir, `type = 'release' AND ${overlaps}`);
  // More than one batch (2,000 events), and more than the timeline draws one by one.
  expect(expected).toBeGreaterThan(3_000);
  await page.getByText('Export this view').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const lines = readFileSync((await file.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  // A header, then one line per event (summaries hold no line breaks in the generated data).
  expect(lines.length - 1).toBe(expected);
  expect(lines.slice(1).every((line) => line.includes(',Release,'))).toBe(true);
  expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(expected);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the CSV file' })).toHaveText(
    `Saved the CSV file: ${expected.toLocaleString('en')} events.`,
  );

  // The JSON file is the published format, the same events in date order.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const dataset = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { events: { type: string; date: string }[]; actors: unknown[] };
  expect(dataset.events).toHaveLength(expected);
  expect(dataset.events.every((event) => event.type === 'release')).toBe(true);
  expect(dataset.actors.length).toBeGreaterThan(0);
});

test('the counts chart counts the whole window from the engine, not only the events drawn', async ({ page }) => {
  const { from, to, overlaps } = await denseWindow();
  await page.goto(`large/?from=${from}&to=${to}`);
  await settled(page);
  await page.getByRole('tab', { name: 'Counts over time' }).click();
  await expect(page.getByText('Counting this window…')).toBeHidden({ timeout: 60_000 });
  await page.getByText('Show the counts as tables').click();
  const months = page.getByRole('table', { name: /Releases, pardons and sentences per month/ });
  await expect(months.getByRole('row').nth(1)).toBeVisible();
  // Every month of the window with releases, summed: DuckDB's count of the window's releases placed in a month.
  const releases = await countIn(data.dir, `type = 'release' AND length(date) > 4 AND ${overlaps}`);
  expect(releases).toBeGreaterThan(3_000);
  const summed = await months
    .locator('tbody tr')
    .evaluateAll((rows) => rows.reduce((sum, row) => sum + Number(row.children[1]!.textContent), 0));
  expect(summed).toBe(releases);
  // The political-prisoner counts of the window, as many as DuckDB finds (the table shows 100 at first).
  const counted = await countIn(
    data.dir,
    `type = 'statistic' AND contains(CAST(figures AS VARCHAR), '"politicalPrisoners"') AND ${overlaps}`,
  );
  expect(counted).toBeGreaterThan(0);
  const points = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
  await expect(points.locator('tbody tr')).toHaveCount(Math.min(100, counted));
});

test('the person view lists all of an actor’s events from the engine, a page at a time, in date order', async ({ page }) => {
  const actor = data.actors.find((entry) => entry.events > 60)!;
  await page.goto(`large/?actors=${actor.id}`);
  await settled(page);
  const profile = page.getByRole('complementary', { name: `Profile of ${actor.name}` });
  const total = await countIn(data.dir, `list_contains(actors, '${actor.id}')`);
  await expect(profile.getByRole('heading', { name: `Their events (${total.toLocaleString('en')})` })).toBeVisible();
  // The first page is the actor's first 25 events of the whole file, not of the window on screen.
  const expected = await firstTitlesOf(data.dir, actor.id, 50);
  const listed = profile.getByRole('listitem').getByRole('button');
  await expect(listed).toHaveCount(25);
  expect(await listed.allTextContents()).toEqual(expected.slice(0, 25));
  await profile.getByRole('button', { name: /Show \d+ more events/ }).click();
  await expect(listed).toHaveCount(50);
  expect(await listed.allTextContents()).toEqual(expected);
});

test('a search over every date, exported: the file holds exactly the events the status line counts', async ({ page }) => {
  await page.goto('large/?from=1990-01-01&to=2030-01-01&q=minsk');
  await settled(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const [matching] = await statusCounts(page);
  // At least every event whose text holds the word (with those of actors whose names hold it).
  const inText = await countIn(data.dir, `strip_accents(lower(concat_ws(' | ', title, summary, location))) LIKE '%minsk%'`);
  expect(matching).toBeGreaterThanOrEqual(inText);
  await page.getByText('Export this view').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const lines = readFileSync((await file.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines.length - 1).toBe(matching);
});

test('a long export shows its progress and can be stopped, saving nothing', async ({ page }) => {
  let downloads = 0;
  page.on('download', () => downloads++);
  // Every event of the file: 100 batches.
  await page.goto('large/?from=1990-01-01&to=2030-01-01');
  await settled(page);
  // Too dense to draw one by one: the timeline counts periods, and the list says why it lists none.
  await expect(page.getByRole('region', { name: 'Event list' })).toContainText(
    'Too many events in this window to list one by one: zoom in or filter to list them.',
  );
  await page.getByText('Export this view').click();
  await page.getByRole('button', { name: 'Download iCalendar' }).click();
  const progress = page.getByRole('progressbar', { name: 'Making the iCalendar file' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /of 200,000 events written/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toHaveText('Stopped: no file was saved.');
  await expect(progress).toBeHidden();
  // The buttons are back, and nothing was saved.
  await expect(page.getByRole('button', { name: 'Download iCalendar' })).toBeEnabled();
  expect(downloads).toBe(0);
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
    // The app reads the manifest as events.outline.json (its first request), else as events.json.
    await page.route(/\/large\/data\/events(\.outline)?\.json$/, async (route) => {
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
