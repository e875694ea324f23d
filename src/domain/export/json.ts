import { compareActors } from '../compare';
import type { Dataset, TimelineEvent } from '../schema';
import type { ExportContext, FileWriter } from './csv';

/**
 * The actors the events name and the documents they cite, as the published format holds them. Files
 * published before quote anchors have no documents: their extracts keep that older shape.
 */
function cited(
  actorIds: ReadonlySet<string>,
  documentIds: ReadonlySet<string>,
  context: ExportContext,
): Pick<Dataset, 'actors' | 'documents'> {
  const actors = [...actorIds]
    .map((id) => context.actor(id))
    .filter((actor) => actor !== undefined)
    .sort(compareActors);
  const documents = [...documentIds]
    .sort()
    .map((id) => context.document?.(id))
    .filter((document) => document !== undefined);
  return { ...(documents.length ? { documents } : {}), actors };
}

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
  const head: Omit<Dataset, 'events'> = { version: context.version, view: context.viewUrl, ...cited(actorIds, documentIds, context) };
  const open = JSON.stringify(head, null, 1);
  yield `${open.slice(0, open.lastIndexOf('}')).trimEnd()},\n "events": [`;
  for (let i = 0; i < events.length; i++) yield `${i ? ',' : ''}\n  ${JSON.stringify(events[i])}`;
  yield '\n ]\n}\n';
}

/**
 * The same format written batch by batch, for a large dataset's view: the events first, then the
 * actors they name and the documents they cite, once every event has been written.
 */
export function datasetJsonWriter(context: ExportContext): FileWriter {
  const actorIds = new Set<string>();
  const documentIds = new Set<string>();
  let written = 0;
  const open = JSON.stringify({ version: context.version, view: context.viewUrl }, null, 1);
  return {
    head: `${open.slice(0, open.lastIndexOf('}')).trimEnd()},\n "events": [`,
    *rows(events) {
      for (const event of events) {
        for (const id of event.actors) actorIds.add(id);
        for (const source of event.sources) documentIds.add(source.document);
        yield `${written++ ? ',' : ''}\n  ${JSON.stringify(event)}`;
      }
    },
    tail() {
      const rest = JSON.stringify(cited(actorIds, documentIds, context), null, 1);
      return `\n ],\n${rest
        .slice(rest.indexOf('{') + 1)
        .trimStart()
        .replace(/^/, ' ')}\n`;
    },
  };
}

export function toDatasetJson(events: readonly TimelineEvent[], context: ExportContext): string {
  return [...datasetJsonParts(events, context)].join('');
}
