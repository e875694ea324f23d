import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './base';
import { eventsOnScreen, search } from './helpers';

interface Published {
  events: { id: string; date: string }[];
}

// The default window is chosen from the data: this is about the bundled dataset.
test.use({ dataset: 'real' });

/** The earliest and latest events of the served dataset, whatever the curators change. */
async function extremes(request: APIRequestContext): Promise<{ first: { id: string; date: string }; last: { id: string; date: string } }> {
  const dataset = (await (await request.get('data/events.json')).json()) as Published;
  const sorted = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { first: sorted[0]!, last: sorted.at(-1)! };
}

async function windowInUrl(page: Page): Promise<{ from: string; to: string }> {
  let params = new URLSearchParams();
  await expect
    .poll(
      async () => {
        params = await search(page);
        return params.has('from') && params.has('to');
      },
      { message: 'a window in the address bar' },
    )
    .toBe(true);
  return { from: params.get('from')!, to: params.get('to')! };
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

test.describe('the first view', () => {
  test.describe('at 1440×900', () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('opens on a recent stretch with a dozen events readable one by one at 1440×900', async ({ page, request, errors }) => {
      const { first, last } = await extremes(request);
      await page.goto('./');
      const window = await windowInUrl(page);
      expect(days(window.from, window.to), `a stretch, not the whole extent: ${window.from} to ${window.to}`).toBeLessThan(
        days(first.date.slice(0, 4) + '-01-01', last.date.slice(0, 4) + '-12-31') / 10,
      );
      expect(Number(window.to.slice(0, 4)), `recent: ${window.to}`).toBeGreaterThanOrEqual(Number(last.date.slice(0, 4)) - 2);
      await expect
        .poll(async () => (await eventsOnScreen(page)).length, { message: 'a dozen events drawn one by one' })
        .toBeGreaterThanOrEqual(12);
      expect(errors).toEqual([]);
    });

    test('fits everything with "Fit all", and the overview strip jumps to the events far in the past and back', async ({
      page,
      request,
    }) => {
      const { first, last } = await extremes(request);
      await page.goto('./');
      await windowInUrl(page);
      const overview = page.getByRole('slider', { name: /Overview of all events/ });
      await expect(overview).toBeVisible();
      expect(await eventsOnScreen(page), 'the earliest event is not in the first view').not.toContain(first.id);

      await overview.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => eventsOnScreen(page), { message: `the earliest event (${first.id}) on screen` }).toContain(first.id);
      expect((await windowInUrl(page)).from <= first.date.padEnd(10, '-01').slice(0, 10)).toBe(true);
      await page.keyboard.press('End');
      await expect.poll(() => eventsOnScreen(page), { message: `the latest event (${last.id}) on screen` }).toContain(last.id);

      // A click near the strip's left end lands on the earliest events too.
      const box = (await overview.boundingBox())!;
      await page.mouse.click(box.x + 3, box.y + box.height / 2);
      await expect.poll(() => eventsOnScreen(page), { message: 'the earliest event after a click on the strip' }).toContain(first.id);

      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect
        .poll(
          async () => {
            const w = await windowInUrl(page);
            return w.from <= first.date.slice(0, 4) && w.to >= last.date.slice(0, 7);
          },
          { message: 'the whole extent' },
        )
        .toBe(true);
      const all = await windowInUrl(page);
      expect(days(all.from, all.to), `everything: ${all.from} to ${all.to}`).toBeGreaterThan(365 * 10);
    });

    test('prints no two axis labels over each other when weeks meet a month’s start', async ({ page }) => {
      // The event panel narrows the timeline, which then steps by weeks (Sundays) plus each month's 1st:
      // 30 November 2025 is the day before 1 December, 2 November the day after 1 November.
      for (const search of [
        '?event=coale-meets-lukashenko-2025-12-12&from=2025-11-28&to=2025-12-28',
        '?event=coale-meets-lukashenko-2025-12-12&from=2025-10-20&to=2025-12-10',
      ]) {
        await page.goto(search);
        const labels = page.locator('section[aria-label="Timeline"] .vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
        await expect(labels.filter({ hasText: /^1$/ }).first()).toBeVisible();
        const boxes = await labels.evaluateAll((els) =>
          els
            .filter((el) => (el.textContent ?? '').trim() !== '')
            .map((el) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              const box = range.getBoundingClientRect(); // the text itself, not its box's padding
              return { text: el.textContent!.trim(), left: box.left, right: box.right };
            })
            .sort((a, b) => a.left - b.left),
        );
        for (let i = 1; i < boxes.length; i++)
          expect(boxes[i]!.left, `"${boxes[i - 1]!.text}" and "${boxes[i]!.text}": ${JSON.stringify(boxes)}`).toBeGreaterThan(
            boxes[i - 1]!.right + 2,
          );
      }
    });

    test('opens a link with from/to on exactly that window', async ({ page }) => {
      await page.goto('?from=2020-08-01&to=2020-09-01');
      await expect(page.getByRole('slider', { name: /Overview of all events/ })).toBeVisible();
      await expect(page.getByRole('slider', { name: /Overview/ })).toHaveAttribute('aria-valuetext', 'Showing 1 Aug 2020 – 31 Aug 2020');
      const params = await search(page);
      expect(params.get('from')).toBe('2020-08-01');
      expect(params.get('to')).toBe('2020-09-01');
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('opens on readable events at phone width, axis labelled', async ({ page, errors }) => {
      await page.goto('./');
      await windowInUrl(page);
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await expect
        .poll(async () => (await eventsOnScreen(page)).length, { message: 'a dozen events drawn one by one' })
        .toBeGreaterThanOrEqual(12);
      const labels = await page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
      expect(labels.filter((text) => text.trim() !== '').length, `axis labels: ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    });

    test('keeps the list’s window when a search made there is then seen on the timeline', async ({ page }) => {
      await page.goto('./');
      const before = await windowInUrl(page);
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill('Coale');
      await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).not.toContainText(/Showing (\d+) of \1 /);
      await page.getByRole('button', { name: 'Hide filters' }).click();
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await expect(page.locator('section[aria-label="Timeline"] .vis-item').first()).toBeVisible();
      // As on a wide screen, where the timeline is drawn all along: a search does not move the window.
      await expect.poll(async () => (await search(page)).get('q')).toBe('Coale');
      expect(await windowInUrl(page)).toEqual(before);
    });

    test('labels each week over days with its own date, not the month again', async ({ page }) => {
      // A narrow timeline marks weeks: over days, a line starts each Monday (23 December 2024 here).
      await page.goto('?from=2024-12-21&to=2024-12-26');
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const major = page.locator('section[aria-label="Timeline"] .vis-time-axis .vis-text.vis-major:not(.vis-measure)');
      await expect(major.filter({ hasText: '23 December 2024' })).toBeVisible();
      const labels = (await major.allTextContents()).map((text) => text.trim()).filter(Boolean);
      expect(new Set(labels).size, `labels above the axis: ${JSON.stringify(labels)}`).toBe(labels.length);
    });
  });
});

/** How far the page's content jumped while it loaded: the sum of its layout shifts (Chromium's Layout Instability API). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

// The heading is painted from the HTML before the script draws its tools (the dataset's version,
// "What changed", the language and the theme) into it: the page below must not jump when they come,
// at a laptop's width where they once wrapped to a second row (Lighthouse's desktop width), nor on a phone.
for (const viewport of [
  { width: 1350, height: 940 },
  { width: 768, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the page does not jump when its header's tools are drawn, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await windowInUrl(page);
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });
}
