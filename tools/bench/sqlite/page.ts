/**
 * The browser side of tools/bench/sqlite-compare.ts, bundled with esbuild into a temporary folder:
 * opens one engine in a Web Worker over HTTP range requests (SQLite-Wasm with sql.js-httpvfs, or
 * DuckDB-Wasm as src/data/large/engine.ts starts it) and runs the SQL it is given, timing each call.
 */
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { createDbWorker, type WorkerHttpvfs } from 'sql.js-httpvfs';
import { rowsOf, type Row } from '../../../src/data/large/rows';

export interface OpenOptions {
  engine: 'sqlite' | 'duckdb';
  /** The engine's worker script and WebAssembly, by URL. */
  workerUrl: string;
  wasmUrl: string;
  /** SQLite: the database; DuckDB: the events file. */
  url: string;
  /** DuckDB: the search file. */
  searchUrl?: string;
  pageSize?: number;
}

let run: ((sql: string) => Promise<Row[]>) | null = null;
let sqlite: WorkerHttpvfs | null = null;

async function openDuckDB(options: OpenOptions) {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(options.workerUrl));
  await db.instantiate(new URL(options.wasmUrl, document.baseURI).href);
  await db.open({ query: { castBigIntToDouble: true }, filesystem: { allowFullHTTPReads: false } });
  await db.registerFileURL('events.parquet', new URL(options.url, document.baseURI).href, DuckDBDataProtocol.HTTP, false);
  const conn: AsyncDuckDBConnection = await db.connect();
  await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`);
  await conn.query(`CREATE VIEW ev AS SELECT * FROM read_parquet('events.parquet')`);
  if (options.searchUrl) {
    await db.registerFileURL('search.parquet', new URL(options.searchUrl, document.baseURI).href, DuckDBDataProtocol.HTTP, false);
  }
  run = async (sql) => rowsOf(await conn.query(sql));
}

async function openSQLite(options: OpenOptions) {
  sqlite = await createDbWorker(
    [{ from: 'inline', config: { serverMode: 'full', url: options.url, requestChunkSize: options.pageSize ?? 4096 } }],
    new URL(options.workerUrl, document.baseURI).href,
    new URL(options.wasmUrl, document.baseURI).href,
  );
  const db = sqlite.db;
  // The database's first page (its header and schema) is read here, as a reader's first query would.
  await db.query('SELECT count(*) FROM sqlite_schema');
  run = async (sql) => (await db.query(sql)) as Row[];
}

const bench = {
  async open(options: OpenOptions): Promise<number> {
    const started = performance.now();
    if (options.engine === 'duckdb') await openDuckDB(options);
    else await openSQLite(options);
    return performance.now() - started;
  },
  /** Runs the statements one after another; returns the time of all, and the last one's rows (the first few) and count. */
  async query(statements: string[]): Promise<{ ms: number; rows: number; first: Row[] }> {
    if (!run) throw new Error('not open');
    const started = performance.now();
    let rows: Row[] = [];
    for (const sql of statements) rows = await run(sql);
    return { ms: performance.now() - started, rows: rows.length, first: rows.slice(0, 3) };
  },
  /** sql.js-httpvfs's own count of what it fetched. */
  async stats(): Promise<unknown> {
    return sqlite ? sqlite.worker.getStats() : null;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
