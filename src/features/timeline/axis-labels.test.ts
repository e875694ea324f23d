import { describe, expect, it } from 'vitest';
import { majorLabel, minorLabel } from './axis-labels';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axis labels', () => {
  it('label days with their number and, above them, the month and year', () => {
    expect(minorLabel(day('2024-12-23'), 'day', 'en')).toBe('23');
    expect(majorLabel(day('2024-12-01'), 'day', 'en')).toBe('December 2024');
  });

  it('label each week over days with its Monday, not the month again', () => {
    // Narrow timelines mark weeks: over days a run of steps starts on every Monday.
    const mondays = ['2024-12-16', '2024-12-23', '2024-12-30'].map((d) => majorLabel(day(d), 'day', 'en', true));
    expect(mondays).toEqual(['16 December 2024', '23 December 2024', '30 December 2024']);
    expect(majorLabel(day('2024-12-23'), 'day', 'be', true)).toMatch(/^23 снежня 2024/);
  });

  it("leave out a week step's number within two days of the month's 1st", () => {
    // Weeks starting on Sundays: 30 November 2025, then vis-timeline's extra step on 1 December.
    expect(minorLabel(day('2025-11-30'), 'week', 'en')).toBe('');
    expect(minorLabel(day('2025-12-01'), 'week', 'en')).toBe('1');
    expect(minorLabel(day('2025-12-07'), 'week', 'en')).toBe('7');
    expect(minorLabel(day('2024-12-29'), 'week', 'en')).toBe('29'); // three days before 1 January
    // 1 November 2025 is a Saturday: the week step on the 2nd is left out, the one on the 9th is not.
    expect(minorLabel(day('2025-11-02'), 'week', 'en')).toBe('');
    expect(minorLabel(day('2025-11-09'), 'week', 'en')).toBe('9');
    expect(minorLabel(day('2025-11-30'), 'day', 'en')).toBe('30'); // over days, no step is left out
  });

  it('keep the month and year over weeks, and the year over months', () => {
    expect(majorLabel(day('2025-01-01'), 'week', 'en', true)).toBe('January 2025');
    expect(majorLabel(day('2025-01-01'), 'month', 'en', true)).toBe('2025');
  });
});
