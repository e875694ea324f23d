import { describe, expect, it } from 'vitest';
import { changedFields, nextChangelog } from '../../scripts/data/changelog';
import type { PublishedDataset } from '../../scripts/data/last-published';
import type { Changelog } from '../../src/domain/changelog';
import type { Dataset } from '../../src/domain/schema';

const event = (id: string, title = id) => ({ id, date: '2025-01-01', type: 'other', title, summary: 's', actors: [], sources: [] });
const published = (version: string, events: ReturnType<typeof event>[], extra: Partial<PublishedDataset> = {}): PublishedDataset => ({
  version,
  actors: [],
  events,
  ...extra,
});
const built = (version: string, events: ReturnType<typeof event>[], extra: Partial<Dataset> = {}) =>
  ({ version, actors: [], events, ...extra }) as unknown as Dataset;

describe('the changelog the data build appends to', () => {
  it('names changed fields in the record’s order, then the dropped ones', () => {
    expect(changedFields({ title: 'a', summary: 'b', note: 'n' }, { title: 'a', summary: 'c', figures: {} })).toEqual([
      'summary',
      'figures',
      'note',
    ]);
  });

  it('records a version it never saw as unrecorded, then what changed after it', () => {
    const log: Changelog = [{ version: 'v1', date: '2026-01-01', events: 1, added: [], changed: [], removed: [] }];
    const next = nextChangelog(
      log,
      published('2026-01-02.v2', [event('a')]),
      built('2026-01-03.v3', [event('a'), event('b')]),
      '2026-01-03',
    );
    expect(next.slice(1)).toEqual([
      expect.objectContaining({
        version: '2026-01-02.v2',
        date: '2026-01-02',
        unrecorded: true,
        note: expect.stringMatching(/not recorded/),
      }),
      { version: '2026-01-03.v3', date: '2026-01-03', events: 2, added: [{ id: 'b', title: 'b' }], changed: [], removed: [] },
    ]);
  });

  it('lists a new withdrawal as removed, and an edited earlier one under other', () => {
    const before = published('v1', [event('a'), event('b', 'Old B')], {
      withdrawn: [{ id: 'z', title: 'Z', reason: 'r1', withdrawn: '2026-01-01' }],
    });
    const log: Changelog = [{ version: 'v1', date: '2026-01-01', events: 2, added: [], changed: [], removed: [] }];
    const after = built('v2', [event('a')], {
      withdrawn: [
        { id: 'b', title: 'Old B', reason: 'Reported twice.', withdrawn: '2026-01-02' },
        { id: 'z', title: 'Z', reason: 'r2', withdrawn: '2026-01-01' },
      ],
    });
    const last = nextChangelog(log, before, after, '2026-01-02').at(-1)!;
    expect(last.removed).toEqual([{ id: 'b', title: 'Old B', reason: 'Reported twice.' }]);
    expect(last.other).toEqual(['withdrawn']);
  });

  it('appends nothing when the version is the last one recorded', () => {
    const log: Changelog = [{ version: 'v1', date: '2026-01-01', events: 1, added: [], changed: [], removed: [] }];
    expect(nextChangelog(log, published('v1', [event('a')]), built('v1', [event('a')]), '2026-02-01')).toEqual(log);
  });
});
