import { compareActors } from '../compare';
import type { Dataset, TimelineEvent } from '../schema';
import type { ExportContext } from './csv';

/**
 * The published format, cut to the view: the events shown and the actors they
 * name and the documents they cite, plus the view's link. In pieces (one per event) for a large export.
 */
export function* datasetJsonParts(events: readonly TimelineEvent[], context: ExportContext): Generator<string> {
  const actorIds = new Set<string>();
  const documentIds = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    for (const id of events[i]!.actors) actorIds.add(id);
    for (const source of events[i]!.sources) documentIds.add(source.document);
    if (i % 2000 === 1999) yield ''; // a place for the maker to pause in a long list
  }
  const actors = [...actorIds]
    .map((id) => context.actor(id))
    .filter((actor) => actor !== undefined)
    .sort(compareActors);
  const documents = [...documentIds]
    .sort()
    .map((id) => context.document?.(id))
    .filter((document) => document !== undefined);
  // Files published before quote anchors have no documents: their extracts keep that older shape.
  const head: Omit<Dataset, 'events'> = {
    version: context.version,
    view: context.viewUrl,
    ...(documents.length ? { documents } : {}),
    actors,
  };
  const open = JSON.stringify(head, null, 1);
  yield `${open.slice(0, open.lastIndexOf('}')).trimEnd()},\n "events": [`;
  for (let i = 0; i < events.length; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(events[i])}`;
  yield '\n ]\n}\n';
}

export function toDatasetJson(events: readonly TimelineEvent[], context: ExportContext): string {
  return [...datasetJsonParts(events, context)].join('');
}
