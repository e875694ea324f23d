import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parquetFileFor } from '../../scripts/data/publish/large-form';
import { idKey, readLargeManifest } from '../../src/domain/large-form';
import { foldText } from '../../src/domain/text';
import { parsePartialDate, startOf } from '../../src/domain/partial-date';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { publish, type Manifest } from '../../scripts/data/publish/publish';
import { readPublished, writePublished } from '../../scripts/data/published';
import { generateDataset } from '../../scripts/synthetic/generate';
import { compareEvents } from '../../src/domain/compare';
import { datasetSchema, type Dataset, type TimelineEvent } from '../../src/domain/schema';

const temporary: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** 30 synthetic events, one with a translation and one with a quote anchor, so the small form has side files. */
function sample(): Dataset {
  const dataset = generateDataset({ events: 30, seed: 11, actors: 20 });
  const [first, second] = dataset.events as [TimelineEvent, TimelineEvent];
  first.translations = { be: { title: 'Загаловак', summary: 'Тэкст.', translatedFrom: 'en' } };
  const source = second.sources[0]!;
  source.selector = [
    { type: 'TextQuoteSelector', exact: source.quote, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: [...source.quote].length },
  ];
  return dataset;
}

/** The input files in the published format; `lines` overrides events.ndjson (events in reverse date order, as an input may come). */
function inputs(dataset: Dataset, lines?: string[]) {
  const dir = tempDir('publish-in-');
  const actors = join(dir, 'actors.json');
  const events = join(dir, 'events.ndjson');
  writeFileSync(actors, JSON.stringify(dataset.actors));
  writeFileSync(events, `${(lines ?? [...dataset.events].reverse().map((e) => JSON.stringify(e))).join('\n')}\n`);
  return { actors, events, out: join(tempDir('publish-out-'), 'site-data') };
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('npm run data:publish', () => {
  it('writes the small form exactly as the data build does, with a manifest', async () => {
    const dataset = sample();
    const input = inputs(dataset);
    const result = await publish({ ...input, version: 'test.1' });
    expect(result.ok).toBe(true);

    const expected = tempDir('publish-expected-');
    // What the data build writes: the records as the schema reads them (its key order), in date order.
    const parsed = datasetSchema.parse({ version: 'test.1', documents: [], actors: dataset.actors, events: dataset.events });
    writePublished(parsed, join(expected, 'events.json'));
    const { 'manifest.json': manifest, ...written } = files(input.out);
    expect(Object.keys(written).sort()).toEqual(['context.json', 'events.be.json', 'events.json', 'events.outline.json']);
    const same = files(expected);
    for (const [name, text] of Object.entries(written)) expect(text === same[name], `${name} differs`).toBe(true);
    expect(JSON.parse(manifest!)).toEqual({
      form: 'small',
      version: 'test.1',
      events: 30,
      actors: 20,
      files: { core: 'events.json', context: 'context.json', translations: { be: 'events.be.json' } },
    });
  });

  it('publishes the bundled dataset, given as NDJSON, as exactly the committed public/data files', async () => {
    const committed = resolve(__dirname, '../../public/data');
    const dataset = readPublished(join(committed, 'events.json'));
    const input = inputs(
      dataset,
      dataset.events.map((e) => JSON.stringify(e)),
    );
    const documents = join(input.out, '..', 'documents.json');
    writeFileSync(documents, JSON.stringify(dataset.documents));
    const result = await publish({ ...input, documents, out: join(input.out, 'data'), version: dataset.version });
    expect(result.ok).toBe(true);
    const { 'manifest.json': _manifest, ...written } = files(join(input.out, 'data'));
    // The changelog is the curated build's history (build:data), not part of a published input.
    const { 'changelog.json': _changelog, ...expected } = files(committed);
    expect(Object.keys(written).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(written)) expect(text === expected[name], `${name} differs`).toBe(true);
  });

  it('writes the large form past the threshold: Parquet sorted by start, and the overviews', async () => {
    const dataset = sample();
    const input = inputs(dataset);
    const result = await publish({ ...input, version: 'test.2', threshold: 10 });
    expect(result.ok).toBe(true);
    const manifest = JSON.parse(readFileSync(join(input.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest).toMatchObject({ form: 'large', version: 'test.2', events: 30, files: { events: parquetFileFor('test.2') } });
    expect(manifest.files.events).toMatch(/^events-[0-9a-f]{12}\.parquet$/);
    // The app's first request, data/events.outline.json, is the manifest, as is events.json: it tells the app which form it has.
    expect(readLargeManifest(JSON.parse(readFileSync(join(input.out, 'events.outline.json'), 'utf8')))).toEqual(manifest);
    expect(readLargeManifest(JSON.parse(readFileSync(join(input.out, 'events.json'), 'utf8')))).toEqual(manifest);
    // Only the published files: the rows file and DuckDB's spill folder went with the temporary folder.
    expect(readdirSync(input.out).sort()).toEqual(
      [
        'actors.json',
        'counts.json',
        'documents.json',
        'events.json',
        'events.outline.json',
        parquetFileFor('test.2'),
        parquetFileFor('test.2', 'search'),
        parquetFileFor('test.2', 'ids'),
        parquetFileFor('test.2', 'words'),
        parquetFileFor('test.2', 'terms'),
        parquetFileFor('test.2', 'named'),
        'manifest.json',
        'types.json',
      ].sort(),
    );
    expect(manifest.files.search).toBe(parquetFileFor('test.2', 'search'));
    expect(manifest.files.ids).toBe(parquetFileFor('test.2', 'ids'));
    expect(manifest.files.words).toBe(parquetFileFor('test.2', 'words'));
    expect(manifest.files.terms).toBe(parquetFileFor('test.2', 'terms'));
    expect(manifest.files.named).toBe(parquetFileFor('test.2', 'named'));

    // The ids file: every event once, its id's key (as the app computes it) and its start, sorted by key.
    const idsFile = join(input.out, parquetFileFor('test.2', 'ids')).replaceAll("'", "''");
    const ids = await query(`SELECT key, id, start_ms FROM '${idsFile}'`);
    expect(ids.map((row) => row.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());
    for (const row of ids) {
      const event = dataset.events.find((e) => e.id === row.id)!;
      expect(Number(row.key)).toBe(idKey(event.id));
      expect(Number(row.start_ms)).toBe(startOf(parsePartialDate(event.date)!));
    }
    const keys = ids.map((row) => Number(row.key));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));

    const first = dataset.events[0]!;
    // The search file: each event's id, dates, type and actors beside its text folded as the app folds
    // a query, in the same order; the events file has no second copy of the text.
    const search = join(input.out, parquetFileFor('test.2', 'search')).replaceAll("'", "''");
    const hits = await query(`SELECT id, search_en, search_tr FROM '${search}'`);
    expect(hits.map((row) => row.id)).toEqual([...dataset.events].sort(compareEvents).map((e) => e.id));
    const folded = hits.find((row) => row.id === dataset.events[0]!.id)!;
    expect(folded.search_en).toBe(
      foldText([dataset.events[0]!.title, dataset.events[0]!.summary, dataset.events[0]!.location ?? ''].join(' | ')),
    );
    expect(String(folded.search_tr)).toContain(foldText('Загаловак'));

    // The words file: each event under every word of its folded text (translations too), sorted by
    // word; the named file, under "@" and each actor it names; the terms file counts each text word's events.
    const wordsFile = join(input.out, parquetFileFor('test.2', 'words')).replaceAll("'", "''");
    const words = await query(`SELECT word, id FROM '${wordsFile}'`);
    const sortedWords = words.map((row) => String(row.word));
    expect(sortedWords).toEqual([...sortedWords].sort());
    const wordsOfFirst = new Set(words.filter((row) => row.id === first.id).map((row) => String(row.word)));
    const expected = [first.title, first.summary, first.location ?? '', 'Загаловак'].flatMap((text) =>
      foldText(text).split(/[^\p{L}\p{M}\p{N}]+/u),
    );
    for (const word of expected.filter(Boolean)) expect(wordsOfFirst).toContain(word);
    expect([...wordsOfFirst].some((word) => word.startsWith('@'))).toBe(false);
    const namedFile = join(input.out, parquetFileFor('test.2', 'named')).replaceAll("'", "''");
    const named = await query(`SELECT word, id FROM '${namedFile}'`);
    const namedWords = named.map((row) => String(row.word));
    expect(namedWords).toEqual([...namedWords].sort());
    expect(
      named
        .filter((row) => row.id === first.id)
        .map((row) => String(row.word))
        .sort(),
    ).toEqual([...new Set(first.actors)].map((actor) => `@${actor}`).sort());
    expect(named).toHaveLength(dataset.events.reduce((sum, event) => sum + new Set(event.actors).size, 0));
    const termsFile = join(input.out, parquetFileFor('test.2', 'terms')).replaceAll("'", "''");
    const terms = await query(`SELECT word, n FROM '${termsFile}'`);
    const title = foldText(first.title)
      .split(' ')[0]!
      .replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    expect(Number(terms.find((row) => row.word === title)!.n)).toBe(
      new Set(words.filter((row) => row.word === title).map((row) => row.id)).size,
    );
    expect(terms.some((row) => String(row.word).startsWith('@'))).toBe(false);

    const parquet = join(input.out, parquetFileFor('test.2')).replaceAll("'", "''");
    const rows = await query(`SELECT id, date, start_ms, type, actors, title_be, anchors FROM '${parquet}'`);
    expect(rows).toHaveLength(30);
    const order = [...dataset.events].sort(compareEvents).map((e) => e.id);
    expect(rows.map((row) => row.id)).toEqual(order);
    const starts = rows.map((row) => Number(row.start_ms));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(rows.find((row) => row.id === first.id)!.title_be).toBe('Загаловак');
    expect(rows.find((row) => row.id === dataset.events[1]!.id)!.anchors).not.toBeNull();
    const [extent] = await query(`SELECT max(end_ms - start_ms) AS longest, min(end_ms - start_ms) AS shortest FROM '${parquet}'`);
    expect(manifest.parquet).toMatchObject({ rowGroups: 1, longestMs: Number(extent!.longest) });
    expect(Number(extent!.shortest)).toBe(86_400_000);
    const columns = await query(`SELECT name FROM parquet_schema('${parquet}')`);
    expect(columns.map((column) => column.name)).not.toContain('search_en');
    expect(columns.map((column) => column.name)).not.toContain('id_key');
    const [meta] = await query(`SELECT decode(value) AS version FROM parquet_kv_metadata('${parquet}') WHERE decode(key) = 'version'`);
    expect(meta!.version).toBe('test.2');

    const read = <T>(name: string) => JSON.parse(readFileSync(join(input.out, name), 'utf8')) as T;
    const counts = read<{ types: string[]; dates: string[]; counts: number[][] }>('counts.json');
    const byType = new Map<string, number>();
    for (const event of dataset.events) byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
    counts.types.forEach((type, j) => expect(counts.counts.reduce((sum, row) => sum + row[j]!, 0)).toBe(byType.get(type)));
    const date = first.date;
    expect(counts.counts[counts.dates.indexOf(date)]![counts.types.indexOf(first.type)]).toBe(
      dataset.events.filter((e) => e.date === date && e.type === first.type).length,
    );
    const types = read<{ types: { type: string; count: number }[] }>('types.json').types;
    expect(new Map(types.map((t) => [t.type, t.count]))).toEqual(byType);
    const actors = read<{ actors: { id: string; name: string; events: number }[] }>('actors.json').actors;
    expect(actors).toHaveLength(20);
    for (const actor of actors) expect(actor.events).toBe(dataset.events.filter((e) => e.actors.includes(actor.id)).length);
  });

  /** Publishes over an existing folder and expects it refused, the folder and its parent as they were. */
  async function refused(lines: string[], threshold?: number) {
    const input = inputs(sample(), lines);
    const result = await publish({ ...input, threshold });
    const parent = join(input.out, '..');
    expect(existsSync(input.out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
    return result.ok ? [] : result.problems;
  }

  it('refuses a bad line with its number and field, and writes nothing', async () => {
    const lines = sample().events.map((e) => JSON.stringify(e));
    lines[3] = JSON.stringify({ ...JSON.parse(lines[3]!), date: '2024-02-30' });
    const problems = await refused(lines);
    expect(problems).toEqual([expect.stringMatching(/events\.ndjson:4: date: must be a real date/)]);
  });

  it('refuses an event naming an unknown actor', async () => {
    const lines = sample().events.map((e) => JSON.stringify(e));
    lines[1] = JSON.stringify({ ...JSON.parse(lines[1]!), actors: ['nobody-known'] });
    expect(await refused(lines)).toEqual([
      expect.stringMatching(/events\.ndjson:2 \(event .+\): actors\[0\]: unknown actor id "nobody-known"/),
    ]);
  });

  it('refuses a duplicate id, also after the threshold, when the large form was under way', async () => {
    const lines = sample().events.map((e) => JSON.stringify(e));
    lines.push(lines[0]!);
    expect(await refused(lines, 10)).toEqual([expect.stringMatching(/events\.ndjson:31 \(event .+\): id: duplicate event id/)]);
  });

  it('replaces its own earlier output, but never a folder of other files', async () => {
    const dataset = sample();
    const input = inputs(dataset);
    expect((await publish({ ...input, version: 'test.3' })).ok).toBe(true);
    expect((await publish({ ...input, version: 'test.4', threshold: 10 })).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(input.out, 'manifest.json'), 'utf8'))).toMatchObject({ form: 'large', version: 'test.4' });
    // The small form's side files went with it; events.json is now the manifest.
    expect(existsSync(join(input.out, 'context.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(input.out, 'events.json'), 'utf8'))).toMatchObject({ form: 'large' });

    const other = join(input.out, '..', 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    const result = await publish({ ...input, out: other });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/holds files but no manifest\.json/)]);
    expect(readdirSync(other)).toEqual(['notes.txt']);
  });
});
