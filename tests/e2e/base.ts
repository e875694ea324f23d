import { test as base, type BrowserContext, type Page, type Route } from '@playwright/test';
import { fixtureFiles } from './fixtures/published';

export { expect } from '@playwright/test';

/** The journeys' data files (events.json, its side files and the changelog), by name, as the server would send them. */
export const FIXTURE_FILES = fixtureFiles();
/** The journeys' events.json. */
export const FIXTURE_BODY = FIXTURE_FILES['events.json']!;

/**
 * Answers data/events.json with `handler` and has no outline (events.outline.json: 404), so the page
 * reads that file alone, as it reads a dataset published without one (src/data/dataset-query.ts).
 */
export async function routeDataset(target: Page | BrowserContext, handler: (route: Route) => Promise<void> | void) {
  await target.route('**/data/events.outline.json', (route) => route.fulfill({ status: 404, body: 'no outline' }));
  await target.route('**/data/events.json', handler);
}

export interface Options {
  /**
   * 'fixture' (the default) serves tests/e2e/fixtures/dataset.ts as data/events.json with its side
   * files (context.json, events.be.json, events.ru.json: fixtures/published.ts) and
   * fixtures/changelog.ts as data/changelog.json, so curating never breaks a journey; 'real'
   * leaves the bundled dataset, for the journeys about it.
   */
  dataset: 'fixture' | 'real';
}

export interface Fixtures {
  /** Console errors and uncaught exceptions seen on the page so far. */
  errors: string[];
}

export const test = base.extend<Options & Fixtures>({
  dataset: ['fixture', { option: true }],
  // On the context, so a journey's own page.route() for the dataset comes first (route.fallback() reaches this one).
  // The service worker's own requests meet these routes too, so it installs the fixture.
  context: async ({ context, dataset, offline }, use) => {
    if (dataset === 'fixture') {
      // A route answers even while the browser is offline, which a server does not: the fixture's files
      // would then reach an offline page without the service worker. So they follow context.setOffline().
      let unreachable = offline ?? false;
      const setOffline = context.setOffline.bind(context);
      context.setOffline = async (value: boolean) => {
        unreachable = value;
        await setOffline(value);
      };
      for (const [name, body] of Object.entries(FIXTURE_FILES))
        await context.route(`**/data/${name}`, (route) =>
          unreachable ? route.abort('internetdisconnected') : route.fulfill({ body, contentType: 'application/json' }),
        );
    }
    await use(context);
  },
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      // A dataset served without an outline (routeDataset): the browser logs its 404, and the page reads events.json.
      if (message.location().url.endsWith('/data/events.outline.json') && message.text().includes('404')) return;
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});
