import { expect, test } from './base';
import { search, statusLine } from './helpers';

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

test.describe('hostile URLs', () => {
  test('gives a working view for every query string, with a notice where a request cannot be honoured', async ({ page, errors }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(/Showing/);
    for (const [query, expectNotice] of HOSTILE) {
      const label = query.length > 80 ? `${query.slice(0, 80)}… (${query.length} chars)` : query;
      await test.step(label, async () => {
        await page.goto(query);
        await expect(statusLine(page)).toHaveText(/Showing [\d,]+ of [\d,]+ events/);
        await expect(page.getByRole('region', { name: 'Timeline' }).locator('.vis-timeline')).toHaveCount(1);
        const notice = page.getByRole('region', { name: 'About this link' });
        if (expectNotice) await expect(notice).toBeVisible();
        else await expect(notice).toHaveCount(0);
        expect(await page.evaluate('({}).polluted'), `prototype untouched by ${label}`).toBeUndefined();
      });
    }
    expect(errors).toEqual([]);
  });

  test('keeps the good parameters when one is bad', async ({ page }) => {
    await page.goto('?types=meeting&from=2025-13-45&to=2025-01-01&event=fixture-meeting-2025-12-12');
    await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
      'Fixture: envoy Jordan Example meets Aliaksandr Shablonau',
    );
    await expect(page.getByRole('checkbox', { name: /^Meeting/ })).toBeChecked();
    await expect(page.getByRole('region', { name: 'About this link' })).toContainText('time window');
    // The timeline opens on its default window instead, and the address bar says so.
    const params = await search(page);
    expect(params.get('from'), 'the address bar no longer carries the bad window').not.toBe('2025-13-45');
    expect(params.get('to'), 'the address bar no longer carries the bad window').not.toBe('2025-01-01');
  });
});
