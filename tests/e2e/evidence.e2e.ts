import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { corroborationOf } from '../../src/domain/corroboration';
import { readPublished } from '../../scripts/data/published';
import { expect, test } from './base';
import { search, statusCounts, statusLine } from './helpers';
import { BASE_URL, openPage } from './session';

// What the published dataset says about one event, to compare with what the reader is shown.
const dataset = readPublished(resolve(import.meta.dirname, '../../public/data/events.json'));
const EVENT_ID = 'coale-meets-lukashenko-2025-12-12';
const source = dataset.events.find((event) => event.id === EVENT_ID)!.sources[0]!;
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
    browser,
  }) => {
    const { page, context, errors } = await openPage(browser, `?event=${EVENT_ID}`);
    // The anchors are a side file (data/context.json), fetched when a reader first asks for them.
    const contextFetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/data/context.json')));
    assert.equal(await contextFetched(), false, 'the first screen does not download the quotes’ context');
    const region = await openContext(page);
    const mark = region.locator('mark');
    await expect(mark).toHaveText(source.quote);
    const highlight = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(highlight, 'rgba(0, 0, 0, 0)', 'the quote is highlighted');
    const text = (await region.locator('p').first().textContent()) ?? '';
    const [quote] = source.selector!;
    assert.ok(text.includes(`${quote.prefix}${source.quote}${quote.suffix}`), 'the document’s words before and after the quote');
    await expect(region.getByText(documentFacts.title, { exact: true })).toBeVisible();
    await expect(region.getByText(source.document, { exact: true })).toBeVisible();
    await expect(region.getByText(documentFacts.sha256, { exact: true })).toBeVisible();
    await expect(region.getByText('Quote checked')).toBeVisible();
    assert.equal(await contextFetched(), true);

    await page.keyboard.press('Enter');
    await expect(region).toHaveCount(0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('fits a phone: the hash wraps inside the panel', async ({ browser }) => {
    const { page, context } = await openPage(browser, `?event=${EVENT_ID}`, {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const region = await openContext(page);
    const hash = region.getByText(documentFacts.sha256, { exact: true });
    await hash.scrollIntoViewIfNeeded();
    await expect(hash).toBeVisible();
    const box = (await hash.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `the hash lies within the screen (${box.x}–${box.x + box.width})`);
    const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling in the context');
    await context.close();
  });

  test('is on the static event page too, as a disclosure that works without script', async ({ browser }) => {
    const { page, context } = await openPage(browser, null, { javaScriptEnabled: false });
    const html = await (await page.request.get(new URL(`events/${EVENT_ID}/`, BASE_URL).toString())).text();
    // The page itself redirects to the app at once; its content is what a reader without the app gets.
    await page.setContent(html);
    const summary = page.locator('summary', { hasText: 'Show in context' }).first();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('mark').first()).toHaveText(source.quote);
    await expect(page.locator('mark').first()).toBeVisible();
    const hashText = await page.locator('dt:text-is("SHA-256") + dd').first().textContent();
    assert.equal(hashText, documentFacts.sha256);
    await expect(page.locator('dt:text-is("Document") + dd').first()).toHaveText(documentFacts.title);
    await context.close();
  });

  test('filters on corroboration from the keyboard, in the URL, the list and the panel', async ({ browser }) => {
    const independent = dataset.events.filter((event) => corroborationOf(event) === 'independent');
    assert.ok(independent.length > 0, 'the dataset has events backed by several publishers');
    const { page, context } = await openPage(browser, '');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const box = page.getByRole('group', { name: 'Corroboration' }).getByRole('checkbox', { name: /^Several independent publishers/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(statusLine(page)).toHaveText(new RegExp(`^Showing ${independent.length} of`));
    assert.equal((await search(page)).get('corroboration'), 'independent');
    const [shown] = await statusCounts(page);
    assert.equal(shown, independent.length);

    await page.getByRole('button', { name: 'Fit all' }).click();
    const rows = page.getByRole('list', { name: 'Events in view' }).getByRole('listitem');
    await expect(rows.first()).toHaveText(/independent sources/);
    await rows.first().getByRole('button').click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel.getByText('Several independent publishers', { exact: true })).toBeVisible();

    // The link opens the same filter.
    const { page: again, context: second } = await openPage(browser, `?corroboration=independent`);
    await expect(statusLine(again)).toHaveText(new RegExp(`^Showing ${independent.length} of`));
    await second.close();
    await context.close();
  });
});
