import type { z } from '../domain/zod';
import { actorSchema, eventSchema } from '../domain/schema';
import { checkRecords, parseJson, type ParsedDataset, type RecordCheck } from './parse-dataset';

/**
 * The check of every record against the published zod schema. It runs in the validation worker
 * (or, where there are no workers, loaded on demand), so the schema library stays out of the
 * script the first screen waits for.
 */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

function zodCheck<T>(schema: z.ZodType<T>): RecordCheck {
  return (raw) => {
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, reason: firstIssue(result.error) };
  };
}

const FULL_CHECKS = { actor: zodCheck(actorSchema), event: zodCheck(eventSchema) };

/** Text to dataset, every record checked with the published schema. */
export function parseDatasetText(text: string): ParsedDataset {
  return checkRecords(parseJson(text), FULL_CHECKS);
}
