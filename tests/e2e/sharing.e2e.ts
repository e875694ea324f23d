import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BASE_URL, openPage, search, statusCounts, statusLine, useBrowser } from './browser';
import { expect } from './expect';

describe('sharing, citing and exporting', () => {
  const browser = useBrowser();

  it('exports exactly the events in view as CSV, JSON and iCalendar, each with the view link and version', async () => {
    const { page, context } = await openPage(browser(), '?types=meeting&from=2024-11-01&to=2025-02-01');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const summary = page.locator('summary', { hasText: /^Export [\d,]+ events$/ });
    const count = Number(((await summary.textContent()) ?? '').replace(/\D/g, ''));
    const [filtered] = await statusCounts(page);
    assert.ok(count > 0 && count <= filtered, `${count} of ${filtered} in the window`);
    await summary.click();
    const version = ((await page.getByText(/^Dataset /).textContent()) ?? '').replace('Dataset ', '');

    const grab = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = await grab('Download CSV');
    const rows = csv.trimEnd().split('\r\n');
    assert.equal(rows.length, count + 1);
    assert.ok(rows.slice(1).every((row) => row.includes(page.url()) && row.endsWith(version)));
    assert.ok(rows.slice(1).every((row) => row.includes(',Meeting or call,')));

    const json = JSON.parse(await grab('Download JSON'));
    assert.equal(json.events.length, count);
    assert.equal(json.view, page.url());
    assert.equal(json.version, version);

    const ics = (await grab('Download iCalendar')).replace(/\r\n /g, '');
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, count);
    assert.ok(ics.includes(page.url()) && ics.includes(version));
    await context.close();
  });

  it('cites an event with the dataset version, retrieval date and permanent link', async () => {
    const { page, context } = await openPage(browser(), '?event=coale-meets-lukashenko-2025-12-12', { permissions: ['clipboard-read', 'clipboard-write'] });
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.getByRole('button', { name: 'Copy citation' }).click();
    await expect(panel.getByText('Citation copied')).toBeVisible();
    const citation = await page.evaluate('navigator.clipboard.readText()');
    assert.match(String(citation), /^“US envoy Coale meets Lukashenko in Minsk” \(12 Dec 2025\)\. In: Belarus political prisoners: a sourced timeline, dataset version \d{4}-\d{2}-\d{2}\.[0-9a-f]+\./);
    assert.ok(String(citation).includes(new URL('events/coale-meets-lukashenko-2025-12-12/', BASE_URL).toString()));
    assert.ok(String(citation).includes(`(retrieved ${new Date().toISOString().slice(0, 10)})`));
    await context.close();
  });

  it('serves a static page per event with a link preview, which opens the app on the event', async () => {
    const { page, context } = await openPage(browser(), null);
    const url = new URL('events/coale-meets-lukashenko-2025-12-12/', BASE_URL).toString();
    const html = await (await page.request.get(url)).text();
    assert.match(html, /<meta property="og:title" content="US envoy Coale meets Lukashenko in Minsk" \/>/);
    assert.match(html, /<meta name="twitter:description" content="12 Dec 2025 · Meeting or call\./);
    await page.goto(url);
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText('US envoy Coale meets Lukashenko in Minsk');
    assert.equal((await search(page)).get('event'), 'coale-meets-lukashenko-2025-12-12');
    await context.close();
  });
});
