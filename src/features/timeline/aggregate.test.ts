import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/synthetic/generate';
import { aggregate, fitWindow } from './aggregate';
import type { ItemSource } from './timeline-item';
import { itemSourceOf } from '../../../tests/fixtures/item-source';

function sourceFor(n: number): ItemSource {
  return itemSourceOf(generateDataset({ events: n, seed: 3, actors: 50 }));
}

const YEAR = 365 * 86_400_000;

describe('aggregate', () => {
  const source = sourceFor(20_000);
  const all = fitWindow(source)!;

  it('draws a bounded number of items however many events there are', () => {
    const drawn = aggregate(source, { windowStart: all.start, windowEnd: all.end, widthPx: 1200 });
    expect(drawn.length).toBeLessThan(200);
    const counted = drawn.reduce((sum, item) => sum + (item.kind === 'bucket' ? item.bucket.count : 1), 0);
    // Everything in the window and its margins is accounted for, folded or not.
    expect(counted).toBe(source.length);
  });

  it('shows single events once zoomed in far enough', () => {
    const start = Date.UTC(2023, 5, 1);
    const drawn = aggregate(source, { windowStart: start, windowEnd: start + 86_400_000 * 2, widthPx: 1200 });
    expect(drawn.some((item) => item.kind === 'event')).toBe(true);
  });

  it('always draws the selected event as itself', () => {
    const id = source.spec(source.length >> 1).id;
    const drawn = aggregate(source, { windowStart: all.start, windowEnd: all.end, widthPx: 1200, keepId: id });
    expect(drawn.some((item) => item.kind === 'event' && item.spec.id === id)).toBe(true);
  });

  it('counts spans that began before the window at its left edge, on screen', () => {
    // Ten events known only to the month (May 2024), and a window of two days late in May.
    const dataset = generateDataset({ events: 10, seed: 5, actors: 3 });
    const month = {
      ...dataset,
      events: dataset.events.map((event, i) => ({ ...event, id: `m${i}`, date: '2024-05', endDate: undefined })),
    };
    const windowStart = Date.UTC(2024, 4, 20);
    const windowEnd = Date.UTC(2024, 4, 22);
    const drawn = aggregate(itemSourceOf(month), { windowStart, windowEnd, widthPx: 1200 });
    const buckets = drawn.flatMap((item) => (item.kind === 'bucket' ? [item.bucket] : []));
    expect(buckets).toHaveLength(1);
    expect(buckets[0]!.count).toBe(10);
    expect(buckets[0]!.start).toBeLessThanOrEqual(windowStart);
    expect(buckets[0]!.end).toBeGreaterThan(windowStart);
  });

  it('fits the whole span of the data', () => {
    expect(all.start).toBeLessThan(Date.UTC(2020, 0, 1));
    expect(all.end).toBeGreaterThan(Date.UTC(2026, 11, 1));
    expect(all.end - all.start).toBeLessThan(8 * YEAR);
  });
});
