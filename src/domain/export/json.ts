import { compareActors } from '../compare';
import type { Dataset, TimelineEvent } from '../schema';
import type { ExportContext } from './csv';

/** The published format, cut to the view: the events shown and the actors they name, plus the view's link. */
export function toDatasetJson(events: readonly TimelineEvent[], context: ExportContext): string {
  const actorIds = new Set(events.flatMap((event) => event.actors));
  const actors = [...actorIds]
    .map((id) => context.actorsById.get(id))
    .filter((actor) => actor !== undefined)
    .sort(compareActors);
  const dataset: Dataset = { version: context.version, view: context.viewUrl, actors, events: [...events] };
  return `${JSON.stringify(dataset, null, 1)}\n`;
}
