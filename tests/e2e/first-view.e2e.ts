import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { eventually, expect } from './expect';
import { BASE_URL, eventsOnScreen, openPage, search, useBrowser } from './browser';

interface Published {
  events: { id: string; date: string }[];
}

/** The earliest and latest events of the served dataset, whatever the curators change. */
async function extremes(): Promise<{ first: { id: string; date: string }; last: { id: string; date: string } }> {
  const dataset = (await (await fetch(new URL('data/events.json', BASE_URL))).json()) as Published;
  const sorted = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { first: sorted[0]!, last: sorted.at(-1)! };
}

async function windowInUrl(page: Page): Promise<{ from: string; to: string }> {
  const params = await eventually(() => search(page), (p) => p.has('from') && p.has('to'), 'a window in the address bar');
  return { from: params.get('from')!, to: params.get('to')! };
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('the first view', () => {
  const browser = useBrowser();

  it('opens on a recent stretch with a dozen events readable one by one at 1440×900', async () => {
    const { first, last } = await extremes();
    const { page, context, errors } = await openPage(browser(), '', { viewport: { width: 1440, height: 900 } });
    const window = await windowInUrl(page);
    assert.ok(days(window.from, window.to) < days(first.date.slice(0, 4) + '-01-01', last.date.slice(0, 4) + '-12-31') / 10, `a stretch, not the whole extent: ${window.from} to ${window.to}`);
    assert.ok(Number(window.to.slice(0, 4)) >= Number(last.date.slice(0, 4)) - 2, `recent: ${window.to}`);
    const shown = await eventually(() => eventsOnScreen(page), (ids) => ids.length >= 12, 'a dozen events drawn one by one');
    assert.ok(shown.length >= 12, `${shown.length} events on screen`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens on readable events at phone width, axis labelled', async () => {
    const { page, context, errors } = await openPage(browser(), '', { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await windowInUrl(page);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const shown = await eventually(() => eventsOnScreen(page), (ids) => ids.length >= 12, 'a dozen events drawn one by one');
    assert.ok(shown.length >= 12, `${shown.length} events on screen`);
    const labels = await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
    assert.ok(labels.filter((text) => text.trim() !== '').length >= 2, `axis labels: ${JSON.stringify(labels)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits everything with "Fit all", and the overview strip jumps to the events far in the past and back', async () => {
    const { first, last } = await extremes();
    const { page, context } = await openPage(browser(), '', { viewport: { width: 1440, height: 900 } });
    await windowInUrl(page);
    const overview = page.getByRole('slider', { name: /Overview of all events/ });
    await expect(overview).toBeVisible();
    assert.ok(!(await eventsOnScreen(page)).includes(first.id), 'the earliest event is not in the first view');

    await overview.focus();
    await page.keyboard.press('Home');
    await eventually(() => eventsOnScreen(page), (ids) => ids.includes(first.id), `the earliest event (${first.id}) on screen`);
    assert.ok((await windowInUrl(page)).from <= first.date.padEnd(10, '-01').slice(0, 10));
    await page.keyboard.press('End');
    await eventually(() => eventsOnScreen(page), (ids) => ids.includes(last.id), `the latest event (${last.id}) on screen`);

    // A click near the strip's left end lands on the earliest events too.
    const box = (await overview.boundingBox())!;
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
    await eventually(() => eventsOnScreen(page), (ids) => ids.includes(first.id), 'the earliest event after a click on the strip');

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit all' }).click();
    const all = await eventually(() => windowInUrl(page), (w) => w.from <= first.date.slice(0, 4) && w.to >= last.date.slice(0, 7), 'the whole extent');
    assert.ok(days(all.from, all.to) > 365 * 10, `everything: ${all.from} to ${all.to}`);
    await context.close();
  });

  it('opens a link with from/to on exactly that window', async () => {
    const { page, context } = await openPage(browser(), '?from=2020-08-01&to=2020-09-01', { viewport: { width: 1440, height: 900 } });
    await expect(page.getByRole('slider', { name: /Overview of all events/ })).toBeVisible();
    assert.equal(await page.getByRole('slider', { name: /Overview/ }).getAttribute('aria-valuetext'), 'Showing 1 Aug 2020 – 31 Aug 2020');
    const params = await search(page);
    assert.equal(params.get('from'), '2020-08-01');
    assert.equal(params.get('to'), '2020-09-01');
    await context.close();
  });
});
