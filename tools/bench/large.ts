/**
 * npm run bench:large [-- --sizes=1000000 --runs=3]: the large form (issue 14) in headless Chromium,
 * production build served by the test server (gzip, range requests), cold cache each run, on datasets
 * of N synthetic events made with data:synthetic --ndjson and data:publish (kept in dist-synthetic/).
 * Writes bench/LARGE.md. `npm run bench` runs it last (N = 1,000,000) unless --no-large.
 *
 * Measured, against the issue's targets: first render (status line with the total and the window's
 * count, items drawn) from navigation, 3 s; a type filter, an actor filter (each 300 ms) and a search
 * (500 ms) until the status line shows the new count, painted; a zoom out and a pan until the window's
 * events are read (100 ms); a deep link to one event until its panel shows its title (1.5 s); bytes downloaded before
 * the first render, the engine's reads included, as the server counts them (25 MB); the page's and the
 * worker's JS heaps after the interactions (CDP Runtime.getHeapUsage; the engine's WebAssembly memory
 * is not in it: CDP does not report it); and, for the 300 MB target, the proportional set size (PSS,
 * /proc/<pid>/smaps_rollup) of the page's renderer process, where the worker and its WebAssembly
 * memory live: everything the tab holds, an upper bound on JS heaps plus WebAssembly memory.
 * With --queries, prints after each step the engine queries that finished since the last (their start
 * and duration, from the app's 'engine query' User Timing entries) and what the server had sent.
 * With --pause=MS, waits MS before each interaction (a reader's pace; by default they come back to back).
 *
 * Each interaction is timed in the page, as `npm run bench` times the small form: from the timestamp of
 * the reader's input event (the click, the search box's input, the drag's release) to the frame that
 * shows the new status line, painted (a frame, then a task). First render and the deep link: from navigation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { hasEverySideFile } from '../../src/domain/large-form';
import { launchOptions } from '../browser/chromium';
import { startServer } from '../browser/static-server';
import { rendererPss, watchHeaps } from './memory';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    query: { type: 'string', default: 'minsk' },
    // Print each step's engine queries (the app's 'engine query' User Timing entries) and what the server sent.
    queries: { type: 'boolean', default: false },
    // Wait this many ms before each interaction, as a reader does: right after the first render, V8
    // is still compiling the engine's WebAssembly to its top tier on background threads (bench/PROFILE.md).
    pause: { type: 'string', default: '0' },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const RUNS = Number(args.runs);
const PAUSE = Number(args.pause);

function run(command: string, argv: string[]) {
  const result = spawnSync(command, argv, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed`);
}

/** The published large form of N events, made once (the generator streams NDJSON; data:publish streams it). */
function dataset(n: number): string {
  const dir = join(ROOT, `dist-synthetic/large-${n}`);
  const data = join(dir, 'data');
  const manifest = join(data, 'manifest.json');
  const current = () =>
    JSON.parse(readFileSync(manifest, 'utf8')).events === n &&
    hasEverySideFile(JSON.parse(readFileSync(manifest, 'utf8'))) &&
    'byType' in JSON.parse(readFileSync(join(data, 'actors.json'), 'utf8')).actors[0];
  if (existsSync(manifest) && current()) return data;
  run('npx', ['tsx', 'scripts/synthetic-data.ts', '--ndjson', '--events', String(n), '--out', join(dir, 'in')]);
  run('npx', [
    'tsx',
    'scripts/publish-data.ts',
    '--actors',
    join(dir, 'in/actors.json'),
    '--events',
    join(dir, 'in/events.ndjson'),
    '--out',
    data,
  ]);
  return data;
}

