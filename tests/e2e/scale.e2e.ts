import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDataset } from '../../scripts/synthetic/generate';
import { BASE_URL, openPage, statusCounts, statusLine, useBrowser } from './browser';
import { expect } from './expect';

describe('large datasets', () => {
  const browser = useBrowser();

  it('shows a large file at once and drops what the full schema check in the worker rejects', { timeout: 120_000 }, async () => {
    const dataset = generateDataset({ events: 16_000, seed: 5 });
    const events = dataset.events as unknown as Record<string, unknown>[];
    // Caught by the quick structural check on the main thread:
    events[10] = { ...events[10], date: '2025-02-30' };
    // Passes the quick check, but the schema forbids negative figures: only the worker sees it.
    events[20] = { ...events[20], figures: { released: -5 } };
    const body = JSON.stringify(dataset);
    assert.ok(body.length > 8_000_000, 'large enough for the background check');

    const { page, context, errors } = await openPage(browser(), null);
    await page.route('**/data/events.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(new URL('?types=release', BASE_URL).toString());
    await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
    await expect(page.getByText('2 records were skipped because they are invalid')).toBeVisible();
    const [, total] = await statusCounts(page);
    assert.equal(total, 16_000 - 2);
    await page.getByText('2 records were skipped because they are invalid').click();
    await expect(page.getByText(/figures\.released/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Checking all/ })).toHaveCount(0);
    assert.ok((await page.locator('.vis-item').count()) < 400, 'the DOM stays small');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
