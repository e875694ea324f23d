import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LaunchOptions, PlaywrightTestOptions } from '@playwright/test';
import { expect, test } from './base';
import { axeViolations } from './axe';
import { statusLine } from './helpers';

const require = createRequire(import.meta.url);

// The bundled dataset, as a reader gets it.
test.use({ dataset: 'real' });

const VIEWS: [string, string, Partial<PlaywrightTestOptions>][] = [
  ['the timeline with an event open', '?event=coale-meets-lukashenko-2025-12-12', {}],
  ['a filtered view with a person profile', '?actors=sviatlana-tsikhanouskaya&types=meeting', {}],
  [
    'the dark theme with an uncertain event open',
    '?event=viasna-political-prisoners-count-2024-12-31&from=2024-11-01&to=2025-02-01',
    { colorScheme: 'dark' },
  ],
  ['the embed view with an event open', 'embed.html?event=coale-meets-lukashenko-2025-12-12', {}],
  [
    'the embed view with filters, dark, at phone width',
    'embed.html?filters=1&theme=dark',
    { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
  ],
  [
    'the phone list with an event open',
    '?event=belarus-releases-52-prisoners-coale-visit-2025-09',
    { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
  ],
];

test.describe('accessibility and quality audits', () => {
  for (const [name, path, options] of VIEWS) {
    test.describe(name, () => {
      test.use(options);

      test(`axe finds no violations on ${name}`, async ({ page }) => {
        await page.goto(path);
        await expect(statusLine(page)).toHaveText(/Showing/);
        await page.waitForTimeout(300);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test('Lighthouse scores accessibility, best practices and SEO at 95 or above', async ({ baseURL, launchOptions }) => {
    test.setTimeout(180_000);
    for (const path of ['?event=coale-meets-lukashenko-2025-12-12', '?actors=sviatlana-tsikhanouskaya']) {
      const { categories } = lighthouse(new URL(path, baseURL).toString(), 'accessibility,best-practices,seo', launchOptions);
      for (const [category, { score }] of Object.entries(categories)) {
        expect(score, `${category} scored ${Math.round(score * 100)} on ${path}`).toBeGreaterThanOrEqual(0.95);
      }
    }
  });

  test('Lighthouse mobile performance stays at 85 or above, LCP at 2.2 s or less, and the best run’s TBT at 250 ms or less, on the gzipped production build', async ({
    baseURL,
    launchOptions,
  }) => {
    test.setTimeout(600_000);
    // Its default mobile emulation (a mid-range phone, slow 4G, 4× slower CPU), seven runs. Simulated
    // throttling multiplies the main thread's observed tasks by four, so whatever else the machine does
    // during a run shows fourfold: one build measured TBT 75–822 ms in single runs on this two-core
    // machine, and a CI machine 467 ms (median) on a build whose median here was 240 ms. Such noise only
    // ever adds, so the page's own blocking time is the best run's: TBT is held there (≤ 250 ms); the
    // score and LCP at the median. Ten runs on 2026-11-26 measured a median of 94, LCP 2.28 s and TBT
    // 136 ms, the best 75 ms (README, "First screen"). The guard fails the page before the first script
    // was made one chunk (85–89, LCP 2.98–3.07 s) and the schema library slipping back into it (78,
    // 2.69 s, 595 ms). Since the first screen is drawn from the dataset's outline (2026-11-27), a quiet
    // machine measures 99 and LCP 1.83–1.85 s; with the whole dataset before the first screen again it
    // measured 2.27–2.31 s there, and a median of 2.30 s in CI: the 2.2 s guard fails that. The targets are
    // 95, 2.0 s and 150 ms.
    const runs = Array.from({ length: 7 }, () => lighthouse(baseURL!, 'performance', launchOptions));
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const score = sorted(runs.map((r) => r.categories.performance!.score))[3]!;
    const lcp = sorted(runs.map((r) => r.audits['largest-contentful-paint']!.numericValue))[3]!;
    const tbts = sorted(runs.map((r) => r.audits['total-blocking-time']!.numericValue));
    const seen = `median score ${Math.round(score * 100)}, median LCP ${Math.round(lcp)} ms, TBT best ${Math.round(tbts[0]!)} ms, median ${Math.round(tbts[3]!)} ms (runs: ${tbts.map(Math.round).join(', ')})`;
    console.log(`Lighthouse mobile performance: ${seen}`);
    expect(score, seen).toBeGreaterThanOrEqual(0.85);
    expect(lcp, seen).toBeLessThanOrEqual(2200);
    expect(tbts[0]!, seen).toBeLessThanOrEqual(250);
  });
});

interface LighthouseReport {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

/**
 * One Lighthouse run (its default mobile settings) against the served production build, in its own
 * Chromium: the one the journeys drive, with the same flags (playwright.config.ts).
 */
function lighthouse(url: string, categories: string, launch: LaunchOptions): LighthouseReport {
  const report = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('lighthouse/cli/index.js'),
      url,
      `--only-categories=${categories}`,
      `--chrome-flags=--headless=new ${(launch.args ?? []).join(' ')}`,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: launch.executablePath }, encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  return JSON.parse(readFileSync(report, 'utf8')) as LighthouseReport;
}
