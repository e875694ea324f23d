import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { corroborationOf } from '../../../src/domain/corroboration';
import { endOf, parsePartialDate, startOf } from '../../../src/domain/partial-date';
import { idKey, LARGE_FILES, SIDE_FILES } from '../../../src/domain/large-form';
import { foldText } from '../../../src/domain/text';
import { TRANSLATED_LANGUAGES, type Actor, type SourceDocument, type TimelineEvent } from '../../../src/domain/schema';

/**
 * The large form (docs/large-form.md): the events as one Parquet file sorted by start, in row groups
 * a browser engine can fetch alone with HTTP range requests, and small overview files (counts per
 * date and type, the actor and type facets) so the first screen needs no event at all.
 */
export { LARGE_FILES } from '../../../src/domain/large-form';
/**
 * The events file's name for a version: `events-<hash of the version>.parquet`. A new version is a new
 * file, so a reader with the old manifest open keeps reading the old file whole (or, once the host has
 * dropped it, is told to reload), never a mix of the two.
 */
export function parquetFileFor(version: string, kind: ParquetKind = 'events'): string {
  return `${kind}-${createHash('sha256').update(version).digest('hex').slice(0, 12)}.parquet`;
}
/**
 * The search file's row groups: as large as DuckDB's default. A search reads its whole text column
 * anyway, and in few large requests instead of many small ones (the events file's 10,240-row groups
 * cost 98 requests at 200,000 events; this file, 7).
 */
export const SEARCH_ROW_GROUP_SIZE = 122_880;
/** The columns of the search file: what a search tests, and what counting its matches needs. */
const SEARCH_COLUMNS = ['id', 'start_ms', 'end_ms', 'type', 'actors', 'corroboration', 'search_en', 'search_tr'];
/**
 * ~10,000 events is about 0.6 MB compressed: a window of days reads one or two row groups' columns
 * by range requests, not megabytes (at 50,000 a row group, every window cost 3 MB).
 */
export const ROW_GROUP_SIZE = 10_000;
/** The ids file's row groups: one holds the keys of about 10,000 ids, some 100 KB to read for a lookup. */
export const IDS_ROW_GROUP_SIZE = 10_000;
/**
 * The words file's row groups: a rare word's events are read from one of them, a common word's from
 * a few (its rows are together: the file is sorted by word).
 */
export const WORDS_ROW_GROUP_SIZE = 20_000;
/**
 * The named file's row groups: an actor's rows (at a million synthetic events, 1,500 on average) in
 * one or two small groups, where in the words file's 20,000-row groups a query matching eleven actors'
 * names decoded some 300,000 rows for 16,000.
 */
export const NAMED_ROW_GROUP_SIZE = 4_096;
/**
 * Where the folded text is cut into words: at anything but a letter, a mark or a digit (as the app
 * tells a query word the words file can answer, queries.ts WORD_TOKEN). A query word of those
 * characters alone can only occur inside one such word, so looking in the words is looking in the text.
 */
const NOT_WORD = '[^\\p{L}\\p{M}\\p{N}]+';

/** The Parquet columns, as DuckDB reads them from the rows file; JSON columns keep nested records as JSON text. */
const COLUMNS = {
  id: 'VARCHAR',
  id_key: 'UINTEGER',
  date: 'VARCHAR',
  end_date: 'VARCHAR',
  start_ms: 'BIGINT',
  end_ms: 'BIGINT',
  type: 'VARCHAR',
  corroboration: 'VARCHAR',
  title: 'VARCHAR',
  summary: 'VARCHAR',
  actors: 'VARCHAR[]',
  location: 'VARCHAR',
  in_absentia: 'BOOLEAN',
  counted_by: 'VARCHAR',
  quoted_by: 'VARCHAR',
  note: 'VARCHAR',
  figures: 'JSON',
  sources: 'JSON',
  anchors: 'JSON',
  ...Object.fromEntries(TRANSLATED_LANGUAGES.flatMap((lang) => [[`title_${lang}`, 'VARCHAR'], [`summary_${lang}`, 'VARCHAR']])),
  search_en: 'VARCHAR',
  search_tr: 'VARCHAR',
};

/**
 * The searchable text, folded as the app folds a query (foldText: lower case, no marks, ł as l, і as
 * и…), written once here so a search is a plain substring test over one column: the English text, and
 * the translations apart (a query in Latin letters is looked for in the English only).
 */
function searchText(event: TimelineEvent): { search_en: string; search_tr: string | null } {
  const translated = TRANSLATED_LANGUAGES.flatMap((lang) => {
    const text = event.translations?.[lang];
    return text ? [text.title, text.summary] : [];
  });
  return {
    search_en: foldText([event.title, event.summary, event.location ?? ''].join(' | ')),
    search_tr: translated.length ? foldText(translated.join(' | ')) : null,
  };
}

