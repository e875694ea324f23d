import { describe, expect, it } from 'vitest';
import { anchorProblems } from '../../scripts/data/anchors';
import { CORROBORATION_LEVEL_IDS, corroborationOf, SOURCE_KIND_IDS } from '../../src/domain/corroboration';
import { findCrossRecordProblems } from '../../src/domain/integrity';
import { contextFileSchema, datasetSchema } from '../../src/domain/schema';
import { changelogSchema } from '../../src/domain/changelog';
import { fixtureChangelog } from '../e2e/fixtures/changelog';
import { fixtureDataset } from '../e2e/fixtures/dataset';
import { fixtureFiles, fixtureJoined, fixturePublished } from '../e2e/fixtures/published';
import { documentFiles } from '../e2e/fixtures/sources';

describe('the browser journeys’ fixture dataset', () => {
  it('is a valid published dataset: the app would show every record', () => {
    const dataset = fixtureDataset();
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
    expect(findCrossRecordProblems(dataset.actors, dataset.events)).toEqual([]);
  });

  it('is published as the data build publishes: events.json names its side files, which the app accepts', () => {
    const { core, context, translations } = fixturePublished();
    expect(() => datasetSchema.parse(core)).not.toThrow();
    expect(() => contextFileSchema.parse(context)).not.toThrow();
    expect(core.parts).toEqual({ context: 'context.json', translations: { be: 'events.be.json', ru: 'events.ru.json' } });
    expect(Object.keys(fixtureFiles()).sort()).toEqual([
      'changelog.json',
      'context.json',
      'events.be.json',
      'events.json',
      'events.outline.json',
      'events.ru.json',
    ]);
    expect(translations.map((file) => Object.keys(file.translations))).toEqual([
      ['fixture-meeting-2025-12-12'],
      ['fixture-meeting-2025-12-12'],
    ]);
    // Joined back, the files are the whole dataset again.
    expect(fixtureJoined()).toEqual((({ parts: _parts, ...rest }) => rest)(fixtureDataset()));
  });

  it('anchors every quote in its invented document, as the data build checks them', () => {
    const dataset = fixtureDataset();
    const documents = new Map(dataset.documents!.map((document) => [document.id, document]));
    expect(anchorProblems(dataset.events, documents, documentFiles(dataset.events))).toEqual([]);
  });

  it('has a source of every kind and events at every level of corroboration', () => {
    const events = fixtureDataset().events;
    expect(new Set(events.flatMap((event) => event.sources.map((source) => source.kind)))).toEqual(new Set(SOURCE_KIND_IDS));
    expect(new Set(events.map(corroborationOf))).toEqual(new Set(CORROBORATION_LEVEL_IDS));
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
