import { hostileDataset, PAYLOADS } from '../fixtures/hostile-dataset';
import { expect, routeDataset, test } from './base';
import { statusLine } from './helpers';

test.describe('hostile content', () => {
  test('shows payloads as literal text, executes nothing and loads nothing from elsewhere', async ({ page, context, baseURL, errors }) => {
    const origin = new URL(baseURL!).origin;
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    context.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective),
      );
    });
    await routeDataset(page, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileDataset()) }));
    await page.goto('?from=2024-12-20&to=2025-02-10');
    await expect(statusLine(page)).toHaveText('Showing 4 of 4 events');

    // Hover and open every event from the timeline.
    for (const id of ['hostile-title', 'hostile-script', 'hostile-long', 'hostile-iframe']) {
      const item = page.locator(`.vis-item[data-event-id="${id}"] .tl-item`);
      await item.hover();
      await item.click();
      await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toBeVisible();
    }
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await page.goto('?event=hostile-title');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${PAYLOADS.img} title`);
    await expect(panel).toContainText(PAYLOADS.iframe);
    expect(await page.title(), 'the document title shows the payload as text').toContain('<img src=');
    await page.getByRole('combobox', { name: 'Actor' }).fill('person');
    await expect(page.getByRole('option', { name: /<img src=/ })).toBeVisible();

    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin).length,
      frames: document.querySelectorAll('iframe, object, embed, svg[onload]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      images: [...document.images].filter((img) => !img.src.startsWith(location.origin) && !img.src.startsWith('data:')).length,
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));
    expect(injected).toEqual({ scripts: 0, frames: 0, handlers: 0, images: 0, violations: [] });
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('runs under the Content-Security-Policy without a single violation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto('?event=fixture-meeting-2025-12-12');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta ?? '').toMatch(/script-src 'self'/);
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Meeting/ }).check();
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations).toEqual([]);
    const links = await page.locator('a[target="_blank"]').evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
    expect(links.length, 'the open event links its source').toBeGreaterThan(0);
    expect(links.every((rel) => rel === 'noopener noreferrer')).toBe(true);
  });
});
