/**
 * Where the app's start-up goes: navigation → first complete render (the benchmark's headline),
 * split by what the main thread was doing. See bench/PROFILE.md, "Start-up at 10,000 events".
 *
 *   npx tsx tools/bench/startup.ts [--n=10000] [--runs=3] [--no-build]
 *
 * Builds the app unminified (readable names, and the `// <module path>` comment before each
 * module, which maps every line of the bundle to its source) into <tmp>/timeline-bench/app-unminified, serves it with
 * the benchmark's synthetic dataset, and loads it cold in headless Chromium (one discarded
 * warm-up load, then --runs loads) while recording a Chromium trace: main-thread tasks
 * (compile, evaluate, style, layout, paint, GC), CPU samples and the app's performance marks.
 * The end of the window is the runner's "rendered" mark (probe.ts), as in `npm run bench`.
 *
 * CPU samples are attributed to the innermost frame whose source module belongs to a category
 * (zod, index, time columns, vis-timeline, React, ...); helpers (compare.ts, text.ts, ...) pass
 * the sample on to their caller. Writes bench/out/startup-<N>.json and bench/out/STARTUP-<N>.md;
 * STARTUP_SAVE_TRACE=1 also keeps each trace (bench/out/startup-<N>-run<k>.trace.json, for DevTools).
 * The unminified build is slower to parse than the production one: script compile here is an
 * upper bound.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { launchOptions } from '../browser/chromium';
import { ensureDataset } from './data';
import { installProbe, NAME_SHIM } from './probe';
import { num } from './report';
import { startServer } from './server';
import type { BootResult, ProbeApi } from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20260101' },
  },
});
const N = Number(args.n);
const RUNS = Number(args.runs);
const DIR = join(os.tmpdir(), 'timeline-bench', 'app-unminified');
const LAUNCH = launchOptions();
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
].join(',');

// ---------- trace shapes ----------

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number; // µs
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

// ---------- source modules of the unminified bundle ----------

/** For each bundle file: sorted [first line (0-based), module path] from the `// <module path>` line rolldown puts before each module. */
function moduleMaps(dir: string): Map<string, [number, string][]> {
  const maps = new Map<string, [number, string][]>();
  const assets = join(dir, 'assets');
  for (const file of existsSync(assets) ? readdirSync(assets) : []) {
    if (!file.endsWith('.js')) continue;
    const lines = readFileSync(join(assets, file), 'utf8').split('\n');
    const regions: [number, string][] = [];
    lines.forEach((line, i) => {
      const m = /^\/\/ ((?:node_modules|src)\/\S+|\0\S+)$/.exec(line);
      if (m) regions.push([i, m[1]!]);
    });
    maps.set(file, regions);
  }
  return maps;
}

