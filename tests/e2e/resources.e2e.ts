import type { Page } from '@playwright/test';
import { expect, test } from './base';
import { FIXTURE_EVENT_COUNT as TOTAL } from './fixtures/dataset';
import { eventsOnScreen, statusLine } from './helpers';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

test.describe('resources under heavy use', () => {
  test('survives 500 rapid filter toggles and 200 panel cycles without errors or leaks', async ({ page, errors }) => {
    // About two minutes on a quiet machine; much longer when others share its two cores.
    test.setTimeout(420_000);
    await page.goto('?from=2025-08-01&to=2026-01-31');
    await expect(statusLine(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);
    const warm = page.getByRole('checkbox', { name: /^Sentence/ });
    await warm.click();
    await warm.click();
    const before = await heapAfterGc(page);

    const boxes = ['Sentence', 'Trial', 'Statistic', 'Meeting'].map((name) => page.getByRole('checkbox', { name: new RegExp(`^${name}`) }));
    for (let i = 0; i < 500; i++) await boxes[i % boxes.length]!.click({ delay: 0 });
    // 500 clicks over four boxes: each was toggled 125 times, so all end checked: 5 + 21 + 9 + 4 events.
    for (const box of boxes) await expect(box).toBeChecked();
    await expect(statusLine(page)).toHaveText(`Showing 39 of ${TOTAL} events`);
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await expect(statusLine(page)).toHaveText(`Showing ${TOTAL} of ${TOTAL} events`);

    const ids = await eventsOnScreen(page);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    for (let i = 0; i < 200; i++) {
      await page.locator(`.vis-item[data-event-id="${ids[i % ids.length]}"] .tl-item`).click();
      await panel.getByRole('heading', { level: 2 }).waitFor();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
    }
    await expect(page.locator('.vis-timeline')).toHaveCount(1);
    const after = await heapAfterGc(page);
    const grownMb = (after - before) / 1e6;
    expect(grownMb, `heap grew by ${grownMb.toFixed(1)} MB`).toBeLessThan(8);
    expect(errors).toEqual([]);
  });
});
