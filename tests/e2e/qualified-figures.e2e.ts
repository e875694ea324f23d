import assert from 'node:assert/strict';
import { expect, test } from './base';
import { search, statusLine } from './helpers';

const QUOTED = 'fixture-count-makietava-2025-01';

test.describe('figures as the sources word them, and counts by who counted', () => {
  test('shows "over 1,000" in the panel, and says a person quoted it', async ({ page }) => {
    await page.goto(`?event=${QUOTED}&from=2024-11-01&to=2025-02-15`);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByText('Political prisoners').locator('xpath=following-sibling::dd[1]')).toHaveText('over 1,000');
    await expect(panel.getByText('Tortured to death').locator('xpath=following-sibling::dd[1]')).toHaveText('at least 7');
    await expect(panel.getByText('Parties outlawed').locator('xpath=following-sibling::dd[1]')).toHaveText('11');
    await expect(panel).toContainText('Quoted by Volha Makietava; the source names no counting organisation.');
  });

  test('draws a quoted count apart from the counting organisation, with the qualifier in its name and table', async ({ page }) => {
    await page.goto('?from=2024-11-01&to=2025-02-15');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const legend = page.getByRole('list', { name: 'Chart legend' });
    await expect(legend.getByRole('listitem').filter({ hasText: /^Fixture Rights Group$/ })).toBeVisible();
    await expect(legend.getByRole('listitem').filter({ hasText: /^quoted by Volha Makietava$/ })).toBeVisible();
    await expect(legend.getByRole('listitem').filter({ hasText: /^quoted by Jordan Example$/ })).toBeVisible();
    await expect(legend).toContainText('not an exact count');

    const chart = page.getByRole('group', { name: /political prisoners/i });
    const quoted = chart.getByRole('button', {
      name: 'over 1,000 political prisoners, quoted by Volha Makietava, Jan 2025: open the event',
    });
    await expect(quoted).toBeVisible();
    await expect(
      chart.getByRole('button', { name: /^about 1,200 political prisoners, quoted by Jordan Example, 20 Nov 2024/ }),
    ).toBeVisible();
    await expect(chart.getByRole('button', { name: /^over 1,100 political prisoners, Fixture Rights Group, 16 Dec 2024/ })).toBeVisible();
    await expect(chart.getByRole('button', { name: /^1,111 political prisoners, Fixture Rights Group, 31 Dec 2024/ })).toBeVisible();
    await quoted.click();
    assert.equal((await search(page)).get('event'), QUOTED);
    await page.keyboard.press('Escape');

    await page.getByText('Show the counts as tables').click();
    const table = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
    await expect(table.getByRole('row').filter({ hasText: 'quoted by Volha Makietava' })).toContainText('over 1,000');
    await expect(table.getByRole('row').filter({ hasText: '16 Dec 2024' })).toContainText('over 1,100');
  });

  test('names no organisation where the source names none', async ({ page }) => {
    await page.goto('?from=2025-09-01&to=2025-12-31');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const chart = page.getByRole('group', { name: /political prisoners/i });
    await expect(chart.getByRole('button', { name: /^about 1,200 political prisoners, organisation not named, Oct 2025/ })).toBeVisible();
    await expect(
      chart.getByRole('button', { name: /^at least 1,300 political prisoners, organisation not named, 6 Nov 2025/ }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Chart legend' })
        .getByRole('listitem')
        .filter({ hasText: /^organisation not named$/ }),
    ).toBeVisible();
  });
});
