import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../tests/fixtures/sample-dataset';
import { findConflicts } from './conflicts';
import { buildIndex } from './dataset-index';

describe('conflicting claims', () => {
  it('marks statistics that give different values for the same figure at nearly the same time', () => {
    const dataset = sampleDataset();
    const base = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
    dataset.events.push(
      { ...base, id: 'office-count-2025-01', date: '2025-01', figures: { politicalPrisoners: 1300 } },
      { ...base, id: 'same-value-2025-01-10', date: '2025-01-10', figures: { politicalPrisoners: 1265 } },
      { ...base, id: 'much-later-2025-06', date: '2025-06', figures: { politicalPrisoners: 1100 } },
    );
    const conflicts = findConflicts(buildIndex(dataset));
    expect(conflicts.get('viasna-count-2024-12-31')?.map((c) => c.otherId)).toEqual(['office-count-2025-01']);
    expect(conflicts.get('office-count-2025-01')?.map((c) => [c.otherId, c.otherValue])).toEqual([
      ['viasna-count-2024-12-31', 1265],
      ['same-value-2025-01-10', 1265],
    ]);
    expect(conflicts.has('much-later-2025-06')).toBe(false);
  });
});
