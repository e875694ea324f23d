import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { renderEventPage } from '../../scripts/event-pages';
import { corroborationOf } from '../../src/domain/corroboration';
import { expect, test } from './base';
import { fixtureJoined } from './fixtures/published';
import { search, statusCounts, statusLine } from './helpers';

// What the fixture publishes about one event (its side files joined back), to compare with what the reader is shown.
const dataset = fixtureJoined();
const EVENT_ID = 'fixture-meeting-2025-12-12';
const event = dataset.events.find((entry) => entry.id === EVENT_ID)!;
const source = event.sources[0]!;
const documentFacts = dataset.documents!.find((document) => document.id === source.document)!;

async function openContext(page: Page) {
  const panel = page.getByRole('complementary', { name: 'Event details' });
  const button = panel.getByRole('button', { name: 'Show in context' }).first();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  return panel.getByRole('region', { name: 'Quote in its document' });
}

test.describe('evidence: quotes in their context, corroboration', () => {
  test('opens from the keyboard in the detail panel: the quote highlighted in its document’s words, the document and its hash', async ({
    page,
    errors,
  }) => {
    await page.goto(`?event=${EVENT_ID}`);
    // The anchors are a side file (data/context.json), fetched when a reader first asks for them.
    const contextFetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/data/context.json')));
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event.title);
    assert.equal(await contextFetched(), false, 'the first screen does not download the quotes’ context');
    const region = await openContext(page);
    const mark = region.locator('mark');
    await expect(mark).toHaveText(source.quote);
    const highlight = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(highlight, 'rgba(0, 0, 0, 0)', 'the quote is highlighted');
    const text = (await region.locator('p').first().textContent()) ?? '';
    const [quote] = source.selector!;
    assert.ok(quote.prefix.length > 0 && quote.suffix.length > 0, 'the fixture’s quote has words on both sides');
    assert.ok(text.includes(`${quote.prefix}${source.quote}${quote.suffix}`), 'the document’s words before and after the quote');
    await expect(region.getByText(documentFacts.title, { exact: true })).toBeVisible();
    await expect(region.getByText(source.document, { exact: true })).toBeVisible();
    await expect(region.getByText(documentFacts.sha256, { exact: true })).toBeVisible();
    await expect(region.getByText('Quote checked')).toBeVisible();
    assert.equal(await contextFetched(), true);

    await page.keyboard.press('Enter');
    await expect(region).toHaveCount(0);
    assert.deepEqual(errors, []);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('fits a phone: the hash wraps inside the panel', async ({ page }) => {
      await page.goto(`?event=${EVENT_ID}`);
      const region = await openContext(page);
      const hash = region.getByText(documentFacts.sha256, { exact: true });
      await hash.scrollIntoViewIfNeeded();
      await expect(hash).toBeVisible();
      const box = (await hash.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 375, `the hash lies within the screen (${box.x}–${box.x + box.width})`);
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.equal(overflow, 0, 'no sideways scrolling in the context');
    });
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });

    // The page the build would write for this event (the same renderer, from the same joined files);
    // that the build writes and serves one per event is the bundled dataset's journey (sharing.e2e.ts).
    test('is on the static event page too, as a disclosure that works without script', async ({ page }) => {
      await page.setContent(renderEventPage(event, dataset));
      const summary = page.locator('summary', { hasText: 'Show in context' }).first();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('mark').first()).toHaveText(source.quote);
      await expect(page.locator('mark').first()).toBeVisible();
      const hashText = await page.locator('dt:text-is("SHA-256") + dd').first().textContent();
      assert.equal(hashText, documentFacts.sha256);
      await expect(page.locator('dt:text-is("Document") + dd').first()).toHaveText(documentFacts.title);
    });
  });

  test('filters on corroboration from the keyboard, in the URL, the list and the panel', async ({ page, context }) => {
    const independent = dataset.events.filter((entry) => corroborationOf(entry) === 'independent');
    assert.equal(independent.length, 2, 'the fixture has two events backed by several publishers');
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const box = page.getByRole('group', { name: 'Corroboration' }).getByRole('checkbox', { name: /^Several independent publishers/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(statusLine(page)).toHaveText(/^Showing 2 of/);
    assert.equal((await search(page)).get('corroboration'), 'independent');
    const [shown] = await statusCounts(page);
    assert.equal(shown, 2);

    await page.getByRole('button', { name: 'Fit all' }).click();
    const rows = page.getByRole('list', { name: 'Events in view' }).getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveText(/independent sources/);
    // The first in time: the pardon, reported by the state's news agency and by a newspaper.
    await rows.first().getByRole('button').click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fixture: Aliaksandr Shablonau pardons 7 test prisoners');
    await expect(panel.getByText('Several independent publishers', { exact: true })).toBeVisible();
    // Each source says what kind of publisher it is.
    await expect(panel.getByText('· Government or official')).toBeVisible();
    await expect(panel.getByText('· News report')).toBeVisible();

    // The link opens the same filter.
    const again = await context.newPage();
    await again.goto('?corroboration=independent');
    await expect(statusLine(again)).toHaveText(/^Showing 2 of/);
  });
});
