import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BASE_URL, openPage, statusLine, useBrowser } from './browser';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { expect } from './expect';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core runs through the DevTools protocol, which the page's CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const VIEWS: [string, string, Parameters<typeof openPage>[2]][] = [
  ['the timeline with an event open', '?event=coale-meets-lukashenko-2025-12-12', {}],
  ['a filtered view with a person profile', '?actors=sviatlana-tsikhanouskaya&types=meeting', {}],
  ['the dark theme with an uncertain event open', '?event=viasna-political-prisoners-count-2024-12-31&from=2024-11-01&to=2025-02-01', { colorScheme: 'dark' }],
  ['the phone list with an event open', '?event=belarus-releases-52-prisoners-coale-visit-2025-09', { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }],
];

describe('accessibility and quality audits', () => {
  const browser = useBrowser();

  for (const [name, path, options] of VIEWS) {
    it(`axe finds no violations on ${name}`, async () => {
      const { page, context } = await openPage(browser(), path, options);
      await expect(statusLine(page)).toHaveText(/Showing/);
      await page.waitForTimeout(300);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  it('Lighthouse scores accessibility, best practices and SEO at 95 or above', { timeout: 180_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    for (const [i, path] of ['?event=coale-meets-lukashenko-2025-12-12', '?actors=sviatlana-tsikhanouskaya'].entries()) {
      const report = join(out, `report-${i}.json`);
      const run = spawnSync(
        process.execPath,
        [
          require.resolve('lighthouse/cli/index.js'),
          new URL(path, BASE_URL).toString(),
          '--only-categories=accessibility,best-practices,seo',
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, encoding: 'utf8', timeout: 120_000 },
      );
      assert.equal(run.status, 0, run.stderr.slice(-2000));
      const categories = JSON.parse(readFileSync(report, 'utf8')).categories as Record<string, { score: number }>;
      for (const [category, { score }] of Object.entries(categories)) {
        assert.ok(score >= 0.95, `${category} scored ${Math.round(score * 100)} on ${path}`);
      }
    }
  });
});