/** One event as a row: the small form's events.json record, its context.json anchors and its translations, side by side. */
function toRow(event: TimelineEvent): Record<string, unknown> {
  const first = parsePartialDate(event.date)!;
  const last = parsePartialDate(event.endDate ?? event.date)!;
  const anchored = event.sources.some((source) => source.selector);
  const row: Record<string, unknown> = {
    id: event.id,
    id_key: idKey(event.id),
    date: event.date,
    end_date: event.endDate ?? null,
    start_ms: startOf(first),
    end_ms: endOf(last),
    type: event.type,
    // Derived from the sources (corroborationOf), stored so the engine filters and counts by it.
    corroboration: corroborationOf(event),
    title: event.title,
    summary: event.summary,
    actors: event.actors,
    location: event.location ?? null,
    in_absentia: event.inAbsentia ?? null,
    counted_by: event.countedBy ?? null,
    quoted_by: event.quotedBy ?? null,
    note: event.note ?? null,
    figures: event.figures ?? null,
    sources: event.sources.map(({ selector: _selector, checked: _checked, ...source }) => source),
    anchors: anchored
      ? event.sources.map((s) => (s.selector ? { selector: s.selector, ...(s.checked ? { checked: s.checked } : {}) } : null))
      : null,
  };
  for (const lang of TRANSLATED_LANGUAGES) {
    row[`title_${lang}`] = event.translations?.[lang]?.title ?? null;
    row[`summary_${lang}`] = event.translations?.[lang]?.summary ?? null;
  }
  Object.assign(row, searchText(event));
  return row;
}

const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Collects the checked events as rows in a file beside the output, and the overview counts as they pass. */
export class LargeFormWriter {
  private readonly rowsFile: string;
  private readonly fd: number;
  private chunk: string[] = [];
  private readonly byDate = new Map<string, Map<string, number>>();
  private readonly byType = new Map<string, number>();
  private readonly byTypeLevel = new Map<string, Record<string, number>>();
  private readonly byActorLevel = new Map<string, Record<string, number>>();
  private readonly byActor = new Map<string, number>();
  private readonly byActorType = new Map<string, Record<string, number>>();
  count = 0;
  /** The longest event, end_ms − start_ms: how far before a window a reader must look for spans reaching into it. */
  longestMs = 0;

  constructor(private readonly dir: string) {
    this.rowsFile = join(dir, '.rows.ndjson');
    this.fd = openSync(this.rowsFile, 'w');
  }

  add(event: TimelineEvent): void {
    this.count++;
    const row = toRow(event);
    this.longestMs = Math.max(this.longestMs, (row.end_ms as number) - (row.start_ms as number));
    this.chunk.push(`${JSON.stringify(row)}\n`);
    if (this.chunk.length === 5_000) this.flush();
    let types = this.byDate.get(event.date);
    if (!types) this.byDate.set(event.date, (types = new Map()));
    types.set(event.type, (types.get(event.type) ?? 0) + 1);
    this.byType.set(event.type, (this.byType.get(event.type) ?? 0) + 1);
    const level = row.corroboration as string;
    const typeLevels = this.byTypeLevel.get(event.type) ?? {};
    typeLevels[level] = (typeLevels[level] ?? 0) + 1;
    this.byTypeLevel.set(event.type, typeLevels);
    for (const id of new Set(event.actors)) {
      this.byActor.set(id, (this.byActor.get(id) ?? 0) + 1);
      let types = this.byActorType.get(id);
      if (!types) this.byActorType.set(id, (types = {}));
      types[event.type] = (types[event.type] ?? 0) + 1;
      const levels = this.byActorLevel.get(id) ?? {};
      levels[level] = (levels[level] ?? 0) + 1;
      this.byActorLevel.set(id, levels);
    }
  }

  private flush(): void {
    writeSync(this.fd, this.chunk.join(''));
    this.chunk = [];
  }

  /** Writes the Parquet files (the events, the search, ids, words and terms files) and the overviews; the rows file goes. */
  async finish(version: string, actors: readonly Actor[], documents: readonly SourceDocument[]): Promise<RowGroups> {
    const kinds: ParquetKind[] = ['events', ...SIDE_FILES];
    const names = Object.fromEntries(kinds.map((kind) => [kind, parquetFileFor(version, kind)])) as ParquetFiles;
    this.flush();
    closeSync(this.fd);
    try {
      const paths = Object.fromEntries(Object.entries(names).map(([kind, name]) => [kind, join(this.dir, name)])) as ParquetFiles;
      const rowGroups = await writeParquet(this.rowsFile, paths, version);
      this.writeOverviews(version, actors, documents);
      return { files: names, ...rowGroups };
    } finally {
      rmSync(this.rowsFile, { force: true });
    }
  }

  /** Abandons the rows (a problem was found after the threshold). */
  discard(): void {
    closeSync(this.fd);
    rmSync(this.rowsFile, { force: true });
  }

