import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../../tests/fixtures/sample-dataset';
import { NO_FILTERS, type Filters } from '../filters';
import { buildIndex } from '.';

const index = buildIndex(sampleDataset());
const ids = (filters: Filters) => index.view(filters).events.map((e) => e.id);

describe('filters', () => {
  it('keeps date order with no filter', () => {
    expect(ids(NO_FILTERS)).toEqual([
      'viasna-count-2024-12-31',
      'election-2025',
      'release-52',
      'tsikhanouskaya-warsaw',
      'coale-meets-lukashenko',
    ]);
  });

  it('answers a view without filters once, whichever empty lists the filters hold', () => {
    const first = buildIndex(sampleDataset());
    const loaded = first.view(NO_FILTERS);
    expect(first.view({ types: [], actors: [], q: '', corroboration: [] })).toBe(loaded);
    expect(first.view({ types: [], actors: [], q: '' })).toBe(loaded);
  });

  it('filters by type, by any chosen actor, and by text', () => {
    expect(ids({ ...NO_FILTERS, types: ['meeting', 'release'] })).toEqual(['release-52', 'coale-meets-lukashenko']);
    expect(ids({ ...NO_FILTERS, actors: ['viasna', 'sviatlana-tsikhanouskaya'] })).toEqual([
      'viasna-count-2024-12-31',
      'tsikhanouskaya-warsaw',
    ]);
    expect(ids({ ...NO_FILTERS, q: 'warsaw' })).toEqual(['tsikhanouskaya-warsaw']);
  });

  it('finds actors through any alias, without diacritics', () => {
    expect(ids({ ...NO_FILTERS, q: 'Lukasenka' })).toEqual(['election-2025', 'release-52', 'coale-meets-lukashenko']);
    expect(ids({ ...NO_FILTERS, q: 'cichanouskaja' })).toEqual(['tsikhanouskaya-warsaw']);
  });

  it('treats regex syntax in the query as plain text', () => {
    expect(ids({ ...NO_FILTERS, q: '(a+)+$' })).toEqual([]);
    expect(ids({ ...NO_FILTERS, q: '1,265' })).toEqual(['viasna-count-2024-12-31']);
  });

  it('counts each facet under the other filters', () => {
    const types = index.view({ ...NO_FILTERS, types: ['meeting'], actors: ['john-coale'] }).typeCounts;
    expect(Object.fromEntries(types)).toEqual({ release: 1, meeting: 1 });
    const actors = index.view({ ...NO_FILTERS, types: ['meeting'] }).actorCounts;
    expect(Object.fromEntries(actors)).toEqual({ 'john-coale': 1, 'alexander-lukashenko': 1 });
  });
});

describe('a view, read by position', () => {
  const meetings = index.view({ ...NO_FILTERS, types: ['meeting', 'release'] });

  it('finds its events, and says where a hidden one would sit', () => {
    expect(meetings.indexOf('coale-meets-lukashenko')).toBe(1);
    expect(meetings.indexOf('election-2025')).toBe(-1);
    expect(meetings.indexOf('no-such-event')).toBe(-1);
    expect(meetings.neighbours('release-52')).toMatchObject({ previous: null, next: { id: 'coale-meets-lukashenko' }, position: 1 });
    // Hidden by the filter: the nearest shown events around it, no place of its own.
    expect(meetings.neighbours('tsikhanouskaya-warsaw')).toMatchObject({
      previous: { id: 'release-52' },
      next: { id: 'coale-meets-lukashenko' },
      position: null,
    });
  });

  it('places its events on the axis and keeps those that overlap a window', () => {
    const first = meetings.start(0);
    expect(meetings.type(0)).toBe('release');
    expect(meetings.within(first - 1, first + 1).map((e) => e.id)).toEqual(['release-52']);
    expect(meetings.within(0, 1)).toEqual([]);
  });
});

describe('search that knows people', () => {
  const people = buildIndex({
    ...sampleDataset(),
    events: [
      ...sampleDataset().events,
      {
        id: 'untagged-mention',
        date: '2025-03-01',
        type: 'statement',
        title: 'A statement that names Cichanoŭskaja in its text only',
        summary: 'No actor is tagged.',
        actors: [],
        sources: [{ document: 'd', publisher: 'p', headline: 'h', quote: 'q' }],
      },
    ],
  });
  const found = (q: string) => people.view({ ...NO_FILTERS, q }).events.map((e) => e.id);

  it('gives the same results for every spelling of a person', () => {
    expect(found('Cichanoŭskaja')).toEqual(found('Sviatlana Tsikhanouskaya'));
    expect(found('Cichanouskaja')).toEqual(['untagged-mention', 'tsikhanouskaya-warsaw']);
    expect(found('Łukašenka')).toEqual(found('Lukashenka'));
    expect(found('Lukashenka')).toEqual(found('Alexander Lukashenko'));
  });
});
