import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, openPage, useBrowser } from './browser';
import { eventually, expect } from './expect';

/**
 * A host page on another origin (another port) embeds the app, as a news site would: the
 * iframe and the documented snippet (embed.js), nothing else.
 */
function hostPage(query: string, { hidden = false } = {}): string {
  const src = new URL(`embed.html${query}`, BASE_URL).toString();
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host article</title></head><body>
<h1>An article</h1>
<div id="tab"${hidden ? ' hidden' : ''}>
<iframe data-timeline-embed data-auto-height src="${src}" title="Timeline of events" style="width:900px;height:300px;border:0"></iframe>
</div>
<button id="show" onclick="document.getElementById('tab').hidden = false">Show the timeline tab</button>
<script src="${new URL('embed.js', BASE_URL)}"></script>
</body></html>`;
}

describe('the embed view inside another site', () => {
  const browser = useBrowser();
  let host: Server;
  let hostUrl = '';
  before(async () => {
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage(url.searchParams.get('start') ?? '', { hidden: url.searchParams.has('hidden') }));
    });
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  after(() => new Promise<void>((done) => host.close(() => done())));

  it('follows a click into the host page: its address, the frame’s height, and a reload into the same event', async () => {
    const { page, context } = await openPage(browser(), null);
    await page.goto(hostUrl);
    const frameElement = page.getByTitle('Timeline of events');
    const frame = page.frameLocator('iframe[data-timeline-embed]');
    await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
    // No site header in the embed, a way out to the full view, and the filters behind one button.
    assert.equal(await frame.getByText(/Every event quotes its source/).count(), 0);
    await expect(frame.getByRole('button', { name: 'Filters' })).toBeVisible();
    await expect(frame.getByRole('searchbox', { name: 'Search' })).not.toBeVisible();
    // Auto-height: the host gives the frame the height the timeline asks for.
    const closedHeight = await eventually(() => frameElement.evaluate((el) => el.getBoundingClientRect().height), (h) => h > 400, 'the frame grows to its content');

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
    await eventually(() => new URL(inner.url()).searchParams.get('event'), (value) => value === id, 'the frame’s address names the event');
    assert.equal(await page.evaluate(() => history.length), entries, 'no history entries in the host page');
    // The host mirrors the view in its own address, and the frame grows with the open panel.
    await eventually(() => new URL(page.url()).searchParams.get('timeline') ?? '', (q) => new URLSearchParams(q).get('event') === id, 'the host address carries the event');
    await eventually(() => frameElement.evaluate((el) => el.getBoundingClientRect().height), (h) => h > closedHeight + 100, 'the frame grows with the panel');

    // "Open full view": the same view in the full app, in a new tab.
    const full = frame.getByRole('link', { name: /Open full view/ });
    assert.equal(await full.getAttribute('target'), '_blank');
    const fullUrl = new URL((await full.getAttribute('href'))!);
    assert.equal(fullUrl.searchParams.get('event'), id);
    assert.ok(!fullUrl.pathname.includes('embed'), fullUrl.pathname);

    await page.reload();
    await expect(page.frameLocator('iframe[data-timeline-embed]').getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(heading);
    await context.close();
  });

  it('ignores messages that are not the frame’s own', async () => {
    const { page, context } = await openPage(browser(), null);
    await page.goto(hostUrl);
    const frameElement = page.getByTitle('Timeline of events');
    await eventually(() => frameElement.evaluate((el) => el.getBoundingClientRect().height), (h) => h > 400, 'the frame grows to its content');
    const before = { url: page.url(), height: await frameElement.evaluate((el) => el.getBoundingClientRect().height) };
    // Right shape, wrong sender (the host itself), and a foreign shape from the right origin's page.
    await page.evaluate(() => window.postMessage({ type: 'timeline:view', url: 'https://example.org/?event=forged', height: 5 }, '*'));
    await page.evaluate(() => window.postMessage({ type: 'timeline:view', url: 'x', height: 5, extra: 1 }, '*'));
    await page.waitForTimeout(300);
    assert.equal(page.url(), before.url);
    assert.equal(await frameElement.evaluate((el) => el.getBoundingClientRect().height), before.height);
    await context.close();
  });

  it('draws its events when a hidden tab holding it is opened', async () => {
    const { page, context } = await openPage(browser(), null);
    await page.goto(`${hostUrl}?hidden=1&start=${encodeURIComponent('?from=2025-11-01&to=2026-01-01')}`);
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Show the timeline tab' }).click();
    const frame = page.frameLocator('iframe[data-timeline-embed]');
    await eventually(
      () => frame.locator('.vis-item[data-event-id] .tl-item').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 20).length),
      (n) => n > 0,
      'events drawn at a real width',
    );
    await context.close();
  });

  it('may be framed anywhere, while the full app may not', async () => {
    const embed = await fetch(new URL('embed.html', BASE_URL));
    assert.match(embed.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
    assert.equal(embed.headers.get('x-frame-options'), null);
    const full = await fetch(BASE_URL);
    assert.match(full.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(full.headers.get('x-frame-options'), 'DENY');
    // In a browser: the full app in another site's frame stays empty.
    const { page, context } = await openPage(browser(), null);
    await page.setContent(`<iframe title="Full app" src="${BASE_URL}" style="width:800px;height:400px"></iframe>`);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    const text = framed ? await framed.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    assert.ok(!text.includes('Showing'), `the full app must not render in a frame: ${text.slice(0, 80)}`);
    await context.close();
  });

  it('gives the embed code for the current view, with its options and a live preview', async () => {
    const { page, context } = await openPage(browser(), '?types=release&from=2025-01-01&to=2026-01-01');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    const snippet = () => code.inputValue();
    assert.match(await snippet(), /<iframe data-timeline-embed data-auto-height[^>]*src="[^"]*embed\.html\?types=release&amp;from=2025-01-01&amp;to=2026-01-01"/);
    assert.match(await snippet(), /<script src="[^"]*embed\.js" defer><\/script>/);
    await dialog.getByRole('checkbox', { name: 'Show the filters' }).check();
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dialog.getByRole('spinbutton', { name: 'Height' }).fill('480');
    await eventually(snippet, (text) => text.includes('filters=1&amp;theme=dark') && text.includes('height:480px'), 'the code follows the options');
    // The preview is the embed with those options: filters shown, dark.
    const preview = page.frameLocator('iframe[title="Preview of the embedded timeline"]');
    await expect(preview.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await eventually(() => preview.locator('html').getAttribute('data-theme'), (theme) => theme === 'dark', 'a dark preview');
    await expect(preview.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(/Showing \d+ of \d+ events/);
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
    await context.close();
  });

  it('shows a notice for a bad embed parameter, as the app does for others', async () => {
    const { page, context } = await openPage(browser(), 'embed.html?theme=purple&types=bogus');
    const notices = page.getByRole('region', { name: 'About this link' });
    await expect(notices).toContainText('theme');
    await expect(notices).toContainText('event type');
    await context.close();
  });
});
