import { EVENT_TYPE_IDS } from '../event-types';
import { placeEvent } from '../partial-date';
import type { TimelineEvent } from '../schema';

/**
 * Where each event sits in time and what it is, as typed arrays by position in
 * date order: built once per dataset with no allocation per event, so filtering,
 * counting and placing touch numbers, not strings. Private to the index.
 */
export interface Columns {
  /** Drawing position: the middle of a day, or the start of a month, year or span. */
  start: Float64Array;
  /** Exclusive end of a month, year or span; NaN for a single day. */
  end: Float64Array;
  /** The longest span. */
  longest: number;
  typeCode: Uint8Array;
  /** Actors in compressed rows: event p's actors are actorCodes[actorOffsets[p]..actorOffsets[p+1]]. */
  actorOffsets: Int32Array;
  actorCodes: Int32Array;
  actorIds: string[];
  actorCodeById: Map<string, number>;
}

const TYPE_CODE = new Map<string, number>(EVENT_TYPE_IDS.map((type, i) => [type, i]));

export function buildColumns(events: readonly TimelineEvent[]): Columns {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let longest = 0;
  const typeCode = new Uint8Array(n);
  const actorOffsets = new Int32Array(n + 1);
  const actorIds: string[] = [];
  const actorCodeById = new Map<string, number>();
  const codes: number[] = [];
  for (let p = 0; p < n; p++) {
    const event = events[p]!;
    const placed = placeEvent(event);
    start[p] = placed.start;
    end[p] = placed.end;
    if (placed.end - placed.start > longest) longest = placed.end - placed.start;
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
  return { start, end, longest, typeCode, actorOffsets, actorCodes: Int32Array.from(codes), actorIds, actorCodeById };
}
