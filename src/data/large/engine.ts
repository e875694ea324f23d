/**
 * The large form's query engine: DuckDB-Wasm, which runs in its own Web Worker and reads the Parquet
 * file with HTTP range requests, fetching only the row groups and columns a query needs. This module is
 * loaded only for a large dataset (with load-large.ts, a dynamic import), so the small dataset never
 * downloads the engine. The worker script is served with a Content-Security-Policy that adds 'wasm-unsafe-eval' for it alone
 * (scripts/security-headers.ts).
 */
import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { SIDE_FILES } from '../../domain/large-form';
import { rowsOf, type Row } from './rows';

export type { Row };

export interface Engine {
  /** Runs one SQL statement over the view `ev` (every event) and returns its rows as plain objects. */
  query(sql: string): Promise<Row[]>;
  close(): void;
}

/**
 * Whether to time each query as a User Timing measure named 'engine query' (its SQL as detail). Off
 * unless a profiler sets it before the page loads (`npm run bench:large -- --queries` does): the
 * browser keeps every measure until it is cleared, so a reader's long session would pile them up.
 */
const profiling = () => (globalThis as { timelineEngineProfile?: boolean }).timelineEngineProfile === true;

/** The side files beside the events file, when the dataset has them, by kind: each is read as `<kind>.parquet`. */
export type SideFiles = Partial<Record<(typeof SIDE_FILES)[number], string>>;

/** Starts the engine over the events file (view `ev`), with whichever side files the dataset has. */
export async function startEngine(parquetUrl: string, side: SideFiles = {}): Promise<Engine> {
  const worker = new Worker(new URL(workerUrl, document.baseURI));
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  let connection: AsyncDuckDBConnection | null = null;
  try {
    await db.instantiate(new URL(wasmUrl, document.baseURI).href);
    // No full download when a server ignores range requests: the whole file would sit in the tab.
    await db.open({ query: { castBigIntToDouble: true }, filesystem: { allowFullHTTPReads: false } });
    await db.registerFileURL('events.parquet', parquetUrl, DuckDBDataProtocol.HTTP, false);
    connection = await db.connect();
    await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; SET enable_object_cache = true;`);
    await connection.query(`CREATE VIEW ev AS SELECT * FROM read_parquet('events.parquet')`);
    // Registered only: nothing of them is read until a search (see LargeSource.searchTable) or a
    // lookup by id (LargeSource.hits).
    for (const [kind, url] of Object.entries(side)) {
      if (url) await db.registerFileURL(`${kind}.parquet`, url, DuckDBDataProtocol.HTTP, false);
    }
  } catch (error) {
    void db.terminate();
    throw error;
  }
  const conn = connection;
  return {
    async query(sql) {
      if (!profiling()) return rowsOf(await conn.query(sql));
      const start = performance.now();
      try {
        return rowsOf(await conn.query(sql));
      } finally {
        performance.measure('engine query', { start, detail: sql });
      }
    },
    close() {
      void conn.close().finally(() => db.terminate());
    },
  };
}
