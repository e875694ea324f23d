import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { hasEverySideFile } from '../../src/domain/large-form';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the page server (tools/browser/serve-dist.ts) serves /large/data/ from. */
export const LARGE_DIR = process.env.E2E_LARGE_DIR ? dirname(process.env.E2E_LARGE_DIR) : join(root, 'dist-synthetic/large-e2e');
export const LARGE_EVENTS = 200_000;

function run(args: string[]) {
  const result = spawnSync('npx', ['tsx', ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * A generated dataset of LARGE_EVENTS events in the large form, written as a reader's host would get it:
 * the synthetic generator's NDJSON through `npm run data:publish`. Made once and kept (about a minute).
 */
export function ensureLargeDataset(): {
  dir: string;
  manifest: { version: string; events: number };
  actors: { id: string; name: string; events: number }[];
} {
  const dir = join(LARGE_DIR, 'data');
  const manifestFile = join(dir, 'manifest.json');
  // Made again when the publisher's output has changed shape (actors' per-type counts, then the
  // search file, then the corroboration column, then the ids file, then the outline, came later).
  const fresh =
    existsSync(manifestFile) &&
    existsSync(join(dir, 'events.outline.json')) &&
    JSON.parse(readFileSync(manifestFile, 'utf8')).events === LARGE_EVENTS &&
    hasEverySideFile(JSON.parse(readFileSync(manifestFile, 'utf8'))) &&
    'byType' in JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8')).actors[0];
  if (!fresh) {
    const input = join(LARGE_DIR, 'in');
    run(['scripts/synthetic-data.ts', '--ndjson', '--events', String(LARGE_EVENTS), '--out', input]);
    run(['scripts/publish-data.ts', '--actors', join(input, 'actors.json'), '--events', join(input, 'events.ndjson'), '--out', dir]);
  }
  // Broken copies for the fault journeys: a file cut off halfway.
  const parquet = readFileSync(join(dir, parquetName(dir)));
  writeFileSync(join(dir, 'truncated.parquet'), parquet.subarray(0, Math.floor(parquet.length / 2)));
  const { actors } = JSON.parse(readFileSync(join(dir, 'actors.json'), 'utf8')) as {
    actors: { id: string; name: string; events: number }[];
  };
  // The actors with most events first.
  actors.sort((a, b) => b.events - a.events);
  return { dir, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')), actors };
}

/**
 * A small dataset published in the large form (threshold 10) as version `version`, where the page
 * server serves /large-update/: publishing again replaces it, old events file and all.
 */
export function publishUpdate(version: string, seed: number): void {
  const dir = join(LARGE_DIR, '..', 'large-update');
  const input = join(dir, `in-${seed}`);
  run(['scripts/synthetic-data.ts', '--ndjson', '--events', '600', '--actors', '50', '--seed', String(seed), '--out', input]);
  run([
    'scripts/publish-data.ts',
    '--actors',
    join(input, 'actors.json'),
    '--events',
    join(input, 'events.ndjson'),
    '--out',
    join(dir, 'data'),
    '--threshold',
    '10',
    '--version',
    version,
  ]);
}

/** The events file the manifest names (its name changes with each version). */
function parquetName(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { events: string } }).files.events;
}

/** Asks the same file the same question with DuckDB in Node: the figures the page must show. */
export async function countIn(dir: string, where: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT count(*) AS n FROM read_parquet('${join(dir, parquetName(dir))}') WHERE ${where}`,
    );
    return Number(reader.getRowObjects()[0]!.n);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** One event's id and title, from the middle of the file (a deep link far from the first window). */
export async function middleEvent(dir: string): Promise<{ id: string; title: string; date: string }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT id, title, date FROM read_parquet('${join(dir, parquetName(dir))}') WHERE length(date) = 10 ORDER BY start_ms, id LIMIT 1 OFFSET ${LARGE_EVENTS / 2}`,
    );
    const row = reader.getRowObjects()[0]!;
    return { id: String(row.id), title: String(row.title), date: String(row.date) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** An actor's first events in the app's order (start, date, id): their titles, as the person view lists them. */
export async function firstTitlesOf(dir: string, actorId: string, n: number): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT title FROM read_parquet('${join(dir, parquetName(dir))}') WHERE list_contains(actors, '${actorId.replaceAll("'", "''")}') ORDER BY start_ms, date, id LIMIT ${n}`,
    );
    return reader.getRowObjects().map((row) => String(row.title));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
