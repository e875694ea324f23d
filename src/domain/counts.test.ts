import { describe, expect, it } from 'vitest';
import { thinPoints } from './counts';

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
