import { withNames, type TranslationFile } from '../published-files';
import { localizedName } from '../actor-names';
import { inDateOrder } from '../compare';
import type { Language } from '../languages';
import { CORROBORATION_LEVEL_IDS, corroborationOf, type CorroborationLevel } from '../corroboration';
import { EVENT_TYPE_IDS, type EventType } from '../event-types';
import { hasActiveFilters, type Filters } from '../filters';
import { memoizeLast } from '../memo';
import { resolveQueryActors } from '../resolve-actors';
import type { Actor, Dataset, SourceDocument, TimelineEvent, WithdrawnEvent } from '../schema';
import { foldText, queryTokens } from '../text';
import { buildColumns, type Columns } from './columns';
import { makeView, type EventView } from './event-view';
import { CorpusBuilder, foldActorText, matchCorpus } from './search-corpus';

export type { EventView, Neighbours } from './event-view';

export interface ActorMatch {
  actor: Actor;
  /** The spelling that matched, when it is not the name shown in the reader's language. */
  via: string | null;
}

/**
 * A loaded dataset, indexed once: every question the app asks of its events
 * goes through here. How it answers (typed-array columns, positions, the folded
 * search text) is private to this folder; lint keeps it so.
 */
export interface DatasetIndex {
  readonly version: string;
  /**
   * True while the index is the dataset's outline (events.outline.json, src/domain/published-files.ts): its
   * summaries, notes, quotes, headlines and aliases are empty until events.json replaces it, moments later.
   * What shows or searches them (an event's details, a person's page, exports, the printed chronology) waits.
   */
  readonly outline: boolean;
  /** The side files published with the dataset (quote context, translations), by name under data/. */
  readonly parts: NonNullable<Dataset['parts']>;
  /** Every event, in date order. */
  readonly events: readonly TimelineEvent[];
  /** Every actor, by name. */
  readonly actors: readonly Actor[];
  /** The types some event has, in the legend's order. */
  readonly typesPresent: readonly EventType[];
  event(id: string): TimelineEvent | undefined;
  actor(id: string): Actor | undefined;
  /** A source document's facts, by id (file name); none in files published before quote anchors. */
  document(id: string): SourceDocument | undefined;
  /** An event taken out of the dataset since it was published: its last title, the reason and the day. */
  withdrawn(id: string): WithdrawnEvent | undefined;
  /** The events passing the filters, with facet counts (the last answer is remembered). */
  view(filters: Filters): EventView;
  /** Every event naming the actor, in date order. */
  eventsOfActor(actorId: string): readonly TimelineEvent[];
  /** Actors whose name or any alias contains every word of the text, in name order; `via` is relative to the name shown in `lang`. */
  actorsMatching(text: string, lang?: Language): ActorMatch[];
  /** The same dataset with one language's titles and summaries (a translation file of this version), searchable too. */
  withTranslations(file: TranslationFile): DatasetIndex;
  /** Builds some more of the search text in an idle moment; true once it is complete. */
  warmSearch(count: number): boolean;
}

const NO_LEVELS: readonly CorroborationLevel[] = [];
const NO_TYPES: readonly EventType[] = [];
const NO_ACTORS: readonly string[] = [];

