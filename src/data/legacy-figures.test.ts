import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../tests/fixtures/sample-dataset';
import { parseDatasetText } from './full-check';
import { checkRecords } from './parse-dataset';
import { quickActor, quickEvent } from './quick-check';

/** A file published before qualifiers: figures are bare numbers. */
function oldFile() {
  const dataset = sampleDataset() as unknown as { events: Record<string, unknown>[] };
  dataset.events[0]!.figures = { released: 52, politicalPrisoners: 40 };
  return dataset;
}

const checks = {
  'the quick structural check': (json: unknown) => checkRecords(json, { actor: quickActor, event: quickEvent }),
  "the worker's schema check": (json: unknown) => parseDatasetText(JSON.stringify(json)),
};

describe.each(Object.entries(checks))('%s', (_, check) => {
  it('reads an old file whose figures are bare numbers, as figures that claim no qualifier', () => {
    const { dataset, skipped } = check(oldFile());
    expect(skipped).toEqual([]);
    expect(dataset.events.find((e) => e.id === 'release-52')!.figures).toEqual({ released: { value: 52 }, politicalPrisoners: { value: 40 } });
  });

  it('keeps qualified figures as they are', () => {
    const { dataset, skipped } = check(sampleDataset());
    expect(skipped).toEqual([]);
    expect(dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!.figures).toEqual({ politicalPrisoners: { value: 1265, qualifier: 'exact' } });
  });

  it('skips an event whose figure has an unknown qualifier, and says which', () => {
    const file = sampleDataset() as unknown as { events: Record<string, unknown>[] };
    file.events[0]!.figures = { released: { value: 52, qualifier: 'roughly' } };
    const { dataset, skipped } = check(file);
    expect(dataset.events.map((e) => e.id)).not.toContain('release-52');
    expect(skipped).toEqual([expect.objectContaining({ id: 'release-52', reason: expect.stringMatching(/figures/) })]);
  });
});
