/**
 * The large form's search, on a published dataset in DuckDB: read from the words file, it finds
 * exactly what scanning the text finds (every word of the query in the text or in an actor's
 * spelling, or the actor the query names), for whole words, parts of words, several words, names,
 * Cyrillic and no match; a query the words file cannot answer is scanned.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../scripts/data/publish/publish';
import { generateDataset } from '../../scripts/synthetic/generate';
import type { LargeManifest } from '../../src/domain/large-form';
import type { TimelineEvent } from '../../src/domain/schema';
import type { Engine, Row } from '../../src/data/large/engine';
import { LargeSource, type LargeOverview } from '../../src/data/large/large-source';

const dir = mkdtempSync(join(tmpdir(), 'large-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plain value from DuckDB's Node client: numbers for 64-bit integers, arrays for lists. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'items' in value) return (value as { items: unknown[] }).items.map(plain);
  return value;
}

/** The app's engine interface over DuckDB in Node, the side files under the names the app registers them by. */
function nodeEngine(connection: DuckDBConnection, data: string, manifest: LargeManifest): Engine {
  return {
    async query(sql) {
      let local = sql;
      for (const [kind, name] of Object.entries(manifest.files)) local = local.replaceAll(`'${kind}.parquet'`, `'${join(data, name)}'`);
      const reader = await connection.runAndReadAll(local);
      return reader.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])) as Row);
    },
    close: () => undefined,
  };
}

let instance: DuckDBInstance;
let data: string;
let manifest: LargeManifest;
let overview: LargeOverview;
let events: TimelineEvent[];

beforeAll(async () => {
  const dataset = generateDataset({ events: 400, seed: 7, actors: 25 });
  // Translations, so Cyrillic words are in the files too.
  dataset.events[3]!.translations = { be: { title: 'Вызваленне ў Мінску', summary: 'Палітвязня вызвалілі.', translatedFrom: 'en' } };
  dataset.events[9]!.translations = {
    ru: { title: 'Освобождение в Минске', summary: 'Политзаключённого освободили.', translatedFrom: 'en' },
  };
  events = dataset.events;
  const input = join(dir, 'in');
  const actorsFile = join(dir, 'actors.json');
  const eventsFile = join(dir, 'events.ndjson');
  writeFileSync(actorsFile, JSON.stringify(dataset.actors));
  writeFileSync(eventsFile, `${dataset.events.map((event) => JSON.stringify(event)).join('\n')}\n`);
  data = join(input, 'data');
  const result = await publish({ actors: actorsFile, events: eventsFile, out: data, version: 'search.1', threshold: 10 });
  expect(result.ok).toBe(true);
  const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), 'utf8')) as T;
  manifest = read<LargeManifest>('manifest.json');
  overview = {
    actors: read<{ actors: LargeOverview['actors'] }>('actors.json').actors,
    types: read<{ types: LargeOverview['types'] }>('types.json').types,
    counts: read('counts.json'),
  };
  instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW ev AS SELECT * FROM read_parquet('${join(data, manifest.files.events)}')`);
});

/**
 * A source over the published files, on its own connection (its search tables are its own),
 * recording each query it asks; `scan`: as if the dataset had no words file.
 */
async function source(scan: boolean): Promise<{ large: LargeSource; asked: string[] }> {
  const asked: string[] = [];
  const files = { ...manifest.files };
  if (scan) {
    delete files.words;
    delete files.terms;
  }
  const own = { ...manifest, files };
  const engine = nodeEngine(await instance.connect(), data, manifest);
  const recording: Engine = { ...engine, query: (sql) => (asked.push(sql), engine.query(sql)) };
  return { large: new LargeSource(own, overview, Promise.resolve(recording)), asked };
}

/** What a search finds: its facet counts, and the ids of its events over the whole extent. */
async function found(large: LargeSource, q: string) {
  const filters = { types: [], actors: [], q, corroboration: [] };
  const facets = await large.facets(filters);
  const extent = large.extent()!;
  const slice = await large.slice({ start: extent.start, end: extent.end, filters, selectedId: null, limit: 100_000, periods: 10 });
  return {
    matching: facets.matching,
    types: Object.fromEntries([...facets.typeCounts].sort()),
    actors: Object.fromEntries([...facets.actorCounts].sort()),
    ids: slice.events.map((event) => event.id).sort(),
  };
}

describe('the large form’s search from the words file', () => {
  const title = () => events[0]!.title;
  const queries: [string, () => string][] = [
    [
      'a whole word of a title',
      () =>
        title()
          .split(' ')
          .find((word) => /^[A-Za-z]{4,}$/.test(word))!,
    ],
    [
      'part of a word',
      () =>
        title()
          .split(' ')
          .find((word) => /^[A-Za-z]{5,}$/.test(word))!
          .slice(1, 4),
    ],
    ['two words', () => `${events[5]!.location!.split(',')[0]} ${events[5]!.type}`],
    ['an actor’s name', () => events[2]!.title.split(':')[0]!],
    ['a Cyrillic word of a translation, and part of one', () => 'мінск вызвал'],
    ['Russian', () => 'освобождение'],
    ['nothing', () => 'zzqxj'],
  ];
  for (const [what, q] of queries) {
    it(`finds what scanning the text finds: ${what}`, async () => {
      const words = await source(false);
      const scan = await source(true);
      const fromWords = await found(words.large, q());
      expect(fromWords).toEqual(await found(scan.large, q()));
      expect(words.asked.some((sql) => sql.includes('words.parquet'))).toBe(true);
      expect(scan.asked.some((sql) => sql.includes('words.parquet'))).toBe(false);
      if (what !== 'nothing') expect(fromWords.matching).toBeGreaterThan(0);
      // Part of a word is in several words: each adds only the events the words before it have not.
      if (what === 'part of a word')
        expect(words.asked.some((sql) => sql.startsWith('INSERT INTO') && sql.includes('id NOT IN (SELECT id FROM'))).toBe(true);
      // An actor's rows come from the named file, in its small row groups.
      if (what === 'an actor’s name')
        expect(words.asked.some((sql) => sql.includes(`read_parquet('named.parquet') WHERE word = '@`))).toBe(true);
      if (what === 'two words') expect(words.asked.some((sql) => sql.includes('FILTER (WHERE k >= 0)'))).toBe(true);
    });
  }

  it('scans the text for a query with other characters than letters and digits', async () => {
    const words = await source(false);
    const q = `${events[0]!.title.split(':')[0]}:`;
    const fromScan = await found((await source(true)).large, q);
    expect(await found(words.large, q)).toEqual(fromScan);
    expect(fromScan.matching).toBeGreaterThan(0);
    expect(words.asked.some((sql) => sql.includes('words.parquet'))).toBe(false);
  });
});
