/**
 * The large form of a published dataset (docs/large-form.md): one Parquet file of every event, sorted
 * by start, and small overview files. `npm run data:publish` writes it past its threshold; its
 * `events.json` is then the manifest itself, so the app's one first request tells it which form it
 * has. This module imports no schema library and no engine: the app's first script uses it.
 */

/** The overview files' names; the events file is `events-<hash of the version>.parquet` (see data:publish). */
export const LARGE_FILES = {
  events: 'events.parquet',
  counts: 'counts.json',
  actors: 'actors.json',
  types: 'types.json',
  documents: 'documents.json',
} as const;

/** The optional Parquet files beside the events file, each read by the engine under `<kind>.parquet`. */
export const SIDE_FILES = ['search', 'ids', 'words', 'terms', 'named'] as const;

export interface LargeManifest {
  form: 'large';
  version: string;
  events: number;
  actors: number;
  /**
   * `search`: the search file (each event's id, dates, type, actors and folded text, in large row
   * groups). Files published before it have none: a search then reads the events file.
   * `ids`: each event's id and start, sorted by the id's key (idKey), so finding one event by its id
   * reads one small row group. Files published before it have none: the events file's ids are read.
   * `words`: one row per word of each event's folded text and per actor it names, with what counting
   * needs, sorted by word; `terms`: each word and its events. A search for whole words reads the rows
   * of the words it matches, not all the text. Files published before them have none: a search scans
   * the search file's text.
   * `named`: the words file's rows for the actors each event names (the word "@" and the actor's id), in
   * small row groups, since a query that matches an actor's name reads only that actor's rows (an
   * actor has thousands of events, a common word hundreds of thousands). Files published before it
   * have those rows in the words file.
   */
  files: { [K in keyof typeof LARGE_FILES]: string } & Partial<Record<(typeof SIDE_FILES)[number], string>>;
  parquet: {
    sortedBy: string[];
    rowGroups: number;
    rowsPerGroup: number;
    longestMs: number;
    /** The file has search_en and search_tr, its text folded as the app folds a query (files before it have not). */
    foldedSearch?: boolean;
    /** Both files have a `corroboration` column (the level corroborationOf derives), and types.json each level's count. */
    corroboration?: boolean;
  };
}

/** counts.json: `counts[i][j]` events on `dates[i]` (as written: a day, a month or a year) of `types[j]`. */
export interface CountsFile {
  version: string;
  types: string[];
  dates: string[];
  counts: number[][];
}

const FILE_NAME = /^[a-z0-9][a-z0-9.-]{0,80}\.(json|parquet)$/;
const PARQUET_NAME = /^[a-z0-9][a-z0-9.-]{0,80}\.parquet$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether the JSON the app fetched as its dataset is a large-form manifest; one that says so but is
 * malformed is refused with the reason (a file name must be a bare name, so nothing is read from elsewhere).
 */
export function readLargeManifest(json: unknown): LargeManifest | null {
  if (!isRecord(json) || json.form !== 'large') return null;
  const { version, events, files, parquet } = json;
  const bad = (what: string) => new Error(`The dataset's manifest is malformed: ${what}.`);
  if (typeof version !== 'string' || version === '') throw bad('no version');
  if (typeof events !== 'number' || !Number.isInteger(events) || events < 0) throw bad('no event count');
  if (!isRecord(files)) throw bad('no file list');
  for (const key of Object.keys(LARGE_FILES) as (keyof typeof LARGE_FILES)[]) {
    const name = files[key];
    if (typeof name !== 'string' || !(key === 'events' ? PARQUET_NAME : FILE_NAME).test(name))
      throw bad(`the ${key} file is not a plain file name`);
  }
  for (const key of SIDE_FILES) {
    if (files[key] !== undefined && (typeof files[key] !== 'string' || !PARQUET_NAME.test(files[key])))
      throw bad(`the ${key} file is not a plain file name`);
  }
  if (!isRecord(parquet) || typeof parquet.longestMs !== 'number' || !Number.isFinite(parquet.longestMs)) throw bad('no Parquet facts');
  return json as unknown as LargeManifest;
}

/**
 * An event id's key in the ids file: FNV-1a over its UTF-16 code units, an unsigned 32-bit number.
 * The file is sorted by it, and a number (unlike a text) is something the engine can skip row groups
 * by: their minimum and maximum keys tell which one can hold an id.
 */
export function idKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whether a manifest was published with every side file the publisher writes today (and the corroboration column). */
export function hasEverySideFile(manifest: unknown): boolean {
  if (!isRecord(manifest) || !isRecord(manifest.files) || !isRecord(manifest.parquet)) return false;
  const files = manifest.files;
  return SIDE_FILES.every((kind) => typeof files[kind] === 'string') && manifest.parquet.corroboration === true;
}
