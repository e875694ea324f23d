import { describe, expect, it } from 'vitest';
import { findCrossRecordProblems } from '../../src/domain/integrity';
import { datasetSchema } from '../../src/domain/schema';
import { changelogSchema } from '../../src/domain/changelog';
import { fixtureChangelog } from '../e2e/fixtures/changelog';
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

  it('has a changelog whose events are in it, and whose removals are its withdrawals', () => {
    const dataset = fixtureDataset();
    const changelog = changelogSchema.parse(fixtureChangelog());
    expect(changelog.at(-1)!.version).toBe(dataset.version);
    const titles = new Map(dataset.events.map((event) => [event.id, event.title]));
    for (const entry of changelog) {
      for (const item of [...entry.added, ...entry.changed]) expect(titles.get(item.id)).toBe(item.title);
      for (const item of entry.removed)
        expect(dataset.withdrawn).toContainEqual(expect.objectContaining({ id: item.id, title: item.title, reason: item.reason }));
    }
  });
});
