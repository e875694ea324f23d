/**
 * npx tsx tools/bench/sqlite-compare.ts [--sizes=200000,1000000] [--runs=3] [--engines=sqlite,duckdb]
 *
 * Issue 14's comparison: SQLite compiled to WebAssembly over an HTTP range-request VFS
 * (sql.js-httpvfs) against DuckDB-Wasm over Parquet (the app's engine), in headless Chromium, cold
 * cache each run (a new browser), both engines in the same small page and worker setup, each asked
 * the equivalent of what the app asks for the same reader's actions (src/data/large/large-source.ts).
 *
 * The SQLite database is built once per N from the same input data:publish reads
 * (dist-synthetic/large-N/in/events.ndjson; see sqlite/build-db.ts; needs the sqlite3 shell) into
 * dist-synthetic/sqlite-N/events.db; DuckDB reads the published Parquet files of dist-synthetic/large-N/data.
 * The page (sqlite/page.ts) is bundled with esbuild into a temporary folder, not dist/.
 *
 * Measured, in the page (performance.now around each call into the engine's worker):
 * - open: the engine's worker and WebAssembly fetched and compiled, the file opened (footer or first page);
 * - window: the events overlapping the 30 days up to the latest event's start, counted then read in
 *   order (the columns the app reads for an event), as LargeSource.slice does;
 * - type count / actor count: the whole dataset's count for type 'release' / for the first actor
 *   (the app takes both from its overview files, not from the engine: measured as the brief asks);
 * - type window / actor window: the same window under that filter;
 * - search: the events whose folded text has the word (DuckDB: the app's temporary table of matches
 *   from the search file, then its count; SQLite: the FTS5 index's count of matches for the prefix);
 * - search window: the window under the search;
 * - deep link: a second page in the same browser context: the engine opened again, then one event by id;
 * - bytes: every response body the server sent (the engine's files, compressed, and every range read);
 * - the page's and its workers' JS heaps (CDP), and the page's renderer process's PSS (/proc), as
 *   tools/bench/large.ts reads them.
 * Writes the runs to bench/out/sqlite-compare.json and prints a Markdown table of medians.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { ENGINE_CSP_HEADER } from '../../scripts/security-headers';
import { launchOptions } from '../browser/chromium';
import { startServer } from '../browser/static-server';
import { rendererPss, watchHeaps } from './memory';
import { buildDatabase, PAGE_SIZE } from './sqlite/build-db';
import type { OpenOptions } from './sqlite/page';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE_DIR = '/tmp/sqlite-bench-page';
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200000' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'sqlite,duckdb' },
    query: { type: 'string', default: 'minsk' },
    rebuild: { type: 'boolean', default: false },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const RUNS = Number(args.runs);
const ENGINES = args.engines.split(',') as OpenOptions['engine'][];
const DAY = 86_400_000;

/** The page, its script and both engines' files, named as hashed assets (cached as the app's engine is). */
function preparePage(): Record<string, string> {
  rmSync(PAGE_DIR, { recursive: true, force: true });
  mkdirSync(join(PAGE_DIR, 'assets'), { recursive: true });
  mkdirSync(join(PAGE_DIR, 'engine'), { recursive: true });
  const hashed = (file: string, name: string) => {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
    const ext = extname(file);
    const out = `engine/${name}-${hash}${ext}`;
    copyFileSync(file, join(PAGE_DIR, out));
    return out;
  };
  const bundled = join(PAGE_DIR, 'page.js');
  const esbuild = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [join(ROOT, 'tools/bench/sqlite/page.ts'), '--bundle', '--format=esm', '--minify', '--log-level=warning', `--outfile=${bundled}`],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (esbuild.status !== 0) throw new Error('esbuild failed');
  const script = `assets/page-${createHash('sha256').update(readFileSync(bundled)).digest('hex').slice(0, 10)}.js`;
  copyFileSync(bundled, join(PAGE_DIR, script));
  writeFileSync(
    join(PAGE_DIR, 'index.html'),
    `<!doctype html><html><head><title>loading</title><script type="module" src="/${script}"></script></head><body></body></html>`,
  );
  const duck = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist');
  const httpvfs = join(ROOT, 'node_modules/sql.js-httpvfs/dist');
  return {
    duckdbWorker: hashed(join(duck, 'duckdb-browser-eh.worker.js'), 'duckdb-browser-eh.worker'),
    duckdbWasm: hashed(join(duck, 'duckdb-eh.wasm'), 'duckdb-eh'),
    sqliteWorker: hashed(join(httpvfs, 'sqlite.worker.js'), 'sqlite.worker'),
    sqliteWasm: hashed(join(httpvfs, 'sql-wasm.wasm'), 'sql-wasm'),
  };
}

