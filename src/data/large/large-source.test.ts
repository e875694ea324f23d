import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LargeManifest } from '../../domain/large-form';
import type { Engine, Row } from './engine';
import { idKey } from '../../domain/large-form';
import { LargeSource, startStretches, type LargeOverview } from './large-source';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** An engine that answers with `answer` and records every query asked of it. */
function fakeEngine(answer: (sql: string) => Row[]): { engine: Engine; asked: string[] } {
  const asked: string[] = [];
  const engine: Engine = {
    query: async (sql) => {
      asked.push(sql);
      return answer(sql);
    },
    close: () => undefined,
  };
  return { engine, asked };
}

function source(dates: string[], counts: number[], answer: (sql: string) => Row[] = () => [], files: Record<string, string> = {}) {
  const { engine, asked } = fakeEngine(answer);
  const manifest = {
    form: 'large',
    version: 'v',
    events: counts.reduce((a, b) => a + b, 0),
    actors: 0,
    files,
    parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10_240, longestMs: 2 * DAY },
  } as unknown as LargeManifest;
  const overview: LargeOverview = {
    actors: [],
    types: [{ type: 'release', count: manifest.events }],
    counts: { version: 'v', types: ['release'], dates, counts: counts.map((n) => [n]) },
  };
  return { large: new LargeSource(manifest, overview, Promise.resolve(engine)), asked };
}

/** A file published with the corroboration column: 10 releases and 5 pardons, one actor in 4 of them. */
function withLevels(answer: (sql: string) => Row[] = () => []) {
  const { engine, asked } = fakeEngine(answer);
  const manifest = {
    form: 'large',
    version: 'v',
    events: 15,
    files: {},
    parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10_240, longestMs: DAY, corroboration: true },
  } as unknown as LargeManifest;
  const overview: LargeOverview = {
    actors: [
      { id: 'a', name: 'A', aliases: [], kind: 'person', events: 4, byType: { release: 4 }, byLevel: { 'one-source': 1, independent: 3 } },
    ],
    types: [
      { type: 'release', count: 10, levels: { 'one-source': 6, independent: 4 } },
      { type: 'pardon', count: 5, levels: { 'one-source': 2, 'several-sources': 3 } },
    ],
    counts: { version: 'v', types: ['release', 'pardon'], dates: ['2024-01-01'], counts: [[10, 5]] },
  };
  return { large: new LargeSource(manifest, overview, Promise.resolve(engine)), asked };
}

