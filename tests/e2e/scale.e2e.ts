import { readFileSync } from 'node:fs';
import { actorSearchText, searchText, tokens } from '../../scripts/synthetic/fold';
import { generateDataset } from '../../scripts/synthetic/generate';
import { expect, routeDataset, test } from './base';
import { statusCounts, statusLine } from './helpers';

// Synthetic data, routed by each journey.
test.describe('large datasets', () => {
  test.describe.configure({ timeout: 120_000 });

  test('shows a large file at once and drops what the full schema check in the worker rejects', async ({ page, errors }) => {
    const dataset = generateDataset({ events: 16_000, seed: 5 });
    const events = dataset.events as unknown as Record<string, unknown>[];
    // Caught by the quick structural check on the main thread:
    events[10] = { ...events[10], date: '2025-02-30' };
    // Passes the quick check, but the schema forbids negative figures: only the worker sees it.
    events[20] = { ...events[20], figures: { released: -5 } };
    const body = JSON.stringify(dataset);
    expect(body.length, 'large enough for the background check').toBeGreaterThan(8_000_000);

    await routeDataset(page, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('?types=release');
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    await expect(page.getByText('2 records were skipped because they are invalid')).toBeVisible();
    const [, total] = await statusCounts(page);
    expect(total).toBe(16_000 - 2);
    await page.getByText('2 records were skipped because they are invalid').click();
    await expect(page.getByText(/figures\.released/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Checking all/ })).toHaveCount(0);
    expect(await page.locator('.vis-item').count(), 'the DOM stays small').toBeLessThan(400);
    expect(errors).toEqual([]);
  });

  test('searches a large file right, and keeps a busy person’s profile short', async ({ page, errors }) => {
    const dataset = generateDataset({ events: 16_000, seed: 5 });
    const body = JSON.stringify(dataset);
    // What the search must find, worked out here with the bench's own folding rules (not the app's code).
    const actorText = new Map(dataset.actors.map((a) => [a.id, actorSearchText(a)]));
    const words = tokens('Minsk court');
    const expected = dataset.events.filter((e) => words.every((w) => searchText(e, actorText).includes(w))).length;
    const counts = new Map<string, number>();
    for (const e of dataset.events) for (const id of e.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [busiest, busiestCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const name = dataset.actors.find((a) => a.id === busiest)!.name;
    expect(busiestCount, 'a person with more events than one page of the profile').toBeGreaterThan(30);

    await routeDataset(page, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./');
    await expect(statusLine(page)).toHaveText('Showing 16,000 of 16,000 events');
    await expect(page.getByRole('status').filter({ hasText: /^Checking all/ })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Minsk court');
    await expect(statusLine(page)).toHaveText(`Showing ${expected.toLocaleString('en-US')} of 16,000 events`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');

    await page.getByRole('combobox', { name: 'Actor' }).fill(name);
    await page
      .getByRole('option', { name: new RegExp(`^${name}(?!\\d)`) })
      .first()
      .click();
    await expect(statusLine(page)).toHaveText(`Showing ${busiestCount} of 16,000 events`);
    const profile = page.getByRole('complementary', { name: `Profile of ${name}` });
    await expect(profile.getByRole('heading', { name: `Their events (${busiestCount})` })).toBeVisible();
    const rows = profile.locator('ol > li');
    await expect(rows).toHaveCount(25);
    const left = busiestCount - 25;
    await profile
      .getByRole('button', { name: left <= 25 ? `Show the other ${left} events` : `Show 25 more events (${left} not shown)` })
      .click();
    await expect(rows).toHaveCount(Math.min(50, busiestCount));
    expect(await page.evaluate(() => document.getElementsByTagName('*').length), 'the DOM stays small').toBeLessThan(2000);
    expect(errors).toEqual([]);
  });

  test('keeps the counts view the size of the screen: dense lines thinned, tables a page at a time', async ({ page, errors }) => {
    const dataset = generateDataset({ events: 16_000, seed: 5 });
    const counts = dataset.events.filter((e) => e.type === 'statistic' && e.figures?.politicalPrisoners !== undefined).length;
    expect(counts, 'enough counts to be dense at full range').toBeGreaterThan(300);
    const body = JSON.stringify(dataset);
    await routeDataset(page, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./');
    await expect(statusLine(page)).toHaveText('Showing 16,000 of 16,000 events');
    // The whole extent: it opens on a recent stretch.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    await expect(page.getByRole('group', { name: /political prisoners/i })).toBeVisible();
    await expect(page.getByText(/counts in this window are drawn as lines: zoom in to pick one/)).toBeVisible();
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    expect(await nodes(), 'counts view DOM').toBeLessThan(1500);

    await page.getByText('Show the counts as tables').click();
    const table = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
    await expect(table.locator('tbody tr')).toHaveCount(100);
    await page.getByRole('button', { name: `Show 100 more rows (${(counts - 100).toLocaleString('en-US')} not shown)` }).click();
    await expect(table.locator('tbody tr')).toHaveCount(200);
    expect(await nodes(), 'with the tables open').toBeLessThan(3000);

    // Zoomed in to one month, every count there is a point that opens its event.
    await page.goto('?from=2023-06-01&to=2023-06-30');
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const points = page.getByRole('group', { name: /political prisoners/i }).getByRole('button');
    // The chart's code loads when the tab first opens.
    await expect(points.first()).toBeVisible();
    expect(await points.count(), 'points to pick at one month').toBeGreaterThan(0);
    await points.first().click();
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('exports a large view without freezing the page', async ({ page, errors }) => {
    const dataset = generateDataset({ events: 16_000, seed: 5 });
    const body = JSON.stringify(dataset);
    await routeDataset(page, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./');
    await expect(statusLine(page)).toHaveText('Showing 16,000 of 16,000 events');
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.getByText('Export 16,000 events').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download iCalendar' }).click()]);
    const ics = readFileSync((await file.path())!, 'utf8');
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(16_000);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Made a slice at a time: no single task holds the page for long (at once it took ~0.5 s here).
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    expect(longest, 'longest task while exporting (ms)').toBeLessThan(250);
    await expect(page.getByRole('group', { name: 'Export the events in view' }).getByRole('status')).toHaveText(
      'The events in the current filters and time window.',
    );
    expect(errors).toEqual([]);
  });
});
