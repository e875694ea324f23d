import { expect, routeDataset, test } from './base';
import { FIXTURE_EVENT_COUNT as TOTAL } from './fixtures/dataset';
import { param, search, statusLine } from './helpers';

const MEETING = 'fixture-meeting-2025-12-12';

test.describe('explorer journeys', () => {
  test('opens on the whole dataset with events drawn on the timeline', async ({ page, errors }) => {
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region.locator('.vis-timeline')).toHaveCount(1);
    await expect(region.locator('[data-event-id]').first()).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('draws the first screen from the outline before events.json arrives, then opens events with their sources', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/events.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    const rows = page.getByRole('list', { name: 'Events in view' }).getByRole('button');
    await rows.first().click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('status')).toHaveText('Loading the events’ summaries and sources…');
    await expect(page.getByRole('button', { name: 'Print chronology' })).toBeDisabled();
    release();
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(panel.getByRole('blockquote').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print chronology' })).toBeEnabled();
  });

  test('filters by type, actor and search, and the status line follows', async ({ page }) => {
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);

    await page.getByRole('checkbox', { name: /^Release/ }).check();
    await expect(statusLine(page)).toHaveText(`Showing 2 of ${TOTAL} events`);
    await expect.poll(() => param(page, 'types')).toBe('release');

    await page.getByRole('checkbox', { name: /^Release/ }).uncheck();
    // Another spelling of her name, with another transliteration.
    await page.getByRole('combobox', { name: 'Actor' }).fill('Prikladova');
    await page.getByRole('option', { name: /Hanna Prykladava/ }).click();
    await expect(statusLine(page)).toHaveText(`Showing 7 of ${TOTAL} events`);
    await expect.poll(() => param(page, 'actors')).toBe('hanna-prykladava');

    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    // "Šabłonaŭ" without its diacritics: ł is not decomposed by Unicode, so it needs the app's own folding.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Sablonau');
    await expect(statusLine(page)).toHaveText(`Showing 4 of ${TOTAL} events`);

    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzzqqq');
    await expect(page.getByText('No events match')).toBeVisible();
  });

  test('opens a deep link with its panel, and Back and Forward walk the history', async ({ page }) => {
    await page.goto(`?event=${MEETING}`);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fixture: envoy Jordan Example meets Aliaksandr Shablonau');
    await expect(page.locator(`.vis-item.vis-selected[data-event-id="${MEETING}"]`)).toHaveCount(1);

    await page.getByRole('checkbox', { name: /^Meeting/ }).check();
    await expect.poll(() => param(page, 'types')).toBe('meeting');
    await panel.getByRole('button', { name: /Next/ }).click();
    // The next meeting in time.
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fixture: Hanna Prykladava and Jordan Example meet again');
    await expect.poll(() => param(page, 'event')).toBe('fixture-meeting-2026-01-15');

    await page.goBack();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/meets Aliaksandr Shablonau/);
    await expect.poll(() => param(page, 'event')).toBe(MEETING);
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).toBeChecked();
    await page.goForward();
    await expect.poll(() => param(page, 'event')).toBe('fixture-meeting-2026-01-15');
  });

  test('selects an event by clicking it on the timeline and by keyboard', async ({ page }) => {
    await page.goto('?from=2025-01-15&to=2025-02-10');
    const item = page.locator('.vis-item[data-event-id="fixture-election-2025-01-26"] .tl-item');
    await item.click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fixture: Examplia holds a test election');
    await expect.poll(() => param(page, 'event')).toBe('fixture-election-2025-01-26');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(1);
  });

  test('puts the window in the URL without adding history entries', async ({ page }) => {
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const from = (await search(page)).get('from');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    // A reload from that URL shows the same window.
    await page.goto(page.url());
    await expect(statusLine(page)).toHaveText(/Showing/);
    expect((await search(page)).get('from')).toBe(from);
  });

  test.describe('with the clipboard', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copies the link to the current view', async ({ page }) => {
      await page.goto(`?event=${MEETING}&types=meeting`);
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await expect(panel.getByText('Link copied')).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
    });
  });

  test('shows the reason when loading fails, and Retry recovers', async ({ page }) => {
    let fail = true;
    await routeDataset(page, (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()));
    await page.goto('?types=release');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('500');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(statusLine(page)).toHaveText(`Showing 2 of ${TOTAL} events`);
    await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
  });

  test('keeps exactly one timeline as the panel opens and closes', async ({ page }) => {
    await page.goto(`?event=${MEETING}`);
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page.locator('.vis-timeline')).toHaveCount(1);
  });
});
