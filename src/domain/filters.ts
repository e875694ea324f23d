import { EVENT_TYPE_IDS, type EventType } from './event-types';
import { facetColumns } from './facet-columns';
import { rememberPositions } from './positions';
import type { DatasetIndex } from './dataset-index';
import type { TimelineEvent } from './schema';
import { resolveQueryActors } from './resolve-actors';
import { matchCorpus, type SearchCorpus } from './search-corpus';
import { queryTokens } from './text';

export interface Filters {
  types: readonly EventType[];
  actors: readonly string[];
  q: string;
}

export const NO_FILTERS: Filters = { types: [], actors: [], q: '' };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.types.length > 0 || filters.actors.length > 0 || filters.q.trim() !== '';
}

export interface FilteredView {
  /** Events that pass every filter, in date order (the index's own array when nothing filters). */
  events: readonly TimelineEvent[];
  /** Per type, the events passing every other filter. */
  typeCounts: Map<string, number>;
  /** Per actor, the events passing every other filter. */
  actorCounts: Map<string, number>;
}

const lastSearch = new WeakMap<DatasetIndex, { q: string; corpus: SearchCorpus; matches: Uint8Array }>();

/** Which events the query matches, by position (1 = match); null when there is no query. Remembers the last. */
function searchMatches(index: DatasetIndex, q: string): Uint8Array | null {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  const corpus = index.searchCorpus();
  const last = lastSearch.get(index);
  if (last && last.q === q && last.corpus === corpus) return last.matches;
  const matches = matchCorpus(corpus, tokens, resolveQueryActors(index, q).spellings);
  lastSearch.set(index, { q, corpus, matches });
  return matches;
}

/**
 * One pass over the typed-array columns computes the filtered events and both
 * facets' counts (each facet counts under the other filters).
 */
export function computeView(index: DatasetIndex, filters: Filters): FilteredView {
  const { typeCode, actorOffsets, actorCodes, actorIds, actorCodeById } = facetColumns(index);
  const typeOk = filters.types.length ? new Uint8Array(EVENT_TYPE_IDS.length) : null;
  for (const type of filters.types) typeOk![EVENT_TYPE_IDS.indexOf(type)] = 1;
  const actorOk = filters.actors.length ? new Uint8Array(actorIds.length) : null;
  for (const id of filters.actors) {
    const code = actorCodeById.get(id);
    if (code !== undefined) actorOk![code] = 1;
  }
  const matches = searchMatches(index, filters.q);
  const typeCounts = new Int32Array(EVENT_TYPE_IDS.length);
  const actorCounts = new Int32Array(actorIds.length);
  const all = !hasActiveFilters(filters);
  const events: TimelineEvent[] = [];
  const positions: number[] = [];
  for (let p = 0; p < typeCode.length; p++) {
    const type = typeCode[p]!;
    const passType = typeOk === null || typeOk[type] === 1;
    const from = actorOffsets[p]!;
    const to = actorOffsets[p + 1]!;
    let passActor = actorOk === null;
    for (let k = from; !passActor && k < to; k++) passActor = actorOk![actorCodes[k]!] === 1;
    if (!passType && !passActor) continue;
    if (matches !== null && matches[p] === 0) continue;
    if (passActor) typeCounts[type]! += 1;
    if (passType) for (let k = from; k < to; k++) actorCounts[actorCodes[k]!]! += 1;
    if (passType && passActor && !all) {
      events.push(index.events[p]!);
      positions.push(p);
    }
  }
  if (!all) rememberPositions(events, Int32Array.from(positions));
  const typeMap = new Map<string, number>();
  typeCounts.forEach((count, code) => count && typeMap.set(EVENT_TYPE_IDS[code]!, count));
  const actorMap = new Map<string, number>();
  actorCounts.forEach((count, code) => count && actorMap.set(actorIds[code]!, count));
  return { events: all ? index.events : events, typeCounts: typeMap, actorCounts: actorMap };
}

/** Events that pass every filter, in date order. */
export function filterEvents(index: DatasetIndex, filters: Filters): readonly TimelineEvent[] {
  return computeView(index, filters).events;
}

export function countByType(index: DatasetIndex, filters: Filters): Map<string, number> {
  return computeView(index, filters).typeCounts;
}

export function countByActor(index: DatasetIndex, filters: Filters): Map<string, number> {
  return computeView(index, filters).actorCounts;
}