  private writeOverviews(version: string, actors: readonly Actor[], documents: readonly SourceDocument[]): void {
    const write = (name: string, value: unknown) => writeFileSync(join(this.dir, name), `${JSON.stringify(value)}\n`);
    const types = [...this.byType.keys()].sort();
    const dates = [...this.byDate.keys()].sort();
    write(LARGE_FILES.counts, {
      version,
      types,
      dates,
      counts: dates.map((date) => types.map((type) => this.byDate.get(date)!.get(type) ?? 0)),
    });
    // Each actor's events, in all, per type and per corroboration level: the facets of a type or
    // one-actor filter need no engine.
    write(LARGE_FILES.actors, {
      version,
      actors: actors.map((actor) => ({
        ...actor,
        events: this.byActor.get(actor.id) ?? 0,
        byType: this.byActorType.get(actor.id) ?? {},
        byLevel: this.byActorLevel.get(actor.id) ?? {},
      })),
    });
    write(LARGE_FILES.types, {
      version,
      types: [...this.byType]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .map(([type, count]) => ({ type, count, levels: this.byTypeLevel.get(type) ?? {} })),
    });
    write(LARGE_FILES.documents, { version, documents });
  }
}

/** The Parquet files: the events file and the side files beside it (src/domain/large-form.ts). */
type ParquetKind = 'events' | (typeof SIDE_FILES)[number];
/** The Parquet files' names (or paths), by kind. */
export type ParquetFiles = Record<ParquetKind, string>;

/** How the Parquet file came out: DuckDB rounds the row group size up to a multiple of its 2,048-row vectors. */
export interface RowGroups {
  files: ParquetFiles;
  rowGroups: number;
  rowsPerGroup: number;
}

async function writeParquet(
  rowsFile: string,
  { events: parquetFile, search: searchFile, ids: idsFile, words: wordsFile, terms: termsFile, named: namedFile }: ParquetFiles,
  version: string,
): Promise<Omit<RowGroups, 'files'>> {
  // Two threads and a memory cap: the machine is shared, and DuckDB spills the sort to disk past the cap.
  // Its spill files go beside the rows file, so they leave with the temporary folder, never in the working directory.
  const spill = `${rowsFile}.spill`;
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB', temp_directory: spill });
  const connection = await instance.connect();
  try {
    const columns = `{${Object.entries(COLUMNS)
      .map(([name, type]) => `${name}: ${sql(type)}`)
      .join(', ')}}`;
    // date order is start order (a year, then its months, then its days) and the app's order (compare.ts).
    // Sorted once into a first file with every column; the two published files are read from it in order.
    const sorted = `${rowsFile}.sorted.parquet`;
    await connection.run(
      `COPY (SELECT * FROM read_json(${sql(rowsFile)}, format = 'newline_delimited', columns = ${columns}, maximum_object_size = 33554432)
        ORDER BY start_ms, date, id)
      TO ${sql(sorted)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${SEARCH_ROW_GROUP_SIZE})`,
    );
    const copy = (select: string, file: string, rowGroup: number, order = '', from = `read_parquet(${sql(sorted)})`) =>
      connection.run(
        `COPY (SELECT ${select} FROM ${from} ${order}) TO ${sql(file)}
          (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroup}, KV_METADATA {version: ${sql(version)}})`,
      );
    const notInEvents = ['id_key', ...SEARCH_COLUMNS.filter((name) => name.startsWith('search_'))];
    await copy(`* EXCLUDE (${notInEvents.join(', ')})`, parquetFile, ROW_GROUP_SIZE);
    await copy(SEARCH_COLUMNS.join(', '), searchFile, SEARCH_ROW_GROUP_SIZE);
    await copy('id_key AS key, id, start_ms', idsFile, IDS_ROW_GROUP_SIZE, 'ORDER BY key, id');
    // The words file: one row per word of an event's folded text (English and translations), with
    // what counting a search's matches needs, sorted by word. The named file: the same for each actor
    // an event names (the word "@" and the actor's id, which no text word can be), in small row groups.
    // The terms file: each text word and its events.
    const counted = 'id, start_ms, end_ms, type, actors, corroboration';
    const words = `(SELECT unnest(list_distinct(regexp_split_to_array(concat_ws(' ', search_en, search_tr), ${sql(NOT_WORD)}))) AS word, ${counted}
      FROM read_parquet(${sql(sorted)}))`;
    const named = `(SELECT '@' || unnest(list_distinct(actors)) AS word, ${counted} FROM read_parquet(${sql(sorted)}))`;
    await copy(`word, ${counted}`, wordsFile, WORDS_ROW_GROUP_SIZE, `WHERE word <> '' ORDER BY word, start_ms, id`, words);
    await copy(`word, ${counted}`, namedFile, NAMED_ROW_GROUP_SIZE, `ORDER BY word, start_ms, id`, named);
    await copy(`word, count(*)::INTEGER AS n`, termsFile, WORDS_ROW_GROUP_SIZE, `GROUP BY word ORDER BY word`, `read_parquet(${sql(wordsFile)})`);
    rmSync(sorted, { force: true });
    const reader = await connection.runAndReadAll(
      `SELECT count(DISTINCT row_group_id) AS n, max(row_group_num_rows) AS size FROM parquet_metadata(${sql(parquetFile)})`,
    );
    const { n, size } = reader.getRowObjects()[0]!;
    return { rowGroups: Number(n), rowsPerGroup: Number(size) };
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}
