import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { compareActors, compareEvents } from '../../src/domain/compare';
import { findCrossRecordProblems, type RecordProblem } from '../../src/domain/integrity';
import { actorSchema, curatedEventSchema, sourceDocumentSchema, type Actor, type Dataset, type SourceDocument, type TimelineEvent, type WithdrawnEvent } from '../../src/domain/schema';
import { anchorProblems, type DocumentFile } from './anchors';
import { SOURCE_KIND_IDS } from '../../src/domain/corroboration';
import type { PublishedDataset } from './last-published';
import { checkWithdrawals } from './withdrawals';

export interface RecordFile {
  /** Path shown in error messages, e.g. data/events/foo.json */
  file: string;
  /** File name without .json: must equal the record's id. */
  name: string;
  /** Parsed JSON, or the JSON syntax error. */
  data: unknown;
  parseError?: string;
}

export interface BuildInput {
  actors: RecordFile[];
  events: RecordFile[];
  /** data/documents.json: the facts about each source document, its hash above all. */
  documents: RecordFile;
  /** The source documents by file name, or null when they are not here (a fresh clone). */
  files: ReadonlyMap<string, DocumentFile> | null;
  /** data/withdrawn.json: the events taken out since they were published, each with its reason; null when there is no such file. */
  withdrawals?: RecordFile | null;
}

export type BuildResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: RecordProblem[] };

export function zodProblems(file: string, error: z.ZodError): RecordProblem[] {
  return error.issues.map((issue) => ({
    record: file,
    field: issue.path.length ? issue.path.join('.') : '(record)',
    message: issue.message,
  }));
}

function parseAll<T>(files: RecordFile[], schema: z.ZodType<T>, problems: RecordProblem[]): T[] {
  const records: T[] = [];
  for (const file of files) {
    if (file.parseError) {
      problems.push({ record: file.file, field: '(file)', message: `not valid JSON: ${file.parseError}` });
      continue;
    }
    const result = schema.safeParse(file.data);
    if (!result.success) {
      problems.push(...zodProblems(file.file, result.error));
      continue;
    }
    const id = (result.data as { id: string }).id;
    if (id !== file.name) {
      problems.push({ record: file.file, field: 'id', message: `id "${id}" does not match the file name "${file.name}.json"` });
    }
    records.push(result.data);
  }
  return records;
}

const documentListSchema = sourceDocumentSchema.array();

function parseDocuments(file: RecordFile, problems: RecordProblem[]): SourceDocument[] {
  if (file.parseError) {
    problems.push({ record: file.file, field: '(file)', message: `not valid JSON: ${file.parseError}` });
    return [];
  }
  const result = documentListSchema.safeParse(file.data);
  if (!result.success) {
    problems.push(...zodProblems(file.file, result.error));
    return [];
  }
  const seen = new Set<string>();
  for (const document of result.data) {
    if (seen.has(document.id)) problems.push({ record: `document ${document.id}`, field: 'id', message: 'listed twice in data/documents.json' });
    seen.add(document.id);
  }
  return [...result.data].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The app reads files without source kinds; the curated records must all state one. */
function sourceKindProblems(events: readonly TimelineEvent[]): RecordProblem[] {
  return events.flatMap((event) =>
    event.sources.flatMap((source, index) =>
      source.kind ? [] : [{ record: `event ${event.id}`, field: `sources[${index}].kind`, message: `missing: one of ${SOURCE_KIND_IDS.join(', ')}` }],
    ),
  );
}

/** With the documents here, every listed document's recorded hash is its file's. */
function documentHashProblems(documents: readonly SourceDocument[], files: ReadonlyMap<string, DocumentFile>): RecordProblem[] {
  return documents.flatMap((document) => {
    const file = files.get(document.id);
    if (!file) return [{ record: `document ${document.id}`, field: 'id', message: 'listed in data/documents.json but not among the source documents' }];
    if (file.sha256 !== document.sha256) {
      return [{ record: `document ${document.id}`, field: 'sha256', message: `is ${document.sha256} in data/documents.json, but the file's is ${file.sha256}` }];
    }
    return [];
  });
}

export function contentHash(
  documents: SourceDocument[],
  actors: Actor[],
  events: TimelineEvent[],
  withdrawn: readonly WithdrawnEvent[] = [],
): string {
  // Without withdrawals the hash is the one of files published before them, so their version stays.
  const content = withdrawn.length ? { documents, actors, events, withdrawn } : { documents, actors, events };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

/**
 * Validates every curated record and assembles the dataset in a stable order.
 * Nothing is returned for writing unless every record is right, and every event of the last
 * published version (`previous`) is still there or withdrawn with a reason.
 */
export function buildDataset(input: BuildInput, versionDate: string, previous?: PublishedDataset): BuildResult {
  const problems: RecordProblem[] = [];
  const actors = parseAll(input.actors, actorSchema, problems).sort(compareActors);
  const events = parseAll(input.events, curatedEventSchema, problems).sort(compareEvents);
  problems.push(...findCrossRecordProblems(actors, events));
  const documents = parseDocuments(input.documents, problems);
  if (input.files) problems.push(...documentHashProblems(documents, input.files));
  problems.push(...sourceKindProblems(events));
  problems.push(...anchorProblems(events, new Map(documents.map((d) => [d.id, d])), input.files));
  const withdrawn = checkWithdrawals(input.withdrawals ?? null, events, previous, problems);
  if (problems.length > 0) return { ok: false, problems };

  const hash = contentHash(documents, actors, events, withdrawn);
  // Keep the old version string when the content has not changed, so a rebuild is a no-op diff.
  const version = previous?.version.endsWith(`.${hash}`) ? previous.version : `${versionDate}.${hash}`;
  return { ok: true, dataset: { version, documents, actors, events, ...(withdrawn.length ? { withdrawn } : {}) } };
}
