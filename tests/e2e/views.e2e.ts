import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsOnScreen, openPage, search, statusLine, useBrowser } from './browser';
import { expect } from './expect';

describe('list and person views', () => {
  const browser = useBrowser();

  it('keeps the list in step with the timeline: filters, window and selection, by keyboard', async () => {
    const { page, context } = await openPage(browser(), '?types=sentence&from=2024-11-01&to=2025-01-15');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const list = page.getByRole('list', { name: 'Events in view' });
    const rows = list.getByRole('listitem');
    const size = Number(await rows.first().getAttribute('aria-setsize'));
    assert.ok(size > 1, 'several sentences in the window');
    const summary = await page.locator('summary', { hasText: /^Export/ }).textContent();
    assert.equal(summary, `Export ${size} events`, 'the list holds exactly the events in view');
    assert.ok((await rows.count()) <= size);

    await rows.first().getByRole('button').focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const second = await rows.nth(1).getByRole('button').getAttribute('data-event-id');
    assert.equal((await search(page)).get('event'), second);
    await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.locator(`.vis-item.vis-selected[data-event-id="${second}"]`)).toHaveCount(1);
    await expect(rows.nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true');

    // Selecting on the timeline moves the list's current row.
    const drawn = await eventsOnScreen(page);
    const other = drawn.find((id) => id !== second)!;
    assert.ok(other, 'another event is drawn on the timeline');
    await page.locator(`.vis-item[data-event-id="${other}"] .tl-item`).click();
    await expect(list.locator(`[data-event-id="${other}"]`)).toHaveAttribute('aria-current', 'true');
    await context.close();
  });

  it('virtualises: a long list keeps only the rows on screen in the DOM', async () => {
    const { page, context } = await openPage(browser());
    await expect(statusLine(page)).toHaveText(/Showing/);
    // Every event in view: the first view is a recent stretch.
    await page.getByRole('button', { name: 'Fit all' }).click();
    const rows = page.getByRole('list', { name: 'Events in view' }).getByRole('listitem');
    const size = Number(await rows.first().getAttribute('aria-setsize'));
    assert.ok(size > 100);
    assert.ok((await rows.count()) < 40, `only on-screen rows are rendered, saw ${await rows.count()}`);
    await rows.first().getByRole('button').focus();
    await page.keyboard.press('End');
    await expect(page.locator(`[data-row="${size - 1}"]`)).toBeVisible();
    await context.close();
  });

  it('is the main view at phone width, with the timeline a tab away', async () => {
    const { page, context } = await openPage(browser(), '', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
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
    await expect(statusLine(page)).not.toHaveText(/Showing (\d+) of \1 events/);
    await context.close();
  });

  it('shows a person’s own sequence of events, spellings and sources', async () => {
    const { page, context } = await openPage(browser());
    await page.getByRole('combobox', { name: 'Actor' }).fill('Karnei');
    await page.getByRole('option', { name: /Ihar Karnei/ }).click();
    const profile = page.getByRole('complementary', { name: 'Profile of Ihar Karnei' });
    await expect(profile.getByRole('heading', { level: 2 })).toHaveText('Ihar Karnei');
    await expect(profile).toContainText('Also written');
    const events = profile.getByRole('heading', { name: /^Their events/ });
    await expect(events).toBeVisible();
    const steps = profile.getByRole('listitem').filter({ has: page.getByRole('button') });
    assert.ok((await steps.count()) >= 2);
    const when = (text: string) => {
      const date = text.split(' · ')[0]!;
      const parts = date.split(' ').length;
      return Date.parse(parts === 3 ? date : parts === 2 ? `1 ${date}` : `1 Jan ${date}`);
    };
    const dates = await profile.locator('ol li p').allTextContents();
    assert.ok(dates.every((d) => !Number.isNaN(when(d))), JSON.stringify(dates));
    assert.deepEqual(dates, [...dates].sort((a, b) => when(a) - when(b)));
    await expect(profile.getByRole('heading', { name: /^Sources/ })).toBeVisible();
    await steps.first().getByRole('button').click();
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
    await context.close();
  });

  it('follows the system theme and keeps the reader’s choice', async () => {
    const { page, context } = await openPage(browser(), '', { colorScheme: 'dark' });
    await expect(statusLine(page)).toHaveText(/Showing/);
    const background = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
    assert.equal(await background(), 'rgb(20, 24, 31)', 'dark by system setting');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.reload();
    await expect(statusLine(page)).toHaveText(/Showing/);
    assert.equal(await background(), 'rgb(255, 255, 255)', 'the choice survives a reload');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await background(), 'rgb(20, 24, 31)');
    await context.close();
  });
});
