/**
 * The SQL the large form asks of its engine (engine.ts), from the reader's filters and window.
 * Every value from a link or a search box reaches SQL only as an escaped literal: types and actor
 * ids must be known ones, search words are matched with LIKE and their wildcards escaped.
 */
import { isCorroborationLevel } from '../../domain/corroboration';
import { isEventType } from '../../domain/event-types';
import type { Filters } from '../../domain/filters';
import { resolveQueryActors } from '../../domain/resolve-actors';
import type { Actor } from '../../domain/schema';
import { foldText, queryTokens } from '../../domain/text';

export const lit = (text: string) => `'${text.replaceAll("'", "''")}'`;
/**
 * An event names one of these actors. As one list_contains per id: DuckDB 0.9's list_has_any took
 * eight times as long (132 against 16 ms over 200,000 rows, its WebAssembly build in Node).
 */
const namesAny = (ids: readonly string[]) =>
  ids.length === 1 ? `list_contains(actors, ${lit(ids[0]!)})` : `(${ids.map((id) => `list_contains(actors, ${lit(id)})`).join(' OR ')})`;
const likeAnywhere = (word: string) => `${lit(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`;

/**
 * Whether a row's text holds a folded query word. A file with folded search columns (written by
 * data:publish, folded as the app folds a query) is tested on them with a plain substring test. An
 * older file's text is folded here by the engine (lower case, no accents: near the app's folding,
 * not the same for ł or і), which costs about ten times as much. Words in Latin letters (and digits)
 * are looked for in the English text; others (Cyrillic) in the Belarusian and Russian too: the
 * translations are read only for a query that could match them.
 */
function textHolds(token: string, folded: boolean): string {
  const latin = /^[ -~]*$/.test(token);
  if (folded) return latin ? `contains(search_en, ${lit(token)})` : `(contains(search_en, ${lit(token)}) OR contains(search_tr, ${lit(token)}))`;
  const text = latin
    ? `strip_accents(lower(concat_ws(' | ', title, summary, location)))`
    : `strip_accents(lower(concat_ws(' | ', title, summary, location, title_be, summary_be, title_ru, summary_ru)))`;
  return `${text} LIKE ${likeAnywhere(token)}`;
}

export interface QueryActors {
  all: readonly Actor[];
  /** The file has folded search columns (see textHolds). */
  foldedSearch: boolean;
  byId: ReadonlyMap<string, Actor>;
  /** Each actor's folded name and aliases. */
  folded: ReadonlyMap<string, string>;
}

export function queryActors(actors: readonly Actor[], foldedSearch = false): QueryActors {
  return {
    all: actors,
    foldedSearch,
    byId: new Map(actors.map((actor) => [actor.id, actor])),
    folded: new Map(actors.map((actor) => [actor.id, foldText([actor.name, ...actor.aliases].join(' | '))])),
  };
}

/** Each condition of the filters, apart, so each facet can be counted under the others. */
export interface FilterClauses {
  type: string | null;
  actor: string | null;
  search: string | null;
  /** The corroboration levels asked for; null without such a filter, or for a file without the column. */
  level: string | null;
}

/** The filters the engine applies. */
export type LargeFilters = Pick<Filters, 'types' | 'actors' | 'q' | 'corroboration'>;

/** `levels`: the file has the corroboration column (manifest `parquet.corroboration`). */
export function filterClauses(filters: LargeFilters, actors: QueryActors, levels = false): FilterClauses {
  const types = filters.types.filter(isEventType);
  const actorIds = filters.actors.filter((id) => actors.byId.has(id));
  const chosen = levels ? (filters.corroboration ?? []).filter(isCorroborationLevel) : [];
  return {
    type: types.length ? `type IN (${types.map(lit).join(', ')})` : null,
    actor: actorIds.length ? namesAny(actorIds) : null,
    search: searchClause(filters.q, actors),
    level: chosen.length ? `corroboration IN (${chosen.map(lit).join(', ')})` : null,
  };
}

/**
 * What a search asks: each folded query word with the actors whose spellings hold it, and the actors
 * the whole query names (resolveQueryActors).
 */
export interface SearchPlan {
  words: { token: string; actorIds: string[] }[];
  named: string[];
}

export function searchPlan(q: string, actors: QueryActors): SearchPlan {
  const words = queryTokens(q).map((token) => ({
    token,
    actorIds: [...actors.folded].filter(([, text]) => text.includes(token)).map(([id]) => id),
  }));
  return { words, named: words.length ? resolveQueryActors(actors.all, q).actors.map((actor) => actor.id) : [] };
}

/**
 * Every word must occur in the event's text or in a spelling of one of its actors; a query that is
 * an actor's name finds that actor's events whatever spelling they use (as the app's search does).
 */
function searchClause(q: string, actors: QueryActors): string | null {
  const { words, named } = searchPlan(q, actors);
  if (words.length === 0) return null;
  const all = words
    .map(({ token, actorIds }) => {
      const inText = textHolds(token, actors.foldedSearch);
      return actorIds.length ? `(${inText} OR ${namesAny(actorIds)})` : `(${inText})`;
    })
    .join(' AND ');
  return named.length ? `((${all}) OR ${namesAny(named)})` : `(${all})`;
}

