import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/schema';
import { itemSourceOf } from '../../../tests/fixtures/item-source';
import { aggregate, fitWindow } from './aggregate';
import { defaultWindow, readableCount, timelineGeometry, type Geometry } from './default-window';
import type { ItemSource } from './timeline-item';

const DAY = 86_400_000;

const sourceOf = itemSourceOf;

function datasetOf(dates: string[]): Dataset {
  return {
    version: 'test',
    actors: [],
    events: dates.sort().map((date, i) => ({
      id: `event-${i}`,
      date,
      type: 'statement',
      title: `Event ${i}`,
      summary: 'A test event.',
      actors: [],
      sources: [{ document: 'doc.txt', publisher: 'P', headline: 'H', quote: 'q' }],
    })),
  } as Dataset;
}

/** Events drawn one by one inside the window, as the timeline's own folding decides. */
function drawnAlone(source: ItemSource, window: { start: number; end: number }, geometry: Geometry): number {
  return aggregate(source, {
    windowStart: window.start,
    windowEnd: window.end,
    widthPx: geometry.widthPx,
    bucketPx: geometry.bucketPx,
    maxPerBucket: geometry.perBucket,
  }).filter((item) => item.kind === 'event' && item.spec.start >= window.start && item.spec.start <= window.end).length;
}

// The timeline's size at 1440×900 beside the filters (measured), and in a 375×812 phone's Timeline tab as estimated before it is shown.
const DESKTOP = timelineGeometry(1152, 397);
const PHONE = timelineGeometry(375, 446);

describe('the default window', () => {
  // A few background events over forty years, and a dense recent stretch: three a day in March 2025.
  const background = ['1981', '1990-05', '1996-11-24', '2008-09-01', '2020-08-09', '2022-02-27'];
  const dense = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2025, 2, 1) + Math.floor(i / 3) * DAY).toISOString().slice(0, 10));
  const synthetic = sourceOf(datasetOf([...background, ...dense, '2025-09-11', '2025-12-13']));

  for (const [name, geometry] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`opens on the dense recent stretch with a dozen events drawn one by one (${name})`, () => {
      const window = defaultWindow(synthetic, geometry)!;
      expect(window.start).toBeGreaterThan(Date.UTC(2025, 1, 1));
      expect(window.end).toBeLessThan(Date.UTC(2025, 4, 1));
      expect(drawnAlone(synthetic, window, geometry)).toBeGreaterThanOrEqual(12);
    });
  }

  it('is the whole extent when that already draws every event one by one', () => {
    const sparse = sourceOf(datasetOf(['2019-01-10', '2021-06-02', '2023-03-15', '2025-10-01']));
    expect(defaultWindow(sparse, DESKTOP)).toEqual(fitWindow(sparse));
  });

  it('counts readable events as the timeline folds them', () => {
    const all = fitWindow(synthetic)!;
    // Far out, the dense month is one count: only the background is drawn alone.
    expect(readableCount(synthetic, all.start, all.end, DESKTOP)).toBeLessThan(background.length + 2);
    const window = defaultWindow(synthetic, DESKTOP)!;
    expect(readableCount(synthetic, window.start, window.end, DESKTOP)).toBeLessThanOrEqual(drawnAlone(synthetic, window, DESKTOP));
  });

  it('keeps to the shortest span at the latest event when the data is too dense to draw any alone', () => {
    const packed = sourceOf(
      datasetOf(
        Array.from({ length: 3000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 100) * DAY).toISOString().slice(0, 10)),
      ),
    );
    const window = defaultWindow(packed, DESKTOP)!;
    expect(window.end - window.start).toBe(2 * DAY);
    expect(window.end).toBeGreaterThan(packed.start(packed.length - 1));
  });

  it('shows a dozen recent events one by one on the bundled dataset, at desktop and phone width', () => {
    const real = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/events.json'), 'utf8')) as Dataset;
    const source = sourceOf(real);
    const extent = fitWindow(source)!;
    for (const geometry of [DESKTOP, PHONE]) {
      const window = defaultWindow(source, geometry)!;
      expect(window.end - window.start).toBeLessThan((extent.end - extent.start) / 10);
      expect(window.start).toBeGreaterThan(Date.UTC(2024, 0, 1));
      expect(drawnAlone(source, window, geometry)).toBeGreaterThanOrEqual(12);
    }
  });
});
