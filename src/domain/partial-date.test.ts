import { describe, expect, it } from 'vitest';
import { endOf, formatPartialDate, formatRange, parsePartialDate, startOf } from './partial-date';

describe('partial dates', () => {
  it('reads the precision from the length of the string', () => {
    expect(parsePartialDate('2024')?.precision).toBe('year');
    expect(parsePartialDate('2024-12')?.precision).toBe('month');
    expect(parsePartialDate('2024-12-05')?.precision).toBe('day');
  });

  it('refuses impossible dates and other shapes', () => {
    for (const bad of ['2025-02-30', '2024-13', '2024-00', '2023-02-29', '24-01-01', '2024-1-1', '2024-01-01T00:00', '', '0000']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
  });

  it('shows a date at its own precision, never as the 1st', () => {
    expect(formatPartialDate('2024-12')).toBe('Dec 2024');
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-12-01')).toBe('1 Dec 2024');
    expect(formatRange('2025-01-27', '2025-01-31')).toBe('27 Jan 2025 – 31 Jan 2025');
  });

  it('writes months in Belarusian and Russian by Intl, at the same precision', () => {
    expect(formatPartialDate('2025-12', 'be')).toBe('снежань 2025');
    expect(formatPartialDate('2025-12-12', 'be')).toMatch(/^12 снежня 2025/);
    expect(formatPartialDate('2025-12', 'ru')).toMatch(/^декабрь 2025/);
    expect(formatPartialDate('2025-12-12', 'ru')).toMatch(/^12 декабря 2025/);
    expect(formatPartialDate('2025', 'ru')).toBe('2025');
    expect(formatPartialDate('2024-12-01', 'be')).toMatch(/^1 снежня 2024/);
  });

  it('spans whole months and years in UTC', () => {
    const month = parsePartialDate('2024-02')!;
    expect(new Date(startOf(month)).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(new Date(endOf(month)).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    const day = parsePartialDate('2025-08-01')!;
    expect(new Date(startOf(day)).toISOString()).toBe('2025-08-01T00:00:00.000Z');
  });
});
