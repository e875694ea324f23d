import { existsSync } from 'node:fs';
import { readPublished } from './published';
import type { WithdrawnEvent } from '../../src/domain/schema';

/** What the data build needs of the last published file: our own output, read as it was written. */
export interface PublishedDataset {
  version: string;
  documents?: unknown[];
  actors: unknown[];
  events: ({ id: string; title: string } & Record<string, unknown>)[];
  withdrawn?: WithdrawnEvent[];
}

/**
 * The last published dataset, its side files joined back (anchors, documents, translations: a change to
 * them is a change too), or undefined when there is none yet (a first build into a new folder).
 */
export function readLastPublished(file: string): PublishedDataset | undefined {
  if (!existsSync(file)) return undefined;
  const json = readPublished(file) as unknown as Partial<PublishedDataset>;
  if (typeof json.version !== 'string' || !Array.isArray(json.events) || !Array.isArray(json.actors)) {
    throw new Error(`${file} is not a published dataset (no version, actors or events)`);
  }
  return json as PublishedDataset;
}