export function buildIndex(dataset: Dataset, { outline = false }: { outline?: boolean } = {}): DatasetIndex {
  const events = inDateOrder(dataset.events);
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const documentsById = new Map((dataset.documents ?? []).map((document) => [document.id, document]));
  const withdrawnById = new Map((dataset.withdrawn ?? []).map((entry) => [entry.id, entry]));
  // Sorted when first asked for (the first screen of a phone never is). One collator for the whole
  // sort: localeCompare makes one per call, a tenth of a millisecond each on a slow phone, which
  // was most of loading's time.
  let sortedActors: Actor[] | null = null;
  const actors = () => {
    if (sortedActors) return sortedActors;
    const byName = new Intl.Collator().compare;
    return (sortedActors = [...dataset.actors].sort((a, b) => byName(a.name, b.name)));
  };
  // Every spelling of each actor, folded for search when first needed (not on the way to the first screen).
  const actorText = new Map<string, string>();
  const actorTexts = {
    get(id: string): string | undefined {
      let text = actorText.get(id);
      const actor = text === undefined ? actorsById.get(id) : undefined;
      if (actor) actorText.set(id, (text = foldActorText(actor)));
      return text;
    },
  };
  const corpus = new CorpusBuilder(events, actorTexts);
  const present = new Set(events.map((event) => event.type));

  // Built on first use (the first render), so loading stays one quick step.
  let columns: Columns | null = null;
  let positionById: Map<string, number> | null = null;
  const cols = () => (columns ??= buildColumns(events));
  // Each event's corroboration level (its code in CORROBORATION_LEVEL_IDS), derived from its sources once.
  let corroborationCode: Uint8Array | null = null;
  const corroborationCodes = () =>
    (corroborationCode ??= Uint8Array.from(events, (event) => CORROBORATION_LEVEL_IDS.indexOf(corroborationOf(event))));
  const positions = () => (positionById ??= new Map(events.map((event, p) => [event.id, p])));

  let lastSearch: { q: string; matches: Uint8Array } | null = null;
  /** Which events the query matches, by position (1 = match); null when there is no query. */
  const searchMatches = (q: string): Uint8Array | null => {
    const tokens = queryTokens(q);
    if (tokens.length === 0) return null;
    if (lastSearch?.q === q) return lastSearch.matches;
    const matches = matchCorpus(corpus.result(), tokens, resolveQueryActors(actors(), q).spellings);
    lastSearch = { q, matches };
    return matches;
  };

  /** One pass over the columns computes the filtered events and both facets' counts (each facet counts under the other filters). */
  const computeView = (
    types: readonly EventType[],
    actorFilter: readonly string[],
    q: string,
    corroboration: readonly CorroborationLevel[],
  ): EventView => {
    const { typeCode, actorOffsets, actorCodes, actorIds, actorCodeById } = cols();
    const typeOk = types.length ? new Uint8Array(EVENT_TYPE_IDS.length) : null;
    for (const type of types) typeOk![EVENT_TYPE_IDS.indexOf(type)] = 1;
    const actorOk = actorFilter.length ? new Uint8Array(actorIds.length) : null;
    for (const id of actorFilter) {
      const code = actorCodeById.get(id);
      if (code !== undefined) actorOk![code] = 1;
    }
    const matches = searchMatches(q);
    const levelOk = corroboration.length ? new Uint8Array(CORROBORATION_LEVEL_IDS.length) : null;
    for (const level of corroboration) levelOk![CORROBORATION_LEVEL_IDS.indexOf(level)] = 1;
    const levels = corroborationCodes();
    const typeCounts = new Int32Array(EVENT_TYPE_IDS.length);
    const actorCounts = new Int32Array(actorIds.length);
    const levelCounts = new Int32Array(CORROBORATION_LEVEL_IDS.length);
    const all = !hasActiveFilters({ types, actors: actorFilter, q, corroboration });
    const passing: TimelineEvent[] = [];
    const places: number[] = [];
    for (let p = 0; p < typeCode.length; p++) {
      const type = typeCode[p]!;
      const passType = typeOk === null || typeOk[type] === 1;
      const from = actorOffsets[p]!;
      const to = actorOffsets[p + 1]!;
      let passActor = actorOk === null;
      for (let k = from; !passActor && k < to; k++) passActor = actorOk![actorCodes[k]!] === 1;
      const level = levels[p]!;
      const passLevel = levelOk === null || levelOk[level] === 1;
      // An event failing two facets counts in none of them.
      if (Number(!passType) + Number(!passActor) + Number(!passLevel) > 1) continue;
      if (matches !== null && matches[p] === 0) continue;
      if (passActor && passLevel) typeCounts[type]! += 1;
      if (passType && passLevel) for (let k = from; k < to; k++) actorCounts[actorCodes[k]!]! += 1;
      if (passType && passActor) levelCounts[level]! += 1;
      if (passType && passActor && passLevel && !all) {
        passing.push(events[p]!);
        places.push(p);
      }
    }
    const typeMap = new Map<string, number>();
    typeCounts.forEach((count, code) => count && typeMap.set(EVENT_TYPE_IDS[code]!, count));
    const actorMap = new Map<string, number>();
    actorCounts.forEach((count, code) => count && actorMap.set(actorIds[code]!, count));
    const corroborationCounts = new Map<string, number>();
    levelCounts.forEach((count, code) => count && corroborationCounts.set(CORROBORATION_LEVEL_IDS[code]!, count));
    const counts = { typeCounts: typeMap, actorCounts: actorMap, corroborationCounts };
    return all
      ? makeView(events, cols(), positions, events, null, counts)
      : makeView(events, cols(), positions, passing, Int32Array.from(places), counts);
  };
  const lastView = memoizeLast(computeView);

  return {
    withTranslations(file) {
      if (file.version !== dataset.version) return this;
      const lang = file.lang as keyof NonNullable<TimelineEvent['translations']>;
      return buildIndex(
        {
          ...dataset,
          actors: file.actors ? dataset.actors.map((actor) => withNames(actor, [file])) : dataset.actors,
          events: dataset.events.map((event) => {
            const translation = file.translations[event.id];
            return translation ? { ...event, translations: { ...event.translations, [lang]: translation } } : event;
          }),
        },
        { outline },
      );
    },
    version: dataset.version,
    outline,
    parts: dataset.parts ?? {},
    events,
    get actors() {
      return actors();
    },
    typesPresent: EVENT_TYPE_IDS.filter((type) => present.has(type)),
    event: (id) => eventsById.get(id),
    actor: (id) => actorsById.get(id),
    document: (id) => documentsById.get(id),
    withdrawn: (id) => withdrawnById.get(id),
    // An empty filter is the same argument whichever array holds it, so a view without filters is
    // computed once (the loader makes it before the first render; the store's arrays are its own).
    view: (filters) =>
      lastView(
        filters.types.length ? filters.types : NO_TYPES,
        filters.actors.length ? filters.actors : NO_ACTORS,
        filters.q,
        filters.corroboration?.length ? filters.corroboration : NO_LEVELS,
      ),
    eventsOfActor(actorId) {
      const { actorOffsets, actorCodes, actorCodeById } = cols();
      const code = actorCodeById.get(actorId);
      if (code === undefined) return [];
      const found: TimelineEvent[] = [];
      for (let p = 0; p + 1 < actorOffsets.length; p++) {
        for (let k = actorOffsets[p]!; k < actorOffsets[p + 1]!; k++) {
          if (actorCodes[k] === code) {
            found.push(events[p]!);
            break;
          }
        }
      }
      return found;
    },
    actorsMatching(text, lang = 'en') {
      const tokens = queryTokens(text);
      const matches: ActorMatch[] = [];
      const fits = (spelling: string) => tokens.every((token) => foldText(spelling).includes(token));
      for (const actor of actors()) {
        const haystack = actorTexts.get(actor.id) ?? '';
        if (!tokens.every((token) => haystack.includes(token))) continue;
        let via: string | null = null;
        if (tokens.length && !fits(localizedName(actor, lang).text)) {
          via = [actor.name, ...actor.aliases].find(fits) ?? null;
        }
        matches.push({ actor, via });
      }
      return matches;
    },
    warmSearch: (count) => corpus.step(count),
  };
}
