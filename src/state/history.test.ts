import { afterEach, describe, expect, it } from 'vitest';
import { flushHistory, writeHistory } from './history';
import { INITIAL_VIEW } from './view-state';

describe('the address bar', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('keeps the embed’s own parameters when the view changes, and adds no history entry inside an embed', () => {
    window.history.replaceState(null, '', '/?embed=1&filters=1&theme=dark');
    const entries = window.history.length;
    writeHistory({ ...INITIAL_VIEW, event: 'coale-meets' }, 'push');
    flushHistory();
    expect(window.location.search).toBe('?event=coale-meets&embed=1&filters=1&theme=dark');
    expect(window.history.length).toBe(entries);
  });

  it('adds an entry for a new view in the full app', () => {
    window.history.replaceState(null, '', '/');
    const entries = window.history.length;
    writeHistory({ ...INITIAL_VIEW, types: ['release'] }, 'push');
    flushHistory();
    expect(window.location.search).toBe('?types=release');
    expect(window.history.length).toBe(entries + 1);
  });
});
