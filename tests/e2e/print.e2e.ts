import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/schema';
import { expect, test } from './base';
import { fixtureDataset, FIXTURE_VERSION } from './fixtures/dataset';
import { statusLine } from './helpers';
import { pdfPages } from './pdf-text';

const dataset = fixtureDataset();
const titles = (keep: (event: Dataset['events'][number]) => boolean) => dataset.events.filter(keep).map((event) => event.title);
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** What Chromium prints (A4, as a reader's "Save as PDF" would), as text. */
async function printedText(page: Page): Promise<string> {
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
  assert.ok(pages.length >= 1);
  return pages.join(' ');
}

test.describe('printing a chronology', () => {
  const WHOLE_RANGE = 'from=1980-01-01&to=2027-01-01';

  test('"Print chronology" prints the events of the filtered view with their sources, and no controls', async ({ page, errors }) => {
    await page.addInitScript('window.__printed = 0; window.print = () => { window.__printed += 1; };');
    await page.goto(`?types=release&${WHOLE_RANGE}`);
    await expect(statusLine(page)).toHaveText(/^Showing 2 of/);
    // The controls are there on screen…
    await expect(page.getByRole('button', { name: 'Reset filters' })).toBeVisible();
    await expect(page.getByText(/^Export 2 events$/)).toBeVisible();

    await page.getByRole('button', { name: 'Print chronology' }).click();
    await expect.poll(() => page.evaluate('window.__printed'), { message: 'print() called once' }).toBe(1);
    const text = await printedText(page);

    const shown = titles((event) => event.type === 'release');
    assert.equal(shown.length, 2);
    for (const title of shown) assert.ok(text.includes(squash(title)), `printed: ${title}`);
    for (const title of titles((event) => event.type !== 'release')) assert.ok(!text.includes(squash(title)), `not printed: ${title}`);
    assert.ok(text.includes(`Chronology of 2 events · dataset version ${FIXTURE_VERSION}`), 'the title carries the count and the version');
    assert.match(text, /Event types Release Actors All Search None Time window 1 Jan 1980 – 1 Jan 2027/);
    // Each event with its date at its precision, its type and every source's quote.
    assert.match(text, /21 Jun 2025 · Release/);
    assert.match(text, /Sept 2025 · Release/);
    const twoPublishers = dataset.events.find((event) => event.id === 'fixture-release-2025-09')!;
    assert.equal(twoPublishers.sources.length, 2);
    for (const source of twoPublishers.sources) assert.ok(text.includes(squash(source.quote)), `quote: ${source.quote.slice(0, 80)}`);
    assert.ok(text.replace(/ /g, '').includes(page.url()), 'the view link as text (wrapped across lines)');
    // …and none on paper.
    for (const control of ['Reset filters', 'Export', 'Print chronology', 'Fit all', 'Drag to pan'])
      assert.ok(!text.includes(control), `no "${control}" on paper`);
    assert.deepEqual(errors, []);
  });

  test("the browser's own print (Ctrl+P, the menu) gives the same chronology", async ({ page, errors }) => {
    await page.goto(`?q=Shablonau&${WHOLE_RANGE}`);
    await expect(statusLine(page)).toHaveText(/^Showing 4 of/);
    // The chronology's code arrives once the page is idle; page.pdf() fires beforeprint as a browser's print does.
    await expect
      .poll(() => page.evaluate("performance.getEntriesByType('resource').some((r) => /chronology-[^/]*\\.js$/.test(r.name))"), {
        message: 'the chronology chunk fetched',
      })
      .toBe(true);
    const text = await printedText(page);
    assert.ok(text.includes('Chronology of 4 events'), 'as many events as the status line');
    assert.ok(text.includes('Fixture: envoy Jordan Example meets Aliaksandr Shablonau'));
    assert.ok(text.includes('Search “Shablonau”'));
    assert.ok(!text.includes('Reset filters') && !text.includes('Export'));
    // Once printed, afterprint takes it away again.
    await expect(page.locator('body > .print-chronology')).toHaveCount(0);
    assert.deepEqual(errors, []);
  });
});