const sqlite3 = (db: string, sql: string) => {
  const result = spawnSync('sqlite3', [db, sql], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
};

interface Dataset {
  n: number;
  parquetDir: string;
  events: string;
  search: string;
  db: string;
  dbBytes: number;
  buildSeconds: number | null;
  longestMs: number;
  /** The Parquet files have the corroboration column (files published before it do not). */
  levels: boolean;
  windowStart: number;
  windowEnd: number;
  middleId: string;
  actor: string;
}

async function dataset(n: number): Promise<Dataset> {
  const parquetDir = join(ROOT, `dist-synthetic/large-${n}/data`);
  const manifest = JSON.parse(readFileSync(join(parquetDir, 'manifest.json'), 'utf8')) as {
    events: number;
    files: { events: string; search: string };
    parquet: { longestMs: number; corroboration?: boolean };
  };
  if (manifest.events !== n)
    throw new Error(`${parquetDir} holds ${manifest.events} events, not ${n}: run npm run bench:large -- --sizes=${n} first`);
  const db = join(ROOT, `dist-synthetic/sqlite-${n}/events.db`);
  let buildSeconds: number | null = null;
  if (args.rebuild || !existsSync(db)) {
    console.log(`building ${db} …`);
    const built = await buildDatabase(join(ROOT, `dist-synthetic/large-${n}/in/events.ndjson`), db);
    buildSeconds = built.seconds;
    console.log(`built ${built.events} events, ${(built.bytes / 1e6).toFixed(1)} MB, in ${built.seconds.toFixed(1)} s`);
    writeFileSync(join(dirname(db), 'build.json'), JSON.stringify({ ...built, date: new Date().toISOString() }));
  } else if (existsSync(join(dirname(db), 'build.json'))) {
    buildSeconds = (JSON.parse(readFileSync(join(dirname(db), 'build.json'), 'utf8')) as { seconds: number }).seconds;
  }
  const latest = Number(sqlite3(db, 'SELECT max(start_ms) FROM events'));
  const actors = JSON.parse(readFileSync(join(parquetDir, 'actors.json'), 'utf8')).actors as { id: string }[];
  return {
    n,
    parquetDir,
    events: manifest.files.events,
    search: manifest.files.search,
    db,
    dbBytes: statSync(db).size,
    buildSeconds,
    longestMs: manifest.parquet.longestMs,
    levels: manifest.parquet.corroboration === true,
    windowStart: latest - 29 * DAY,
    windowEnd: latest + DAY,
    middleId: sqlite3(db, `SELECT id FROM events WHERE rowid = ${Math.floor(n / 2) + 1}`),
    actor: actors[0]!.id,
  };
}

const lit = (text: string) => `'${text.replaceAll("'", "''")}'`;
/** As src/data/large/queries.ts: EVENT_COLUMNS, ORDER and windowClause. */
const COLUMNS =
  'id, date, end_date, start_ms, type, title, summary, actors, location, in_absentia, counted_by, quoted_by, note, figures, sources, title_be, summary_be, title_ru, summary_ru';
const ORDER = 'ORDER BY start_ms, date, id';

/** A window's two steps, as the app takes them: count what the condition holds, then read those rows in order. */
const countThenRows = (table: string, condition: string) => [
  `SELECT count(*) AS n FROM ${table} WHERE ${condition}`,
  `SELECT ${COLUMNS} FROM ${table} WHERE ${condition} ${ORDER}`,
];

/** The statements each engine runs for each step, one after another. */
function statements(engine: OpenOptions['engine'], d: Dataset, word: string) {
  const a = d.windowStart;
  const b = d.windowEnd;
  const inside = `(start_ms < ${b} AND start_ms >= ${a - d.longestMs - 1} AND end_ms > ${a})`;
  const release = `type IN ('release')`;
  if (engine === 'duckdb') {
    const actor = `list_contains(actors, ${lit(d.actor)})`;
    const hits = 'hits_1';
    return {
      window: countThenRows('ev', inside),
      typeCount: [`SELECT type, count(*) AS n FROM ev WHERE ${release} GROUP BY type`],
      typeWindow: countThenRows('ev', `${inside} AND ${release}`),
      actorCount: [`SELECT count(*) AS n FROM ev WHERE ${actor}`],
      actorWindow: countThenRows('ev', `${inside} AND ${actor}`),
      search: [
        `CREATE TEMP TABLE ${hits} AS SELECT id, start_ms, end_ms, type, actors${d.levels ? ', corroboration' : ''} FROM read_parquet('search.parquet') WHERE contains(search_en, ${lit(word)})`,
        `SELECT count(*) AS n FROM ${hits}`,
      ],
      searchWindow: [
        `SELECT count(*) AS n FROM ${hits} WHERE ${inside}`,
        `SELECT ${COLUMNS} FROM ev WHERE ${inside} AND id IN (SELECT id FROM ${hits}) ${ORDER}`,
      ],
      deepLink: [`SELECT ${COLUMNS} FROM ev WHERE id IN (${lit(d.middleId)}) ${ORDER}`],
    };
  }
  const match = `search MATCH ${lit(`"${word.replaceAll('"', '""')}"*`)}`;
  const actorRows = `rowid IN (SELECT event FROM event_actor WHERE actor = ${lit(d.actor)} AND start_ms < ${b} AND start_ms >= ${a - d.longestMs - 1} AND end_ms > ${a})`;
  // Rows are stored in start order: the window's rowids are one range, which FTS5 seeks to in the
  // word's list of rows (without it, SQLite reads every match's row to test its dates: the whole table).
  const span = `FROM events WHERE start_ms < ${b} AND start_ms >= ${a - d.longestMs - 1}`;
  // The window's rowids from the index, intersected with the matches: only the rows shown are read.
  const searchRows = `rowid IN (SELECT rowid ${span} AND end_ms > ${a} INTERSECT SELECT rowid FROM search WHERE ${match} AND rowid BETWEEN (SELECT min(rowid) ${span}) AND (SELECT max(rowid) ${span}))`;
  return {
    window: countThenRows('events', inside),
    typeCount: [`SELECT type, count(*) AS n FROM events WHERE ${release} GROUP BY type`],
    typeWindow: countThenRows('events', `${inside} AND ${release}`),
    actorCount: [`SELECT count(*) AS n FROM event_actor WHERE actor = ${lit(d.actor)}`],
    actorWindow: countThenRows('events', `${actorRows} AND end_ms > ${a}`),
    search: [`SELECT count(*) AS n FROM search WHERE ${match}`],
    searchWindow: countThenRows('events', `${inside} AND ${searchRows}`),
    deepLink: [`SELECT ${COLUMNS} FROM events WHERE id = ${lit(d.middleId)}`],
  };
}

type Step = 'window' | 'typeCount' | 'typeWindow' | 'actorCount' | 'actorWindow' | 'search' | 'searchWindow';
const STEPS: Step[] = ['window', 'typeCount', 'typeWindow', 'actorCount', 'actorWindow', 'search', 'searchWindow'];

interface Sample {
  engine: string;
  n: number;
  open: number;
  /** open + first window: the engine's share of a first render. */
  firstWindow: number;
  bytesFirst: number;
  ms: Record<Step, number>;
  bytes: Record<Step, number>;
  /** Responses the server sent for each step. */
  reqs: Record<Step, number>;
  /** The count or row count each step ended with (to check the engines agree). */
  answers: Record<Step, unknown>;
  deepLink: number;
  bytesDeepLink: number;
  bytesTotal: number;
  requests: number;
  heapMB: number;
  rendererMB: number;
}

let sent = 0;
let requests = 0;

type Bench = {
  open(options: OpenOptions): Promise<number>;
  query(statements: string[]): Promise<{ ms: number; rows: number; first: Record<string, unknown>[] }>;
};
const openIn = (page: Page, options: OpenOptions) => page.evaluate((o) => (window as unknown as { bench: Bench }).bench.open(o), options);
const queryIn = (page: Page, sql: string[]) => page.evaluate((s) => (window as unknown as { bench: Bench }).bench.query(s), sql);

async function measure(base: string, engine: OpenOptions['engine'], d: Dataset, files: Record<string, string>): Promise<Sample> {
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const heaps = await watchHeaps(context, page);

    const options: OpenOptions =
      engine === 'duckdb'
        ? {
            engine,
            workerUrl: `/${files.duckdbWorker}`,
            wasmUrl: `/${files.duckdbWasm}`,
            url: `/p${d.n}/data/${d.events}`,
            searchUrl: `/p${d.n}/data/${d.search}`,
          }
        : {
            engine,
            workerUrl: `/${files.sqliteWorker}`,
            wasmUrl: `/${files.sqliteWasm}`,
            url: `/s${d.n}/data/${basename(d.db)}`,
            pageSize: PAGE_SIZE,
          };
    const sql = statements(engine, d, args.query);
    const sentBefore = sent;
    const requestsBefore = requests;
    await page.goto(`${base}index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    const open = await openIn(page, options);
    const ms = {} as Record<Step, number>;
    const bytes = {} as Record<Step, number>;
    const reqs = {} as Record<Step, number>;
    const answers = {} as Record<Step, unknown>;
    let bytesFirst = 0;
    for (const step of STEPS) {
      const before = sent;
      const requestsAt = requests;
      const result = await queryIn(page, sql[step]);
      reqs[step] = requests - requestsAt;
      ms[step] = result.ms;
      bytes[step] = sent - before;
      answers[step] = result.first[0] && 'n' in result.first[0] && result.rows === 1 ? result.first[0].n : result.rows;
      if (step === 'typeCount') answers[step] = result.first;
      if (step === 'window') bytesFirst = sent - sentBefore;
    }
    const memory = await heaps.heapBytes();
    const rendererMB = await rendererPss(browser);
    const bytesTotal = sent - sentBefore;
    const requestsTotal = requests - requestsBefore;

    const link = await context.newPage();
    const linkBefore = sent;
    await link.goto(`${base}index.html`);
    await link.waitForFunction(() => document.title === 'ready');
    const reopened = await openIn(link, options);
    const found = await queryIn(link, sql.deepLink);
    if (found.rows !== 1) throw new Error(`${engine}: the deep link found ${found.rows} events`);
    return {
      engine,
      n: d.n,
      open,
      firstWindow: open + ms.window,
      bytesFirst,
      ms,
      bytes,
      reqs,
      answers,
      deepLink: reopened + found.ms,
      bytesDeepLink: sent - linkBefore,
      bytesTotal,
      requests: requestsTotal,
      heapMB: memory / 1e6,
      rendererMB,
    };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const files = preparePage();
  const datasets: Dataset[] = [];
  for (const n of SIZES) datasets.push(await dataset(n));
  const server = await startServer(PAGE_DIR, 0, {
    datasets: Object.fromEntries(datasets.flatMap((d) => [[`/p${d.n}/`, d.parquetDir] as const, [`/s${d.n}/`, dirname(d.db)] as const])),
    // Both engines' workers compile WebAssembly: the policy the app gives its engine's worker alone.
    extraHeaders: { 'Content-Security-Policy': ENGINE_CSP_HEADER },
    onSent: (bytes) => {
      sent += bytes;
      requests++;
    },
  });
  // A static host keeps its compressed files: the server's first gzip of an engine is not a reader's cost.
  for (const file of Object.values(files)) await fetch(`${server.url}${file}`, { headers: { 'accept-encoding': 'gzip' } });
  const samples: Sample[] = [];
  try {
    for (const d of datasets) {
      for (let i = 0; i < RUNS; i++) {
        for (const engine of ENGINES) {
          const sample = await measure(server.url, engine, d, files);
          console.log(
            `${engine} N=${d.n} run ${i + 1}:`,
            JSON.stringify(sample, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)),
          );
          samples.push(sample);
        }
      }
    }
  } finally {
    await server.close();
  }
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/out/sqlite-compare.json'),
    JSON.stringify(
      { date: new Date().toISOString(), datasets: datasets.map(({ n, dbBytes, buildSeconds }) => ({ n, dbBytes, buildSeconds })), samples },
      null,
      1,
    ),
  );
  const rows: string[] = [];
  for (const d of datasets) {
    for (const engine of ENGINES) {
      const runs = samples.filter((s) => s.n === d.n && s.engine === engine);
      const m = (pick: (s: Sample) => number) => Math.round(median(runs.map(pick)));
      const mb = (pick: (s: Sample) => number) => (median(runs.map(pick)) / 1e6).toFixed(1);
      rows.push(
        `| ${d.n.toLocaleString('en')} | ${engine} | ${m((s) => s.open)} | ${m((s) => s.firstWindow)} | ${mb((s) => s.bytesFirst)} MB | ${m((s) => s.ms.typeCount)} / ${m((s) => s.ms.typeWindow)} | ${m((s) => s.ms.actorCount)} / ${m((s) => s.ms.actorWindow)} | ${m((s) => s.ms.search)} / ${m((s) => s.ms.searchWindow)} | ${mb((s) => s.bytes.search + s.bytes.searchWindow)} MB | ${m((s) => s.deepLink)} | ${mb((s) => s.bytesTotal)} MB | ${m((s) => s.heapMB)} MB | ${m((s) => s.rendererMB)} MB |`,
      );
    }
  }
  console.log(
    [
      `Median of ${RUNS} cold runs, ms unless stated; ${new Date().toISOString().slice(0, 10)}.`,
      '',
      '| N | engine | open | open + first window | bytes to first window | type: count / window | actor: count / window | search: count / window | search bytes | deep link | bytes, all steps | JS heaps | renderer PSS |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
  for (const d of datasets) {
    const answers = ENGINES.map((engine) => [engine, samples.find((s) => s.n === d.n && s.engine === engine)?.answers]);
    console.log(
      `N=${d.n}: database ${(d.dbBytes / 1e6).toFixed(1)} MB, built in ${d.buildSeconds?.toFixed(0) ?? '?'} s; answers`,
      JSON.stringify(answers),
    );
  }
}

await main();
