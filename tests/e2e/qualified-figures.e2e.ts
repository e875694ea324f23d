import assert from 'node:assert/strict';
import { expect, test } from './base';
import { search, statusLine } from './helpers';
import { openPage } from './session';

test.describe('figures as the sources word them, and counts by who counted', () => {
  test('shows "over 1,200" in the panel, and says a person quoted it', async ({ browser }) => {
    const { page, context } = await openPage(browser, '?event=melnikava-pace-address-figures-2025-01&from=2024-11-01&to=2025-02-15');
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByText('Political prisoners').locator('xpath=following-sibling::dd[1]')).toHaveText('over 1,200');
    await expect(panel.getByText('Tortured to death').locator('xpath=following-sibling::dd[1]')).toHaveText('at least 7');
    await expect(panel.getByText('Parties outlawed').locator('xpath=following-sibling::dd[1]')).toHaveText('11');
    await expect(panel).toContainText('Quoted by Anzhalika Melnikava; the source names no counting organisation.');
    await context.close();
  });

  test('draws a quoted count apart from the counting organisation, with the qualifier in its name and table', async ({ browser }) => {
    const { page, context } = await openPage(browser, '?from=2024-11-01&to=2025-02-15');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const legend = page.getByRole('list', { name: 'Chart legend' });
    await expect(legend.getByRole('listitem').filter({ hasText: /^Human Rights Center "Viasna"$/ })).toBeVisible();
    await expect(legend.getByRole('listitem').filter({ hasText: /^quoted by Anzhalika Melnikava$/ })).toBeVisible();
    await expect(legend.getByRole('listitem').filter({ hasText: /^quoted by Sviatlana Tsikhanouskaya$/ })).toBeVisible();
    await expect(legend).toContainText('not an exact count');

    const chart = page.getByRole('group', { name: /political prisoners/i });
    const quoted = chart.getByRole('button', {
      name: 'over 1,200 political prisoners, quoted by Anzhalika Melnikava, Jan 2025: open the event',
    });
    await expect(quoted).toBeVisible();
    await expect(
      chart.getByRole('button', { name: /^over 1,300 political prisoners, Human Rights Center "Viasna", 26 Dec 2024/ }),
    ).toBeVisible();
    await expect(
      chart.getByRole('button', { name: /^1,265 political prisoners, Human Rights Center "Viasna", 31 Dec 2024/ }),
    ).toBeVisible();
    await quoted.click();
    assert.equal((await search(page)).get('event'), 'melnikava-pace-address-figures-2025-01');
    await page.keyboard.press('Escape');

    await page.getByText('Show the counts as tables').click();
    const table = page.getByRole('table', { name: 'Political-prisoner counts, each with who counted it' });
    await expect(table.getByRole('row').filter({ hasText: 'quoted by Anzhalika Melnikava' })).toContainText('over 1,200');
    await expect(table.getByRole('row').filter({ hasText: '26 Dec 2024' })).toContainText('over 1,300');
    await context.close();
  });

  test('names no organisation where the source names none', async ({ browser }) => {
    const { page, context } = await openPage(browser, '?from=2025-10-01&to=2026-04-30');
    await expect(statusLine(page)).toHaveText(/Showing/);
    await page.getByRole('tab', { name: 'Counts over time' }).click();
    const chart = page.getByRole('group', { name: /political prisoners/i });
    await expect(chart.getByRole('button', { name: /^about 1,200 political prisoners, organisation not named, Dec 2025/ })).toBeVisible();
    await expect(
      chart.getByRole('button', { name: /^at least 1,300 political prisoners, organisation not named, 26 Nov 2025/ }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Chart legend' })
        .getByRole('listitem')
        .filter({ hasText: /^organisation not named$/ }),
    ).toBeVisible();
    await context.close();
  });
});
