import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { compareEvents } from '../../../src/domain/compare';
import { CORE_FILE, OUTLINE_FILE } from '../../../src/domain/published-files';
import type { Dataset, TimelineEvent } from '../../../src/domain/schema';
import { writePublished } from '../published';
import { contentHash } from '../validate-records';
import { LARGE_FILES, LargeFormWriter } from './large-form';
import type { LargeManifest } from '../../../src/domain/large-form';
import { formatProblem, readHeads, streamEvents } from './read-input';

/**
 * The one writer of published datasets. The small form (events.json and its side files, see
 * src/domain/published-files.ts) is what the bundled dataset's build writes and what the app reads
 * today; past `threshold` events, the large form (large-form.ts) is written instead.
 */
export const DEFAULT_THRESHOLD = 50_000;
export const MANIFEST_FILE = 'manifest.json';

export interface Manifest {
  form: 'small' | 'large';
  version: string;
  events: number;
  actors: number;
  files: Record<string, string | Record<string, string>>;
  parquet?: LargeManifest['parquet'];
}

/** The small form: writes `dataset` as the files the app fetches, `coreFile` and its side files beside it. */
export function writeSmallForm(dataset: Dataset, coreFile: string): Manifest['files'] {
  return { core: CORE_FILE, ...writePublished(dataset, coreFile) };
}

export interface PublishOptions {
  actors: string;
  events: string;
  documents?: string | undefined;
  out: string;
  /** Default: today's date and a hash of the content, as the data build makes it. */
  version?: string | undefined;
  threshold?: number | undefined;
  today?: string | undefined;
  /** Progress, for the command line. */
  log?: ((message: string) => void) | undefined;
}

export type PublishResult = { ok: true; manifest: Manifest } | { ok: false; problems: string[]; count: number };

/**
 * Checks every record (the app's zod schemas, unique ids, known actors) while reading EVENTS.ndjson a
 * line at a time, and writes the small or the large form into a new folder beside `out` that replaces
 * `out` only once everything is written: with any problem, nothing is.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const log = options.log ?? (() => {});
  let lap = Date.now();
  const seconds = () => {
    const [from, now] = [lap, (lap = Date.now())];
    return `${((now - from) / 1000).toFixed(1)} s`;
  };
  const out = resolve(options.out);
  // DIR is replaced whole: only an earlier output (or an empty folder) may be, never a folder of other files.
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MANIFEST_FILE))) {
    const problem = `${options.out}: (folder): holds files but no ${MANIFEST_FILE}, so it is not an earlier output of data:publish; refusing to replace it`;
    return { ok: false, problems: [problem], count: 0 };
  }
  mkdirSync(dirname(out), { recursive: true });
  const work = mkdtempSync(join(dirname(out), `.${basename(out)}.publishing-`));
  // mkdtemp makes it private; the published folder is served to everyone.
  chmodSync(work, 0o755);
  // The events are held until there are more than `threshold`; from then on they go to the large form's rows file.
  const held: { small: TimelineEvent[]; large: LargeFormWriter | null } = { small: [], large: null };
  try {
    const heads = readHeads(options.actors, options.documents);
    const stream = await streamEvents(options.events, heads, (event) => {
      if (!held.large && held.small.length < threshold) return void held.small.push(event);
      if (!held.large) {
        held.large = new LargeFormWriter(work);
        for (const early of held.small) held.large.add(early);
        held.small = [];
      }
      held.large.add(event);
    });
    if (stream.problems.length > 0) {
      return { ok: false, problems: stream.problems.map(formatProblem), count: stream.count };
    }
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const { actors, documents } = heads;
    let manifest: Manifest;
    if (!held.large) {
      const events = held.small.sort(compareEvents);
      const version = options.version ?? `${today}.${contentHash(documents, actors, events)}`;
      const files = writeSmallForm({ version, documents, actors, events }, join(work, CORE_FILE));
      manifest = { form: 'small', version, events: events.length, actors: actors.length, files };
    } else {
      const writer = held.large;
      held.large = null;
      const version = options.version ?? `${today}.${stream.hash.digest('hex').slice(0, 12)}`;
      log(`checked ${writer.count} events in ${seconds()}; writing the large form`);
      const { files: written, ...rowGroups } = await writer.finish(version, actors, documents);
      const { events: file, ...side } = written;
      log(`wrote ${file} (${rowGroups.rowGroups} row groups), ${Object.values(side).join(', ')} and the overviews in ${seconds()}`);
      manifest = {
        form: 'large',
        version,
        events: writer.count,
        actors: actors.length,
        files: { ...LARGE_FILES, ...written },
        parquet: { sortedBy: ['start_ms', 'date', 'id'], ...rowGroups, longestMs: writer.longestMs, foldedSearch: true, corroboration: true },
      };
    }
    writeFileSync(join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    // The app fetches events.outline.json first, then events.json: in the large form both are the manifest,
    // so one request says which form this is.
    if (manifest.form === 'large') {
      for (const name of [OUTLINE_FILE, CORE_FILE]) writeFileSync(join(work, name), `${JSON.stringify(manifest)}\n`);
    }
    replaceDir(work, out);
    return { ok: true, manifest };
  } finally {
    held.large?.discard();
    rmSync(work, { recursive: true, force: true });
  }
}

/** `out` becomes `work`, in two renames on one file system; the old folder goes last. */
function replaceDir(work: string, out: string): void {
  const old = `${work}.old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(work, out);
  rmSync(old, { recursive: true, force: true });
}
