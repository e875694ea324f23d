/**
 * A large dataset as the app reads it: the overview files at once (facets, counts per day), and the
 * events through the engine, a window at a time. The browser holds the overviews and what is on the
 * screen, never the whole file.
 */
import { idKey, type CountsFile, type LargeManifest } from '../../domain/large-form';
import { MONTHLY_TYPES } from '../../domain/counts';
import { endOf, parsePartialDate, startOf, type DensitySource } from '../../domain/partial-date';
import type { Actor, TimelineEvent } from '../../domain/schema';
import { isEventType, type EventType } from '../../domain/event-types';
import { isText } from '../quick-check';
import type { CountedPeriod, LargeCounts } from '../../state/large-view';
import type { Engine, Row } from './engine';
import { EngineQueue } from './engine-queue';
import {
  actorWord,
  EVENT_COLUMNS,
  filterClauses,
  lit,
  ORDER,
  queryActors,
  searchPlan,
  where,
  windowClause,
  WORD_TOKEN,
  wordsSearch,
  type LargeFilters,
  type QueryActors,
} from './queries';

export interface LargeOverview {
  /** Every actor with its events, in all and per type. */
  actors: (Actor & { events: number; byType: Record<string, number>; byLevel?: Record<string, number> })[];
  /** Each type's events, in all and per corroboration level (for a file with the column). */
  types: { type: string; count: number; levels?: Record<string, number> }[];
  counts: CountsFile;
}

export interface FacetCounts {
  /** Events passing every filter. */
  matching: number;
  typeCounts: ReadonlyMap<string, number>;
  actorCounts: ReadonlyMap<string, number>;
  /** Per corroboration level, under the other filters (for a file with the column). */
  corroborationCounts?: ReadonlyMap<string, number>;
}

/** The facets, the actors' counts null where the engine is still to count them (LargeSource.actorFacet). */
export type FacetsBeforeActors = Omit<FacetCounts, 'actorCounts'> & { actorCounts: ReadonlyMap<string, number> | null };

export interface Slice {
  /** Events passing the filters in the window and its margins. */
  inWindow: number;
  /** Of those, the events in the window itself (what the reader sees counted). */
  visible: number;
  /** Those events, when they are few enough to draw (else only the open event). */
  events: TimelineEvent[];
  /** Otherwise, the window counted by period. */
  periods: CountedPeriod[];
}

export interface SliceRequest {
  start: number;
  end: number;
  filters: LargeFilters;
  selectedId: string | null;
  /** Above this many events in the window, periods are counted instead. */
  limit: number;
  /** How many periods the window is cut into when counted. */
  periods: number;
}

/** How often, at most, the host is asked whether it publishes a new version. */
const RECHECK_MS = 5_000;
/** Events per query, about, when an export reads the view. */
const EXPORT_BATCH = 2_000;

const text = (value: unknown) => (isText(value) ? value : undefined);

