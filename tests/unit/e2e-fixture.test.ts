import { describe, expect, it } from 'vitest';
import { findCrossRecordProblems } from '../../src/domain/integrity';
import { datasetSchema } from '../../src/domain/schema';
import { fixtureDataset } from '../e2e/fixtures/dataset';

describe('the browser journeys’ fixture dataset', () => {
  it('is a valid published dataset: the app would show every record', () => {
    const dataset = fixtureDataset();
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
    expect(findCrossRecordProblems(dataset.actors, dataset.events)).toEqual([]);
  });

  it('says on every event and quote that it is test data, never evidence', () => {
    for (const event of fixtureDataset().events) {
      expect(`${event.title} ${event.summary}`).toMatch(/fixture|test/i);
      for (const source of event.sources) expect(source.quote).toMatch(/^Fixture quote, invented for the browser tests/);
    }
  });
});
