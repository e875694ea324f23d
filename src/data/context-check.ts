import { contextFileSchema } from '../domain/schema';
import type { ContextFile } from '../domain/published-files';
import { ContextError } from './context-query';

/** The context file's text, checked against the published schema (loaded on demand: it brings the schema library). */
export function parseContextFile(text: string): ContextFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ContextError('damaged');
  }
  const result = contextFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContextError('shape', { where: issue?.path.join('.') || 'file', problem: issue?.message ?? 'invalid' });
  }
  return result.data;
}
