import { expect, test } from './base';
import { statusCounts, statusLine } from './helpers';

interface Published {
  events: { id: string; title: string }[];
}

// The one journey on the bundled dataset (the others have their own, tests/e2e/fixtures/):
// whatever the curators change, the real file loads, draws, filters and opens.
test.use({ dataset: 'real' });

test('the bundled dataset loads, draws, searches and opens an event', async ({ page, request, errors }) => {
  const published = (await (await request.get('data/events.json')).json()) as Published;
  expect(published.events.length).toBeGreaterThan(100);
  await page.goto('./');
  const total = published.events.length.toLocaleString('en-US');
  await expect(statusLine(page)).toHaveText(`Showing ${total} of ${total} events`);
  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region.locator('.vis-timeline')).toHaveCount(1);
  await expect(region.locator('[data-event-id]').first()).toBeAttached();

  await page.getByRole('searchbox', { name: 'Search' }).fill('Lukashenka');
  await expect(statusLine(page)).not.toHaveText(`Showing ${total} of ${total} events`);
  const [found] = await statusCounts(page);
  expect(found).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Fit all' }).click();
  const first = page.getByRole('list', { name: 'Events in view' }).getByRole('button').first();
  const id = await first.getAttribute('data-event-id');
  await first.click();
  const title = published.events.find((event) => event.id === id)?.title;
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(title!);
  expect(errors).toEqual([]);
});
