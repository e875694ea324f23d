import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/domain/schema';
import { generateDataset, generateRecords } from '../../scripts/synthetic/generate';
import { findCrossRecordProblems } from '../../src/domain/integrity';

describe('synthetic data generator', () => {
  const dataset = generateDataset({ events: 2000, seed: 7 });

  it('writes the published format, with valid cross-references', () => {
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
    expect(findCrossRecordProblems(dataset.actors, dataset.events)).toEqual([]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(generateDataset({ events: 50, seed: 7 }))).toBe(JSON.stringify(generateDataset({ events: 50, seed: 7 })));
    expect(JSON.stringify(generateDataset({ events: 50, seed: 8 }))).not.toBe(JSON.stringify(generateDataset({ events: 50, seed: 7 })));
  });

  it('looks like real data: a mix of types, mixed precision, 1–3 sources, ~1,000 actors with aliases', () => {
    const types = new Set(dataset.events.map((e) => e.type));
    expect(types.size).toBeGreaterThan(10);
    const lengths = new Set(dataset.events.map((e) => e.date.length));
    expect([...lengths].sort()).toEqual([10, 4, 7].sort());
    expect(dataset.actors).toHaveLength(1000);
    expect(dataset.actors.every((a) => a.aliases.length > 0)).toBe(true);
    const sources = dataset.events.map((e) => e.sources.length);
    expect(Math.min(...sources)).toBe(1);
    expect(Math.max(...sources)).toBeLessThanOrEqual(3);
    const bytes = JSON.stringify(dataset.events).length / dataset.events.length;
    expect(bytes).toBeGreaterThan(350);
    expect(bytes).toBeLessThan(800);
  });

  it('streams the same records one at a time (the NDJSON mode), in generation order', () => {
    const { actors, events } = generateRecords({ events: 50, seed: 7 });
    const streamed = [...events];
    const dataset = generateDataset({ events: 50, seed: 7 });
    expect([...actors].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(dataset.actors);
    expect(new Set(streamed.map((e) => JSON.stringify(e)))).toEqual(new Set(dataset.events.map((e) => JSON.stringify(e))));
  });
});