function moduleOf(maps: Map<string, [number, string][]>, frame: CallFrame): string | null {
  const file = /\/assets\/([^/?#]+\.js)/.exec(frame.url)?.[1];
  if (!file) return null;
  const regions = maps.get(file);
  if (!regions?.length) return `assets/${file}`;
  let lo = 0;
  let hi = regions.length - 1;
  let found = '(bundle glue)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]![0] <= frame.lineNumber) {
      found = regions[mid]![1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const VIS =
  /node_modules\/(vis-timeline|vis-data|vis-util|moment|@egjs\/hammerjs|propagating-hammerjs|keycharm|component-emitter|uuid|xss|cssfilter)\//;
const NEUTRAL = /^src\/domain\/(compare|text|partial-date|memo|zod|event-types)\.ts$|^\(bundle glue\)$/;

/** The category a module's code counts for, or null to pass the sample on to the caller. */
function category(module: string): string | null {
  if (NEUTRAL.test(module)) return null;
  if (/node_modules\/zod\//.test(module) || /^src\/(domain\/schema|data\/parse-dataset|data\/quick-check)\.ts$/.test(module))
    return 'record checks (structural; zod in the worker)';
  if (module === 'src/domain/integrity.ts') return 'cross-record checks';
  if (module === 'src/domain/dataset-index/index.ts') return 'index (buildIndex, view)';
  if (module === 'src/domain/dataset-index/columns.ts') return 'index columns (time, type, actors)';
  if (module === 'src/domain/dataset-index/event-view.ts') return 'index views (window, neighbours)';
  if (module === 'src/domain/dataset-index/search-corpus.ts') return 'search corpus';
  if (module.startsWith('src/domain/')) return 'filters, counts, conflicts (src/domain)';
  if (module === 'src/data/fetch-dataset.ts') return 'fetch + TextDecoder';
  if (module.startsWith('src/features/timeline/')) return 'timeline adapter (src/features/timeline)';
  if (VIS.test(module)) return 'vis-timeline (JS)';
  if (/node_modules\/(react|react-dom|scheduler)\//.test(module)) return 'React (library)';
  if (module.startsWith('src/')) return 'app components, state, data loading (src)';
  return 'other libraries';
}

// ---------- one load ----------

interface Run {
  boot: BootResult;
  marks: Record<string, number>;
  resources: { name: string; startTime: number; responseEnd: number; bytes: number }[];
  /** ms of main-thread self time by trace event name, inside the window. */
  traceSelf: Record<string, number>;
  /** ms of CPU samples by category, inside the window. */
  samples: Record<string, number>;
  /** The same, per phase between two marks: [phase, its end in ms, ms by category]. */
  phases: [string, number, Record<string, number>][];
  /** Navigation → rendered, ms. */
  windowMs: number;
  /** Style recalculation and layout run inside JavaScript (forced by reading a size), ms. */
  forcedLayoutMs: number;
}

function analyse(
  trace: { traceEvents: TraceEvent[] },
  marks: Record<string, number>,
  rendered: number,
  phaseEnds: [string, number][],
  maps: Map<string, [number, string][]>,
): Omit<Run, 'boot' | 'marks' | 'resources'> {
  const events = trace.traceEvents;
  // The page's main thread and clock: the user-timing event of a mark the app sets, matched with its performance.now() value.
  const mark = `${firstFile(marks).stage}:fetched`;
  const anchor = events.find((e) => e.cat.includes('blink.user_timing') && e.name === mark);
  if (!anchor || marks[mark] === undefined) throw new Error(`no ${mark} mark in the trace`);
  const { pid, tid } = anchor;
  const t0 = anchor.ts - marks[mark] * 1000; // navigation start, trace µs
  const t1 = t0 + rendered * 1000;
  const clip = (a: number, b: number) => Math.max(0, Math.min(b, t1) - Math.max(a, t0));

  // Main-thread trace events as a tree: self time per name.
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self: Record<string, number> = {};
  const stack: { e: TraceEvent; end: number; childUs: number }[] = [];
  const JS =
    /^(FunctionCall|EvaluateScript|v8\.evaluateModule|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run)$/;
  let forcedLayoutUs = 0;
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const top = stack.pop()!;
      const us = clip(top.e.ts, top.end) - top.childUs;
      self[top.e.name] = (self[top.e.name] ?? 0) + us / 1000;
      if (stack.length) stack.at(-1)!.childUs += clip(top.e.ts, top.end);
    }
  };
  for (const e of main) {
    close(e.ts);
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack.some((s) => JS.test(s.e.name)))
      forcedLayoutUs += clip(e.ts, e.ts + e.dur!);
    stack.push({ e, end: e.ts + e.dur!, childUs: 0 });
  }
  close(Infinity);

  // CPU samples of the main thread.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const nodes = new Map<number, ProfileNode>();
  const samples: Record<string, number> = {};
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && profileIds.has(e.id) && e.pid === pid);
  const profileStart = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)?.args?.data?.startTime as
    number | undefined;
  let tSample = profileStart ?? 0;
  const catOf = new Map<number, string>();
  const phases: Run['phases'] = phaseEnds.map(([name, end]) => [name, end, {}]);
  const classify = (id: number): string => {
    const cached = catOf.get(id);
    if (cached) return cached;
    let result = 'other JS';
    const leaf = nodes.get(id);
    const fn = leaf?.callFrame.functionName ?? '';
    if (fn === '(garbage collector)') result = 'GC (sampled)';
    else if (fn === '(program)') result = 'native: style, layout, paint, parse/compile (no JS on the stack)';
    else if (fn === '(idle)') result = 'idle (waiting: network, timers, frames)';
    else if (fn === '(root)') result = 'native: style, layout, paint, parse/compile (no JS on the stack)';
    else {
      for (let node = leaf; node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const f = node.callFrame;
        if (f.functionName === 'parseJson' || (f.url === '' && f.functionName === 'parse' && node === leaf)) {
          result = 'JSON.parse';
          break;
        }
        const module = moduleOf(maps, f);
        if (module === null) continue;
        const c = category(module);
        if (c) {
          result = c;
          break;
        }
      }
    }
    catOf.set(id, result);
    return result;
  };
  // Samples in time order (a few arrive with negative deltas), each lasting until the next one.
  const timed: [number, number][] = [];
  for (const chunk of chunks.sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      tSample += deltas[i] ?? 0;
      timed.push([tSample, ids[i]!]);
    }
  }
  timed.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i + 1 < timed.length; i++) {
    const [at0, id] = timed[i]!;
    const us = clip(at0, timed[i + 1]![0]);
    if (us <= 0) continue;
    const c = classify(id);
    samples[c] = (samples[c] ?? 0) + us / 1000;
    const at = (at0 - t0) / 1000;
    const phase = phases.find(([, end]) => at < end) ?? phases.at(-1)!;
    phase[2][c] = (phase[2][c] ?? 0) + us / 1000;
  }
  return { traceSelf: self, samples, phases, windowMs: rendered, forcedLayoutMs: forcedLayoutUs / 1000 };
}

