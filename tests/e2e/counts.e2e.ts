import { expect, test } from './base';
import { param, statusLine } from './helpers';

test.describe('counts over time', () => {
  test('charts political-prisoner counts per source, aligned with the timeline, following the filters', async ({ page }) => {
    await page.goto('?from=2024-11-01&to=2025-02-15');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const chart = page.getByRole('group', { name: /political prisoners/i });
    await expect(chart).toBeVisible();
    const point = chart.getByRole('button', { name: /^1,111 political prisoners, Fixture Rights Group, 31 Dec 2024/ });
    await expect(point).toBeVisible();

    await point.click();
    await expect.poll(() => param(page, 'event')).toBe('fixture-count-frg-2024-12-31');

    // The same date sits at the same x on the chart and on the timeline (a selected event is always drawn).
    const dot = (await point.boundingBox())!;
    // A box starts at its date (its label runs right from there).
    const item = page.locator('.vis-item.vis-box[data-event-id="fixture-count-frg-2024-12-31"]');
    await expect(item).toBeVisible();
    const box = (await item.boundingBox())!;
    expect(Math.abs(dot.x + dot.width / 2 - box.x), `chart ${dot.x + dot.width / 2} vs timeline ${box.x}`).toBeLessThan(4);
    await page.keyboard.press('Escape');

    // Each counting organisation is its own series.
    await expect(page.getByRole('list', { name: 'Chart legend' })).toContainText('Example Monitor');
    await expect(page.getByRole('list', { name: 'Chart legend' })).toContainText('Fixture Rights Group');

    await page.getByText('Show the counts as tables').click();
    const table = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
    await expect(table).toContainText('1,111');
    await expect(table).toContainText('1,250');
    await expect(page.getByRole('table', { name: /Releases, pardons and sentences per month/ })).toBeVisible();

    await page.getByRole('checkbox', { name: /^Sentence/ }).check();
    await expect(chart.getByRole('button')).toHaveCount(0);
  });
});
