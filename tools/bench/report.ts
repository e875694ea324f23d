/** Results file shapes, statistics and the markdown report (bench/RESULTS.md). */
import { OP_NAMES, type BootResult, type OpName, type OpResult, type Scenario, type VariantName } from './types';

export interface StepFailure {
  step: string;
  error: string;
  timeout: boolean;
}

export interface RunResult {
  n: number;
  variant: VariantName;
  /** 0-based; -1 for the discarded warm-up. */
  run: number;
  /** The first render completed (the run's figures are usable). */
  ok: boolean;
  boot?: BootResult;
  heapMB?: number;
  /** After all the interactions, back at all N events: the heap once background work has ended. */
  heapAfterOpsMB?: number;
  ops: Partial<Record<OpName, OpResult>>;
  failures: StepFailure[];
  /** Extra page loads this run needed to start a filter from all N events (after a restore that timed out or was skipped). */
  reloads: { before: OpName; renderMs: number | null }[];
  /** Console errors and uncaught exceptions in the page. */
  errors: string[];
  wallMs: number;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  count: number;
}

export interface Cell {
  n: number;
  variant: VariantName;
  /** 'ok', or why the render was not measured at this N. */
  status: string;
  /** Set when an operation was stopped: 'timeout' | 'error' | 'skipped (...)'. */
  opStatus: Partial<Record<OpName, string>>;
  summary: Record<string, Stats>;
  runs: RunResult[];
}

export interface Meta {
  date: string;
  command: string;
  cpuModel: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  node: string;
  visTimeline: string;
  visData: string;
  /** The app build of the latest run (commit + working tree); per size in data[n].appBuild. */
  appCommit: string;
  runsBySize: Record<string, number>;
  sizes: number[];
  stepLimitMs: number;
  viewport: { width: number; height: number };
  seed: number;
  warmUp: string;
  /** The pages measured (absent in results written before the clustered baseline existed: app and baseline). */
  variants?: VariantName[];
}

export interface SizeInfo {
  bytes: number;
  /** sha256 of the dataset JSON (10 hex digits). */
  dataHash?: string;
  /** The app build measured at this size (commit + working tree, build time). */
  appBuild?: string;
  /** When this size was measured. */
  measured?: string;
  scenario: Scenario;
  expected: { type: number; actor: number; search: number };
}

export interface Report {
  meta: Meta;
  data: Record<string, SizeInfo>;
  cells: Cell[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function stats(values: (number | null | undefined)[]): Stats | null {
  const xs = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (!xs.length) return null;
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), count: xs.length };
}

/** metric name → value in one run */
const METRICS: Record<string, (r: RunResult) => number | null | undefined> = {
  renderMs: (r) => r.boot?.marks.rendered,
  renderSettledMs: (r) => r.boot?.marks.settled,
  clustersShownMs: (r) => r.boot?.marks.clustersShown,
  clustersAtRender: (r) => r.boot?.clusters,
  statusShownMs: (r) => r.boot?.marks.statusShown,
  dataReceivedMs: (r) => r.boot?.marks.dataReceived,
  outlineReceivedMs: (r) => r.boot?.marks.outlineReceived,
  wholeIndexedMs: (r) => r.boot?.marks.wholeIndexed,
  firstContentfulPaintMs: (r) => r.boot?.marks.firstContentfulPaint,
  heapMB: (r) => r.heapMB,
  heapAfterOpsMB: (r) => r.heapAfterOpsMB,
  domMaxDuringOps: (r) => {
    const counts = Object.values(r.ops).flatMap((op) => (op?.domNodes === undefined ? [] : [op.domNodes]));
    return counts.length ? Math.max(...counts) : undefined;
  },
  domNodes: (r) => r.boot?.domNodes,
  itemsInDom: (r) => r.boot?.items,
};
for (const op of OP_NAMES) {
  METRICS[`${op}Ms`] = (r) => r.ops[op]?.ms;
  METRICS[`${op}SettledMs`] = (r) => r.ops[op]?.settledMs;
  METRICS[`${op}Count`] = (r) => r.ops[op]?.count;
  METRICS[`${op}Items`] = (r) => r.ops[op]?.items;
}

export function summarize(runs: RunResult[]): Record<string, Stats> {
  const ok = runs.filter((r) => r.ok);
  const out: Record<string, Stats> = {};
  for (const [name, get] of Object.entries(METRICS)) {
    const s = stats(ok.map(get));
    if (s) out[name] = s;
  }
  return out;
}

// ---------- formatting ----------

