import { readFileSync } from 'node:fs';
import type { WithdrawnEvent } from '../../src/domain/schema';

/** What the data build needs of the last published file: our own output, read as it was written. */
export interface PublishedDataset {
  version: string;
  documents?: unknown[];
  actors: unknown[];
  events: ({ id: string; title: string } & Record<string, unknown>)[];
  withdrawn?: WithdrawnEvent[];
}

/** The last published dataset, or undefined when there is none yet (a first build into a new folder). */
export function readLastPublished(file: string): PublishedDataset | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const json = JSON.parse(text) as Partial<PublishedDataset>;
  if (typeof json.version !== 'string' || !Array.isArray(json.events) || !Array.isArray(json.actors)) {
    throw new Error(`${file} is not a published dataset (no version, actors or events)`);
  }
  return json as PublishedDataset;
}
