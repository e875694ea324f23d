import { sampleDataset } from '../fixtures/sample-dataset';
import { expect, routeDataset, test } from './base';

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

test.describe('calendar dates in any time zone', () => {
  for (const timezoneId of ['America/Los_Angeles', 'Europe/Minsk', 'Pacific/Kiritimati']) {
    test.describe(timezoneId, () => {
      test.use({ timezoneId });

      test(`shows an event of 1 August on 1 August in ${timezoneId}`, async ({ page }) => {
        await routeDataset(page, (route) => route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' }));
        await page.goto('?event=august-first&from=2025-07-30&to=2025-08-04');
        const panel = page.getByRole('complementary', { name: 'Event details' });
        await expect(panel.locator('time')).toHaveText('1 Aug 2025');

        const box = await page.locator('.vis-item[data-event-id="august-first"]').boundingBox();
        expect(box, 'the event is drawn').toBeTruthy();
        // A box starts at its date (noon of its day) and its label runs right.
        const centre = box!.x + 1;
        const labels = await page
          .locator('.vis-time-axis .vis-text.vis-minor')
          .evaluateAll((els) => els.map((el) => ({ text: el.textContent?.trim() ?? '', x: el.getBoundingClientRect().x })));
        const first = labels.findIndex((label) => /^(\w+ )?1$/.test(label.text));
        expect(first, `an axis label for the 1st: ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
        const next = labels[first + 1];
        expect(next, 'a label for the 2nd').toBeTruthy();
        expect(centre, `marker at ${centre} between ${labels[first]!.x} and ${next!.x}`).toBeGreaterThan(labels[first]!.x);
        expect(centre, `marker at ${centre} between ${labels[first]!.x} and ${next!.x}`).toBeLessThan(next!.x);
      });
    });
  }
});