/** One Parquet row as the event record the app draws (docs/large-form.md lists the columns). */
export function eventFromRow(row: Row): TimelineEvent {
  const event: TimelineEvent = {
    id: String(row.id),
    date: String(row.date),
    type: row.type as TimelineEvent['type'],
    title: String(row.title),
    summary: String(row.summary),
    actors: Array.isArray(row.actors) ? row.actors.map(String) : [],
    sources: JSON.parse(String(row.sources)) as TimelineEvent['sources'],
  };
  const optional = {
    endDate: text(row.end_date),
    location: text(row.location),
    countedBy: text(row.counted_by),
    quotedBy: text(row.quoted_by),
    note: text(row.note),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(event, { [key]: value });
  if (typeof row.in_absentia === 'boolean') event.inAbsentia = row.in_absentia;
  if (isText(row.figures)) event.figures = JSON.parse(row.figures) as TimelineEvent['figures'];
  const translations: NonNullable<TimelineEvent['translations']> = {};
  for (const lang of ['be', 'ru'] as const) {
    const title = text(row[`title_${lang}`]);
    const summary = text(row[`summary_${lang}`]);
    if (title && summary) translations[lang] = { title, summary, translatedFrom: 'en' };
  }
  if (translations.be || translations.ru) event.translations = translations;
  return event;
}

/** A search's matches, by the ids of its search table (the events file has no searchable text); null without a search. */
const matchedIn = (search: string | null, table: string) => (search ? `id IN (SELECT id FROM ${table})` : null);

const countsOf = (rows: Row[], key: string) => new Map(rows.map((row) => [String(row[key]), Number(row.n)]));

export class LargeSource {
  readonly actors: QueryActors;
  private readonly facetCache = new Map<string, Promise<FacetsBeforeActors>>();
  private readonly actorFacetCache = new Map<string, Promise<ReadonlyMap<string, number>>>();

  constructor(
    readonly manifest: LargeManifest,
    readonly overview: LargeOverview,
    engine: Promise<Engine>,
  ) {
    this.actors = queryActors(overview.actors, manifest.parquet.foldedSearch === true);
    this.queue = new EngineQueue(engine);
  }

  /** The engine's questions, one at a time; background work when it is idle. */
  private readonly queue: EngineQueue;

  /** The file has the corroboration column: the engine filters and counts by it. */
  get hasLevels(): boolean {
    return this.manifest.parquet.corroboration === true;
  }

  private clauses(filters: LargeFilters) {
    return filterClauses(filters, this.actors, this.hasLevels);
  }

  private query(sql: string): Promise<Row[]> {
    return this.queue.query(sql);
  }

  /** Counts for the filters over the whole dataset: from the overview files when nothing is filtered. */
  async facets(filters: LargeFilters): Promise<FacetCounts> {
    const first = await this.facetsBeforeActors(filters);
    return { ...first, actorCounts: first.actorCounts ?? (await this.actorFacet(filters)) };
  }

  /**
   * The facets but the actors' counts where the engine must count those (null then: see actorFacet).
   * Under a search, counting every match's actors is the dearest count (about 130 ms for "minsk" at a
   * million), and only the actor picker shows it: the screen need not wait for it.
   */
  facetsBeforeActors(filters: LargeFilters): Promise<FacetsBeforeActors> {
    return this.cached(this.facetCache, filters, () => this.computeFacets(filters));
  }

  /** Each actor's events under the filters. */
  actorFacet(filters: LargeFilters): Promise<ReadonlyMap<string, number>> {
    return this.cached(this.actorFacetCache, filters, async () => {
      const first = await this.facetsBeforeActors(filters);
      if (first.actorCounts) return first.actorCounts;
      const f = this.clauses(filters);
      const from = await this.countFrom(filters.q, f.search);
      return countsOf(await this.query(`SELECT a, count(*) AS n FROM (SELECT unnest(list_distinct(actors)) AS a FROM ${from} ${where(f.type, f.level)}) GROUP BY a`), 'a');
    });
  }

  private cached<T>(cache: Map<string, Promise<T>>, filters: LargeFilters, compute: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([filters.types, filters.actors, filters.q, filters.corroboration ?? []]);
    let found = cache.get(key);
    if (!found) {
      found = compute();
      found.catch(() => cache.delete(key));
      cache.set(key, found);
    }
    return found;
  }

  /**
   * The events a search matches, as a table of the columns counting needs: read once per query (from
   * the words file when it can answer, else by scanning the search file's text), and every count
   * (the facets, each window's) reads this instead. The last few are kept.
   */
  private searchTable(q: string, search: string): Promise<string> {
    let table = this.searches.get(q);
    if (!table) {
      const name = `hits_${++this.searchCount}`;
      const counted = `id, start_ms, end_ms, type, actors${this.hasLevels ? ', corroboration' : ''}`;
      table = this.fromWords(name, q, counted)
        .then(async (fromWords) => {
          // The search file when there is one (files before it carry the text in the events file); its
          // footer is read with the first search, not before the first screen.
          const file = this.manifest.files.search ? 'search.parquet' : 'events.parquet';
          for (const statement of fromWords ?? [`CREATE TEMP TABLE ${name} AS SELECT ${counted} FROM read_parquet('${file}') WHERE ${search}`]) {
            await this.query(statement);
          }
        })
        .then(() => name);
      table.catch(() => this.searches.delete(q));
      this.searches.set(q, table);
      if (this.searches.size > 3) {
        const [oldest, dropped] = this.searches.entries().next().value!;
        this.searches.delete(oldest);
        void dropped.then((old) => this.query(`DROP TABLE IF EXISTS ${old}`)).catch(() => undefined);
      }
    }
    return table;
  }

  /**
   * The statements that read a search's matches from the words file into `table`, or null when they cannot, or should
   * not: a file without it, a query word with other characters than letters, marks and digits, or
   * words so common that reading their rows would cost more than scanning the text (the terms file
   * and the overview tell how many rows each has).
   */
  private async fromWords(table: string, q: string, counted: string): Promise<string[] | null> {
    if (!this.manifest.files.words || !this.manifest.files.terms || !this.manifest.parquet.foldedSearch) return null;
    const { words, named } = searchPlan(q, this.actors);
    if (!words.every(({ token }) => WORD_TOKEN.test(token))) return null;
    const terms = await this.query(`SELECT word, n FROM read_parquet('terms.parquet') WHERE ${words.map(({ token }) => `contains(word, ${lit(token)})`).join(' OR ')}`);
    // Each word's rows in the file: a text word's from the terms file, an actor's from the overview.
    const rowsOf = new Map<string, number>();
    for (const id of named) rowsOf.set(actorWord(id), this.actorTotal(id));
    const wordsOf = words.map(({ token, actorIds }) => {
      const matching = terms.filter((term) => String(term.word).includes(token));
      for (const term of matching) rowsOf.set(String(term.word), Number(term.n));
      for (const id of actorIds) rowsOf.set(actorWord(id), this.actorTotal(id));
      return [...matching.map((term) => String(term.word)), ...actorIds.map(actorWord)];
    });
    const rows = [...rowsOf.values()].reduce((sum, n) => sum + n, 0);
    const parts = wordsOf.reduce((sum, list) => sum + list.length, named.length);
    return rows <= MAX_WORD_ROWS && parts <= MAX_WORD_PARTS ? wordsSearch(table, wordsOf, named, counted, rowsOf, this.manifest.files.named !== undefined) : null;
  }

  private readonly searches = new Map<string, Promise<string>>();
  private searchCount = 0;

  /**
   * Where counting reads from: a search's table of matches, or the events (`ev`) when there is no
   * search, given at once then, so a caller's first query can go out without awaiting anything.
   */
  private countFrom(q: string, search: string | null): string | Promise<string> {
    return search ? this.searchTable(q, search) : 'ev';
  }

  private async computeFacets(filters: LargeFilters): Promise<FacetsBeforeActors> {
    const f = this.clauses(filters);
    if (!f.type && !f.actor && !f.search && !f.level) {
      return {
        matching: this.manifest.events,
        typeCounts: new Map(this.overview.types.map(({ type, count }) => [type, count])),
        actorCounts: new Map(this.overview.actors.filter((actor) => actor.events > 0).map((actor) => [actor.id, actor.events])),
        ...(this.hasLevels ? { corroborationCounts: this.levelsOfTypes(null) } : {}),
      };
    }
    if (!f.search && !f.level) {
      const counted = this.countedAhead(filters);
      if (counted) return counted;
    }
    // One after another: the engine answers one query at a time.
    const from = await this.countFrom(filters.q, f.search);
    const matching = await this.query(`SELECT count(*) AS n FROM ${from} ${where(f.type, f.actor, f.level)}`);
    const types = await this.query(`SELECT type, count(*) AS n FROM ${from} ${where(f.actor, f.level)} GROUP BY type`);
    // Under an actor filter alone, each actor's count is its count in the whole dataset (the overview's);
    // otherwise the engine counts them after (actorFacet).
    const actors = !f.type && !f.search && !f.level ? this.overview.actors.map((actor) => ({ a: actor.id, n: actor.events })) : null;
    const levels = this.hasLevels
      ? await this.query(`SELECT corroboration AS l, count(*) AS n FROM ${from} ${where(f.type, f.actor)} GROUP BY l`)
      : null;
    return {
      matching: Number(matching[0]?.n ?? 0),
      typeCounts: countsOf(types, 'type'),
      actorCounts: actors && countsOf(actors, 'a'),
      ...(levels ? { corroborationCounts: countsOf(levels, 'l') } : {}),
    };
  }

  /**
   * The facets of a type filter, one actor, or both, from the overview's per-actor, per-type counts:
   * exact, since each actor counts an event once. Null when the engine must count (a search, several
   * actors, whose events overlap, or, for a file with corroboration levels, one actor and types: the
   * overview counts levels per type and per actor, not per both).
   */
  private countedAhead(filters: LargeFilters): FacetCounts | null {
    const actorIds = filters.actors.filter((id) => this.actors.byId.has(id));
    if (actorIds.length > 1) return null;
    const types = new Set<string>(filters.types);
    if (this.hasLevels && actorIds.length && types.size) return null;
    const inTypes = (byType: Record<string, number>) =>
      types.size ? Object.entries(byType).reduce((sum, [type, n]) => sum + (types.has(type) ? n : 0), 0) : null;
    const actor = actorIds.length ? this.overview.actors.find((entry) => entry.id === actorIds[0])! : null;
    const typeCounts = actor
      ? new Map(Object.entries(actor.byType))
      : new Map(this.overview.types.map(({ type, count }) => [type, count]));
    const actorCounts = new Map<string, number>();
    for (const entry of this.overview.actors) {
      const n = inTypes(entry.byType) ?? entry.events;
      if (n > 0) actorCounts.set(entry.id, n);
    }
    const matching = actor
      ? (inTypes(actor.byType) ?? actor.events)
      : types.size
        ? [...types].reduce((sum, type) => sum + (typeCounts.get(type) ?? 0), 0)
        : this.manifest.events;
    if (!this.hasLevels) return { matching, typeCounts, actorCounts };
    // Each level's events of the one actor, or of the chosen types.
    const corroborationCounts = actor ? new Map(Object.entries(actor.byLevel ?? {})) : this.levelsOfTypes(types);
    return { matching, typeCounts, actorCounts, corroborationCounts };
  }

  /** Each corroboration level's events among these types (all when null), from the overview's per-type counts. */
  private levelsOfTypes(types: ReadonlySet<string> | null): Map<string, number> {
    const levels = new Map<string, number>();
    for (const entry of this.overview.types) {
      if (types && !types.has(entry.type)) continue;
      for (const [level, n] of Object.entries(entry.levels ?? {})) levels.set(level, (levels.get(level) ?? 0) + n);
    }
    return levels;
  }

  /**
   * What to draw for a window: its events when they are few enough, else counts by period. The last
   * few answers are kept (the file does not change under a version): a filter undone, or a window
   * gone back to, is drawn at once.
   */
  slice(request: SliceRequest): Promise<Slice> {
    const { filters } = request;
    const key = JSON.stringify([
      request.start,
      request.end,
      filters.types,
      filters.actors,
      filters.q,
      filters.corroboration ?? [],
      request.selectedId,
      request.limit,
      request.periods,
    ]);
    let cached = this.slices.get(key);
    if (!cached) {
      cached = this.computeSlice(request);
      cached.catch(() => this.slices.delete(key));
      this.slices.set(key, cached);
      if (this.slices.size > KEPT_SLICES) this.slices.delete(this.slices.keys().next().value!);
    }
    return cached;
  }

  private readonly slices = new Map<string, Promise<Slice>>();

  /** Each type's events in a window (n: with its margins, w: the window itself), for the last few windows counted without a type filter. */
  private readonly windowTypes = new Map<string, Map<string, { n: number; w: number }>>();

  /** These types' events in a window counted before without a type filter; null when it was not. */
  private typesCounted(key: string, types: readonly string[]): { n: number; w: number } | null {
    const byType = this.windowTypes.get(key);
    if (!byType) return null;
    return types.reduce((sum, type) => ({ n: sum.n + (byType.get(type)?.n ?? 0), w: sum.w + (byType.get(type)?.w ?? 0) }), { n: 0, w: 0 });
  }

  private rememberTypes(key: string, rows: Row[]): void {
    const byType = new Map<string, { n: number; w: number }>();
    for (const row of rows) {
      const counted = byType.get(String(row.type)) ?? { n: 0, w: 0 };
      byType.set(String(row.type), { n: counted.n + Number(row.n), w: counted.w + Number(row.w ?? 0) });
    }
    this.windowTypes.delete(key);
    this.windowTypes.set(key, byType);
    if (this.windowTypes.size > KEPT_SLICES) this.windowTypes.delete(this.windowTypes.keys().next().value!);
  }

  /**
   * Once a page, after the first window too full to draw: that window's events of one of its types, read
   * as a type filter reads them (and kept as its answer), while the reader looks at the screen. The
   * engine's code then runs at its faster tier and the window's row groups are in its cache before the
   * reader's first filter: at a million, a type filter two seconds after the first screen took 222–232 ms
   * without this and 81–90 with it (bench/PROFILE.md). The type: the one with the fewest events among those with at least
   * WARM_UP_EVENTS (enough to touch each of the window's row groups, few to decode). No type, no read.
   */
  warmUp(request: SliceRequest): void {
    if (this.warmedUp || request.filters.types.length > 0) return;
    const byType = this.windowTypes.get(typesKey(request));
    if (!byType) return;
    let chosen: [EventType, number] | null = null;
    for (const [type, { n }] of byType) {
      if (!isEventType(type) || n < WARM_UP_EVENTS || n > request.limit) continue;
      if (!chosen || n < chosen[1]) chosen = [type, n];
    }
    if (!chosen) return;
    this.warmedUp = true;
    this.slice({ ...request, filters: { ...request.filters, types: [chosen[0]] } }).catch(() => undefined);
  }

  private warmedUp = false;

  /**
   * Once a page, after the first screen, when the engine is idle (EngineQueue.whenIdle): the search's files' footers (the words
   * file's is about 750 KB at a million, its first read 45-55 ms; the named file's 20-25), read and kept
   * by the engine (`enable_object_cache`), so that the reader's first search does not wait for them. No row group is
   * read: "!" sorts before every word (letters, marks and digits, or "@" and an actor's id), so the
   * engine skips each by its statistics. (`word = ''` is not checked against them: it read the whole
   * words file's column, 3 s at a million.)
   */
  readSearchFooters(): void {
    if (this.footersRead) return;
    this.footersRead = true;
    this.queue.whenIdle(() => {
      for (const kind of SEARCH_FOOTERS) {
        if (this.manifest.files[kind]) this.query(`SELECT count(*) FROM read_parquet('${kind}.parquet') WHERE word = '!'`).catch(() => undefined);
      }
    });
  }

  private footersRead = false;

  private async computeSlice(request: SliceRequest): Promise<Slice> {
    const { start, end, filters, selectedId, limit } = request;
    const f = this.clauses(filters);
    const span = Math.max(1, end - start);
    // Half a window's width of margin either side, so a short pan shows ready items.
    const inside = windowClause(start - span / 2, end + span / 2, this.manifest.parquet.longestMs);
    // Without a search, no await before the first query: a click's question goes out in its own task.
    const table = this.countFrom(filters.q, f.search);
    const from = typeof table === 'string' ? table : await table;
    // Counted by period first: the sum is the window's count, and a window too full to draw (the
    // usual case at a million) needs nothing else. One query, where a count and then the periods were two.
    const width = Math.max(1, Math.ceil((2 * span) / Math.max(1, request.periods)));
    // Spans that began before the window and reach into it are counted apart (k null), at the
    // window's left edge where the reader sees them (as the small form's timeline does), not where
    // they began: at a million, thousands of events known only to the month or year.
    const left = Math.floor(start);
    const right = Math.ceil(end);
    // The same window under the same other filters, counted before without a type filter, tells each
    // type's count: a type filter that leaves few enough events to draw reads them at once.
    const byTypeKey = typesKey(request);
    const counted = f.type ? this.typesCounted(byTypeKey, filters.types.filter(isEventType)) : null;
    const known = counted && counted.n <= limit ? counted : null;
    const rows = known
      ? []
      : await this.query(
          `SELECT CASE WHEN start_ms < ${left} AND end_ms > ${left} THEN NULL ELSE floor(start_ms / ${width})::BIGINT END AS k, type, count(*) AS n,
          count(*) FILTER (WHERE start_ms < ${right} AND end_ms > ${left}) AS w
        FROM ${from} ${where(inside, f.type, f.actor, f.level)} GROUP BY ALL`,
        );
    if (!f.type) this.rememberTypes(byTypeKey, rows);
    const inWindow = known ? known.n : rows.reduce((sum, row) => sum + Number(row.n), 0);
    const visible = known ? known.w : rows.reduce((sum, row) => sum + Number(row.w ?? 0), 0);
    if (inWindow <= limit) {
      // The open event, if it is not among them, by its own query: "OR id = …" here would keep the
      // engine from skipping any row group, and read every one.
      const found = await this.query(`SELECT ${EVENT_COLUMNS} FROM ev ${where(inside, f.type, f.actor, f.level, matchedIn(f.search, from))} ${ORDER}`);
      for (const row of found) this.remember(hitOf(row));
      const events = found.map(eventFromRow);
      if (selectedId && !events.some((event) => event.id === selectedId)) events.push(...(await this.events([selectedId])));
      return { inWindow, visible, events, periods: [] };
    }
    const byPeriod = new Map<number, [string, number][]>();
    for (const row of rows) {
      const k = row.k === null ? BEFORE_WINDOW : Number(row.k);
      const list = byPeriod.get(k) ?? [];
      list.push([String(row.type), Number(row.n)]);
      byPeriod.set(k, list);
    }
    const periods = [...byPeriod].map(([k, types]) => ({
      ...(k === BEFORE_WINDOW ? { start: left, end: left + width, before: true } : { start: k * width, end: (k + 1) * width }),
      count: types.reduce((sum, [, n]) => sum + n, 0),
      types: types.sort((a, b) => b[1] - a[1]),
    }));
    const events = selectedId ? await this.events([selectedId]) : [];
    return { inWindow, visible, events, periods };
  }

  /**
   * What the counts chart draws for [start, end) under the filters: releases, pardons and sentences
   * counted per month (null: known only to the year), and the political-prisoner counts' events.
   */
  async countsInView(filters: LargeFilters, start: number, end: number): Promise<LargeCounts> {
    const f = this.clauses(filters);
    const inside = windowClause(start, end, this.manifest.parquet.longestMs);
    const from = await this.countFrom(filters.q, f.search);
    const matched = matchedIn(f.search, from);
    const monthly = await this.query(
      `SELECT CASE WHEN length(date) = 4 THEN NULL ELSE substr(date, 1, 7) END AS month, type, count(*) AS n FROM ev
        ${where(inside, `type IN (${MONTHLY_TYPES.map(lit).join(', ')})`, f.type, f.actor, f.level, matched)} GROUP BY ALL`,
    );
    const figures = await this.query(
      `SELECT ${EVENT_COLUMNS} FROM ev ${where(inside, `type = 'statistic'`, `contains(CAST(figures AS VARCHAR), '"politicalPrisoners"')`, f.type, f.actor, f.level, matched)} ${ORDER}`,
    );
    return {
      monthly: monthly.map((row) => ({ month: row.month === null ? null : String(row.month), type: String(row.type), n: Number(row.n) })),
      figures: figures.map(eventFromRow),
    };
  }

  /**
   * One actor's first `limit` events in date order, wherever they are in the file (the person view).
   * Their ids and starts (the actors, start and id columns) are looked for a stretch of time at a
   * time from the first date, each stretch holding about twice `limit` of the actor's events at
   * their average rate, until `limit` are found or `signal` aborts (the reader left the person view:
   * the engine answers one query at a time, and a scan of the whole file would hold up the next
   * screen's). Then their rows, from the row groups of their starts only.
   */
  async actorEvents(actorId: string, limit: number, signal?: AbortSignal): Promise<TimelineEvent[]> {
    const total = this.actorTotal(actorId);
    if (!this.actors.byId.has(actorId) || total === 0) return [];
    const wanted = Math.max(1, Math.floor(limit));
    const extent = this.extent();
    if (!extent) return [];
    const batch = Math.ceil((2 * wanted * this.manifest.events) / total);
    const cuts = this.stretches(extent.start, extent.end + 1, batch);
    const found: Hit[] = [];
    for (let i = 0; i + 1 < cuts.length && found.length < wanted; i++) {
      signal?.throwIfAborted();
      const rows = await this.query(
        `SELECT id, start_ms FROM ev WHERE start_ms >= ${cuts[i]} AND start_ms < ${cuts[i + 1]} AND list_contains(actors, ${lit(actorId)}) ${ORDER} LIMIT ${wanted - found.length}`,
      );
      found.push(...rows.map(hitOf));
    }
    signal?.throwIfAborted();
    return this.rowsOf(found);
  }

  /**
   * The whole dataset's dates with their counts (of these types; every type when none), placed as
   * the timeline places events: what the overview strip draws and jumps between. The counts file
   * has no actors or text, so an actor filter or a search does not change it.
   */
  density(types: readonly string[]): DensitySource {
    const { dates, counts, types: columns } = this.overview.counts;
    const chosen = types.length ? columns.map((type) => types.includes(type)) : null;
    const starts: number[] = [];
    const ends: number[] = [];
    const weights: number[] = [];
    let longest = 0;
    // The dates are in start order: a year, then its months, then its days.
    dates.forEach((text, i) => {
      const date = parsePartialDate(text);
      const n = counts[i]!.reduce((sum, count, j) => sum + (chosen && !chosen[j] ? 0 : count), 0);
      if (!date || n === 0) return;
      const start = startOf(date);
      const end = date.precision === 'day' ? Number.NaN : endOf(date);
      starts.push(start);
      ends.push(end);
      weights.push(n);
      if (!Number.isNaN(end)) longest = Math.max(longest, end - start);
    });
    return { length: starts.length, longest, start: (i) => starts[i]!, end: (i) => ends[i]!, weight: (i) => weights[i]! };
  }

  /** From the first date with events to the end of the last (the overview's dates, in order). */
  extent(): { start: number; end: number } | null {
    const { dates } = this.overview.counts;
    const first = dates.length ? parsePartialDate(dates[0]!) : null;
    const last = dates.length ? parsePartialDate(dates[dates.length - 1]!) : null;
    return first && last ? { start: startOf(first), end: endOf(last) } : null;
  }

  /** How many events name the actor, from the overview. */
  actorTotal(actorId: string): number {
    return this.overview.actors.find((actor) => actor.id === actorId)?.events ?? 0;
  }

  /** How many events pass the filters in exactly [start, end) (no margins): what an export of the view writes. */
  async countInView(filters: LargeFilters, start: number, end: number): Promise<number> {
    const f = this.clauses(filters);
    const inside = windowClause(start, end, this.manifest.parquet.longestMs);
    const from = await this.countFrom(filters.q, f.search);
    const rows = await this.query(`SELECT count(*) AS n FROM ${from} ${where(inside, f.type, f.actor, f.level)}`);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * The events that pass the filters in [start, end), in date order, a batch at a time. The batches
   * are stretches of time holding about `batch` events in all (from the overview's counts per date),
   * so each query reads only the row groups of its stretch: the file is sorted by start. Stops
   * between batches once `signal` aborts.
   */
  async *eventsInView(
    filters: LargeFilters,
    start: number,
    end: number,
    { batch = EXPORT_BATCH, signal }: { batch?: number; signal?: AbortSignal } = {},
  ): AsyncGenerator<TimelineEvent[]> {
    const f = this.clauses(filters);
    const from = await this.countFrom(filters.q, f.search);
    const matched = matchedIn(f.search, from);
    const cuts = this.stretches(start, end, batch);
    for (let i = 0; i + 1 < cuts.length && !signal?.aborted; i++) {
      const stretch = `start_ms >= ${cuts[i]} AND start_ms < ${cuts[i + 1]} AND end_ms > ${Math.floor(start)}`;
      const rows = await this.query(`SELECT ${EVENT_COLUMNS} FROM ev ${where(stretch, f.type, f.actor, f.level, matched)} ${ORDER}`);
      if (rows.length) yield rows.map(eventFromRow);
    }
  }

  /**
   * Where to cut [start, end) (from the earliest start an event overlapping it can have) into stretches
   * of about `batch` events, by the overview's counts per date: increasing bounds, first and last included.
   */
  stretches(start: number, end: number, batch: number): number[] {
    const lower = Math.floor(start) - Math.ceil(this.manifest.parquet.longestMs) - 1;
    const upper = Math.ceil(end);
    const cuts = [lower];
    const { dates, counts } = this.overview.counts;
    let held = 0;
    for (let i = 0; i < dates.length; i++) {
      const date = parsePartialDate(dates[i]!);
      if (!date) continue;
      const at = startOf(date);
      if (at < lower) continue;
      if (at >= upper) break;
      if (held >= batch && at > cuts[cuts.length - 1]!) {
        cuts.push(at);
        held = 0;
      }
      held += counts[i]!.reduce((sum, n) => sum + n, 0);
    }
    cuts.push(Math.max(upper, lower + 1));
    return cuts;
  }

  /** Whether the host now publishes another version than this one (its events.json); false when that cannot be told. */
  async republished(): Promise<boolean> {
    this.checkedAt = Date.now();
    try {
      const response = await fetch(new URL('data/events.json', document.baseURI), { cache: 'no-cache', signal: AbortSignal.timeout(10_000) });
      const json = (await response.json()) as { version?: unknown };
      return typeof json.version === 'string' && json.version !== this.manifest.version;
    } catch {
      return false;
    }
  }

  private checkedAt = Date.now();

  /** As republished(), asked at most every few seconds (a small conditional request), else false. */
  republishedLately(): Promise<boolean> {
    return Date.now() - this.checkedAt < RECHECK_MS ? Promise.resolve(false) : this.republished();
  }

  /** Events by id (a deep link, the open event), wherever they are in the file. */
  async events(ids: readonly string[]): Promise<TimelineEvent[]> {
    return this.rowsOf(await this.hits(ids));
  }

  /** Where each event starts, by id: from the id and start columns alone, once per id. */
  private async hits(ids: readonly string[]): Promise<Hit[]> {
    const unknown = [...new Set(ids)].filter((id) => !this.starts.has(id));
    if (unknown.length) {
      // The ids file is sorted by the ids' keys: one key's query reads the one row group that can hold
      // it. A file without it: the events file's id column, every row group of it.
      const sql = this.manifest.files.ids
        ? unknown.map((id) => `SELECT id, start_ms FROM read_parquet('ids.parquet') WHERE key = ${idKey(id)} AND id = ${lit(id)}`).join(' UNION ALL ')
        : `SELECT id, start_ms FROM ev WHERE id IN (${unknown.map(lit).join(', ')})`;
      for (const row of await this.query(sql)) this.remember(hitOf(row));
    }
    return ids.flatMap((id) => {
      const start = this.starts.get(id);
      return start === undefined ? [] : [{ id, start }];
    });
  }

  /** Starts of the events read lately (the open event's among them), the oldest forgotten first. */
  private readonly starts = new Map<string, number>();

  private remember(hit: Hit) {
    this.starts.delete(hit.id);
    this.starts.set(hit.id, hit.start);
    if (this.starts.size > REMEMBERED_STARTS) this.starts.delete(this.starts.keys().next().value!);
  }

  /**
   * The whole rows of these events. The file is sorted by start, so a part of the query that asks for
   * one stretch of starts reads only that stretch's row groups: the starts are cut at their largest
   * gaps (the month- and year-long events of a window start weeks or months before its days), where
   * one condition from the first start to the last would read every row group between.
   */
  private async rowsOf(hits: readonly Hit[]): Promise<TimelineEvent[]> {
    const unique = [...new Map(hits.map((hit) => [hit.id, hit])).values()];
    if (unique.length === 0) return [];
    for (const hit of unique) this.remember(hit);
    const parts = startStretches(
      unique.map((hit) => hit.start),
      MAX_STRETCHES,
    ).map(([first, last]) => {
      const ids = unique.filter((hit) => hit.start >= first && hit.start <= last).map((hit) => lit(hit.id));
      return `SELECT ${EVENT_COLUMNS} FROM ev WHERE start_ms >= ${first} AND start_ms <= ${last} AND id IN (${ids.join(', ')})`;
    });
    const rows = await this.query(`SELECT * FROM (${parts.join(' UNION ALL ')}) ${ORDER}`);
    return rows.map(eventFromRow);
  }
}

/** An event's id and start: enough to find its row. */
interface Hit {
  id: string;
  start: number;
}

const hitOf = (row: Row): Hit => ({ id: String(row.id), start: Number(row.start_ms) });

/**
 * A search reads the words file when the words it matches have at most this many rows in all (else it
 * scans the text, about as costly at a million events), in at most this many parts.
 */
const MAX_WORD_ROWS = 300_000;
const MAX_WORD_PARTS = 64;
/** At most this many stretches of starts in one read of whole rows. */
const MAX_STRETCHES = 8;
const REMEMBERED_STARTS = 20_000;
/** The key of the period of spans that began before the window. */
const BEFORE_WINDOW = Number.NEGATIVE_INFINITY;
/** Slices kept, the latest asked. */
const KEPT_SLICES = 8;

/** The side files a search reads by word (LargeSource.readSearchFooters), the largest footer first. */
const SEARCH_FOOTERS = ['words', 'named', 'terms'] as const;

/** The fewest events a type needs in the first window for the warm-up to read it (LargeSource.warmUp). */
const WARM_UP_EVENTS = 100;

/** A window under every filter but the types: the key of its per-type counts. */
const typesKey = ({ start, end, filters }: SliceRequest) => JSON.stringify([start, end, filters.actors, filters.q, filters.corroboration ?? []]);

/**
 * The starts, cut at their `max - 1` largest gaps into stretches [first, last], in order; every start
 * is in one of them.
 */
export function startStretches(starts: readonly number[], max: number): [number, number][] {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts = sorted
    .slice(1)
    .map((start, i) => ({ at: i + 1, gap: start - sorted[i]! }))
    .sort((a, b) => b.gap - a.gap)
    .slice(0, Math.max(0, max - 1))
    .map(({ at }) => at)
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, sorted.length];
  return bounds.slice(1).map((end, i) => [sorted[bounds[i]!]!, sorted[end - 1]!]);
}
