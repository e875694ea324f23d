import { z } from '../domain/zod';
import { findCrossRecordProblems } from '../domain/integrity';
import { actorSchema, eventSchema, type Actor, type Dataset, type TimelineEvent } from '../domain/schema';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

export interface SkippedRecord {
  record: string;
  reason: string;
}

export interface ParsedDataset {
  dataset: Dataset;
  skipped: SkippedRecord[];
}

const envelopeSchema = z.object({
  version: z.string().min(1).max(200),
  actors: z.array(z.unknown()),
  events: z.array(z.unknown()),
});

function describe(record: unknown, kind: string, position: number): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 100 ? `${kind} "${id}"` : `${kind} #${position + 1}`;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

/**
 * Turns response text into a dataset. The file as a whole must be JSON of the
 * right shape; single bad records are skipped and reported, not fatal, so one
 * hand-editing slip never hides the rest of the data.
 */
export function parseDatasetText(text: string): ParsedDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
    performance.mark('dataset:parsed');
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new DatasetError(
      looksHtml
        ? 'The server sent a web page instead of the dataset.'
        : text.trim() === ''
          ? 'The dataset file is empty.'
          : 'The dataset file is not valid JSON (it may be cut off or damaged).',
    );
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new DatasetError(`The dataset file does not have the expected shape (${firstIssue(envelope.error)}).`);
  }

  const skipped: SkippedRecord[] = [];
  const actors: Actor[] = [];
  envelope.data.actors.forEach((raw, position) => {
    const result = actorSchema.safeParse(raw);
    if (result.success) actors.push(result.data);
    else skipped.push({ record: describe(raw, 'actor', position), reason: firstIssue(result.error) });
  });
  let events: TimelineEvent[] = [];
  envelope.data.events.forEach((raw, position) => {
    const result = eventSchema.safeParse(raw);
    if (result.success) events.push(result.data);
    else skipped.push({ record: describe(raw, 'event', position), reason: firstIssue(result.error) });
  });

  performance.mark('dataset:validated');
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
      return event.actors.every((id) => seenActors.has(id));
    });
    for (const problem of problems) skipped.push({ record: problem.record, reason: `${problem.field}: ${problem.message}` });
  }

  return { dataset: { version: envelope.data.version, actors, events }, skipped };
}