const digits = (x: number) => (x >= 100 ? 0 : x >= 10 ? 1 : x >= 1 ? 2 : 3);
export const num = (x: number, d = digits(x)) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function fmtStats(s: Stats, d?: number): string {
  const dd = d ?? digits(s.median);
  const f = (x: number) => num(x, dd);
  return s.count > 1 && f(s.min) !== f(s.max) ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

const ratioText = (r: number) => (r >= 100 ? num(r, 0) : num(r, 1));

/** A figure of one side: exact median, or only known to exceed the step limit. */
type Side = { kind: 'value'; stats: Stats } | { kind: 'over'; limitMs: number; note: string } | { kind: 'none'; text: string };

/** Times: baseline / app. "faster" when the app takes less time. */
function timeRatio(app: Side, base: Side): string {
  if (app.kind === 'value' && base.kind === 'value') {
    const r = base.stats.median / app.stats.median;
    if (!Number.isFinite(r) || r <= 0) return '';
    if (ratioText(r) === '1.0' || ratioText(1 / r) === '1.0') return 'same (1.0×)';
    return r >= 1 ? `${ratioText(r)}× faster` : `${ratioText(1 / r)}× slower`;
  }
  if (app.kind === 'value' && base.kind === 'over') return `> ${ratioText(base.limitMs / app.stats.median)}× faster`;
  if (app.kind === 'over' && base.kind === 'value') return `> ${ratioText(app.limitMs / base.stats.median)}× slower`;
  return '';
}

/** Sizes: baseline / app. "less" when the app uses less. */
function sizeRatio(app: Side, base: Side): string {
  if (app.kind !== 'value' || base.kind !== 'value') return '';
  const r = base.stats.median / app.stats.median;
  if (!Number.isFinite(r) || r <= 0) return '';
  if (ratioText(r) === '1.0' || ratioText(1 / r) === '1.0') return 'same (1.0×)';
  return r >= 1 ? `${ratioText(r)}× less` : `${ratioText(1 / r)}× more`;
}

function sideText(side: Side, d?: number): string {
  if (side.kind === 'value') return fmtStats(side.stats, d);
  if (side.kind === 'over') return `> ${num(side.limitMs / 1000, 0)} s${side.note}`;
  return side.text;
}

/** What to show for a metric of a cell: the median, "> 60 s" if it timed out, or why it is missing. */
function side(cell: Cell | undefined, metric: string, op: OpName | 'render' | null, limitMs: number): Side {
  if (!cell) return { kind: 'none', text: '' };
  const s = cell.summary[metric];
  const renderOver = /^timeout|render > /.test(cell.status);
  if (op === null) {
    // heap / DOM: only measured after a render
    return s ? { kind: 'value', stats: s } : { kind: 'none', text: cell.status === 'ok' ? '' : renderOver ? 'not reached' : cell.status };
  }
  if (op === 'render') {
    if (s && cell.status === 'ok') return { kind: 'value', stats: s };
    if (renderOver) return { kind: 'over', limitMs, note: cell.status.startsWith('skipped') ? '*' : '' };
    return s ? { kind: 'value', stats: s } : { kind: 'none', text: cell.status };
  }
  if (renderOver) return { kind: 'none', text: 'not reached' }; // no render within the limit: nothing to interact with
  const st = cell.opStatus[op];
  if (st && /timeout|> /.test(st)) return { kind: 'over', limitMs, note: st.startsWith('skipped') ? '*' : '' };
  if (s) return { kind: 'value', stats: s };
  if (cell.status !== 'ok') return { kind: 'none', text: cell.status };
  return { kind: 'none', text: st ?? 'not measured' };
}

const ROWS: { label: (sc: Scenario | undefined) => string; metric: string; op: OpName | 'render' | null; size?: boolean; d?: number }[] = [
  { label: () => 'first render (ms)', metric: 'renderMs', op: 'render' },
  { label: (sc) => `type filter “${sc?.typeLabel ?? 'Sentence'}” (ms)`, metric: 'typeMs', op: 'type' },
  { label: () => 'type filter restore (ms)', metric: 'typeRestoreMs', op: 'typeRestore' },
  { label: () => 'actor filter (ms)', metric: 'actorMs', op: 'actor' },
  { label: () => 'actor reset (ms)', metric: 'actorRestoreMs', op: 'actorRestore' },
  { label: (sc) => `search “${sc?.query ?? ''}” (ms)`, metric: 'searchMs', op: 'search' },
  { label: () => 'search clear (ms)', metric: 'searchRestoreMs', op: 'searchRestore' },
  { label: () => 'zoom to 1 month (ms)', metric: 'zoomMs', op: 'zoom' },
  { label: () => 'pan 9 months (ms)', metric: 'panMs', op: 'pan' },
  { label: () => 'JS memory after render (MB)', metric: 'heapMB', op: null, size: true, d: 1 },
  { label: () => 'JS memory after the interactions (MB)', metric: 'heapAfterOpsMB', op: null, size: true, d: 1 },
  { label: () => 'DOM nodes after render', metric: 'domNodes', op: null, size: true, d: 0 },
  { label: () => 'DOM nodes, most during the interactions', metric: 'domMaxDuringOps', op: null, size: true, d: 0 },
];

export function markdown(report: Report): string {
  const { meta, cells } = report;
  const limit = meta.stepLimitMs;
  const sizes = [...new Set(cells.map((c) => c.n))].sort((a, b) => a - b);
  const find = (n: number, v: VariantName) => cells.find((c) => c.n === n && c.variant === v);
  const runsText = Object.entries(meta.runsBySize)
    .filter(([n]) => sizes.includes(Number(n)))
    .map(([n, r]) => `${r} at N=${num(Number(n), 0)}`)
    .join(', ');
  const out: string[] = [
    '# Benchmark: the app vs plain vis-timeline',
    '',
    `Generated ${meta.date} by \`${meta.command}\` (see \`bench/README.md\` for what each figure measures).`,
    '',
    `Machine: ${meta.cpuModel}, ${meta.cores} cores, ${meta.memoryGB} GB RAM; Chromium ${meta.chromium} (headless, --disable-gpu); ` +
      `Node ${meta.node}; vis-timeline ${meta.visTimeline}, vis-data ${meta.visData}; ` +
      `viewport ${meta.viewport.width}×${meta.viewport.height}.`,
    '',
    `Runs: ${runsText}; each a fresh browser context (cold page load), the pages interleaved; ${meta.warmUp}. ` +
      `Cells: **median (min–max)**. Step limit ${num(limit / 1000, 0)} s: "> ${num(limit / 1000, 0)} s" = the step went over it ` +
      `(* = over it already at a smaller N, not run again). ` +
      'Plain vis-timeline = a Timeline on a DataView over a DataSet; clustered = the same with `cluster: true` ' +
      '(filters: the DataView filter + `refresh()` in both). Ratio = vis-timeline ÷ app, each baseline from the same run.',
    '',
    '| N | metric | app | plain vis-timeline | vis-timeline clustered | app vs vis-timeline | app vs vis-timeline clustered |',
    '| ---: | --- | ---: | ---: | ---: | --- | --- |',
  ];
  const notRun = (n: number, v: VariantName) => (find(n, v) ? null : { kind: 'none' as const, text: 'not run' });
  for (const n of sizes) {
    const app = find(n, 'app');
    const base = find(n, 'baseline');
    const clustered = find(n, 'clustered');
    const sc = report.data[n]?.scenario;
    for (const row of ROWS) {
      const a = side(app, row.metric, row.op, limit);
      const b = notRun(n, 'baseline') ?? side(base, row.metric, row.op, limit);
      const c = notRun(n, 'clustered') ?? side(clustered, row.metric, row.op, limit);
      const ratio = (x: Side) => (row.size ? sizeRatio(a, x) : timeRatio(a, x));
      out.push(
        `| ${num(n, 0)} | ${row.label(sc)} | ${sideText(a, row.d)} | ${sideText(b, row.d)} | ${sideText(c, row.d)} | ${ratio(b)} | ${ratio(c)} |`,
      );
    }
  }

  // The issue's target: at least 5× faster than clustered vis-timeline, first render and filters, same run.
  const targetRows = ROWS.filter((row) => row.op === 'render' || (row.op !== null && !['zoom', 'pan'].includes(row.op)));
  const targetSizes = sizes.filter((n) => find(n, 'app') && find(n, 'clustered'));
  if (targetSizes.length) {
    out.push(
      '',
      '## Against the 5× target',
      '',
      'First render and every filter step, app vs each baseline (ratio of medians, same run). ✓ = at least 5× faster.',
      '',
      '| N | step | vs vis-timeline | vs vis-timeline clustered |',
      '| ---: | --- | --- | --- |',
    );
    for (const n of targetSizes) {
      const sc = report.data[n]?.scenario;
      for (const row of targetRows) {
        const a = side(find(n, 'app'), row.metric, row.op, limit);
        const cellText = (v: VariantName) => {
          const b = notRun(n, v) ?? side(find(n, v), row.metric, row.op, limit);
          const text = timeRatio(a, b);
          const factor =
            a.kind === 'value' && b.kind === 'value'
              ? b.stats.median / a.stats.median
              : a.kind === 'value' && b.kind === 'over'
                ? b.limitMs / a.stats.median
                : 0;
          return text ? `${text}${factor >= 5 ? ' ✓' : ''}` : b.kind === 'none' ? b.text : '';
        };
        out.push(`| ${num(n, 0)} | ${row.label(sc).replace(/ \(ms\)$/, '')} | ${cellText('baseline')} | ${cellText('clustered')} |`);
      }
    }
  }

  out.push(
    '',
    '## Events shown after each filter',
    '',
    'Expected = counted in Node from the dataset (same matching rules). App = its status line; vis-timeline = the DataView length (plain / clustered). Median over runs. ' +
      'Data hash = sha256 of the JSON served (a size measured in a later --append run with another generator would show it).',
    '',
    '| N | JSON MB | data hash | app build | type filter: expected / app / vis / vis clustered | actor filter (actor) | search |',
    '| ---: | ---: | --- | --- | --- | --- | --- |',
  );
  for (const n of sizes) {
    const d = report.data[n];
    if (!d) continue;
    const got = (v: VariantName, op: OpName) => {
      const s = find(n, v)?.summary[`${op}Count`];
      return s ? num(s.median, 0) : '–';
    };
    const col = (op: OpName, expected: number) =>
      `${num(expected, 0)} / ${got('app', op)} / ${got('baseline', op)} / ${got('clustered', op)}`;
    out.push(
      `| ${num(n, 0)} | ${num(d.bytes / 1e6, 1)} | ${d.dataHash ?? '?'} | ${d.appBuild ?? meta.appCommit} | ${col('type', d.expected.type)} | ${col('actor', d.expected.actor)} (${d.scenario.actorName}) | ${col('search', d.expected.search)} |`,
    );
  }

  out.push(
    '',
    '## App first render, step by step',
    '',
    'Median ms since navigation start: outline received = the response of data/events.outline.json (the first screen\'s data) has ended; status = the status line first reads "Showing N of N events"; ' +
      'rendered = the headline figure; settled = the last frame in which the timeline DOM changed was painted; whole dataset = data/events.json, read after the first screen, indexed (events can be opened, exported, printed). ' +
      'Items = .vis-item elements (events and period counts) when rendered.',
    '',
    '| N | FCP | outline received | status shows N | rendered | settled | whole dataset | items in DOM | DOM nodes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const n of sizes) {
    const app = find(n, 'app');
    if (!app) continue;
    const m = (k: string) => (app.summary[k] ? num(app.summary[k].median, 0) : '–');
    out.push(
      `| ${num(n, 0)} | ${m('firstContentfulPaintMs')} | ${m('outlineReceivedMs')} | ${m('statusShownMs')} | ${m('renderMs')} | ${m('renderSettledMs')} | ${m('wholeIndexedMs')} | ${m('itemsInDom')} | ${m('domNodes')} |`,
    );
  }

  const problems: string[] = [];
  for (const c of cells) {
    const failures = new Map<string, number>();
    for (const r of c.runs)
      for (const f of r.failures)
        failures.set(`${f.step}: ${f.error.split('\n')[0]}`, (failures.get(`${f.step}: ${f.error.split('\n')[0]}`) ?? 0) + 1);
    for (const [text, count] of failures) problems.push(`- N=${num(c.n, 0)} ${c.variant}: ${text}${count > 1 ? ` (${count} runs)` : ''}`);
    const errors = new Set(c.runs.flatMap((r) => r.errors));
    for (const e of [...errors].slice(0, 3))
      problems.push(`- N=${num(c.n, 0)} ${c.variant}: page error: ${e.split('\n')[0]!.slice(0, 200)}`);
    const unclustered = c.runs.filter((r) => r.boot?.clusters === 0);
    if (unclustered.length) {
      const later = unclustered.map((r) => r.boot!.marks.clustersShown).filter((t): t is number => t !== undefined);
      problems.push(
        `- N=${num(c.n, 0)} ${c.variant}: in ${unclustered.length} of ${c.runs.length} runs the initial draw showed every item unclustered ` +
          `(drawn before the timeline knew its width); clusters painted ${later.length ? `at ${later.map((t) => num(t, 0)).join(', ')} ms` : 'never within 300 frames'}. First render counts the initial draw`,
      );
    }
    const reloads = c.runs.reduce((sum, r) => sum + r.reloads.length, 0);
    if (reloads)
      problems.push(
        `- N=${num(c.n, 0)} ${c.variant}: ${reloads} extra page load(s) to start filters from all events after a restore that timed out or was skipped`,
      );
  }
  if (problems.length) out.push('', '## Failures and notes', '', ...problems);
  return out.join('\n') + '\n';
}
