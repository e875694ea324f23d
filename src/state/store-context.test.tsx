import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFilterChangeListener, ViewStoreProvider } from './store-context';
import { createViewStore } from './view-store';
import type { ViewState } from './view-state';

describe('useFilterChangeListener', () => {
  it('calls back within the change itself for a type, actor or corroboration filter, not for typing or the window', () => {
    const store = createViewStore('');
    const heard: ViewState[] = [];
    function Listener() {
      useFilterChangeListener((view) => heard.push(view));
      return null;
    }
    render(
      <ViewStoreProvider store={store}>
        <Listener />
      </ViewStoreProvider>,
    );
    const { actions } = store.getState();
    // Heard as the action returns: before React could draw anything.
    actions.typeToggled('release');
    expect(heard.map((view) => view.types)).toEqual([['release']]);
    actions.actorToggled('a');
    actions.corroborationToggled('independent');
    expect(heard.map((view) => [view.actors, view.corroboration])).toEqual([
      [[], []],
      [['a'], []],
      [['a'], ['independent']],
    ]);
    actions.queryChanged('minsk');
    actions.windowChanged({ from: '2024-01-01', to: '2024-02-01' });
    expect(heard).toHaveLength(3);
  });
});
