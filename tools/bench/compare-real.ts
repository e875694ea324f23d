/**
 * npm run bench:real -- [--base=REV] [--head=REV] [--runs=9] [--n=N]
 *
 * The real dataset (public/data/events.json, as bundled), or with --n a synthetic dataset of N
 * events (made by the earlier commit's generator, which both builds can read), in two builds of
 * the app: the working tree (or the commit --head) and an earlier commit (default: the one before HEAD), loaded
 * in turn in headless Chromium, `--runs` times each, alternating which goes
 * first. Prints the median (and range) of the first render and of each
 * interaction, the same ones the benchmark times. For "the real dataset must not
 * get slower": run it before landing a speed change.
 *
 * The earlier commit is checked out with `git worktree` into a temp dir (and
 * removed after); nothing in this checkout changes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../browser/chromium';
import { NAME_SHIM } from './probe';
import { startServer } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD~1' },
    head: { type: 'string' },
    runs: { type: 'string', default: '9' },
    n: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
/** What the interactions pick: on the real dataset, on a synthetic one (the benchmark's own choices). */
interface Choices {
  typeLabel: string;
  actorName: string;
  /** The option to pick, when it is not simply the first one offered. */
  option?: RegExp;
  query: string;
}
const REAL: Choices = { typeLabel: 'Sentence', actorName: 'Lukashenko', query: 'Minsk' };

function run(command: string, argv: string[], cwd: string): string {
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function build(source: string, outDir: string): void {
  run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], source);
}

/** In the page before its scripts: when the status line and the first item are painted, and input times. */
function probe(): void {
  const w = window as unknown as Record<string, unknown>;
  const status = () => [...document.querySelectorAll('[role=status]')].map((e) => e.textContent ?? '').find((t) => t.startsWith('Showing'));
  const afterPaint = (done: () => boolean, from: () => number) =>
    new Promise<number>((resolveTime) => {
      const tick = () =>
        requestAnimationFrame(() => {
          if (done()) setTimeout(() => resolveTime(performance.now() - from()), 0);
          else tick();
        });
      tick();
    });
  w.__first = afterPaint(
    () => status() !== undefined && document.querySelector('.vis-item') !== null,
    () => 0,
  );
  const mark = (e: Event) => (w.__t = e.timeStamp);
  addEventListener('click', mark, true);
  addEventListener('input', mark, true);
  w.__status = status;
  w.__next = (before: string) =>
    afterPaint(
      () => status() !== before,
      () => w.__t as number,
    );
}

type Times = Record<string, number[]>;

async function measure(page: Page, url: string, times: Times, choices: Choices): Promise<string> {
  const push = (name: string, ms: number) => (times[name] ??= []).push(ms);
  await page.goto(url);
  push('first render', await page.evaluate(() => (window as unknown as { __first: Promise<number> }).__first));
  const shown = await page.evaluate(() => (window as unknown as { __status: () => string }).__status());
  await page.waitForTimeout(300);
  const step = async (name: string, act: () => Promise<unknown>) => {
    const before = await page.evaluate(() => (window as unknown as { __status: () => string }).__status());
    const next = page.evaluate((b) => (window as unknown as { __next: (b: string) => Promise<number> }).__next(b), before);
    await act();
    push(name, await next);
    await page.waitForTimeout(100);
  };
  const type = page.getByRole('checkbox', { name: new RegExp(`^${choices.typeLabel}`) });
  await step('type filter', () => type.click());
  await step('type filter restore', () => type.click());
  await page.getByRole('combobox', { name: 'Actor' }).fill(choices.actorName);
  const option = (choices.option ? page.getByRole('option', { name: choices.option }) : page.getByRole('option')).first();
  await option.waitFor();
  await step('actor filter', () => option.click());
  await step('actor reset', () => page.getByRole('button', { name: 'Reset filters' }).first().click());
  const search = page.getByRole('searchbox', { name: 'Search' });
  await step('search', () => search.fill(choices.query));
  await step('search clear', () => search.fill(''));
  return shown;
}