describe('corroboration on the large form', () => {
  const none = { types: [], actors: [], q: '' };

  it('counts each level from the overviews with no filter, a type filter or one actor, asking the engine nothing', async () => {
    const { large, asked } = withLevels();
    expect((await large.facets(none)).corroborationCounts).toEqual(
      new Map([
        ['one-source', 8],
        ['several-sources', 3],
        ['independent', 4],
      ]),
    );
    expect((await large.facets({ ...none, types: ['pardon'] })).corroborationCounts).toEqual(
      new Map([
        ['one-source', 2],
        ['several-sources', 3],
      ]),
    );
    expect((await large.facets({ ...none, actors: ['a'] })).corroborationCounts).toEqual(
      new Map([
        ['one-source', 1],
        ['independent', 3],
      ]),
    );
    expect(asked).toEqual([]);
  });

  it('asks the engine under a level filter, each facet counted under the other filters', async () => {
    const { large, asked } = withLevels((sql) => (sql.includes('GROUP BY l') ? [{ l: 'independent', n: 4 }] : [{ n: 4 }]));
    const facets = await large.facets({ ...none, types: ['release'], corroboration: ['independent'] });
    expect(facets.matching).toBe(4);
    expect(facets.corroborationCounts).toEqual(new Map([['independent', 4]]));
    const matching = asked.find((sql) => sql.startsWith('SELECT count(*)'))!;
    expect(matching).toContain("type IN ('release')");
    expect(matching).toContain("corroboration IN ('independent')");
    // The level facet is counted under the type filter only, not under itself.
    const levels = asked.find((sql) => sql.includes('GROUP BY l'))!;
    expect(levels).toContain("type IN ('release')");
    expect(levels).not.toContain('corroboration IN');
  });

  it('ignores a level filter for a file published before the column', async () => {
    const { large, asked } = source(['2024-01-01'], [3]);
    const facets = await large.facets({ types: [], actors: [], q: '', corroboration: ['independent'] });
    expect(facets.matching).toBe(3);
    expect(facets.corroborationCounts).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('a large export reads the view in stretches of time', () => {
  it('cuts the window where the events so far reach a batch, from the earliest start that can overlap it', () => {
    const { large } = source(['2024', '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-05', '2024-02-01'], [1, 3, 2, 4, 1, 5]);
    const start = day('2024-01-01');
    const end = day('2024-02-01');
    const cuts = large.stretches(start, end, 3);
    // The year-only date starts on 1 January: it is the first stretch's, with the first day's.
    // 1 + 3 events reach the batch by 2 January; 2 + 4 by the 5th.
    expect(cuts).toEqual([start - 2 * DAY - 1, day('2024-01-02'), day('2024-01-05'), end]);
    // Nothing is left out: every stretch starts where the last one ended.
    for (let i = 1; i < cuts.length; i++) expect(cuts[i]).toBeGreaterThan(cuts[i - 1]!);
  });

  it('asks one query per stretch, each bounded by its start, and stops when told to', async () => {
    const { large, asked } = source(['2024-01-01', '2024-01-02', '2024-01-03'], [5, 5, 5], () => [
      { id: 'e', date: '2024-01-01', type: 'release', title: 't', summary: 's', actors: [], sources: '[]' },
    ]);
    const controller = new AbortController();
    const batches = [];
    for await (const batch of large.eventsInView({ types: [], actors: [], q: '' }, day('2024-01-01'), day('2024-01-04'), {
      batch: 5,
      signal: controller.signal,
    })) {
      batches.push(batch);
      if (batches.length === 2) controller.abort();
    }
    expect(batches).toHaveLength(2);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toContain(`start_ms >= ${day('2024-01-02')} AND start_ms < ${day('2024-01-03')}`);
    expect(asked[1]).toContain(`end_ms > ${day('2024-01-01')}`);
  });
});

describe('finding events by id', () => {
  const row = (id: string, start: number) => ({ id, date: new Date(start).toISOString().slice(0, 10), start_ms: start, type: 'release', title: id, summary: 's', actors: [], sources: '[]' });
  /** A file with an ids file; `e` starts on 1 March 2024. */
  function withIds() {
    const start = day('2024-03-01');
    const { engine, asked } = fakeEngine((sql) => {
      if (sql.includes("read_parquet('ids.parquet')")) return [{ id: 'e', start_ms: start }];
      if (sql.includes("id IN ('e')")) return [row('e', start)];
      return [];
    });
    const manifest = {
      form: 'large',
      version: 'v',
      events: 1,
      files: { ids: 'ids-a.parquet' },
      parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10_240, longestMs: DAY },
    } as unknown as LargeManifest;
    const overview: LargeOverview = { actors: [], types: [], counts: { version: 'v', types: [], dates: [], counts: [] } };
    return { large: new LargeSource(manifest, overview, Promise.resolve(engine)), asked, start };
  }

  it('looks the id up by its key in the ids file, then reads only the rows that start where it does', async () => {
    const { large, asked, start } = withIds();
    const [event] = await large.events(['e']);
    expect(event?.title).toBe('e');
    expect(asked[0]).toBe(`SELECT id, start_ms FROM read_parquet('ids.parquet') WHERE key = ${idKey('e')} AND id = 'e'`);
    expect(asked[1]).toContain(`start_ms >= ${start} AND start_ms <= ${start} AND id IN ('e')`);
  });

  it('asks where an event starts once: the open event, read again with each window, is read straight from its rows', async () => {
    const { large, asked } = withIds();
    await large.events(['e']);
    await large.events(['e']);
    expect(asked.filter((sql) => sql.includes('ids.parquet'))).toHaveLength(1);
  });

  it('finds nothing for an id the file does not have', async () => {
    const { large, asked } = withIds();
    expect(await large.events(['missing'])).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it('reads the open event apart from a window it is not in: the window query stays one the engine can prune', async () => {
    const { large, asked } = withIds();
    await large.slice({ start: day('2024-06-01'), end: day('2024-06-02'), filters: { types: [], actors: [], q: '' }, selectedId: 'e', limit: 100, periods: 10 });
    expect(asked.some((sql) => /OR id =/.test(sql))).toBe(false);
    expect(asked.some((sql) => sql.includes('ids.parquet'))).toBe(true);
  });
});

describe('startStretches', () => {
  it('cuts the starts at their largest gaps, each start in one stretch', () => {
    expect(startStretches([5, 1, 2, 100, 101, 50], 3)).toEqual([
      [1, 5],
      [50, 50],
      [100, 101],
    ]);
    expect(startStretches([3, 3, 3], 8)).toEqual([[3, 3]]);
    expect(startStretches([], 8)).toEqual([]);
    expect(startStretches([1, 2, 3], 1)).toEqual([[1, 3]]);
  });
});

describe('a window', () => {
  afterEach(() => vi.useRealTimers());
  const none = { types: [], actors: [], q: '' };
  const request = { start: day('2024-01-01'), end: day('2024-01-02'), filters: none, selectedId: null, limit: 5, periods: 4 };

  it('is counted by period first: the sum is its count, and too many to draw needs no other query', async () => {
    const { large, asked } = source(['2024-01-01'], [9], () => [
      { k: 1, type: 'release', n: 6, w: 4 },
      { k: 2, type: 'pardon', n: 3, w: 0 },
    ]);
    const slice = await large.slice(request);
    expect(slice.inWindow).toBe(9);
    // The reader is told how many are in the window itself, not its margins.
    expect(asked[0]).toContain(`count(*) FILTER (WHERE start_ms < ${request.end} AND end_ms > ${request.start}) AS w`);
    expect(slice.visible).toBe(4);
    expect(slice.periods.map((period) => period.count)).toEqual([6, 3]);
    expect(asked).toHaveLength(1);
  });

  it('counts the spans that began before the window apart, at its left edge', async () => {
    const { large, asked } = source(['2024-01-01'], [9], () => [
      { k: null, type: 'release', n: 6 },
      { k: 400, type: 'pardon', n: 3 },
    ]);
    const slice = await large.slice({ ...request, limit: 2 });
    expect(asked[0]).toContain(`CASE WHEN start_ms < ${request.start} AND end_ms > ${request.start} THEN NULL`);
    const before = slice.periods.find((period) => period.before)!;
    expect(before).toMatchObject({ start: request.start, count: 6 });
    expect(slice.inWindow).toBe(9);
  });

  it('is asked of the engine once: the same question again (a filter undone) gets the kept answer', async () => {
    const { large, asked } = source(['2024-01-01'], [9], (sql) => (sql.includes('GROUP BY') ? [{ k: 1, type: 'release', n: 2 }] : []));
    const [a, b] = await Promise.all([large.slice(request), large.slice({ ...request, filters: { ...none, corroboration: [] } })]);
    expect(b).toBe(a);
    expect(asked).toHaveLength(2); // the periods, then the two events' rows
    // A type filter on the same window: its count is known from the periods, so only its rows are read.
    await large.slice({ ...request, filters: { ...none, types: ['release'] } });
    expect(asked).toHaveLength(3);
  });

  it('under a type filter, reads the events at once when the window was counted without one and the type leaves few enough', async () => {
    const { large, asked } = source(['2024-01-01'], [9], (sql) =>
      sql.includes('GROUP BY')
        ? [
            { k: 1, type: 'release', n: 3, w: 2 },
            { k: 2, type: 'release', n: 1, w: 0 },
            { k: 1, type: 'pardon', n: 6, w: 5 },
          ]
        : [],
    );
    expect((await large.slice(request)).inWindow).toBe(10);
    expect(asked).toHaveLength(1);
    const releases = await large.slice({ ...request, filters: { ...none, types: ['release'] } });
    // The release rows only: no count asked again, and the counts are the periods' release counts.
    expect(asked).toHaveLength(2);
    expect(asked[1]).not.toContain('GROUP BY');
    expect(asked[1]).toContain(`type IN ('release')`);
    expect(releases).toMatchObject({ inWindow: 4, visible: 2, periods: [] });
    // Too many of the type to draw (6 > 5): counted by period as before.
    await large.slice({ ...request, filters: { ...none, types: ['pardon'] } });
    expect(asked[2]).toContain('GROUP BY');
    // Another window, or another actor filter, is not known: counted.
    await large.slice({ ...request, filters: { ...none, actors: ['a'], types: ['release'] } });
    expect(asked[asked.length - 2]).toContain('GROUP BY');
  });

  it("reads the search files' footers once, only of the files the dataset has, and only while the engine is idle", async () => {
    vi.useFakeTimers();
    // A dataset published before the named file: its terms and words files only.
    const { large, asked } = source(['2024-01-01'], [9], () => [], { terms: 'terms-a.parquet', words: 'words-a.parquet' });
    large.readSearchFooters();
    large.readSearchFooters();
    // The reader asks something meanwhile: it goes first, and the footers wait for a quiet spell after it.
    const isFooter = (sql: string) => sql.includes("WHERE word = '!'");
    await large.slice(request);
    const sliceQueries = asked.length;
    expect(asked.some(isFooter)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(asked.slice(0, sliceQueries).some(isFooter)).toBe(false);
    const footers = asked.filter(isFooter);
    expect(footers.map((sql) => /read_parquet\('(\w+)\.parquet'\)/.exec(sql)?.[1]).sort()).toEqual(['terms', 'words']);
  });

  describe('after the first window too full to draw', () => {
    // Per type in the window with its margins: n; too many in all (300) for a limit of 250.
    const counted = () => [
      { k: 1, type: 'release', n: 150, w: 10 },
      { k: 1, type: 'pardon', n: 120, w: 10 },
      { k: 2, type: 'election', n: 30, w: 1 },
    ];
    const full = { ...request, limit: 250 };
    const warmedWith = (sql: string) => /type IN \('(\w+)'\)/.exec(sql)?.[1];

    it('reads its events of one type as a filter on that type would, and keeps them as its answer', async () => {
      const { large, asked } = source(['2024-01-01'], [9], (sql) => (sql.includes('GROUP BY') ? counted() : []));
      const slice = await large.slice(full);
      expect(slice.periods.length).toBeGreaterThan(0);
      large.warmUp(full);
      await Promise.resolve();
      // The type with the fewest events of those with at least 100: election has too few to touch the window.
      expect(asked.slice(1).map(warmedWith)).toEqual(['pardon']);
      // A reader who then filters on pardons is answered from it; the warm-up comes once a page.
      await large.slice({ ...full, filters: { ...none, types: ['pardon'] } });
      large.warmUp(full);
      expect(asked).toHaveLength(2);
    });

    it('reads nothing under a type filter already, or when no type has enough events', async () => {
      const { large, asked } = source(['2024-01-01'], [9], (sql) => (sql.includes('GROUP BY') ? counted().slice(2) : []));
      await large.slice({ ...full, limit: 10 });
      large.warmUp({ ...full, limit: 10 });
      large.warmUp({ ...full, limit: 10, filters: { ...none, types: ['release'] } });
      expect(asked).toHaveLength(1);
    });
  });
});

describe("an actor's events (the person view)", () => {
  /** 100 events a day over ten days, the actor in one of each 20. */
  function withActor(answer: (sql: string) => Row[]) {
    const { engine, asked } = fakeEngine(answer);
    const dates = Array.from({ length: 10 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`);
    const manifest = {
      form: 'large',
      version: 'v',
      events: 1000,
      files: {},
      parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10_240, longestMs: DAY },
    } as unknown as LargeManifest;
    const overview: LargeOverview = {
      actors: [{ id: 'a', name: 'A', aliases: [], kind: 'person', events: 50, byType: { release: 50 } }],
      types: [{ type: 'release', count: 1000 }],
      counts: { version: 'v', types: ['release'], dates, counts: dates.map(() => [100]) },
    };
    return { large: new LargeSource(manifest, overview, Promise.resolve(engine)), asked };
  }
  const hit = (i: number) => ({ id: `e${i}`, start_ms: day('2024-01-01') + i * 1000 });

  it('looks from the first date a stretch at a time, and stops once it has found them', async () => {
    // Each stretch holds about 2 × 5 of the actor's events at 1 in 20: 200 events, two days.
    const { large, asked } = withActor((sql) => (sql.startsWith('SELECT id, start_ms') ? [hit(1), hit(2), hit(3)] : []));
    await large.actorEvents('a', 5);
    const scans = asked.filter((sql) => sql.startsWith('SELECT id, start_ms'));
    expect(scans).toHaveLength(2);
    expect(scans[0]).toContain(`start_ms < ${day('2024-01-03')}`);
    expect(scans[0]).toContain('LIMIT 5');
    expect(scans[1]).toContain(`start_ms >= ${day('2024-01-03')}`);
    expect(scans[1]).toContain('LIMIT 2');
  });

  it('stops looking when the reader has left the person view', async () => {
    const controller = new AbortController();
    const { large, asked } = withActor(() => {
      controller.abort();
      return [];
    });
    await expect(large.actorEvents('a', 5, controller.signal)).rejects.toThrow();
    expect(asked).toHaveLength(1);
  });
});
