import type { Page } from '@playwright/test';

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

/** One query parameter of the address bar as it is now; poll it with expect.poll. */
export function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}