/**
 * A query word the words file can answer: letters, marks and digits only. Its text is cut into words
 * at every other character, so such a word occurs in an event's text exactly when it occurs inside
 * one of its words (data:publish, NOT_WORD).
 */
export const WORD_TOKEN = /^[\p{L}\p{M}\p{N}]+$/u;
/** The words file's word for "names this actor": no text word has an "@". */
export const actorWord = (id: string) => `@${id}`;

/**
 * The statements that make `table`, the rows a search matches, from the words file: `wordsOf[i]` are
 * the words (text words and actor words) that match the plan's i-th query word. An event matches when,
 * for every query word, it has one of its words, or when it names an actor the query names. One
 * `word = …` part per word, so each reads only the row groups that hold that word. Several parts are
 * read into a table beside, then kept once per event by row number: DuckDB-Wasm 0.9 runs out of
 * memory keeping a list column per group (any_value(actors) grouped by id). `rowsOf`: each word's
 * rows in the file, where known; `withNamed`: the dataset has the named file (actors' rows).
 */
export function wordsSearch(
  table: string,
  wordsOf: readonly (readonly string[])[],
  named: readonly string[],
  counted: string,
  rowsOf: ReadonlyMap<string, number> = new Map(),
  withNamed = false,
): string[] {
  const from = `read_parquet('words.parquet')`;
  // An actor's rows: in the named file where the dataset has one, else in the words file.
  const fromOf = (word: string) => (withNamed && word.startsWith('@') ? `read_parquet('named.parquet')` : from);
  const parts = [
    ...wordsOf.flatMap((words, k) => words.map((word) => [k, word] as const)),
    ...named.map((id) => [-1, actorWord(id)] as const),
  ];
  if (parts.length === 0) return [`CREATE TEMP TABLE ${table} AS SELECT ${counted} FROM ${from} WHERE false`];
  const rows = `${table}_rows`;
  // One query word: every row of every part is a match. The part with the most rows (a common word)
  // is read straight into the table; the others (rarer words, actors named like it) beside it, kept
  // once per event, and then only the events it does not have. Grouping every row, or one statement
  // per part, each cost a search at a million about a third more.
  if (wordsOf.length === 1 && named.length === 0) {
    const biggest = parts.reduce((best, part) => ((rowsOf.get(part[1]) ?? 0) > (rowsOf.get(best[1]) ?? 0) ? part : best));
    const first = `CREATE TEMP TABLE ${table} AS SELECT ${counted} FROM ${fromOf(biggest[1])} WHERE word = ${lit(biggest[1])}`;
    const others = parts.filter((part) => part !== biggest);
    if (others.length === 0) return [first];
    return [
      first,
      `CREATE TEMP TABLE ${rows} AS ${others.map(([, word]) => `SELECT ${counted} FROM ${fromOf(word)} WHERE word = ${lit(word)}`).join(' UNION ALL ')}`,
      `INSERT INTO ${table} SELECT ${counted} FROM ${rows} WHERE rowid IN (SELECT min(rowid) FROM ${rows} GROUP BY id) AND id NOT IN (SELECT id FROM ${table})`,
      `DROP TABLE ${rows}`,
    ];
  }
  const chosen = `SELECT r FROM (
      SELECT id, min(r) AS r, count(*) FILTER (WHERE k >= 0) AS words, bool_or(k < 0) AS named
      FROM (SELECT k, id, min(rowid) AS r FROM ${rows} GROUP BY k, id) GROUP BY id
    ) WHERE words = ${wordsOf.length} OR named`;
  return [
    `CREATE TEMP TABLE ${rows} AS ${parts.map(([k, word]) => `SELECT ${k} AS k, ${counted} FROM ${fromOf(word)} WHERE word = ${lit(word)}`).join(' UNION ALL ')}`,
    `CREATE TEMP TABLE ${table} AS SELECT ${counted} FROM ${rows} WHERE rowid IN (${chosen})`,
    `DROP TABLE ${rows}`,
  ];
}

export const where = (...clauses: (string | null)[]) => {
  const present = clauses.filter((clause): clause is string => clause !== null);
  return present.length ? `WHERE ${present.join(' AND ')}` : '';
};

/**
 * Events overlapping [start, end): the first bound lets the engine skip every row group that starts
 * after the window, the second every one that ends before it (rows are sorted by start, and no event is
 * longer than longestMs).
 */
export function windowClause(start: number, end: number, longestMs: number): string {
  const a = Math.floor(start);
  const b = Math.ceil(end);
  return `(start_ms < ${b} AND start_ms >= ${a - Math.ceil(longestMs) - 1} AND end_ms > ${a})`;
}

/** The columns an event record needs; the anchors stay in the file until a reader asks for context. */
export const EVENT_COLUMNS =
  'id, date, end_date, start_ms, type, title, summary, actors, location, in_absentia, counted_by, quoted_by, note, figures, sources, title_be, summary_be, title_ru, summary_ru';
export const ORDER = 'ORDER BY start_ms, date, id';
