import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORROBORATION_LEVEL_IDS } from '../domain/corroboration';
import { EVENT_TYPE_IDS } from '../domain/event-types';
import { LANGUAGES } from '../domain/languages';
import { MAX_QUERY_LENGTH, parseView, serializeView } from './url-codec';
import type { ViewState } from './view-state';

const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);
const day = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const viewState: fc.Arbitrary<ViewState> = fc.record({
  event: fc.option(slug, { nil: null }),
  types: fc.subarray([...EVENT_TYPE_IDS]),
  actors: fc.uniqueArray(slug, { maxLength: 5 }).map((a) => [...a].sort()),
  // eslint-disable-next-line no-control-regex
  q: fc.string({ maxLength: MAX_QUERY_LENGTH }).map((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' ')),
  corroboration: fc.subarray([...CORROBORATION_LEVEL_IDS]),
  window: fc.option(
    fc
      .tuple(day, day)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a })),
    { nil: null },
  ),
  lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
});

function isValidState(state: ViewState): boolean {
  const slugRe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  return (
    (state.event === null || slugRe.test(state.event)) &&
    state.types.every((t) => (EVENT_TYPE_IDS as string[]).includes(t)) &&
    state.actors.every((a) => slugRe.test(a)) &&
    state.q.length <= MAX_QUERY_LENGTH &&
    (state.window === null || state.window.from < state.window.to)
  );
}

describe('URL codec', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseView(serializeView(state)).state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always yields a valid state, whatever the query string', () => {
    const anyQuery = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(fc.constantFrom('event', 'types', 'actors', 'q', 'from', 'to', '__proto__', 'x'), fc.string()), { maxLength: 8 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(anyQuery, (search) => {
        const { state } = parseView(search);
        expect(isValidState(state)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('lets each bad parameter fall back on its own, with a notice', () => {
    const { state, notices } = parseView('?event=coale-meets&types=release,bogus&q=%E0%A4%A&from=2025-02-30&to=2025-03-01&actors=viasna');
    expect(state.event).toBe('coale-meets');
    expect(state.types).toEqual(['release']);
    expect(state.actors).toEqual(['viasna']);
    expect(state.q).toBe('');
    expect(state.window).toBeNull();
    expect(notices.length).toBe(3);
  });

  it('reads lang=be|ru|en, and names an unknown language in a notice while keeping the rest of the link', () => {
    expect(parseView('?lang=be').state.lang).toBe('be');
    expect(serializeView({ ...parseView('?event=a-b&lang=ru').state })).toBe('?event=a-b&lang=ru');
    const { state, notices } = parseView('?event=a-b&types=release&lang=xx&q=minsk');
    expect(state).toMatchObject({ event: 'a-b', types: ['release'], q: 'minsk', lang: null });
    expect(notices).toEqual([{ key: 'notice.unknownLanguage', values: { value: 'xx' } }]);
  });

  it('reads corroboration= as a list of known levels, ignoring unknown ones with a notice', () => {
    expect(parseView('?corroboration=independent,several-sources').state.corroboration).toEqual(['several-sources', 'independent']);
    const { state, notices } = parseView('?corroboration=independent,confirmed&types=release');
    expect(state.corroboration).toEqual(['independent']);
    expect(state.types).toEqual(['release']);
    expect(notices).toEqual([expect.objectContaining({ key: 'notice.unknownCorroboration' })]);
    expect(serializeView({ ...state, event: null, actors: [], q: '', window: null })).toBe('?types=release&corroboration=independent');
  });

  it('handles hostile values', () => {
    expect(parseView('?__proto__=x&constructor=y').state.event).toBeNull();
    expect(parseView(`?q=${'a'.repeat(100_000)}`).state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parseView('?from=2025-03-01&to=2025-01-01').state.window).toBeNull();
    expect(parseView('?from=0000-01-01&to=2025-01-01').state.window).toBeNull();
    expect(parseView('?from=2025-01-01&to=275760-01-01').state.window).toBeNull();
    expect(parseView('?event=a&event=b').state.event).toBe('a');
    expect(parseView('?q=(a%2B)%2B%24').state.q).toBe('(a+)+$');
  });
});
