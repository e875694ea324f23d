/**
 * Builds the SQLite database that tools/bench/sqlite-compare.ts reads over HTTP range requests, from
 * the same input data:publish reads (dist-synthetic/large-N/in/events.ndjson, streamed line by line).
 *
 * The sqlite3 command-line shell (Debian's `sqlite3` package) does the writing: sql.js has no FTS5,
 * sql.js-httpvfs has no Node build, and better-sqlite3 installs a prebuilt binary from GitHub (or
 * compiles against headers downloaded from nodejs.org), which this machine cannot reach.
 *
 * Layout, for a reader that fetches 4 KiB pages by range requests:
 * - `events`: one row per event, rowid in the order data:publish sorts by (start_ms, date, id), so a
 *   window's rows sit on neighbouring pages; nested records (actors, sources, figures) as JSON text;
 * - indexes on id (deep links), (start_ms, end_ms) (windows) and (type, start_ms, end_ms) (a type's
 *   count and window, from the index alone until the window's rows are read);
 * - `event_actor(actor, start_ms, end_ms, event)`, WITHOUT ROWID: an actor's events, by start, so an
 *   actor's count and an actor's window read only that actor's part of the index (and only the rows shown);
 * - `search`: a contentless FTS5 table (detail=none) over the text folded as the app folds a query
 *   (foldText of title | summary | location, and of the translations).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { corroborationOf } from '../../../src/domain/corroboration';
import { endOf, parsePartialDate, startOf } from '../../../src/domain/partial-date';
import { TRANSLATED_LANGUAGES, type TimelineEvent } from '../../../src/domain/schema';
import { foldText } from '../../../src/domain/text';

export const PAGE_SIZE = 4096;

const text = (value: unknown) =>
  value === null || value === undefined ? 'NULL' : `'${String(value).replaceAll("'", "''").replaceAll('\0', '')}'`;
const json = (value: unknown) => (value === null || value === undefined ? 'NULL' : text(JSON.stringify(value)));

function values(event: TimelineEvent): string {
  const first = parsePartialDate(event.date)!;
  const last = parsePartialDate(event.endDate ?? event.date)!;
  const translated = TRANSLATED_LANGUAGES.flatMap((lang) => {
    const t = event.translations?.[lang];
    return t ? [t.title, t.summary] : [];
  });
  const search =
    foldText([event.title, event.summary, event.location ?? ''].join(' | ')) +
    (translated.length ? ` | ${foldText(translated.join(' | '))}` : '');
  const cells = [
    text(event.id),
    text(event.date),
    text(event.endDate),
    String(startOf(first)),
    String(endOf(last)),
    text(event.type),
    text(corroborationOf(event)),
    text(event.title),
    text(event.summary),
    json(event.actors),
    text(event.location),
    event.inAbsentia === undefined ? 'NULL' : event.inAbsentia ? '1' : '0',
    text(event.countedBy),
    text(event.quotedBy),
    text(event.note),
    json(event.figures),
    json(event.sources.map(({ selector: _selector, checked: _checked, ...source }) => source)),
    ...TRANSLATED_LANGUAGES.flatMap((lang) => [text(event.translations?.[lang]?.title), text(event.translations?.[lang]?.summary)]),
    text(search),
  ];
  return `(${cells.join(',')})`;
}

const COLUMNS =
  'id TEXT NOT NULL, date TEXT NOT NULL, end_date TEXT, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, type TEXT NOT NULL, corroboration TEXT, title TEXT, summary TEXT, actors TEXT, location TEXT, in_absentia INTEGER, counted_by TEXT, quoted_by TEXT, note TEXT, figures TEXT, sources TEXT, title_be TEXT, summary_be TEXT, title_ru TEXT, summary_ru TEXT';
const NAMES = COLUMNS.split(', ')
  .map((c) => c.split(' ')[0])
  .join(', ');

/** Writes `out` from the NDJSON file; returns the seconds it took and the file's size. */
export async function buildDatabase(ndjson: string, out: string): Promise<{ seconds: number; bytes: number; events: number }> {
  const started = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const shell = spawn('sqlite3', ['-bail', partial], { stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = once(shell, 'exit');
  const write = async (sql: string) => {
    if (!shell.stdin.write(sql)) await once(shell.stdin, 'drain');
  };
  await write(
    `PRAGMA page_size=${PAGE_SIZE}; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=FILE;
CREATE TABLE staging(${COLUMNS}, search TEXT);
BEGIN;
`,
  );
  let batch: string[] = [];
  let events = 0;
  const flush = async () => {
    if (batch.length) await write(`INSERT INTO staging VALUES ${batch.join(',\n')};\n`);
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(ndjson, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    batch.push(values(JSON.parse(line) as TimelineEvent));
    events++;
    if (batch.length === 500) await flush();
  }
  await flush();
  await write(`COMMIT;
CREATE TABLE events(${COLUMNS});
INSERT INTO events(rowid, ${NAMES}) SELECT row_number() OVER (ORDER BY start_ms, date, id), ${NAMES} FROM staging ORDER BY start_ms, date, id;
CREATE UNIQUE INDEX events_id ON events(id);
CREATE INDEX events_start ON events(start_ms, end_ms);
CREATE INDEX events_type ON events(type, start_ms, end_ms);
CREATE TABLE event_actor(actor TEXT NOT NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY (actor, start_ms, event)) WITHOUT ROWID;
INSERT OR IGNORE INTO event_actor SELECT j.value, e.start_ms, e.end_ms, e.rowid FROM events e, json_each(e.actors) j ORDER BY 1, 2, 4;
CREATE VIRTUAL TABLE search USING fts5(text, content='', detail='none', columnsize=0);
INSERT INTO search(rowid, text) SELECT e.rowid, s.search FROM staging s JOIN events e ON e.id = s.id ORDER BY e.rowid;
INSERT INTO search(search) VALUES ('optimize');
DROP TABLE staging;
ANALYZE;
PRAGMA journal_mode=DELETE;
VACUUM;
`);
  shell.stdin.end();
  const [code] = await exited;
  if (code !== 0) throw new Error(`sqlite3 exited with ${code}`);
  renameSync(partial, out);
  return { seconds: (performance.now() - started) / 1000, bytes: statSync(out).size, events };
}

export const databaseExists = (out: string) => existsSync(out);