interface Sample {
  firstRender: number;
  bytesBeforeRender: number;
  typeFilter: number;
  actorFilter: number;
  search: number;
  zoomOut: number;
  pan: number;
  deepLink: number;
  memoryMB: number;
  /** The page's renderer process's PSS after the interactions; NaN where /proc is not there. */
  rendererMB: number;
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

/** The first render: until the status line counts the window and no query is on its way, since `started`. */
async function firstRenderedAfter(page: Page, started: number): Promise<number> {
  await page.waitForFunction(
    () => {
      const text = [...document.querySelectorAll('[role=status]')].find((el) => el.textContent?.startsWith('Showing'))?.textContent ?? '';
      return text.includes('in this window') && !text.includes('Reading');
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  return performance.now() - started;
}

/** Bytes the server has sent so far (every response, the engine worker's range reads included). */
let sent = 0;
/** Responses the server has sent so far. */
let responses = 0;

/** With --queries: the engine queries finished since the last call, each with its time, and the bytes and responses sent. */
async function logQueries(page: Page, label: string): Promise<void> {
  if (!args.queries) return;
  const done = await page.evaluate(() => {
    const entries = performance.getEntriesByName('engine query') as PerformanceMeasure[];
    performance.clearMeasures('engine query');
    return entries.map((entry) => ({ at: entry.startTime, ms: entry.duration, sql: String(entry.detail) }));
  });
  console.log(`  after ${label}: ${(sent / 1e6).toFixed(1)} MB in ${responses} responses so far`);
  for (const { at, ms, sql } of done)
    console.log(`    at ${Math.round(at)} ms, ${Math.round(ms)} ms: ${sql.replace(/\s+/g, ' ').slice(0, 240)}`);
}

/**
 * In the page: until the status line has changed from `before` and no query is on its way, then
 * painted (a frame, then a task); the time since the step's input event.
 */
function settledSinceInput(page: Page, before: string | null): Promise<number> {
  return page.evaluate(async (previous) => {
    // No named functions in here: the script runner would wrap them in a helper the page lacks.
    const w = globalThis as unknown as { __inputAt: number | null };
    const deadline = performance.now() + 60_000;
    for (;;) {
      const text = [...document.querySelectorAll('[role=status]')].find((el) => el.textContent?.startsWith('Showing'))?.textContent ?? '';
      if (text.includes('in this window') && !text.includes('Reading') && text !== previous) break;
      if (performance.now() > deadline) throw new Error(`the status line stayed "${previous}"`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (w.__inputAt === null) throw new Error('no input event was seen for this step');
    return performance.now() - w.__inputAt;
  }, before);
}

async function measure(base: string, n: number, middle: { id: string; title: string; actor: string }): Promise<Sample> {
  const browser = await chromium.launch({
    ...launchOptions(),
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // The reader's input, for timing each interaction from it: the first click, pointer release or
    // input event once a step is armed (a trusted event's timeStamp is on performance.now()'s clock).
    await context.addInitScript(() => {
      const w = globalThis as unknown as { __inputAt: number | null; __armedAt: number };
      w.__inputAt = null;
      w.__armedAt = Infinity;
      for (const type of ['pointerup', 'click', 'input'])
        addEventListener(
          type,
          (event) => void (w.__inputAt === null && event.timeStamp >= w.__armedAt && (w.__inputAt = event.timeStamp)),
          true,
        );
    });
    // The app times its engine's queries only when asked (src/data/large/engine.ts).
    if (args.queries) await context.addInitScript(() => Object.assign(globalThis, { timelineEngineProfile: true }));
    const page = await context.newPage();
    // The engine's worker: its heap is asked of it through the page's session.
    const heaps = await watchHeaps(context, page);
    const url = `${base}large-${n}/`;
    const sentBefore = sent;
    let started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    const firstRender = await firstRenderedAfter(page, started);
    // Counted at the first render: what the engine reads after it, in the background, is not before it.
    const bytesBeforeRender = sent - sentBefore;
    await logQueries(page, 'first render');
    await page.locator('.vis-item').first().waitFor();

    const step = async (act: () => Promise<void>, label = '') => {
      if (PAUSE > 0) await page.waitForTimeout(PAUSE);
      const before = await status(page).textContent();
      await page.evaluate(() => Object.assign(globalThis, { __inputAt: null, __armedAt: performance.now() }));
      const settled = settledSinceInput(page, before);
      await act();
      const ms = await settled;
      await logQueries(page, label);
      return ms;
    };
    const typeFilter = await step(() => page.getByRole('checkbox', { name: /^Release/ }).check(), 'type filter');
    await step(() => page.getByRole('checkbox', { name: /^Release/ }).uncheck(), 'type filter undone');
    await page.getByRole('combobox', { name: 'Actor' }).fill(middle.actor);
    const actorFilter = await step(
      () =>
        page
          .getByRole('option', { name: new RegExp(middle.actor) })
          .first()
          .click(),
      'actor filter',
    );
    await step(() => page.getByRole('button', { name: 'Reset filters' }).click(), 'reset');
    const search = await step(() => page.getByRole('searchbox', { name: 'Search' }).fill(args.query), 'search');
    await step(() => page.getByRole('button', { name: 'Reset filters' }).click(), 'reset');
    const zoomOut = await step(() => page.getByRole('button', { name: 'Zoom out' }).click(), 'zoom out');
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    // Timed from the release: the timeline follows the drag as it goes, and the window it asks the
    // engine for is known only when the reader lets go.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 5 });
    const pan = await step(() => page.mouse.up(), 'pan');
    const memory = await heaps.heapBytes();
    const rendererMB = await rendererPss(browser);

    const link = await context.newPage();
    started = performance.now();
    await link.goto(`${url}?event=${middle.id}`, { waitUntil: 'commit' });
    // The event's own heading: the panel says it is reading the event until the engine has answered.
    await link.locator('.detail-area h2', { hasText: middle.title }).first().waitFor({ timeout: 60_000 });
    const deepLink = performance.now() - started;
    await link.waitForTimeout(args.queries ? 2_000 : 0);
    await logQueries(link, 'deep link');
    return { firstRender, bytesBeforeRender, typeFilter, actorFilter, search, zoomOut, pan, deepLink, memoryMB: memory / 1e6, rendererMB };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  if (!args['no-build']) run('npx', ['vite', 'build', '--logLevel', 'warn']);
  const datasets = Object.fromEntries(SIZES.map((n) => [`/large-${n}/`, dataset(n)]));
  const server = await startServer(join(ROOT, 'dist'), 0, {
    datasets,
    onSent: (bytes) => {
      sent += bytes;
      responses++;
    },
  });
  // A static host keeps its compressed files: the server's first gzip of the engine is not a reader's cost.
  for (const file of readdirSync(join(ROOT, 'dist/engine')))
    await fetch(`${server.url}engine/${file}`, { headers: { 'accept-encoding': 'gzip' } });
  const rows: string[] = [];
  try {
    for (const n of SIZES) {
      const data = datasets[`/large-${n}/`]!;
      const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as { files: { events: string } };
      const actors = JSON.parse(readFileSync(join(data, 'actors.json'), 'utf8')).actors as { id: string; name: string }[];
      const middle = { ...(await middleEvent(join(data, manifest.files.events), n)), actor: actors[0]!.name };
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) {
        const sample = await measure(server.url, n, middle);
        console.log(
          `large form, N=${n}, run ${i + 1}:`,
          JSON.stringify(sample, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
        );
        samples.push(sample);
      }
      const m = (key: keyof Sample) => Math.round(median(samples.map((s) => s[key])));
      rows.push(
        `| ${n.toLocaleString('en')} | ${m('firstRender')} | ${(m('bytesBeforeRender') / 1e6).toFixed(1)} MB | ${m('typeFilter')} | ${m('actorFilter')} | ${m('search')} | ${m('zoomOut')} | ${m('pan')} | ${m('deepLink')} | ${m('memoryMB')} MB | ${m('rendererMB')} MB |`,
      );
    }
  } finally {
    await server.close();
  }
  const table = [
    `# The large form in the browser (npm run bench:large)`,
    '',
    `Median of ${RUNS} cold runs, ms unless stated; ${new Date().toISOString().slice(0, 10)}, this machine (2 cores)${PAUSE > 0 ? `; each interaction ${PAUSE.toLocaleString('en')} ms after the one before (--pause)` : '; the interactions back to back, the first right after the first render'}.`,
    'Targets (issue 14): first render 3,000; 25 MB before it; filters 300; search 500; zoom and pan 100; deep link 1,500; memory 300 MB.',
    "Interactions: from the reader's input event (its timestamp: the click, the search box's input, the release of the drag) to the frame that shows the new status line, painted, as npm run bench times the small form; zoom and pan until the new window's events are read (the timeline itself moves at once). Memory: JS heaps (CDP; the engine's WebAssembly memory is not in them), and the page's renderer process's proportional set size from /proc after the interactions, which holds the page, its worker and the WebAssembly memory: an upper bound for the 300 MB target.",
    '',
    '| N | first render | downloaded before it | type filter | actor filter | search | zoom out | pan | deep link | JS heaps, page + worker | renderer process (PSS) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/LARGE.md'), table);
  console.log(table);
}

/** The id of the middle event (by start), read with DuckDB in Node. */
async function middleEvent(parquet: string, n: number): Promise<{ id: string; title: string }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT id, title FROM read_parquet('${parquet}') ORDER BY start_ms, id LIMIT 1 OFFSET ${Math.floor(n / 2)}`,
    );
    const row = reader.getRowObjects()[0]!;
    return { id: String(row.id), title: String(row.title) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

await main();