// ---------- main ----------

/**
 * The file the first screen is drawn from, and the prefix of the app's marks for its steps: the
 * dataset's outline where the page read one (as the data build publishes it), else events.json.
 */
function firstFile(marks: Record<string, number>): { stage: 'outline' | 'dataset'; file: string } {
  return marks['outline:fetched'] !== undefined
    ? { stage: 'outline', file: '/data/events.outline.json' }
    : { stage: 'dataset', file: '/data/events.json' };
}

/** Phases of the start-up, each ending at a mark (ms since navigation start); a missing mark merges its phase into the next. */
function phaseEnds(r: Pick<Run, 'boot' | 'marks' | 'resources'>): [string, number][] {
  const js = r.resources.filter((x) => /\/assets\/[^/]+\.js$/.test(x.name));
  const { stage, file } = firstFile(r.marks);
  const data = r.resources.find((x) => x.name.endsWith(file));
  const points: [string, number | undefined][] = [
    ['1 navigation → script received', js.length ? Math.max(...js.map((x) => x.responseEnd)) : undefined],
    ['2 → data requested', data?.startTime],
    ['3 → data received', data?.responseEnd],
    [`4 → text decoded (${stage}:fetched)`, r.marks[`${stage}:fetched`]],
    ['5 → JSON.parse done', r.marks[`${stage}:parsed`]],
    ['6 → records checked', r.marks[`${stage}:checked`]],
    ['7 → indexed', r.marks[`${stage}:indexed`]],
    ['8 → status line shows N (React render, time/facet columns, timeline items)', r.boot.marks.statusShown],
    ['9 → rendered (vis-timeline draws, frame painted)', r.boot.marks.rendered],
  ];
  const out: [string, number][] = [];
  let last = 0;
  for (const [name, t] of points) {
    if (t === undefined || !(t >= last)) continue;
    out.push([name, t]);
    last = t;
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2) : NaN;
};

