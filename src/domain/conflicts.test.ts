import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../tests/fixtures/sample-dataset';
import { findConflicts } from './conflicts';
import { buildIndex } from './dataset-index';
import { figuresDisagree, formatFigure } from './figures';
import type { Figure } from './schema';

const prisoners = (value: number, qualifier?: Figure['qualifier']) => ({
  politicalPrisoners: qualifier ? { value, qualifier } : { value },
});

describe('conflicting claims', () => {
  it('marks statistics whose claims for the same figure at nearly the same time cannot both hold', () => {
    const dataset = sampleDataset();
    const base = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
    dataset.events.push(
      { ...base, id: 'exact-other-2025-01', date: '2025-01', figures: prisoners(1300, 'exact') },
      { ...base, id: 'same-value-2025-01-10', date: '2025-01-10', figures: prisoners(1265, 'exact') },
      { ...base, id: 'at-least-2025-01-12', date: '2025-01-12', figures: prisoners(1200, 'at least') },
      { ...base, id: 'much-later-2025-06', date: '2025-06', figures: prisoners(1100, 'exact') },
    );
    const conflicts = findConflicts(buildIndex(dataset));
    expect(conflicts.get('viasna-count-2024-12-31')?.map((c) => c.otherId)).toEqual(['exact-other-2025-01']);
    expect(conflicts.get('exact-other-2025-01')?.map((c) => [c.otherId, formatFigure(c.otherValue)])).toEqual([
      ['viasna-count-2024-12-31', '1,265'],
      ['same-value-2025-01-10', '1,265'],
    ]);
    // "at least 1,200" holds with 1,265 and with 1,300 alike.
    expect(conflicts.has('at-least-2025-01-12')).toBe(false);
    expect(conflicts.has('much-later-2025-06')).toBe(false);
  });

  it('does not call "over 1,300" and a larger or qualified count a disagreement, but does an exact count at or below it', () => {
    const dataset = sampleDataset();
    const base = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
    dataset.events.push({ ...base, id: 'over-1300-2025-01-05', date: '2025-01-05', figures: prisoners(1300, 'over') });
    const conflicts = findConflicts(buildIndex(dataset));
    expect(conflicts.get('over-1300-2025-01-05')?.map((c) => [formatFigure(c.value), formatFigure(c.otherValue)])).toEqual([
      ['over 1,300', '1,265'],
    ]);
  });
});

describe('when two figures disagree', () => {
  const f = (value: number, qualifier?: Figure['qualifier']): Figure => (qualifier ? { value, qualifier } : { value });
  it.each([
    [f(1265, 'exact'), f(1296, 'exact'), true],
    [f(1265, 'exact'), f(1265, 'exact'), false],
    [f(1300, 'over'), f(1265, 'exact'), true],
    [f(1300, 'over'), f(1300, 'exact'), true],
    [f(1300, 'over'), f(1310, 'exact'), false],
    [f(1300, 'over'), f(1200, 'over'), false],
    [f(1300, 'over'), f(1300, 'at least'), false],
    [f(1300, 'at least'), f(1300, 'exact'), false],
    [f(1300, 'at least'), f(1299, 'exact'), true],
    [f(150, 'up to'), f(150, 'exact'), false],
    [f(150, 'up to'), f(151, 'exact'), true],
    [f(150, 'up to'), f(200, 'over'), true],
    [f(1200, 'about'), f(1265, 'exact'), false],
    [f(1200, 'about'), f(1385, 'exact'), true],
    [f(300, 'almost'), f(300, 'exact'), true],
    [f(300, 'almost'), f(290, 'exact'), false],
    // A bare number from an old file is read as exact.
    [f(1265), f(1296), true],
    [f(1265), f(1200, 'over'), false],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(figuresDisagree(a, b)).toBe(expected);
    expect(figuresDisagree(b, a)).toBe(expected);
  });

  it('writes the qualifier before the number, and a plain or old figure as the number alone', () => {
    expect(
      [f(1300, 'over'), f(1200, 'about'), f(21, 'at least'), f(150, 'up to'), f(300, 'almost'), f(1265, 'exact'), f(1265)].map((figure) =>
        formatFigure(figure),
      ),
    ).toEqual(['over 1,300', 'about 1,200', 'at least 21', 'up to 150', 'almost 300', '1,265', '1,265']);
  });
});
