/**
 * npm run bench [-- options]: the app's production build vs plain vis-timeline (a DataView over a
 * DataSet, without and with `cluster: true`), in headless Chromium, on synthetic datasets of N events.
 * See bench/README.md.
 *
 *   --sizes=1000,10000,50000,100000   dataset sizes
 *   --runs=5                          measured runs per size and variant (median, min, max)
 *   --timeout=60                      seconds per step (render, each interaction)
 *   --no-build                        reuse the last builds in the temp dir when present
 *   --append                          keep other sizes already in bench/out/results.json and add/replace these
 *   --report                          only rewrite bench/RESULTS.md from bench/out/results.json
 *   --variants=app,baseline,clustered which pages to measure (app = the app; baseline = plain vis-timeline;
 *                                     clustered = plain vis-timeline with cluster: true)
 *   --smoke                           CI: N=1000, one run, no baseline warm-up, app and plain baseline only
 *                                     (unless --variants says otherwise); writes bench/out/; exit 1 if the app fails
 *   --app-only                        only the app, no plain vis-timeline (while working on speed); writes bench/out/,
 *                                     and not the large form
 *   --seed=20260101 --query=Minsk     dataset seed, search text
 *   --no-large                        skip the large form (N = 1,000,000, tools/bench/large.ts), run last otherwise
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchOptions } from '../browser/chromium';
import { ensureDataset, type DataInfo } from './data';
import { installProbe, NAME_SHIM } from './probe';
import { markdown, num, summarize, type Cell, type Meta, type Report, type RunResult } from './report';
import { startServer } from './server';
import {
  OP_NAMES,
  VARIANT_NAMES,
  type BaselineApi,
  type BootResult,
  type OpName,
  type OpResult,
  type ProbeApi,
  type VariantName,
} from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000,100000' },
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '60' },
    'no-build': { type: 'boolean', default: false },
    'no-large': { type: 'boolean', default: false },
    append: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    'app-only': { type: 'boolean', default: false },
    variants: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    query: { type: 'string', default: 'Minsk' },
  },
});

const SMOKE = args.smoke;
const SIZES = SMOKE ? [1000] : args.sizes.split(',').map((s) => Number(s.trim()));
const RUNS = SMOKE ? 1 : Number(args.runs);
const LIMIT_MS = Number(args.timeout) * 1000;
const SEED = Number(args.seed);
if (!SIZES.every((n) => Number.isInteger(n) && n > 0) || !(RUNS >= 1) || !(LIMIT_MS > 0) || !Number.isInteger(SEED)) {
  console.error(
    'usage: npm run bench -- [--sizes=1000,10000] [--runs=5] [--timeout=60] [--no-build] [--append] [--report] [--smoke] [--app-only]',
  );
  process.exit(2);
}
const APP_ONLY = args['app-only'] || args.variants?.trim() === 'app';
const SCRATCH = SMOKE ? 'smoke' : APP_ONLY ? 'app-only' : null; // these runs never touch the published results
// Every run, raw, goes to bench/out/ (ignored by git: thousands of lines per run); only the
// summary of a full run, bench/RESULTS.md, is committed.
const OUT_JSON = join(ROOT, 'bench', 'out', SCRATCH ? `${SCRATCH}-results.json` : 'results.json');
const OUT_MD = SCRATCH ? join(ROOT, 'bench', 'out', `${SCRATCH.toUpperCase()}.md`) : join(ROOT, 'bench', 'RESULTS.md');
// Smoke (CI) leaves the clustered page out by default: it adds a page load of ~1 s per run and a warm-up, and CI
// only checks that the app works. `--smoke --variants=app,baseline,clustered` runs it too.
const VARIANTS: readonly VariantName[] = APP_ONLY
  ? ['app']
  : args.variants
    ? VARIANT_NAMES.filter((v) =>
        args
          .variants!.split(',')
          .map((x) => x.trim())
          .includes(v),
      )
    : SMOKE
      ? ['app', 'baseline']
      : VARIANT_NAMES;
if (args.variants && (!VARIANTS.length || args.variants.split(',').some((v) => !(VARIANT_NAMES as readonly string[]).includes(v.trim())))) {
  console.error(`--variants: a comma-separated list of ${VARIANT_NAMES.join(', ')}`);
  process.exit(2);
}
const BUILD_DIR = join(os.tmpdir(), 'timeline-bench');
const DIRS = { app: join(BUILD_DIR, 'app'), baseline: join(BUILD_DIR, 'baseline') };
const VIEWPORT = { width: 1280, height: 800 };
const LAUNCH = launchOptions();

const log = (message: string) => console.log(message);

// ---------- build ----------

const BUILD_INFO = join(BUILD_DIR, 'app-build.json');

/** Builds the app (the working tree as it is) and returns which commit it was built on. */
function buildApp(): string {
  if (args['no-build'] && existsSync(join(DIRS.app, 'index.html')) && existsSync(BUILD_INFO)) {
    return (JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as { label: string }).label;
  }
  log(`building the app -> ${DIRS.app}`);
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }); // read-only
  // Never /work/main/dist: the tests may be using it.
  const result = spawnSync('npx', ['vite', 'build', '--outDir', DIRS.app, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build of the app failed');
  const label = `${commit.status === 0 ? commit.stdout.trim() : 'unknown commit'} + working tree, built ${new Date().toISOString().slice(0, 16)}Z`;
  writeFileSync(BUILD_INFO, JSON.stringify({ label }));
  return label;
}

async function buildBaseline(): Promise<void> {
  if (args['no-build'] && existsSync(join(DIRS.baseline, 'index.html'))) return;
  log(`building the baseline -> ${DIRS.baseline}`);
  const { build } = await import('vite');
  await build({
    root: join(ROOT, 'tools', 'bench', 'baseline'),
    base: './',
    configFile: false,
    logLevel: 'error',
    build: { outDir: DIRS.baseline, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  });
}

// ---------- browser helpers ----------

class StepTimeout extends Error {}
function withTimeout<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout(`${step} > ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

let browser: Browser;
async function restartBrowser(): Promise<void> {
  // After a timeout the renderer may be stuck in a long task: start afresh rather than wait for it.
  await withTimeout(browser.close(), 15_000, 'browser close').catch(() => {});
  browser = await chromium.launch(LAUNCH);
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

const statusFor = (n: number) => `Showing ${n.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} events`;

function pageUrl(base: string, variant: VariantName, info: DataInfo): string {
  if (variant === 'app') return `${base}/app/${info.n}/`;
  const sc = info.scenario;
  const query = new URLSearchParams({ type: sc.type, actor: sc.actorId, q: sc.query });
  if (variant === 'clustered') query.set('cluster', '1'); // the same page, with cluster: true
  return `${base}/baseline/${info.n}/?${query}`;
}

/** A fresh browser context (cold page load) with the page rendered; returns the boot figures. */
async function openAndRender(base: string, variant: VariantName, info: DataInfo): Promise<{ session: Session; boot: BootResult }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors: string[] = [];
  try {
    await context.addInitScript(NAME_SHIM);
    if (variant === 'app') await context.addInitScript(installProbe, { expectedStatus: statusFor(info.n) });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    const boot = await withTimeout(
      (async () => {
        // The app's probe exists from the start; the baseline's module script has run by DOMContentLoaded.
        await page.goto(pageUrl(base, variant, info), { waitUntil: variant === 'app' ? 'commit' : 'domcontentloaded', timeout: LIMIT_MS });
        return variant === 'app'
          ? page.evaluate(() => (window as unknown as { __benchProbe: ProbeApi }).__benchProbe.rendered)
          : page.evaluate(() => (window as unknown as { __bench: BaselineApi }).__bench.ready);
      })(),
      LIMIT_MS,
      'render',
    );
    return { session: { context, page, cdp, errors }, boot };
  } catch (e) {
    (e as { pageErrors?: string[] }).pageErrors = errors;
    throw e;
  }
}

const probe = (page: Page) => ({
  arm: (trigger: 'click' | 'input') => page.evaluate((t) => (window as unknown as { __benchProbe: ProbeApi }).__benchProbe.arm(t), trigger),
  navigate: (search: string) => page.evaluate((s) => (window as unknown as { __benchProbe: ProbeApi }).__benchProbe.navigate(s), search),
  result: () => page.evaluate(() => (window as unknown as { __benchProbe: ProbeApi }).__benchProbe.pending as Promise<OpResult>),
});

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One interaction in the app, driven the way a user does it; timed in the page (see probe.ts). */
async function appOp(page: Page, op: OpName, info: DataInfo): Promise<OpResult> {
  const sc = info.scenario;
  const p = probe(page);
  const opts = { timeout: LIMIT_MS };
  const typeBox = () => page.getByRole('checkbox', { name: new RegExp(`^${escapeRe(sc.typeLabel)}`) });
  const search = () => page.getByRole('searchbox', { name: 'Search' });
  switch (op) {
    case 'type':
    case 'typeRestore':
      await p.arm('click');
      await typeBox().click(opts);
      break;
    case 'actor': {
      await page.getByRole('combobox', { name: 'Actor' }).fill(sc.actorName, opts); // typing is not timed
      const option = page.getByRole('option', { name: new RegExp(`^${escapeRe(sc.actorName)}(?!\\d)`) }).first();
      await option.waitFor({ state: 'visible', ...opts });
      await p.arm('click');
      await option.click(opts);
      break;
    }
    case 'actorRestore':
      await p.arm('click');
      await page.getByRole('button', { name: 'Reset filters' }).first().click(opts);
      break;
    case 'search':
      await p.arm('input');
      await search().fill(sc.query, opts);
      break;
    case 'searchRestore':
      await p.arm('input');
      await search().fill('', opts);
      break;
    case 'zoom':
      await p.navigate(`?from=${sc.zoom.from}&to=${sc.zoom.to}`);
      break;
    case 'pan':
      await p.navigate(`?from=${sc.pan.from}&to=${sc.pan.to}`);
      break;
  }
  return p.result();
}

function baselineOp(page: Page, op: OpName): Promise<OpResult> {
  return page.evaluate((o) => (window as unknown as { __bench: BaselineApi }).__bench.run(o), op);
}

/** BENCH_PROFILE=1: a CPU profile of every measured interaction, for DevTools (bench/out/profiles/). */
const PROFILE_DIR = process.env.BENCH_PROFILE ? join(ROOT, 'bench', 'out', 'profiles') : null;

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function saveProfile(cdp: CDPSession, file: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
}

/** The pause after heapMB's full collection before the first interaction (see measureRun). */
const AFTER_GC_MS = 500;

/**
 * The page's JavaScript memory after a full GC: the V8 heap, plus what lives outside it,
 * the embedder (Blink) heap and the backing stores of array buffers and external strings
 * (strings the browser makes, e.g. with TextDecoder, are kept outside the V8 heap).
 */
async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number; backingStorageSize?: number };
  return (heap.usedSize + (heap.embedderHeapUsedSize ?? 0) + (heap.backingStorageSize ?? 0)) / 2 ** 20;
}

/** Waits for the whole dataset to replace the outline; returns when it was indexed (ms since navigation start). */
async function wholeDataset(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('dataset:indexed').length > 0 &&
      [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Print chronology' && !button.disabled),
    null,
    { timeout: LIMIT_MS },
  );
  return page.evaluate(() => performance.getEntriesByName('dataset:indexed')[0]!.startTime);
}

async function closeSession(session: Session | null): Promise<void> {
  if (session) await withTimeout(session.context.close(), 10_000, 'close').catch(() => {});
}

// ---------- one measured run ----------

type Stop = { n: number; reason: string };
const stoppedRender = new Map<VariantName, Stop>();
const stoppedOps = new Map<string, Stop>(); // `${variant}:${op}`

/** Filter → restore pairs, then zoom → pan. Every filter starts from all N events at the fitted window. */
const GROUPS: [OpName, OpName][] = [
  ['type', 'typeRestore'],
  ['actor', 'actorRestore'],
  ['search', 'searchRestore'],
  ['zoom', 'pan'],
];

const errorText = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!;

async function measureRun(base: string, variant: VariantName, info: DataInfo, run: number, withOps: boolean): Promise<RunResult> {
  const wall0 = Date.now();
  const result: RunResult = { n: info.n, variant, run, ok: false, ops: {}, failures: [], reloads: [], errors: [], wallMs: 0 };
  const fail = async (step: string, e: unknown, session: Session | null): Promise<null> => {
    const timeout = e instanceof StepTimeout || /Timeout/i.test(String((e as Error)?.name)) || /timeout/i.test(errorText(e));
    result.failures.push({ step, error: errorText(e), timeout });
    if (session) result.errors.push(...session.errors.splice(0));
    if (timeout) await restartBrowser();
    else await closeSession(session);
    return null;
  };
  let session: Session | null = null;
  try {
    const opened = await openAndRender(base, variant, info);
    session = opened.session;
    result.boot = opened.boot;
  } catch (e) {
    result.errors.push(...((e as { pageErrors?: string[] }).pageErrors ?? []));
    await fail('render', e, null);
    result.wallMs = Date.now() - wall0;
    return result;
  }
  try {
    // A first screen drawn from the dataset's outline: the whole dataset follows, and replaces it. Memory and
    // every interaction are measured once it is in (Print chronology is enabled again), as a reader meets them.
    if (variant === 'app' && result.boot.marks.outlineReceived !== undefined) {
      result.boot.marks.wholeIndexed = await withTimeout(wholeDataset(session.page), LIMIT_MS, 'whole dataset');
    }
    result.heapMB = await withTimeout(heapMB(session.cdp), LIMIT_MS, 'heap');
    // That full collection goes on sweeping on background threads (75-100 ms at 100,000 events, on
    // both cores): the first interaction waits until it is done, so as to time the page, not it.
    await session.page.waitForTimeout(AFTER_GC_MS);
  } catch (e) {
    session = await fail('heap', e, session);
  }
  result.ok = true;

  const skip = (op: OpName) => stoppedOps.has(`${variant}:${op}`);
  let clean = session !== null; // the page shows all N events at the fitted window
  const runOp = async (op: OpName): Promise<boolean> => {
    try {
      const s = session!;
      const profiling = PROFILE_DIR !== null && run >= 0;
      if (profiling) await startProfile(s.cdp);
      result.ops[op] = await withTimeout(variant === 'app' ? appOp(s.page, op, info) : baselineOp(s.page, op), LIMIT_MS, op);
      if (profiling) await saveProfile(s.cdp, join(PROFILE_DIR, `${variant}-${info.n}-run${run + 1}-${op}.cpuprofile`));
      return true;
    } catch (e) {
      session = await fail(op, e, session);
      stoppedOps.set(`${variant}:${op}`, { n: info.n, reason: result.failures.at(-1)!.timeout ? 'timeout' : 'error' });
      return false;
    }
  };
  for (const [first, second] of withOps ? GROUPS : []) {
    if (skip(first)) continue;
    if (!clean || !session) {
      // A restore timed out or is skipped: start this filter from a fresh page load with all N events.
      if (session) result.errors.push(...session.errors.splice(0));
      await closeSession(session);
      session = null;
      try {
        const opened = await openAndRender(base, variant, info);
        session = opened.session;
        result.reloads.push({ before: first, renderMs: opened.boot.marks.rendered ?? null });
      } catch (e) {
        result.reloads.push({ before: first, renderMs: null });
        await fail(`reload before ${first}`, e, null);
        break;
      }
    }
    if (!(await runOp(first))) {
      clean = false;
      continue;
    }
    clean = false;
    if (skip(second)) continue;
    clean = (await runOp(second)) && first !== 'zoom';
  }
  if (session) {
    if (withOps && Object.keys(result.ops).length) {
      try {
        result.heapAfterOpsMB = await withTimeout(heapMB((session as Session).cdp), LIMIT_MS, 'heap after the interactions');
      } catch {
        // a figure left out, not a failed run
      }
    }
    result.errors.push(...(session as Session).errors);
    await closeSession(session);
  }
  result.wallMs = Date.now() - wall0;
  return result;
}

function describe(r: RunResult): string {
  const head = `N=${num(r.n, 0)} ${r.variant.padEnd(9)} run ${r.run < 0 ? 'warm-up' : r.run + 1}: `;
  if (!r.ok) return `${head}FAILED ${r.failures.map((f) => `${f.step}: ${f.error}`).join('; ')}`;
  const ops = Object.entries(r.ops)
    .map(([k, v]) => `${k} ${num(v.ms)}`)
    .join(', ');
  const fails = r.failures.map((f) => ` [${f.step} FAILED: ${f.error}]`).join('');
  const counts = ['type', 'actor', 'search'].map((op) => r.ops[op as OpName]?.count ?? '–').join('/');
  return (
    `${head}render ${num(r.boot!.marks.rendered ?? NaN, 0)} ms, heap ${num(r.heapMB ?? NaN, 1)} MB, DOM ${r.boot!.domNodes}` +
    (r.boot!.clusters === undefined ? '' : `, ${r.boot!.clusters} clusters`) +
    (ops ? `; ${ops}` : '') +
    ` (shown ${counts})` +
    (r.reloads.length ? ` +${r.reloads.length} reload(s)` : '') +
    fails +
    (r.errors.length ? ` [page errors: ${r.errors.slice(0, 2).join(' | ').slice(0, 300)}]` : '')
  );
}

// ---------- main ----------

function readMeta(b: Browser, appBuild: string): Meta {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium: b.version(),
    node: process.version,
    visTimeline: version('vis-timeline'),
    visData: version('vis-data'),
    appCommit: appBuild,
    runsBySize: Object.fromEntries(SIZES.map((n) => [n, RUNS])),
    sizes: SIZES,
    stepLimitMs: LIMIT_MS,
    viewport: VIEWPORT,
    seed: SEED,
    warmUp: SMOKE
      ? 'one app warm-up load discarded, no baseline warm-up'
      : APP_ONLY
        ? 'one app warm-up load discarded; app only'
        : 'one warm-up load per variant discarded',
    variants: [...VARIANTS],
  };
}

async function main(): Promise<number> {
  if (args.report) {
    if (!existsSync(OUT_JSON)) {
      console.error(
        `${OUT_JSON} is missing: --report re-renders the summary from the raw results of a run made on this machine (npm run bench).`,
      );
      return 1;
    }
    writeFileSync(OUT_MD, markdown(JSON.parse(readFileSync(OUT_JSON, 'utf8')) as Report));
    log(`wrote ${OUT_MD}`);
    return 0;
  }
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  const appBuild = buildApp();
  await buildBaseline();
  const data = new Map<number, DataInfo>();
  const WARM_N = Math.min(1000, ...SIZES);
  for (const n of new Set([WARM_N, ...SIZES]))
    data.set(n, ensureDataset(ROOT, n, { seed: SEED, query: args.query, type: 'sentence', log }));
  const server = await startServer(DIRS, (n) => data.get(n)?.file);
  browser = await chromium.launch(LAUNCH);
  const meta = readMeta(browser, appBuild);
  const rawLog = join(ROOT, 'bench', 'out', `${meta.date.replace(/[:.]/g, '-')}.ndjson`);
  log(
    `Chromium ${meta.chromium}, ${meta.cpuModel} × ${meta.cores}; sizes ${SIZES.join(', ')}; ${RUNS} run(s); step limit ${LIMIT_MS / 1000} s`,
  );

  const report: Report = { meta, data: {}, cells: [] };
  if (args.append && !existsSync(OUT_JSON)) log(`--append: no ${OUT_JSON} from an earlier run here, so the report holds only this run`);
  if (args.append && existsSync(OUT_JSON)) {
    const prev = JSON.parse(readFileSync(OUT_JSON, 'utf8')) as Report;
    meta.runsBySize = { ...prev.meta.runsBySize, ...meta.runsBySize };
    meta.sizes = [...new Set([...prev.meta.sizes, ...SIZES])].sort((a, b) => a - b);
    meta.command = `${prev.meta.command}; ${meta.command}`;
    // Cells of variants not measured now are kept, also at these sizes (e.g. --variants=clustered --append).
    const replaced = (c: Cell) => SIZES.includes(c.n) && VARIANTS.includes(c.variant);
    meta.variants = VARIANT_NAMES.filter((v) => VARIANTS.includes(v) || prev.cells.some((c) => c.variant === v && !replaced(c)));
    for (const cell of prev.cells.filter((c) => !replaced(c))) {
      report.cells.push(cell);
      report.data[cell.n] = prev.data[cell.n]!;
      if (cell.n > Math.min(...SIZES)) continue; // only what stopped at a smaller N carries over
      if (cell.status !== 'ok') stoppedRender.set(cell.variant, { n: cell.n, reason: cell.status });
      for (const [op, st] of Object.entries(cell.opStatus)) stoppedOps.set(`${cell.variant}:${op}`, { n: cell.n, reason: st });
    }
  }

  // Warm-up, discarded: OS file cache, browser and server start-up. On a small dataset, so it never hits the limit.
  const warm = data.get(WARM_N)!;
  for (const variant of SMOKE ? (['app'] as const) : VARIANTS) {
    log(describe(await measureRun(server.url, variant, warm, -1, false)));
  }

  let appRenderFailed = false;
  let appOpFailed = false;
  for (const n of SIZES) {
    const info = data.get(n)!;
    report.data[n] = {
      bytes: info.bytes,
      dataHash: info.dataHash,
      appBuild,
      measured: new Date().toISOString(),
      scenario: info.scenario,
      expected: info.expected,
    };
    const runs: Record<VariantName, RunResult[]> = { app: [], baseline: [], clustered: [] };
    for (let r = 0; r < RUNS; r++) {
      // Interleaved, alternating which goes first, so drift hits both alike.
      const order = r % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        if (stoppedRender.has(variant)) continue;
        const res = await measureRun(server.url, variant, info, r, true);
        runs[variant].push(res);
        appendFileSync(rawLog, JSON.stringify(res) + '\n');
        log(describe(res));
        if (!res.ok) stoppedRender.set(variant, { n, reason: res.failures[0]?.timeout ? 'timeout' : 'error' });
        if (variant === 'app' && !res.ok) appRenderFailed = true;
        if (variant === 'app' && res.failures.length) appOpFailed = true;
      }
    }
    for (const variant of VARIANTS) {
      const stop = stoppedRender.get(variant);
      const limitText = `render > ${LIMIT_MS / 1000} s`;
      let status = 'ok';
      if (stop && stop.n === n) status = stop.reason === 'timeout' ? `timeout (${limitText})` : 'error (render)';
      else if (stop) status = `skipped (${stop.reason.startsWith('timeout') ? limitText : 'render failed'} at N=${stop.n})`;
      const opStatus: Cell['opStatus'] = {};
      for (const op of OP_NAMES) {
        const so = stoppedOps.get(`${variant}:${op}`);
        if (!so) continue;
        const over = /timeout|> /.test(so.reason);
        opStatus[op] =
          so.n === n
            ? over
              ? `timeout > ${LIMIT_MS / 1000} s`
              : 'error'
            : `skipped (${over ? `> ${LIMIT_MS / 1000} s` : 'failed'} at N=${so.n})`;
      }
      report.cells = report.cells.filter((c) => !(c.n === n && c.variant === variant));
      report.cells.push({ n, variant, status, opStatus, summary: summarize(runs[variant]), runs: runs[variant] });
    }
    report.cells.sort((a, b) => a.n - b.n || a.variant.localeCompare(b.variant));
    // Written after every size, so an interrupted run still leaves results.
    writeFileSync(OUT_JSON, JSON.stringify(report, null, 1));
    writeFileSync(OUT_MD, markdown(report));
  }
  await withTimeout(browser.close(), 15_000, 'browser close').catch(() => {});
  await server.close();
  const md = markdown(report);
  log('\n' + md.slice(md.indexOf('| N |'), md.indexOf('\n## ')));
  log(`wrote ${OUT_MD}, ${OUT_JSON}, ${rawLog}`);
  if (appRenderFailed) console.error('the app failed to render in at least one run');
  if (SMOKE && appOpFailed) console.error('an app interaction failed');
  // The large form, beside these rows: a million events through the engine (bench/LARGE.md, a published
  // result: not for the scratch runs, which never touch those; `npm run bench:large` runs it alone).
  if (!SCRATCH && !args['no-large'] && !args.report) {
    const large = spawnSync('npx', ['tsx', 'tools/bench/large.ts', '--sizes=1000000'], { cwd: ROOT, stdio: 'inherit' });
    if (large.status !== 0) console.error('the large-form benchmark failed');
  }
  return appRenderFailed || (SMOKE && appOpFailed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
