import { describe, expect, it } from 'vitest';
import type { DensitySource } from '../../domain/partial-date';
import { eventAfter, eventBefore, nearestEvent, overviewDensity } from './overview-density';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const placed = (starts: number[], weights?: number[]): DensitySource => ({
  length: starts.length,
  longest: 0,
  start: (i) => starts[i]!,
  end: () => Number.NaN,
  ...(weights ? { weight: (i: number) => weights[i]! } : {}),
});

describe('the overview strip’s density', () => {
  const starts = [day('2020-01-01'), day('2020-01-02'), day('2024-06-01')];

  it('counts one event per placement', () => {
    const overview = overviewDensity(placed(starts), 10)!;
    expect([...overview.counts].reduce((a, b) => a + b, 0)).toBe(3);
    expect(overview.counts[0]).toBe(2);
    expect(overview.counts[9]).toBe(1);
  });

  it('counts a weighted placement (a large dataset’s date) as its events', () => {
    const overview = overviewDensity(placed(starts, [500, 1, 40]), 10)!;
    expect(overview.counts[0]).toBe(501);
    expect(overview.counts[9]).toBe(40);
  });

  it('jumps between placements, however many events each stands for', () => {
    const source = placed(starts, [500, 1, 40]);
    expect(nearestEvent(source, day('2024-01-01'))).toBe(2);
    expect(eventBefore(source, day('2024-01-01'))).toBe(1);
    expect(eventAfter(source, day('2020-01-02'))).toBe(2);
  });
});