/** The name of the actor with the most events (ties: smallest id), as the benchmark chooses. */
function busiestActor(dataset: { actors: { id: string; name: string }[]; events: { actors: string[] }[] }): string {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: [string, number] = ['', -1];
  for (const entry of counts) if (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return dataset.actors.find((actor) => actor.id === best[0])?.name ?? '';
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (ms: number) => (ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

async function main(): Promise<void> {
  const temp = mkdtempSync(join(os.tmpdir(), 'bench-real-'));
  const baseRev = run('git', ['rev-parse', '--short', args.base!], ROOT);
  const headRev = args.head ? run('git', ['rev-parse', '--short', args.head], ROOT) : null;
  const headName = headRev ?? 'working tree';
  const baseSource = join(temp, 'base-src');
  const headSource = headRev ? join(temp, 'head-src') : ROOT;
  const dirs = { base: join(temp, 'base'), current: join(temp, 'current') };
  /** A commit checked out beside this one, with its packages: this checkout's if its lock file is the same, else its own. */
  const checkout = (rev: string, dir: string) => {
    run('git', ['worktree', 'add', '--detach', dir, rev], ROOT);
    if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) {
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    } else {
      console.log(`installing ${rev}'s packages (its lock file differs)…`);
      run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
    }
  };
  try {
    checkout(baseRev, baseSource);
    if (headRev) checkout(headRev, headSource);
    console.log(`building ${baseRev} and ${headName}…`);
    build(baseSource, dirs.base);
    build(headSource, dirs.current);
    // A synthetic dataset replaces the bundled one in both builds.
    let choices: Choices = REAL;
    let label = 'real dataset';
    if (args.n) {
      // Made by the earlier commit's own generator: a newer file may hold fields an older app refuses,
      // while the app reads files published before it (each build's status line below shows both read all).
      const file = join(temp, 'synthetic.json');
      run('npx', ['tsx', 'scripts/synthetic-data.ts', '--events', args.n, '--out', file], baseSource);
      // Without the bundled dataset's outline (events.outline.json), which would describe other events: each build reads the file alone.
      for (const dir of Object.values(dirs)) {
        copyFileSync(file, join(dir, 'data/events.json'));
        rmSync(join(dir, 'data/events.outline.json'), { force: true });
      }
      const dataset = JSON.parse(readFileSync(file, 'utf8')) as { actors: { id: string; name: string }[]; events: { actors: string[] }[] };
      const busiest = busiestActor(dataset);
      // As the benchmark picks them (tools/bench/data.ts): "Actor 1" must not pick "Actor 12".
      choices = { typeLabel: 'Sentence', actorName: busiest, option: new RegExp(`^${busiest}(?!\\d)`), query: 'minsk' };
      label = `synthetic dataset of ${Number(args.n).toLocaleString('en')} events (made by ${baseRev}'s generator)`;
    }
    // The bench's server, one per build, both as the app (same headers); data/events.json is each build's own.
    const servers = {
      base: await startServer({ app: dirs.base, baseline: dirs.base }, () => undefined),
      current: await startServer({ app: dirs.current, baseline: dirs.current }, () => undefined),
    };
    const browser = await chromium.launch(launchOptions());
    const times: Record<'base' | 'current', Times> = { base: {}, current: {} };
    for (let r = 0; r < RUNS; r++) {
      const order = r % 2 === 0 ? (['base', 'current'] as const) : (['current', 'base'] as const);
      for (const variant of order) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript(NAME_SHIM);
        await context.addInitScript(probe);
        const page = await context.newPage();
        const shown = await measure(page, `${servers[variant].url}/app/0/`, times[variant], choices).catch(async (error: unknown) => {
          // Say what the page showed: a build that cannot read the dataset fails here.
          const text = await page
            .locator('body')
            .innerText()
            .catch(() => '');
          throw new Error(`${variant === 'base' ? baseRev : headName}: ${String(error)}\nThe page said: ${text.slice(0, 400)}`);
        });
        // Both builds must show every event: a build refusing some records would be measured on less.
        if (r === 0) console.log(`${variant}: ${shown}`);
        await context.close();
      }
    }
    await browser.close();
    await servers.base.close();
    await servers.current.close();
    console.log(`\n${label}, ${RUNS} loads each, median (min–max) ms\n`);
    console.log(`| step | ${baseRev} | ${headName} |\n| --- | ---: | ---: |`);
    for (const name of Object.keys(times.current)) {
      const cell = (v: number[]) => `${fmt(median(v))} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})`;
      console.log(`| ${name} | ${cell(times.base[name]!)} | ${cell(times.current[name]!)} |`);
    }
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', baseSource], { cwd: ROOT });
    if (headRev) spawnSync('git', ['worktree', 'remove', '--force', headSource], { cwd: ROOT });
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
