import { findCrossRecordProblems } from '../domain/integrity';
import { isValidPartialDate } from '../domain/partial-date';
import type { Actor, Dataset, SourceDocument, TimelineEvent, WithdrawnEvent } from '../domain/schema';
import { PART_FILE } from '../domain/published-files';
import { isText } from './quick-check';

/** Why the dataset cannot be shown; the load error says it in the reader's language (`errors.dataset.<reason>`). */
export type DatasetProblem =
  | 'tooSlow'
  | 'offline'
  | 'network'
  | 'interrupted'
  | 'notFound'
  | 'serverFailed'
  | 'refused'
  | 'webPage'
  | 'empty'
  | 'notJson'
  | 'shape'
  // The large form (src/data/large): its manifest, its side files, the query engine.
  | 'manifest'
  | 'fileNetwork'
  | 'fileNotFound'
  | 'fileNotJson'
  | 'fileDamaged'
  | 'updatedWhileLoading'
  | 'noRanges'
  | 'engineFailed';

export class DatasetError extends Error {
  override name = 'DatasetError';
  /**
   * `details` fills the reason's words: the HTTP status, the time limit, the file, or for `shape` the
   * field (`field`); in English also what is wrong (`problem`, `detail`: the schema's or the engine's words).
   */
  constructor(
    readonly reason: DatasetProblem,
    readonly details: { status?: number; seconds?: number; field?: string; problem?: string; file?: string; detail?: string } = {},
  ) {
    // For the console and the background check's report, which are not translated.
    super(`dataset: ${reason}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
  }
}

export interface SkippedRecord {
  kind: 'actor' | 'event';
  /** The record's id, when it has a usable one. */
  id?: string;
  record: string;
  reason: string;
}

export interface ParsedDataset {
  dataset: Dataset;
  skipped: SkippedRecord[];
}

interface Envelope {
  version: string;
  parts?: unknown;
  documents?: unknown;
  withdrawn?: unknown;
  actors: unknown[];
  events: unknown[];
}

/** The file's outer shape, checked by hand: this module stays free of the schema library (see full-check.ts). */
function envelopeProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'record: expected an object';
  const { version, actors, events } = json as Record<string, unknown>;
  if (typeof version !== 'string' || version.length === 0 || version.length > 200) return 'version: expected a text of 1 to 200 characters';
  if (!Array.isArray(actors)) return 'actors: expected a list';
  if (!Array.isArray(events)) return 'events: expected a list';
  return null;
}

function idOf(record: unknown): string | undefined {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

function describe(record: unknown, kind: string, position: number): string {
  const id = idOf(record);
  return id !== undefined && id.length <= 100 ? `${kind} "${id}"` : `${kind} #${position + 1}`;
}


/**
 * The source documents' facts, shown with a quote's context. Files published before quote anchors
 * have none; an entry without an id, a title or a hash is left out, and its quotes then say their
 * context is not available, rather than the whole file being refused.
 */
function documentsOf(raw: unknown): SourceDocument[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((entry): entry is SourceDocument => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { id, title, sha256, publisher, published } = entry as Record<string, unknown>;
    return isText(id) && isText(title) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256) && (publisher === undefined || isText(publisher)) && (published === undefined || (isText(published) && isValidPartialDate(published)));
  });
}

const partName = (value: unknown): string | undefined => (typeof value === 'string' && PART_FILE.test(value) ? value : undefined);

/**
 * The side files the dataset names (published-files.ts). A name that is not a bare file name is left
 * out, as if the file did not exist: the app then says that context or a translation is not available.
 */
function partsOf(raw: unknown): Dataset['parts'] {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { context, translations } = raw as Record<string, unknown>;
  const langs = typeof translations === 'object' && translations !== null ? (translations as Record<string, unknown>) : {};
  const be = partName(langs.be);
  const ru = partName(langs.ru);
  const names = { ...(be ? { be } : {}), ...(ru ? { ru } : {}) };
  const contextName = partName(context);
  return { ...(contextName ? { context: contextName } : {}), ...(be || ru ? { translations: names } : {}) };
}

const isDay = (value: unknown) => typeof value === 'string' && value.length === 10 && isValidPartialDate(value);

/**
 * The events withdrawn since they were published, so a link to one says why. Absent from files published
 * before withdrawals; an entry without an id, a title, a reason or its day is left out (the link then says "not found").
 */
