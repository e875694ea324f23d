import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { eventsOnScreen, openPage, statusCounts, statusLine, useBrowser } from './browser';
import { expect } from './expect';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

describe('resources under heavy use', () => {
  const browser = useBrowser();

  it('survives 500 rapid filter toggles and 200 panel cycles without errors or leaks', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await openPage(browser(), '?from=2025-08-01&to=2026-01-31');
    await expect(statusLine(page)).toHaveText(/Showing/);
    const [, total] = await statusCounts(page);
    const warm = page.getByRole('checkbox', { name: /^Sentence/ });
    await warm.click();
    await warm.click();
    const before = await heapAfterGc(page);

    const boxes = ['Sentence', 'Trial', 'Statistic', 'Meeting'].map((name) => page.getByRole('checkbox', { name: new RegExp(`^${name}`) }));
    for (let i = 0; i < 500; i++) await boxes[i % boxes.length]!.click({ delay: 0 });
    // 500 clicks over four boxes: each was toggled 125 times, so all end checked.
    for (const box of boxes) await expect(box).toBeChecked();
    const [shown] = await statusCounts(page);
    assert.ok(shown > 0 && shown < total);
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await expect(statusLine(page)).toHaveText(`Showing ${total} of ${total} events`);

    const ids = await eventsOnScreen(page);
    assert.ok(ids.length >= 2);
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
    assert.ok(grownMb < 8, `heap grew by ${grownMb.toFixed(1)} MB`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
