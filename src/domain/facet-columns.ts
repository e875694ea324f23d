import type { DatasetIndex } from './dataset-index';
import type { TimelineEvent } from './schema';
import { EVENT_TYPE_IDS } from './event-types';

/**
 * Types and actors of every event as small integers in typed arrays (actors in
 * compressed rows: event p's actors are codes[offsets[p]..offsets[p+1])), so
 * filtering and counting touch numbers, not strings.
 */
export interface FacetColumns {
  typeCode: Uint8Array;
  actorOffsets: Int32Array;
  actorCodes: Int32Array;
  actorIds: string[];
  actorCodeById: Map<string, number>;
}

const TYPE_CODE = new Map<string, number>(EVENT_TYPE_IDS.map((type, i) => [type, i]));
const cache = new WeakMap<DatasetIndex, FacetColumns>();

export function facetColumns(index: DatasetIndex): FacetColumns {
  const cached = cache.get(index);
  if (cached) return cached;
  const n = index.events.length;
  const typeCode = new Uint8Array(n);
  const actorOffsets = new Int32Array(n + 1);
  const actorIds: string[] = [];
  const actorCodeById = new Map<string, number>();
  const codes: number[] = [];
  for (let p = 0; p < n; p++) {
    const event = index.events[p]!;
    typeCode[p] = TYPE_CODE.get(event.type) ?? 0;
    for (const id of event.actors) {
      let code = actorCodeById.get(id);
      if (code === undefined) {
        code = actorIds.length;
        actorIds.push(id);
        actorCodeById.set(id, code);
      }
      codes.push(code);
    }
    actorOffsets[p + 1] = codes.length;
  }
  const columns = { typeCode, actorOffsets, actorCodes: Int32Array.from(codes), actorIds, actorCodeById };
  cache.set(index, columns);
  return columns;
}

/** Every event naming the actor, in date order, read from the integer columns. */
export function eventsOfActor(index: DatasetIndex, actorId: string): TimelineEvent[] {
  const { actorOffsets, actorCodes, actorCodeById } = facetColumns(index);
  const code = actorCodeById.get(actorId);
  if (code === undefined) return [];
  const events: TimelineEvent[] = [];
  for (let p = 0; p + 1 < actorOffsets.length; p++) {
    for (let k = actorOffsets[p]!; k < actorOffsets[p + 1]!; k++) {
      if (actorCodes[k] === code) {
        events.push(index.events[p]!);
        break;
      }
    }
  }
  return events;
}
