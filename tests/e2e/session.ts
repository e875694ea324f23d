import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

/** The served build's address (playwright.config.ts picks the port and passes it on). */
export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT}/`;

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A page in a context of its own, on the bundled dataset (not the fixture), for the journeys that
 * need their own context options (a phone, offline, a service worker). The service worker is
 * blocked unless asked for (`serviceWorkers: 'allow'`): one that takes over the page would answer
 * requests that page.route() is meant to see.
 */
export async function openPage(browser: Browser, path: string | null = '', options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (path !== null) await page.goto(new URL(path, BASE_URL).toString());
  return { page, context, errors };
}

/** Polls a plain value until it passes the test (15 s at most), and returns it. */
export async function eventually<T>(read: () => Promise<T> | T, check: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: T;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > until) throw new Error(`expected ${what}; last saw: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
