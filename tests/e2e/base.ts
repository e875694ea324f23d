import { test as base } from '@playwright/test';
import { fixtureChangelog } from './fixtures/changelog';
import { fixtureDataset } from './fixtures/dataset';

export { expect } from '@playwright/test';

/** The journeys' dataset as the server would send it. */
export const FIXTURE_BODY = JSON.stringify(fixtureDataset());
/** Its changelog, served beside it. */
export const FIXTURE_CHANGELOG_BODY = JSON.stringify(fixtureChangelog());

export interface Options {
  /**
   * 'fixture' (the default) serves tests/e2e/fixtures/dataset.ts as data/events.json (and
   * fixtures/changelog.ts as data/changelog.json), so curating
   * never breaks a journey; 'real' leaves the bundled dataset, for the journeys about it.
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
      await context.route('**/data/events.json', (route) => route.fulfill({ body: FIXTURE_BODY, contentType: 'application/json' }));
      await context.route('**/data/changelog.json', (route) =>
        route.fulfill({ body: FIXTURE_CHANGELOG_BODY, contentType: 'application/json' }),
      );
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
