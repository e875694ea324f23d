import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './base';

/**
 * A host page on another origin (another port) embeds the app, as a news site would: the
 * iframe and the documented snippet (embed.js), nothing else.
 */
function hostPage(appUrl: string, query: string, { hidden = false } = {}): string {
  const src = new URL(`embed.html${query}`, appUrl).toString();
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host article</title></head><body>
<h1>An article</h1>
<div id="tab"${hidden ? ' hidden' : ''}>
<iframe data-timeline-embed data-auto-height src="${src}" title="Timeline of events" style="width:900px;height:300px;border:0"></iframe>
</div>
<button id="show" onclick="document.getElementById('tab').hidden = false">Show the timeline tab</button>
<script src="${new URL('embed.js', appUrl)}"></script>
</body></html>`;
}

test.describe('the embed view inside another site', () => {
  let host: Server;
  let hostUrl = '';
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a hook's fixtures from this pattern; this one needs none.
  test.beforeAll(async ({}, testInfo) => {
    const appUrl = testInfo.project.use.baseURL!;
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage(appUrl, url.searchParams.get('start') ?? '', { hidden: url.searchParams.has('hidden') }));
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

  test('follows a click into the host page: its address, the frame’s height, and a reload into the same event', async ({ page }) => {
    await page.goto(hostUrl);
    const frameElement = page.getByTitle('Timeline of events');
    const frame = page.frameLocator('iframe[data-timeline-embed]');
    await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
    // No site header in the embed, a way out to the full view, and the filters behind one button.
    await expect(frame.getByText(/Every event quotes its source/)).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Filters' })).toBeVisible();
    await expect(frame.getByRole('searchbox', { name: 'Search' })).not.toBeVisible();
    // Auto-height: the host gives the frame the height the timeline asks for.
    const frameHeight = () => frameElement.evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(frameHeight, { message: 'the frame grows to its content' }).toBeGreaterThan(400);
    const closedHeight = await frameHeight();

    const entries = await page.evaluate(() => history.length);
    // An event drawn wholly inside the timeline, so a click reaches it.
    const id = await frame.locator('.vis-item[data-event-id] .tl-item').evaluateAll((els) => {
      const region = document.querySelector('[aria-label="Timeline"]')!.getBoundingClientRect();
      const inside = els.find((el) => {
        const b = el.getBoundingClientRect();
        return b.left > region.left + 10 && b.right < region.right - 10 && b.top > region.top + 60 && b.bottom < region.bottom - 10;
      });
      return inside!.getAttribute('data-event-id')!;
    });
    await frame.locator(`.tl-item[data-event-id="${id}"]`).click();
    const title = frame.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 });
    await expect(title).toBeVisible();
    const heading = (await title.textContent())!;
    // The frame's own address, with replaceState: the host's Back button is not the embed's.
    const inner = page.frames().find((f) => f.url().includes('embed.html'))!;
    await expect.poll(() => new URL(inner.url()).searchParams.get('event'), { message: 'the frame’s address names the event' }).toBe(id);
    expect(await page.evaluate(() => history.length), 'no history entries in the host page').toBe(entries);
    // The host mirrors the view in its own address, and the frame grows with the open panel.
    await expect
      .poll(() => new URLSearchParams(new URL(page.url()).searchParams.get('timeline') ?? '').get('event'), {
        message: 'the host address carries the event',
      })
      .toBe(id);
    await expect.poll(frameHeight, { message: 'the frame grows with the panel' }).toBeGreaterThan(closedHeight + 100);

    // "Open full view": the same view in the full app, in a new tab.
    const full = frame.getByRole('link', { name: /Open full view/ });
    await expect(full).toHaveAttribute('target', '_blank');
    const fullUrl = new URL((await full.getAttribute('href'))!);
    expect(fullUrl.searchParams.get('event')).toBe(id);
    expect(fullUrl.pathname).not.toContain('embed');

    await page.reload();
    await expect(
      page
        .frameLocator('iframe[data-timeline-embed]')
        .getByRole('complementary', { name: 'Event details' })
        .getByRole('heading', { level: 2 }),
    ).toHaveText(heading);
  });

  test('ignores messages that are not the frame’s own', async ({ page }) => {
    await page.goto(hostUrl);
    const frameElement = page.getByTitle('Timeline of events');
    const frameHeight = () => frameElement.evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(frameHeight, { message: 'the frame grows to its content' }).toBeGreaterThan(400);
    const before = { url: page.url(), height: await frameHeight() };
    // Right shape, wrong sender (the host itself), and a foreign shape from the right origin's page.
    await page.evaluate(() => window.postMessage({ type: 'timeline:view', url: 'https://example.org/?event=forged', height: 5 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'timeline:view', url: 'x', height: 5, extra: 1 }, '*'));
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before.url);
    expect(await frameHeight()).toBe(before.height);
  });

  test('draws its events when a hidden tab holding it is opened', async ({ page }) => {
    await page.goto(`${hostUrl}?hidden=1&start=${encodeURIComponent('?from=2025-11-01&to=2026-01-01')}`);
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Show the timeline tab' }).click();
    const frame = page.frameLocator('iframe[data-timeline-embed]');
    await expect
      .poll(
        () =>
          frame
            .locator('.vis-item[data-event-id] .tl-item')
            .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 20).length),
        {
          message: 'events drawn at a real width',
        },
      )
      .toBeGreaterThan(0);
  });

  test('may be framed anywhere, while the full app may not', async ({ page, request, baseURL }) => {
    const embed = await request.get('embed.html');
    expect(embed.headers()['content-security-policy'] ?? '').toMatch(/frame-ancestors \*/);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    const full = await request.get('./');
    expect(full.headers()['content-security-policy'] ?? '').toMatch(/frame-ancestors 'none'/);
    expect(full.headers()['x-frame-options']).toBe('DENY');
    // In a browser: the full app in another site's frame stays empty.
    await page.setContent(`<iframe title="Full app" src="${baseURL}" style="width:800px;height:400px"></iframe>`);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const text = framed ? await framed.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(text, `the full app must not render in a frame: ${text.slice(0, 80)}`).not.toContain('Showing');
  });

  test('gives the embed code for the current view, with its options and a live preview', async ({ page }) => {
    await page.goto('?types=release&from=2025-01-01&to=2026-01-01');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(
      /<iframe data-timeline-embed data-auto-height[^>]*src="[^"]*embed\.html\?types=release&amp;from=2025-01-01&amp;to=2026-01-01"/,
    );
    await expect(code).toHaveValue(/<script src="[^"]*embed\.js" defer><\/script>/);
    await dialog.getByRole('checkbox', { name: 'Show the filters' }).check();
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dialog.getByRole('spinbutton', { name: 'Height' }).fill('480');
    // The code follows the options.
    await expect(code).toHaveValue(/filters=1&amp;theme=dark/);
    await expect(code).toHaveValue(/height:480px/);
    // The preview is the embed with those options: filters shown, dark, the journeys' dataset (two releases in 2025).
    const preview = page.frameLocator('iframe[title="Preview of the embedded timeline"]');
    await expect(preview.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(preview.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(/Showing 2 of \d+ events/);
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
  });

  test('the embed dialog fits a phone: its words wrap inside it, nothing is cut off at the side', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog.getByText(/^Paste this into your page/)).toBeVisible();
    const box = (await dialog.getByText(/^Paste this into your page/).boundingBox())!;
    const frame = (await dialog.boundingBox())!;
    expect(box.x + box.width, 'the introduction ends inside the dialog').toBeLessThanOrEqual(frame.x + frame.width);
    expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth), 'no sideways scrolling').toBeLessThanOrEqual(0);
  });

  test('shows a notice for a bad embed parameter, as the app does for others', async ({ page }) => {
    await page.goto('embed.html?theme=purple&types=bogus');
    const notices = page.getByRole('region', { name: 'About this link' });
    await expect(notices).toContainText('theme');
    await expect(notices).toContainText('event type');
  });
});
