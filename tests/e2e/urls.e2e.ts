import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, search, statusLine, useBrowser } from './browser';
import { expect } from './expect';

/** [query string, whether the user asked for something that cannot be shown] */
const HOSTILE: [string, boolean][] = [
  ['?utm_source=chat&fbclid=xyz&types=release', false],
  ['?types=release&types=pardon&event=a&event=b', false],
  [`?q=${'x'.repeat(100_000)}`, true],
  [`?actors=${'a'.repeat(100_000)}`, true],
  ['?q=%E0%A4%A&types=%ZZ', true],
  ['?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x', false],
  ['?from=2025-02-30&to=2025-03-01', true],
  ['?from=2025-06-01&to=2025-01-01', true],
  ['?from=0000-01-01&to=2025-01-01', true],
  ['?from=2024-01-01&to=275760-09-13', true],
  ['?q=(a%2B)%2B%24&types=sentence', false],
  [`?q=${encodeURIComponent('(.*a){25}' + 'a'.repeat(30) + '!')}`, false],
  ['?event=<script>alert(1)</script>', true],
  ['?types=,,,&actors=,&event=', false],
];

describe('hostile URLs', () => {
  const browser = useBrowser();

  it('gives a working view for every query string, with a notice where a request cannot be honoured', async () => {
    const { page, context, errors } = await openPage(browser(), '');
    await expect(statusLine(page)).toHaveText(/Showing/);
    for (const [query, expectNotice] of HOSTILE) {
      const label = query.length > 80 ? `${query.slice(0, 80)}… (${query.length} chars)` : query;
      try {
        await page.goto(new URL(query, page.url()).toString());
      } catch (error) {
        throw new Error(`${label}: ${(error as Error).message.slice(0, 200)}`);
      }
      await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
      await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-timeline')).toHaveCount(1);
      const notice = page.getByRole('region', { name: 'About this link' });
      if (expectNotice) await expect(notice).toBeVisible();
      else await expect(notice).toHaveCount(0);
      assert.equal(await page.evaluate('({}).polluted'), undefined, `prototype untouched by ${label}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('keeps the good parameters when one is bad', async () => {
    const { page, context } = await openPage(browser(), '?types=meeting&from=2025-13-45&to=2025-01-01&event=coale-meets-lukashenko-2025-12-12');
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(/Coale/);
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).toBeChecked();
    await expect(page.getByRole('region', { name: 'About this link' })).toContainText('time window');
    // The timeline opens on its default window instead, and the address bar says so.
    const params = await search(page);
    assert.notEqual(params.get('from'), '2025-13-45', 'the address bar no longer carries the bad window');
    assert.notEqual(params.get('to'), '2025-01-01', 'the address bar no longer carries the bad window');
    await context.close();
  });
});
