import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleDataset } from '../fixtures/sample-dataset';
import { BASE_URL, openPage, useBrowser } from './browser';
import { expect } from './expect';

const dataset = sampleDataset();
dataset.events.push({
  id: 'august-first',
  date: '2025-08-01',
  type: 'sentence',
  title: 'Sentenced on the first of August',
  summary: 'A test event on 1 August.',
  actors: [],
  sources: [{ document: 'doc.txt', publisher: 'P', headline: 'H', quote: 'Q' }],
});

describe('calendar dates in any time zone', () => {
  const browser = useBrowser();

  for (const timezoneId of ['America/Los_Angeles', 'Europe/Minsk', 'Pacific/Kiritimati']) {
    it(`shows an event of 1 August on 1 August in ${timezoneId}`, async () => {
      const { page, context } = await openPage(browser(), null, { timezoneId });
      await page.route('**/data/events.json', (route) => route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' }));
      await page.goto(new URL('?event=august-first&from=2025-07-30&to=2025-08-04', BASE_URL).toString());
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await expect(panel.locator('time')).toHaveText('1 Aug 2025');

      const box = await page.locator('.vis-item[data-event-id="august-first"]').boundingBox();
      assert.ok(box, 'the event is drawn');
      // A box starts at its date (noon of its day) and its label runs right.
      const centre = box.x + 1;
      const labels = await page.locator('.vis-time-axis .vis-text.vis-minor').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent?.trim() ?? '', x: el.getBoundingClientRect().x })),
      );
      const first = labels.findIndex((label) => /^(\w+ )?1$/.test(label.text));
      assert.ok(first >= 0, `an axis label for the 1st: ${JSON.stringify(labels)}`);
      const next = labels[first + 1];
      assert.ok(next, 'a label for the 2nd');
      assert.ok(centre > labels[first]!.x && centre < next.x, `marker at ${centre} between ${labels[first]!.x} and ${next.x}`);
      await context.close();
    });
  }
});