function withdrawnOf(raw: unknown): WithdrawnEvent[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((entry): entry is WithdrawnEvent => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { id, title, reason, withdrawn } = entry as Record<string, unknown>;
    return isText(id) && isText(title) && isText(reason) && isDay(withdrawn);
  });
}

export type RecordCheck = (raw: unknown) => { ok: true; value: unknown } | { ok: false; reason: string };

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new DatasetError(looksHtml ? 'webPage' : text.trim() === '' ? 'empty' : 'notJson');
  }
}

/**
 * Checks every record of parsed JSON. The file as a whole must have the right
 * shape; single bad records are skipped and reported, not fatal, so one
 * hand-editing slip never hides the rest of the data.
 */
export function checkRecords(json: unknown, checks: { actor: RecordCheck; event: RecordCheck }): ParsedDataset {
  const steps = checkSteps(json, checks, () => false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check, pausing (`pause`, say for the next task) whenever a stretch of it has run for
 * `budgetMs`: on a slow phone, checking the events on the way to the first screen is then several
 * short tasks rather than one long one that would hold the page.
 */
export async function checkRecordsInSlices(
  json: unknown,
  checks: { actor: RecordCheck; event: RecordCheck },
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<ParsedDataset> {
  let sliceStart = performance.now();
  const steps = checkSteps(json, checks, () => performance.now() - sliceStart > budgetMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    sliceStart = performance.now();
  }
}

/** Records between two looks at the clock. */
const CLOCK_EVERY = 16;

/** The check, yielding where it may pause: between slices of events, and before the cross-record checks. */
function* checkSteps(json: unknown, checks: { actor: RecordCheck; event: RecordCheck }, timeToPause: () => boolean): Generator<void, ParsedDataset> {
  const problem = envelopeProblem(json);
  if (problem) throw new DatasetError('shape', { field: problem.split(':')[0]!, problem });
  const envelope = { data: json as Envelope };

  const skipped: SkippedRecord[] = [];
  const actors: Actor[] = [];
  envelope.data.actors.forEach((raw, position) => {
    const result = checks.actor(raw);
    if (result.ok) actors.push(result.value as Actor);
    else skipped.push({ kind: 'actor', id: idOf(raw), record: describe(raw, 'actor', position), reason: result.reason });
  });
  let events: TimelineEvent[] = [];
  const rawEvents = envelope.data.events;
  for (let position = 0; position < rawEvents.length; position++) {
    const raw = rawEvents[position];
    const result = checks.event(raw);
    if (result.ok) events.push(result.value as TimelineEvent);
    else skipped.push({ kind: 'event', id: idOf(raw), record: describe(raw, 'event', position), reason: result.reason });
    if (position % CLOCK_EVERY === CLOCK_EVERY - 1 && timeToPause()) yield;
  }
  if (timeToPause()) yield;

  // Cross-record problems drop the later duplicate or the event naming an unknown actor.
  const problems = findCrossRecordProblems(actors, events);
  if (problems.length) {
    const seenActors = new Set<string>();
    const keptActors = actors.filter((a) => !seenActors.has(a.id) && seenActors.add(a.id));
    actors.splice(0, actors.length, ...keptActors);
    const seenEvents = new Set<string>();
    events = events.filter((event) => {
      if (seenEvents.has(event.id)) return false;
      seenEvents.add(event.id);
      const named = [...event.actors, event.countedBy, event.quotedBy, ...event.sources.map((source) => source.publisherActor)];
      return named.every((id) => id === undefined || seenActors.has(id));
    });
    for (const problem of problems) {
      const [kind, ...rest] = problem.record.split(' ');
      skipped.push({ kind: kind === 'actor' ? 'actor' : 'event', id: rest.join(' '), record: problem.record, reason: `${problem.field}: ${problem.message}` });
    }
  }

  const parts = partsOf(envelope.data.parts);
  const withdrawn = withdrawnOf(envelope.data.withdrawn);
  return {
    dataset: {
      version: envelope.data.version,
      ...(parts ? { parts } : {}),
      documents: documentsOf(envelope.data.documents),
      actors,
      events,
      ...(withdrawn.length ? { withdrawn } : {}),
    },
    skipped,
  };
}
