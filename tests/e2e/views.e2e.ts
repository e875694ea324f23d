import { expect, test } from './base';
import { FIXTURE_EVENT_COUNT as TOTAL } from './fixtures/dataset';
import { eventsOnScreen, param, statusLine } from './helpers';

test.describe('list and person views', () => {
  test('keeps the list in step with the timeline: filters, window and selection, by keyboard', async ({ page }) => {
    await page.goto('?types=sentence&from=2024-11-01&to=2025-01-15');
    await expect(statusLine(page)).toHaveText(`Showing 5 of ${TOTAL} events`);
    const list = page.getByRole('list', { name: 'Events in view' });
    const rows = list.getByRole('listitem');
    // Four sentences in the window (the fifth is later); the list holds exactly the events in view.
    await expect(rows.first()).toHaveAttribute('aria-setsize', '4');
    await expect(page.locator('summary', { hasText: /^Export/ })).toHaveText('Export 4 events');
    await expect(rows).toHaveCount(4);

    await rows.first().getByRole('button').focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const second = 'fixture-sentence-2024-12-03';
    await expect(rows.nth(1).getByRole('button')).toHaveAttribute('data-event-id', second);
    await expect.poll(() => param(page, 'event')).toBe(second);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fixture: four test defendants sentenced');
    await expect(page.locator(`.vis-item.vis-selected[data-event-id="${second}"]`)).toHaveCount(1);
    await expect(rows.nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true');

    // Selecting on the timeline moves the list's current row.
    let other: string | undefined;
    await expect
      .poll(async () => (other = (await eventsOnScreen(page)).find((id) => id !== second)), {
        message: 'another event drawn on the timeline',
      })
      .toBeTruthy();
    await page.locator(`.vis-item[data-event-id="${other}"] .tl-item`).click();
    await expect(list.locator(`[data-event-id="${other}"]`)).toHaveAttribute('aria-current', 'true');
  });

  test('virtualises: a long list keeps only the rows on screen in the DOM', async ({ page }) => {
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(/Showing/);
    // Every event in view: the first view is a recent stretch.
    await page.getByRole('button', { name: 'Fit all' }).click();
    const rows = page.getByRole('list', { name: 'Events in view' }).getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(TOTAL));
    const rendered = await rows.count();
    expect(rendered, `only on-screen rows are rendered, saw ${rendered}`).toBeLessThan(40);
    await rows.first().getByRole('button').focus();
    await page.keyboard.press('End');
    await expect(page.locator(`[data-row="${TOTAL - 1}"]`)).toBeVisible();
    // The row scrolled into view is drawn in time to take the focus, and so is one a page back.
    await expect(page.locator(`[data-row="${TOTAL - 1}"]`)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-row="0"]')).toBeFocused();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page.locator('[data-row]:focus')).toBeInViewport();
  });

  test.describe('at phone width', () => {
    test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

    test('is the main view at phone width, with the timeline a tab away', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('tab', { name: 'List' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('list', { name: 'Events in view' })).toBeVisible();
      await page.getByRole('list', { name: 'Events in view' }).getByRole('button').first().tap();
      await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
      await page.getByRole('button', { name: 'Close details' }).tap();
      await page.getByRole('tab', { name: 'Timeline' }).tap();
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
      await expect(page.locator('.vis-item').first()).toBeVisible();
      await page.getByRole('button', { name: 'Filters' }).tap();
      await page.getByRole('checkbox', { name: /^Sentence/ }).tap();
      await expect(statusLine(page)).toHaveText(`Showing 5 of ${TOTAL} events`);
    });
  });

  test('shows a person’s own sequence of events, spellings and sources', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Actor' }).fill('Prykładava');
    await page.getByRole('option', { name: /Hanna Prykladava/ }).click();
    const profile = page.getByRole('complementary', { name: 'Profile of Hanna Prykladava' });
    await expect(profile.getByRole('heading', { level: 2 })).toHaveText('Hanna Prykladava');
    await expect(profile).toContainText('Also written');
    await expect(profile).toContainText('Ganna Prikladova');
    const events = profile.getByRole('heading', { name: /^Their events/ });
    await expect(events).toBeVisible();
    const steps = profile.getByRole('listitem').filter({ has: page.getByRole('button') });
    await expect(steps).toHaveCount(7);
    // In time order, whatever the precision: a month, a year, days, a month, days.
    const dates = await profile.locator('ol li p').allTextContents();
    expect(dates.map((text) => text.split(' · ')[0])).toEqual([
      'Sept 2020',
      '2023',
      '5 Dec 2024',
      '5 Jan 2025',
      'Mar 2025',
      '15 Jan 2026',
      '20 Jan 2026',
    ]);
    await expect(profile.getByRole('heading', { name: /^Sources/ })).toBeVisible();
    await steps.first().getByRole('button').click();
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
      'Fixture: Hanna Prykladava leaves Examplia',
    );
  });

  test.describe('in the dark', () => {
    test.use({ colorScheme: 'dark' });

    test('follows the system theme and keeps the reader’s choice', async ({ page }) => {
      await page.goto('./');
      await expect(statusLine(page)).toHaveText(/Showing/);
      const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
      expect(await background(), 'dark by system setting').toBe('rgb(20, 24, 31)');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await background()).toBe('rgb(255, 255, 255)');
      await page.reload();
      await expect(statusLine(page)).toHaveText(/Showing/);
      expect(await background(), 'the choice survives a reload').toBe('rgb(255, 255, 255)');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await background()).toBe('rgb(20, 24, 31)');
    });
  });
});
