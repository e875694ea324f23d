import { describe, expect, it } from 'vitest';
import type { LargeManifest } from '../../domain/large-form';
import type { Engine, Row } from './engine';
import { LargeSource, type LargeOverview } from './large-source';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function source(dates: string[], counts: number[], answer: (sql: string) => Row[] = () => []) {
  const asked: string[] = [];
  const engine: Engine = {
    query: async (sql) => {
      asked.push(sql);
      return answer(sql);
    },
    close: () => undefined,
  };
  const manifest = {
    form: 'large',
    version: 'v',
    events: counts.reduce((a, b) => a + b, 0),
    actors: 0,
    files: {},
    parquet: { sortedBy: ['start_ms'], rowGroups: 1, rowsPerGroup: 10_240, longestMs: 2 * DAY },
  } as unknown as LargeManifest;
  const overview: LargeOverview = {
    actors: [],
    types: [{ type: 'release', count: manifest.events }],
    counts: { version: 'v', types: ['release'], dates, counts: counts.map((n) => [n]) },
  };
  return { large: new LargeSource(manifest, overview, Promise.resolve(engine)), asked };
}

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
