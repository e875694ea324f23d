import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expect } from './expect';
import { openPage, search, statusCounts, statusLine, useBrowser } from './browser';

describe('explorer journeys', () => {
  const browser = useBrowser();

  it('opens on the whole dataset with events drawn on the timeline', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    const [shown, total] = await statusCounts(page);
    assert.equal(shown, total);
    assert.ok(total > 100, `expected the real dataset, saw ${total}`);
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region.locator('.vis-timeline')).toHaveCount(1);
    assert.ok((await region.locator('[data-event-id]').count()) > 0, 'some events are drawn');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('filters by type, actor and search, and the status line follows', async () => {
    const { page, context } = await openPage(browser());
    await expect(statusLine(page)).toHaveText(/Showing/);
    const [, total] = await statusCounts(page);

    await page.getByRole('checkbox', { name: /^Release/ }).check();
    const [afterType] = await statusCounts(page);
    assert.ok(afterType > 0 && afterType < total, `type filter: ${afterType} of ${total}`);
    assert.equal((await search(page)).get('types'), 'release');

    await page.getByRole('checkbox', { name: /^Release/ }).uncheck();
    await page.getByRole('combobox', { name: 'Actor' }).fill('Cichanouskaja');
    await page.getByRole('option', { name: /Sviatlana Tsikhanouskaya/ }).click();
    const [afterActor] = await statusCounts(page);
    assert.ok(afterActor > 0 && afterActor < total, `actor filter: ${afterActor}`);
    assert.equal((await search(page)).get('actors'), 'sviatlana-tsikhanouskaya');

    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Lukasenka');
    await expect(statusLine(page)).not.toHaveText(`Showing ${total} of ${total} events`);
    const [afterSearch] = await statusCounts(page);
    assert.ok(afterSearch > 0 && afterSearch < total, `search: ${afterSearch}`);

    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzzqqq');
    await expect(page.getByText('No events match')).toBeVisible();
    await context.close();
  });

  it('opens a deep link with its panel, and Back and Forward walk the history', async () => {
    const { page, context } = await openPage(browser(), '?event=coale-meets-lukashenko-2025-12-12');
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Coale/);
    await expect(page.locator('.vis-item.vis-selected[data-event-id="coale-meets-lukashenko-2025-12-12"]')).toHaveCount(1);

    await page.getByRole('checkbox', { name: /^Meeting/ }).check();
    assert.equal((await search(page)).get('types'), 'meeting');
    await panel.getByRole('button', { name: /Next/ }).click();
    const nextId = (await search(page)).get('event');
    assert.notEqual(nextId, 'coale-meets-lukashenko-2025-12-12');

    await page.goBack();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Coale/);
    assert.equal((await search(page)).get('event'), 'coale-meets-lukashenko-2025-12-12');
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).toBeChecked();
    await page.goForward();
    assert.equal((await search(page)).get('event'), nextId);
    await context.close();
  });

  it('selects an event by clicking it on the timeline and by keyboard', async () => {
    const { page, context } = await openPage(browser(), '?from=2025-01-15&to=2025-02-10');
    const item = page.locator('.vis-item[data-event-id="belarus-presidential-election-2025-01-26"] .tl-item');
    await item.click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    assert.equal((await search(page)).get('event'), 'belarus-presidential-election-2025-01-26');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(1);
    await context.close();
  });

  it('puts the window in the URL without adding history entries', async () => {
    const { page, context } = await openPage(browser());
    await expect(statusLine(page)).toHaveText(/Showing/);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const from = (await search(page)).get('from');
    assert.match(from ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(await page.evaluate(() => history.length), before);
    // A reload from that URL shows the same window.
    const url = page.url();
    await page.goto(url);
    await expect(statusLine(page)).toHaveText(/Showing/);
    assert.equal((await search(page)).get('from'), from);
    await context.close();
  });

  it('copies the link to the current view', async () => {
    const { page, context } = await openPage(browser(), '?event=coale-meets-lukashenko-2025-12-12&types=meeting', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(panel.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, page.url());
    await context.close();
  });

  it('shows the reason when loading fails, and Retry recovers', async () => {
    const { page, context } = await openPage(browser(), null);
    let fail = true;
    await page.route('**/data/events.json', (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.continue()));
    await page.goto(new URL('?types=release', process.env.BASE_URL ?? 'http://127.0.0.1:4173/').toString());
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('500');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    await expect(page.getByRole('checkbox', { name: /^Release/ })).toBeChecked();
    await context.close();
  });

  it('keeps exactly one timeline as the panel opens and closes', async () => {
    const { page, context } = await openPage(browser(), '?event=coale-meets-lukashenko-2025-12-12');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page.locator('.vis-timeline')).toHaveCount(1);
    await context.close();
  });
});
