import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../tests/fixtures/sample-dataset';
import { NOT_NAMED, prisonerSeries, thinPoints } from './counts';
import { formatFigure } from './figures';

describe('thinning a dense line', () => {
  const points = Array.from({ length: 1000 }, (_, i) => ({ time: i, value: i === 500 ? 9999 : i % 7 === 0 ? -5 : i % 10 }));

  it('keeps at most four points per bucket, in time order, with every peak and trough', () => {
    const x = (time: number) => time / 10; // 100 px for 1,000 points
    const thin = thinPoints(points, x, 2);
    expect(thin.length).toBeLessThanOrEqual(4 * 50);
    expect(thin.map((p) => p.time)).toEqual([...thin.map((p) => p.time)].sort((a, b) => a - b));
    expect(thin.some((p) => p.value === 9999)).toBe(true);
    expect(thin.filter((p) => p.value === -5).length).toBeGreaterThan(0);
    expect(thin[0]).toBe(points[0]);
    expect(thin.at(-1)).toBe(points.at(-1));
  });

  it('keeps every point when they are sparse', () => {
    expect(thinPoints(points.slice(0, 20), (time) => time * 10)).toEqual(points.slice(0, 20));
  });
});

describe('political-prisoner series', () => {
  const dataset = sampleDataset();
  const base = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
  const actor = (id: string) => dataset.actors.find((a) => a.id === id)?.name;
  const events = [
    base,
    {
      ...base,
      id: 'quoted-2025-01',
      date: '2025-01',
      countedBy: undefined,
      quotedBy: 'sviatlana-tsikhanouskaya',
      figures: { politicalPrisoners: { value: 1300, qualifier: 'over' as const } },
    },
    {
      ...base,
      id: 'unnamed-2025-12',
      date: '2025-12',
      countedBy: undefined,
      figures: { politicalPrisoners: { value: 1200, qualifier: 'about' as const } },
    },
    // Published by a news site, counted by Viasna: drawn in Viasna's series.
    {
      ...base,
      id: 'viasna-via-news-2025-02',
      date: '2025-02',
      sources: [{ ...base.sources[0]!, publisher: 'A news site' }],
      figures: { politicalPrisoners: { value: 1234 } },
    },
  ];

  it('draws each count in the series of who counted it, a person quoting a count apart, and an unnamed counter as such', () => {
    const series = prisonerSeries(events, actor);
    expect(series.map((s) => [s.label, s.points.map((p) => formatFigure(p))])).toEqual([
      ['Human Rights Center "Viasna"', ['1,265', '1,234']],
      ['quoted by Sviatlana Tsikhanouskaya', ['over 1,300']],
      [NOT_NAMED, ['about 1,200']],
    ]);
  });
});