async function main() {
  if (!args['no-build'] || !existsSync(join(DIR, 'index.html'))) {
    console.log(`building the app unminified -> ${DIR}`);
    const r = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', DIR, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('build failed');
  }
  const maps = moduleMaps(DIR);
  const info = ensureDataset(ROOT, N, { seed: Number(args.seed), query: 'Minsk', type: 'sentence', log: console.log });
  const server = await startServer({ app: DIR, baseline: DIR }, (n) => (n === N ? info.file : undefined));
  const browser = await chromium.launch(LAUNCH);
  const expectedStatus = `Showing ${N.toLocaleString('en-US')} of ${N.toLocaleString('en-US')} events`;
  const runs: Run[] = [];
  const untraced: Pick<Run, 'boot' | 'marks' | 'resources'>[] = [];
  /** One cold load; with the trace, or without it (the same marks without the tracing overhead). */
  const load = async (traced: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(installProbe, { expectedStatus });
    const page = await context.newPage();
    if (traced) await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(`${server.url}/app/${N}/`, { waitUntil: 'commit' });
    const boot = await page.evaluate(() => (window as unknown as { __benchProbe: ProbeApi }).__benchProbe.rendered);
    const perf = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: e.name.replace(location.origin, ''),
        startTime: e.startTime,
        responseEnd: e.responseEnd,
        bytes: e.encodedBodySize,
      })),
    }));
    const buffer = traced ? await browser.stopTracing() : null;
    await context.close();
    return { boot, ...perf, buffer };
  };
  for (let r = -1; r < RUNS; r++) {
    const plain = await load(false);
    const { buffer, ...perf } = await load(true);
    if (r < 0) continue; // warm-up
    untraced.push({ boot: plain.boot, marks: plain.marks, resources: plain.resources });
    if (process.env.STARTUP_SAVE_TRACE) writeFileSync(join(ROOT, 'bench', 'out', `startup-${N}-run${r + 1}.trace.json`), buffer!); // open in DevTools
    const trace = JSON.parse(buffer!.toString('utf8')) as { traceEvents: TraceEvent[] };
    const run: Run = { ...perf, ...analyse(trace, perf.marks, perf.boot.marks.rendered!, phaseEnds(perf), maps) };
    runs.push(run);
    console.log(
      `run ${r + 1}: rendered ${num(plain.boot.marks.rendered!, 0)} ms untraced, ${num(perf.boot.marks.rendered!, 0)} ms traced; ` +
        Object.entries(run.samples)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, v]) => `${k} ${num(v, 0)}`)
          .join(', '),
    );
  }
  await browser.close();
  await server.close();

  // ---------- report ----------
  const med = (f: (r: Run) => number | undefined) =>
    median(runs.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
  type Loaded = Pick<Run, 'boot' | 'marks' | 'resources'>;
  const both = (f: (r: Loaded) => number | undefined) => {
    const m = (xs: Loaded[]) => median(xs.map(f).filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
    return `${fmt(m(untraced))} | ${fmt(m(runs))}`;
  };
  const fmt = (x: number) => (Number.isFinite(x) ? num(x, x >= 100 ? 0 : 1) : '–');
  const script = (r: Loaded) => r.resources.filter((x) => /\/assets\/[^/]+\.js$/.test(x.name));
  const data = (r: Loaded) => r.resources.find((x) => x.name.endsWith(firstFile(r.marks).file));
  const at = (r: Loaded, step: string) => r.marks[`${firstFile(r.marks).stage}:${step}`];
  const between = (r: Loaded, a: string, b: string) => (at(r, b) ?? NaN) - (at(r, a) ?? NaN);
  const stage = untraced[0] ? firstFile(untraced[0].marks).stage : 'dataset';
  const lines: string[] = [
    `# Start-up at ${num(N, 0)} events`,
    '',
    `\`npx tsx tools/bench/startup.ts --n=${N} --runs=${RUNS}\`, ${new Date().toISOString()}; unminified build; median of ${runs.length} cold loads ` +
      `with a trace and ${untraced.length} without, alternating (one warm-up pair discarded); ${os.cpus().length} cores, load average at the end ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}.`,
    '',
    '## Timeline (ms since navigation start)',
    '',
    '| point | untraced | traced |',
    '| --- | ---: | ---: |',
    `| script(s) received (responseEnd of the JS) | ${both((r) => Math.max(...script(r).map((x) => x.responseEnd)))} |`,
    `| data requested | ${both((r) => data(r)?.startTime)} |`,
    `| data received | ${both((r) => data(r)?.responseEnd)} |`,
    `| ${stage}:fetched (decoded to text) | ${both((r) => at(r, 'fetched'))} |`,
    `| ${stage}:parsed (JSON.parse done) | ${both((r) => at(r, 'parsed'))} |`,
    `| ${stage}:checked (records checked) | ${both((r) => at(r, 'checked'))} |`,
    `| ${stage}:indexed | ${both((r) => at(r, 'indexed'))} |`,
    `| status line shows N | ${both((r) => r.boot.marks.statusShown)} |`,
    `| rendered (headline) | ${both((r) => r.boot.marks.rendered)} |`,
    '',
    "## Steps timed by the app's marks (ms)",
    '',
    '| step | untraced | traced |',
    '| --- | ---: | ---: |',
    `| JSON.parse (fetched → parsed) | ${both((r) => between(r, 'fetched', 'parsed'))} |`,
    `| structural check of every record, cross-record checks (parsed → checked) | ${both((r) => between(r, 'parsed', 'checked'))} |`,
    `| buildIndex, first view's columns (checked → indexed) | ${both((r) => between(r, 'checked', 'indexed'))} |`,
    '',
    '## Main thread, navigation → rendered: CPU samples by category (ms)',
    '',
    '| category | ms |',
    '| --- | ---: |',
  ];
  const cats = [...new Set(runs.flatMap((r) => Object.keys(r.samples)))].sort(
    (a, b) => med((r) => r.samples[b] ?? 0) - med((r) => r.samples[a] ?? 0),
  );
  for (const c of cats) lines.push(`| ${c} | ${fmt(med((r) => r.samples[c] ?? 0))} |`);
  lines.push(
    '',
    '## The same samples, phase by phase (ms; phases end at the marks above; the three largest categories)',
    '',
    '| phase | duration | largest |',
    '| --- | ---: | --- |',
  );
  for (const [name] of runs[0]?.phases ?? []) {
    const ph = (r: Run) => r.phases.find((p) => p[0] === name);
    const start = (r: Run) => {
      const i = r.phases.findIndex((p) => p[0] === name);
      return i <= 0 ? 0 : r.phases[i - 1]![1];
    };
    const dur = med((r) => (ph(r) ? ph(r)![1] - start(r) : undefined));
    const phaseCats = [...new Set(runs.flatMap((r) => Object.keys(ph(r)?.[2] ?? {})))]
      .map((c) => [c, med((r) => ph(r)?.[2][c] ?? 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    lines.push(`| ${name} | ${fmt(dur)} | ${phaseCats.map(([c, ms]) => `${c} ${fmt(ms)}`).join('; ')} |`);
  }
  const GROUPS: [string, RegExp][] = [
    [
      'script compile (parse + bytecode, lazy functions included)',
      /^(v8\.compile|v8\.compileModule|V8\.Compile|V8\.ParseProgram|V8\.ParseFunction|V8\.PreParse|V8\.OffThreadFinalization|V8\.CompileIgnition|V8\.CompileLazy|v8\.parseOnBackground)/,
    ],
    [
      'JIT tiering (Sparkplug, Maglev, TurboFan, interrupts)',
      /^V8\.(Maglev|Optimize|FinalizeBaseline|FinalizeMaglev|BytecodeBudgetInterrupt|InstallOptimized|StackGuard|HandleInterrupts|FlushInstructionCache)|^FlushInstructionCache/,
    ],
    ['garbage collection', /GC/],
    ['HTML + CSS parse', /^(ParseHTML|ParseAuthorStyleSheet)/],
    ['style (UpdateLayoutTree)', /^UpdateLayoutTree$/],
    ['layout', /^Layout$/],
    ['paint, layerize, commit', /^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers)$/],
  ];
  lines.push('', '## Main thread, navigation → rendered: from the trace (self time, ms)', '', '| what | ms |', '| --- | ---: |');
  const grouped = (r: Run, re: RegExp) => Object.entries(r.traceSelf).reduce((sum, [name, ms]) => (re.test(name) ? sum + ms : sum), 0);
  for (const [label, re] of GROUPS) lines.push(`| ${label} | ${fmt(med((r) => grouped(r, re)))} |`);
  lines.push(`| style + layout forced inside JavaScript (part of the two rows above) | ${fmt(med((r) => r.forcedLayoutMs))} |`);
  const md = lines.join('\n') + '\n';
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', `startup-${N}.json`), JSON.stringify(runs, null, 1));
  writeFileSync(join(ROOT, 'bench', 'out', `STARTUP-${N}.md`), md);
  console.log('\n' + md);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
