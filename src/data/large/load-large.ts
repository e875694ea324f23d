/**
 * Opens a large dataset (its events.json was the manifest): fetches the overview files, starts the
 * engine and checks it can read the events file, so a failure shows its reason with Retry before
 * anything is drawn. Loaded on demand: the small form never downloads this or the engine.
 */
import { buildIndex } from '../../domain/dataset-index';
import { SIDE_FILES, type CountsFile, type LargeManifest } from '../../domain/large-form';
import type { Actor } from '../../domain/schema';
import { DatasetError } from '../parse-dataset';
import { isText } from '../quick-check';
import type { LoadedDataset } from '../dataset-query';
import { startEngine } from './engine';
import { LargeSource, type LargeOverview } from './large-source';

const TIMEOUT_MS = 20_000;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

async function fetchJson(name: string, version: string, signal: AbortSignal): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(new URL(`data/${name}`, document.baseURI), { signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetError('fileNetwork', { file: name });
  }
  if (!response.ok) throw new DatasetError('fileNotFound', { file: name, status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError('fileNotJson', { file: name });
  }
  if (!isRecord(json)) throw new DatasetError('fileDamaged', { file: name });
  if (json.version !== version) {
    throw new DatasetError('updatedWhileLoading', { file: name });
  }
  return json;
}

function isActor(value: unknown): value is Actor & { events: number; byType: Record<string, number> } {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.name) &&
    isText(value.kind) &&
    Array.isArray(value.aliases) &&
    value.aliases.every(isText) &&
    typeof value.events === 'number' &&
    isRecord(value.byType) &&
    Object.values(value.byType).every((n) => typeof n === 'number')
  );
}

async function fetchOverview(manifest: LargeManifest, signal: AbortSignal): Promise<LargeOverview> {
  const { files, version } = manifest;
  const [actors, types, counts] = await Promise.all([
    fetchJson(files.actors, version, signal),
    fetchJson(files.types, version, signal),
    fetchJson(files.counts, version, signal),
  ]);
  if (!Array.isArray(actors.actors) || !actors.actors.every(isActor)) throw new DatasetError('fileDamaged', { file: files.actors });
  if (!Array.isArray(types.types)) throw new DatasetError('fileDamaged', { file: files.types });
  if (!Array.isArray(counts.dates) || !Array.isArray(counts.counts) || !Array.isArray(counts.types)) {
    throw new DatasetError('fileDamaged', { file: files.counts });
  }
  return {
    actors: actors.actors,
    types: (types.types as unknown[]).filter(isRecord).map((entry) => ({
      type: String(entry.type),
      count: Number(entry.count),
      ...(isRecord(entry.levels) ? { levels: countsRecord(entry.levels) } : {}),
    })),
    counts: counts as unknown as CountsFile,
  };
}

/** A record of counts by name, numbers only. */
function countsRecord(value: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(value).filter(([, n]) => typeof n === 'number' && Number.isFinite(n))) as Record<string, number>;
}

/**
 * Why the engine could not read the file, in words a reader can act on: the server is asked for the
 * file's first byte, which tells a missing file (404) from a server that ignores range requests (200)
 * from a damaged file (206). The engine's own words follow, shortened.
 */
async function engineError(error: unknown, file: string, url: string): Promise<DatasetError> {
  const detail = error instanceof Error ? error.message : String(error);
  const probe = await fetch(url, { headers: { Range: 'bytes=0-0' }, signal: AbortSignal.timeout(10_000) }).catch(() => null);
  await probe?.body?.cancel().catch(() => undefined);
  const noRanges = probe?.status === 200;
  const missing = probe?.status === 404;
  const engine = detail.split('\n')[0]!.slice(0, 200);
  if (noRanges) return new DatasetError('noRanges', { file, detail: engine });
  if (missing) return new DatasetError('fileNotFound', { file, status: 404 });
  return new DatasetError('engineFailed', { file, detail: engine });
}

export async function loadLarge(manifest: LargeManifest, signal: AbortSignal): Promise<LoadedDataset> {
  const eventsUrl = new URL(`data/${manifest.files.events}`, document.baseURI).href;
  const side = (name: string | undefined) => name && new URL(`data/${name}`, document.baseURI).href;
  // The engine starts first, while the overviews download: its WebAssembly takes longest. Its module
  // is imported with this one (not on demand from here), so both come in one round trip.
  const engine = startEngine(eventsUrl, Object.fromEntries(SIDE_FILES.map((kind) => [kind, side(manifest.files[kind])])));
  engine.catch(() => undefined);
  const overview = await fetchOverview(manifest, signal);
  let ready;
  try {
    ready = await engine;
    // Reads the footer: a missing, truncated or corrupt file, or a server without ranges, fails here.
    const [row] = await ready.query(`SELECT count(*) AS n FROM ev`);
    if (Number(row?.n) !== manifest.events) {
      throw new Error(`the file holds ${String(row?.n)} events where the manifest says ${manifest.events}`);
    }
  } catch (error) {
    ready?.close();
    throw await engineError(error, manifest.files.events, eventsUrl);
  }
  const source = new LargeSource(manifest, overview, Promise.resolve(ready));
  const actors = overview.actors.map(({ events: _events, byType: _byType, ...actor }) => actor);
  return { index: buildIndex({ version: manifest.version, actors, events: [] }), skipped: [], large: source };
}
