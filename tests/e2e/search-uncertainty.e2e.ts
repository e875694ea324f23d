import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, statusLine, useBrowser } from './browser';
import { expect } from './expect';

/** The ids of every event the search finds, read from the JSON export of the view. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect(statusLine(page)).not.toHaveText(/Showing (\d+) of \1 events/);
  const summary = page.locator('summary', { hasText: /^Export/ });
  if (!(await page.getByRole('button', { name: 'Download JSON' }).isVisible())) await summary.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const dataset = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { events: { id: string }[] };
  return dataset.events.map((event) => event.id).sort();
}

describe('search that knows people, and uncertainty you can see', () => {
  const browser = useBrowser();

  it('gives the same results for every spelling of a person and says whom it recognised', async () => {
    const { page, context } = await openPage(browser());
    await expect(statusLine(page)).toHaveText(/Showing/);
    const latin = await resultsFor(page, 'Cichanouskaja');
    await expect(page.getByText(/^Recognised as/)).toContainText('Sviatlana Tsikhanouskaya');
    const english = await resultsFor(page, 'Tsikhanouskaya');
    assert.ok(latin.length > 5);
    assert.deepEqual(latin, english);
    const lukasenka = await resultsFor(page, 'Łukašenka');
    assert.deepEqual(await resultsFor(page, 'Lukashenka'), lukasenka);
    assert.deepEqual(await resultsFor(page, 'Lukashenko'), lukasenka);
    await context.close();
  });

  it('marks approximate dates and conflicting claims, and the panel says why', async () => {
    const { page, context } = await openPage(browser(), '?event=viasna-political-prisoners-count-2024-12-29&from=2024-12-20&to=2025-01-10&types=statistic');
    const item = page.locator('.vis-item[data-event-id="viasna-political-prisoners-count-2024-12-29"]');
    await expect(item).toHaveAttribute('class', /tl-conflict/);
    await expect(item.locator('.tl-item')).toHaveAttribute('aria-label', /sources disagree/);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const why = panel.getByRole('region', { name: 'How certain this is' });
    await expect(why).toContainText('Sources disagree');
    await why.getByRole('button').filter({ hasText: /Sviatlana Tsikhanouskaya/ }).first().click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/1,300/);

    await page.goto(new URL('?event=belarus-releases-52-prisoners-coale-visit-2025-09&from=2025-08-01&to=2025-11-01', page.url()).toString());
    const approx = page.locator('.vis-item[data-event-id="belarus-releases-52-prisoners-coale-visit-2025-09"]');
    await expect(approx).toHaveAttribute('class', /tl-approximate/);
    await expect(panel.getByRole('region', { name: 'How certain this is' })).toContainText('The sources give only the month');
    await expect(panel.locator('time')).toHaveText('Sep 2025');
    await context.close();
  });
});
