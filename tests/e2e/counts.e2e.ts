import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, search, statusLine, useBrowser } from './browser';
import { expect } from './expect';

describe('counts over time', () => {
  const browser = useBrowser();

  it('charts political-prisoner counts per source, aligned with the timeline, following the filters', async () => {
    const { page, context } = await openPage(browser(), '?from=2024-11-01&to=2025-02-15');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const chart = page.getByRole('group', { name: /political prisoners/i });
    await expect(chart).toBeVisible();
    const point = chart.getByRole('button', { name: /^1,265 political prisoners, Human Rights Center "Viasna", 31 Dec 2024/ });
    await expect(point).toBeVisible();

    await point.click();
    assert.equal((await search(page)).get('event'), 'viasna-political-prisoners-count-2024-12-31');

    // The same date sits at the same x on the chart and on the timeline (a selected event is always drawn).
    const dot = (await point.boundingBox())!;
    // A box starts at its date (its label runs right from there).
    const item = (await page.locator('.vis-item.vis-box[data-event-id="viasna-political-prisoners-count-2024-12-31"]').boundingBox())!;
    assert.ok(Math.abs(dot.x + dot.width / 2 - item.x) < 4, `chart ${dot.x + dot.width / 2} vs timeline ${item.x}`);
    await page.keyboard.press('Escape');

    // Each counter is its own series; a person quoting a count is drawn apart.
    await expect(page.getByRole('list', { name: 'Chart legend' })).toContainText('Sviatlana Tsikhanouskaya');
    await expect(page.getByRole('list', { name: 'Chart legend' })).toContainText('Human Rights Center "Viasna"');

    await page.getByText('Show the counts as tables').click();
    const table = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
    await expect(table).toContainText('1,265');
    await expect(page.getByRole('table', { name: /Releases, pardons and sentences per month/ })).toBeVisible();

    await page.getByRole('checkbox', { name: /^Sentence/ }).check();
    await expect(chart.getByRole('button')).toHaveCount(0);
    await context.close();
  });
});
