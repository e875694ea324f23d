import { describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../../tests/fixtures/sample-dataset';
import { checkRecords, checkRecordsInSlices, DatasetError } from './parse-dataset';
import { quickActor, quickEvent } from './quick-check';

const checks = { actor: quickActor, event: quickEvent };

/** The sample's events, repeated under new ids until there are `count`, one of them broken. */
function bigFile(count: number) {
  const file = sampleDataset() as unknown as { events: Record<string, unknown>[] };
  const base = file.events;
  file.events = Array.from({ length: count }, (_, i) => ({ ...base[i % base.length]!, id: `event-${i}` }));
  file.events[37] = { ...file.events[37]!, date: 'not a date' };
  return file;
}

describe('checking the records in slices', () => {
  it('keeps and skips exactly what the one-step check does', async () => {
    const file = bigFile(200);
    const pause = vi.fn(() => Promise.resolve());
    const sliced = await checkRecordsInSlices(file, checks, pause, 0);
    expect(sliced).toEqual(checkRecords(file, checks));
    expect(sliced.dataset.events).toHaveLength(199);
    expect(sliced.skipped).toEqual([expect.objectContaining({ id: 'event-37' })]);
  });

  it('pauses between slices once a slice has used its time', async () => {
    const pause = vi.fn(() => Promise.resolve());
    await checkRecordsInSlices(bigFile(200), checks, pause, 0);
    // With no time to spare, every 16 records and once before the cross-record checks.
    expect(pause).toHaveBeenCalledTimes(Math.floor(200 / 16) + 1);
  });

  it('does not pause while a slice is within its time', async () => {
    const pause = vi.fn(() => Promise.resolve());
    await checkRecordsInSlices(bigFile(200), checks, pause, 60_000);
    expect(pause).not.toHaveBeenCalled();
  });

  it('refuses a file of the wrong shape, as the one-step check does', async () => {
    await expect(checkRecordsInSlices({ version: 'x', actors: [] }, checks, () => Promise.resolve())).rejects.toEqual(
      new DatasetError('shape', { field: 'events', problem: 'events: expected a list' }),
    );
  });
});
