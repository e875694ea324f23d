import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './base';
import { statusLine } from './helpers';

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

test.describe('search that knows people, and uncertainty you can see', () => {
  test('gives the same results for every spelling of a person and says whom it recognised', async ({ page }) => {
    // A window over every event, so the export holds every event found.
    await page.goto('?from=2015-01-01&to=2026-12-31');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const latin = await resultsFor(page, 'Prikladova');
    await expect(page.getByText(/^Recognised as/)).toContainText('Hanna Prykladava');
    const english = await resultsFor(page, 'Prykladava');
    expect(latin).toHaveLength(7);
    expect(english).toEqual(latin);
    const lacinka = await resultsFor(page, 'Šabłonaŭ');
    expect(lacinka).toEqual([
      'fixture-election-2025-01-26',
      'fixture-meeting-2025-01-20',
      'fixture-meeting-2025-12-12',
      'fixture-pardon-2025-05-20',
    ]);
    expect(await resultsFor(page, 'Shablonau')).toEqual(lacinka);
    expect(await resultsFor(page, 'Shablonov')).toEqual(lacinka);
    // Cyrillic: Belarusian and Russian spellings (aliases), in any case, ў typed as у.
    expect(await resultsFor(page, 'Прыкладава')).toEqual(latin);
    expect(await resultsFor(page, 'ПРИКЛАДОВА')).toEqual(latin);
    expect(await resultsFor(page, 'Шаблонау')).toEqual(lacinka);
    expect(await resultsFor(page, 'шаблонов')).toEqual(lacinka);
  });

  test('marks approximate dates and conflicting claims, and the panel says why', async ({ page }) => {
    await page.goto('?event=fixture-count-frg-2024-12-29&from=2024-12-20&to=2025-01-10&types=statistic');
    const item = page.locator('.vis-item[data-event-id="fixture-count-frg-2024-12-29"]');
    await expect(item).toHaveAttribute('class', /tl-conflict/);
    await expect(item.locator('.tl-item')).toHaveAttribute('aria-label', /sources disagree/);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const why = panel.getByRole('region', { name: 'How certain this is' });
    await expect(why).toContainText('Sources disagree');
    await why
      .getByRole('button')
      .filter({ hasText: /Example Monitor/ })
      .first()
      .click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/1,250/);

    await page.goto('?event=fixture-release-2025-09&from=2025-08-01&to=2025-11-01');
    const approx = page.locator('.vis-item[data-event-id="fixture-release-2025-09"]');
    await expect(approx).toHaveAttribute('class', /tl-approximate/);
    await expect(panel.getByRole('region', { name: 'How certain this is' })).toContainText('The sources give only the month');
    await expect(panel.locator('time')).toHaveText('Sept 2025');
  });
});
