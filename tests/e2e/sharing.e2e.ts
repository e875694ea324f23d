import { readFileSync } from 'node:fs';
import { expect, test } from './base';
import { FIXTURE_VERSION } from './fixtures/dataset';
import { param, statusCounts, statusLine } from './helpers';

const MEETING = 'fixture-meeting-2025-12-12';

test.describe('sharing, citing and exporting', () => {
  test('exports exactly the events in view as CSV, JSON and iCalendar, each with the view link and version', async ({ page }) => {
    await page.goto('?types=meeting&from=2024-11-01&to=2025-02-01');
    await expect(statusLine(page)).toHaveText(/Showing/);
    // Two meetings in the window, of four.
    const summary = page.locator('summary', { hasText: /^Export [\d,]+ events$/ });
    await expect(summary).toHaveText('Export 2 events');
    const count = 2;
    const [filtered] = await statusCounts(page);
    expect(filtered).toBe(4);
    await summary.click();
    await expect(page.getByText(/^Dataset /)).toHaveText(`Dataset ${FIXTURE_VERSION}`);
    const version = FIXTURE_VERSION;

    const grab = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = await grab('Download CSV');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(count + 1);
    expect(rows.slice(1).every((row) => row.includes(page.url()) && row.endsWith(version))).toBe(true);
    expect(rows.slice(1).every((row) => row.includes(',Meeting or call,'))).toBe(true);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['fixture-meeting-2024-12-05', 'fixture-meeting-2025-01-20']);

    const json = JSON.parse(await grab('Download JSON'));
    expect(json.events).toHaveLength(count);
    expect(json.view).toBe(page.url());
    expect(json.version).toBe(version);

    const ics = (await grab('Download iCalendar')).replace(/\r\n /g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(count);
    expect(ics).toContain(page.url());
    expect(ics).toContain(version);
  });

  test.describe('with the clipboard', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('cites an event with the dataset version, retrieval date and permanent link', async ({ page, baseURL }) => {
      await page.goto(`?event=${MEETING}`);
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await panel.getByRole('button', { name: 'Copy citation' }).click();
      await expect(panel.getByText('Citation copied')).toBeVisible();
      const citation = String(await page.evaluate('navigator.clipboard.readText()'));
      expect(citation).toMatch(
        /^“Fixture: envoy Jordan Example meets Aliaksandr Shablonau” \(12 Dec 2025\)\. In: Belarus political prisoners: a sourced timeline, dataset version 2026-01-31\.0e2e0f1c\./,
      );
      expect(citation).toContain(new URL(`events/${MEETING}/`, baseURL).toString());
      expect(citation).toContain(`(retrieved ${new Date().toISOString().slice(0, 10)})`);
    });
  });

  test.describe('the static event pages', () => {
    // They are built from the bundled dataset: the real one by nature.
    test.use({ dataset: 'real' });

    test('serves a static page per event with a link preview, which opens the app on the event', async ({ page, request }) => {
      // A meeting known to the day, whichever the curators keep.
      const published = (await (await request.get('data/events.json')).json()) as {
        events: { id: string; date: string; type: string; title: string }[];
      };
      const event = published.events.find((e) => e.type === 'meeting' && e.date.length === 10)!;
      expect(event, 'a meeting known to the day in the bundled dataset').toBeTruthy();
      const day = new Date(`${event.date}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const escaped = (text: string) =>
        text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
      const html = await (await request.get(`events/${event.id}/`)).text();
      expect(html).toContain(`<meta property="og:title" content="${escaped(event.title)}" />`);
      expect(html).toContain(`<meta name="twitter:description" content="${day} · Meeting or call.`);
      await page.goto(`events/${event.id}/`);
      await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(event.title);
      await expect.poll(() => param(page, 'event')).toBe(event.id);
    });
  });
});
