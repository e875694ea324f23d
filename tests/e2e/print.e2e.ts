import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/schema';
import { readPublished } from '../../scripts/data/published';
import { expect, test } from './base';
import { statusLine } from './helpers';
import { BASE_URL, eventually, openPage } from './session';
import { pdfPages } from './pdf-text';

const dataset = readPublished(new URL('../../public/data/events.json', import.meta.url).pathname);
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

  test('"Print chronology" prints the events of the filtered view with their sources, and no controls', async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, null);
    await page.addInitScript('window.__printed = 0; window.print = () => { window.__printed += 1; };');
    await page.goto(new URL(`?types=release&${WHOLE_RANGE}`, BASE_URL).toString());
    await expect(statusLine(page)).toHaveText(/^Showing 6 of/);
    // The controls are there on screen…
    await expect(page.getByRole('button', { name: 'Reset filters' })).toBeVisible();
    await expect(page.getByText(/^Export 6 events$/)).toBeVisible();

    await page.getByRole('button', { name: 'Print chronology' }).click();
    await eventually(
      () => page.evaluate('window.__printed'),
      (n) => n === 1,
      'print() called once',
    );
    const text = await printedText(page);

    const shown = titles((event) => event.type === 'release');
    assert.equal(shown.length, 6);
    for (const title of shown) assert.ok(text.includes(squash(title)), `printed: ${title}`);
    for (const title of titles((event) => event.type !== 'release')) assert.ok(!text.includes(squash(title)), `not printed: ${title}`);
    assert.ok(text.includes(`Chronology of 6 events · dataset version ${dataset.version}`), 'the title carries the count and the version');
    assert.match(text, /Event types Release Actors All Search None Time window 1 Jan 1980 – 1 Jan 2027/);
    // Each event with its date at its precision, its type and every source's quote.
    assert.match(text, /Sept 2025 · Release/);
    const tsikhanouski = dataset.events.find((event) => event.type === 'release' && event.date === '2025')!;
    for (const source of tsikhanouski.sources) assert.ok(text.includes(squash(source.quote)), `quote: ${source.quote.slice(0, 40)}`);
    assert.ok(text.replace(/ /g, '').includes(page.url()), 'the view link as text (wrapped across lines)');
    // …and none on paper.
    for (const control of ['Reset filters', 'Export', 'Print chronology', 'Fit all', 'Drag to pan'])
      assert.ok(!text.includes(control), `no "${control}" on paper`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the browser's own print (Ctrl+P, the menu) gives the same chronology", async ({ browser }) => {
    const { page, context, errors } = await openPage(browser, `?q=Coale&${WHOLE_RANGE}`);
    await expect(statusLine(page)).toHaveText(/^Showing \d+ of/);
    // The chronology's code arrives once the page is idle; page.pdf() fires beforeprint as a browser's print does.
    await eventually(
      () => page.evaluate("performance.getEntriesByType('resource').some((r) => /chronology-[^/]*\\.js$/.test(r.name))"),
      Boolean,
      'the chronology chunk fetched',
    );
    const text = await printedText(page);
    const count = Number(/Chronology of (\d+) events/.exec(text)?.[1]);
    const [shown] = ((await statusLine(page).textContent()) ?? '').match(/\d+/) ?? [];
    assert.equal(count, Number(shown));
    assert.ok(text.includes('US envoy Coale meets Lukashenko in Minsk'));
    assert.ok(text.includes('Search “Coale”'));
    assert.ok(!text.includes('Reset filters') && !text.includes('Export'));
    // Once printed, afterprint takes it away again.
    await expect(page.locator('body > .print-chronology')).toHaveCount(0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
