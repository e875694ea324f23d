import { createHash, type Hash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { compareActors } from '../../../src/domain/compare';
import { crossRecordChecker, type RecordProblem } from '../../../src/domain/integrity';
import { actorSchema, eventSchema, sourceDocumentSchema, type Actor, type SourceDocument, type TimelineEvent } from '../../../src/domain/schema';
import { zodProblems } from '../validate-records';

/** Enough to fix a file by; a file with more is usually wrong throughout, and reading on would only take time. */
export const MAX_PROBLEMS = 50;

export const formatProblem = (p: RecordProblem) => `${p.record}: ${p.field}: ${p.message}`;

/** A JSON array of records (ACTORS.json, DOCUMENTS.json), each checked with `schema`; problems name the file and the item. */
function readArray<T>(file: string, schema: z.ZodType<T>, problems: RecordProblem[]): T[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ record: file, field: '(file)', message: `cannot read it as JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(data)) {
    problems.push({ record: file, field: '(file)', message: 'must be a JSON array of records' });
    return [];
  }
  const records: T[] = [];
  data.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else problems.push(...zodProblems(`${file}[${index}]`, result.error));
  });
  return records;
}

export interface Heads {
  actors: Actor[];
  documents: SourceDocument[];
  problems: RecordProblem[];
}

/** The actors (by id) and the documents (by id), checked with the app's schemas. */
export function readHeads(actorsFile: string, documentsFile: string | undefined): Heads {
  const problems: RecordProblem[] = [];
  const actors = readArray(actorsFile, actorSchema, problems).sort(compareActors);
  const documents = documentsFile ? readArray(documentsFile, sourceDocumentSchema, problems) : [];
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors, documents, problems };
}

export interface StreamResult {
  /** Every line that holds an event, checked or not (reading stops after MAX_PROBLEMS problems). */
  count: number;
  problems: RecordProblem[];
  /** SHA-256 of the checked documents and actors and of the event lines as given, in order. */
  hash: Hash;
}

/**
 * Reads EVENTS.ndjson a line at a time: each event is checked with the app's schema (eventSchema)
 * and against the records before it (unique id, known actors), and handed to `accept` with its line
 * number while the file has no problem so far. Blank lines are skipped.
 */
export async function streamEvents(
  file: string,
  heads: Heads,
  accept: (event: TimelineEvent, line: number) => void,
): Promise<StreamResult> {
  const { actorProblems, checkEvent } = crossRecordChecker(heads.actors);
  const problems: RecordProblem[] = [...heads.problems, ...actorProblems];
  const hash = createHash('sha256').update(JSON.stringify({ documents: heads.documents, actors: heads.actors }));
  const input = createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let count = 0;
  for await (const text of lines) {
    lineNumber++;
    if (!text.trim()) continue;
    count++;
    hash.update(text).update('\n');
    const where = `${file}:${lineNumber}`;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ record: where, field: '(line)', message: `not valid JSON: ${(error as Error).message}` });
      if (problems.length >= MAX_PROBLEMS) break;
      continue;
    }
    const result = eventSchema.safeParse(data);
    if (!result.success) problems.push(...zodProblems(where, result.error));
    else {
      for (const problem of checkEvent(result.data)) problems.push({ ...problem, record: `${where} (${problem.record})` });
      if (problems.length === 0) accept(result.data, lineNumber);
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  lines.close();
  input.destroy();
  return { count, problems, hash };
}
