import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { compareActors, compareEvents } from '../../src/domain/compare';
import { findCrossRecordProblems, type RecordProblem } from '../../src/domain/integrity';
import { actorSchema, curatedEventSchema, type Actor, type Dataset, type TimelineEvent } from '../../src/domain/schema';

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
  /** Source document text by file name. */
  documents: ReadonlyMap<string, string>;
}

export type BuildResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: RecordProblem[] };

function zodProblems(file: string, error: z.ZodError): RecordProblem[] {
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

function quoteProblems(events: TimelineEvent[], documents: ReadonlyMap<string, string>): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const event of events) {
    event.sources.forEach((source, index) => {
      const text = documents.get(source.document);
      const record = `event ${event.id}`;
      if (text === undefined) {
        problems.push({ record, field: `sources[${index}].document`, message: `unknown document "${source.document}"` });
      } else if (!text.includes(source.quote)) {
        problems.push({
          record,
          field: `sources[${index}].quote`,
          message: `quote not found verbatim in ${source.document}: "${source.quote.slice(0, 80)}"`,
        });
      }
    });
  }
  return problems;
}

function contentHash(actors: Actor[], events: TimelineEvent[]): string {
  return createHash('sha256').update(JSON.stringify({ actors, events })).digest('hex').slice(0, 12);
}

/**
 * Validates every curated record and assembles the dataset in a stable order.
 * Nothing is returned for writing unless every record is right.
 */
export function buildDataset(input: BuildInput, versionDate: string, previousVersion?: string): BuildResult {
  const problems: RecordProblem[] = [];
  const actors = parseAll(input.actors, actorSchema, problems).sort(compareActors);
  const events = parseAll(input.events, curatedEventSchema, problems).sort(compareEvents);
  problems.push(...findCrossRecordProblems(actors, events));
  problems.push(...quoteProblems(events, input.documents));
  if (problems.length > 0) return { ok: false, problems };

  const hash = contentHash(actors, events);
  // Keep the old version string when the content has not changed, so a rebuild is a no-op diff.
  const version = previousVersion?.endsWith(`.${hash}`) ? previousVersion : `${versionDate}.${hash}`;
  return { ok: true, dataset: { version, actors, events } };
}
