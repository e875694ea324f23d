import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** One browser per test file; call inside a describe. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

/**
 * A fresh context per page. Its service worker is blocked unless a journey asks for it
 * (`serviceWorkers: 'allow'`, tests/e2e/offline): a worker that takes over the page would answer
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

export function statusLine(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Showing/ });
}

export async function statusCounts(page: Page): Promise<[number, number]> {
  const text = (await statusLine(page).textContent()) ?? '';
  const match = /Showing ([\d,]+) of ([\d,]+) events/.exec(text);
  if (!match) throw new Error(`unexpected status line: ${text}`);
  return [Number(match[1]!.replace(/,/g, '')), Number(match[2]!.replace(/,/g, ''))];
}

/** The page's query parameters, once the app has written the address bar (it does so in the task after a change). */
export async function search(page: Page): Promise<URLSearchParams> {
  const href = (await page.evaluate('new Promise((resolve) => setTimeout(() => resolve(location.href), 0))')) as string;
  return new URL(href).searchParams;
}

/** Ids of the events drawn one by one and wholly inside the visible timeline (below its axis), so a click can reach them. */
export async function eventsOnScreen(page: Page): Promise<string[]> {
  const region = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
  return page.locator('.vis-item[data-event-id] .tl-item').evaluateAll(
    (els, r) =>
      els
        .filter((el) => {
          const b = el.getBoundingClientRect();
          return b.left > r.x + 10 && b.right < r.x + r.width - 10 && b.top > r.y + 60 && b.bottom < r.y + r.height - 10;
        })
        .map((el) => el.getAttribute('data-event-id')!),
    region,
  );
}
