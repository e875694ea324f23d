import { test as base } from '@playwright/test';
import { fixtureFiles } from './fixtures/published';

export { expect } from '@playwright/test';

/** The journeys' data files (events.json, its side files and the changelog), by name, as the server would send them. */
export const FIXTURE_FILES = fixtureFiles();
/** The journeys' events.json. */
export const FIXTURE_BODY = FIXTURE_FILES['events.json']!;

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
  context: async ({ context, dataset }, use) => {
    if (dataset === 'fixture') {
      for (const [name, body] of Object.entries(FIXTURE_FILES))
        await context.route(`**/data/${name}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
    }
    await use(context);
  },
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});
