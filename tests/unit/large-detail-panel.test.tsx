import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../fixtures/sample-dataset';
import { Providers } from '../../src/app/providers';
import { buildIndex } from '../../src/domain/dataset-index';
import { DatasetIndexProvider } from '../../src/state/dataset-context';
import { LargeViewProvider, type LargeView } from '../../src/state/large-view';
import { createViewStore } from '../../src/state/view-store';
import { DetailPanel } from '../../src/features/event-detail/detail-panel';

/** A large dataset still reading the window of a link to one event, with `opened` read already (or not). */
function largeReading(opened: LargeView['opened']): LargeView {
  return {
    total: 1_000_000,
    levels: true,
    extent: null,
    density: { length: 0, longest: 0, start: () => 0, end: () => 0, weight: () => 0 },
    matching: null,
    inWindow: null,
    periods: [],
    loading: true,
    error: null,
    opened,
    updated: false,
    retry: () => undefined,
    inView: () => null,
    counts: null,
    actor: { events: async () => [], total: () => 0 },
  };
}

function renderPanel(opened: LargeView['opened']) {
  const dataset = sampleDataset();
  const event = dataset.events[0]!;
  // The window's events are not in yet: the index holds none of them.
  const index = buildIndex({ ...dataset, events: [] });
  render(
    <Providers store={createViewStore(`?event=${event.id}`)}>
      <DatasetIndexProvider index={index}>
        <LargeViewProvider value={largeReading(opened)}>
          <DetailPanel />
        </LargeViewProvider>
      </DatasetIndexProvider>
    </Providers>,
  );
  return event;
}

describe('the detail panel on a large dataset, opened by a link', () => {
  it('shows the linked event as soon as it is read, before its window', () => {
    const dataset = sampleDataset();
    const event = renderPanel(dataset.events[0]!);
    expect(screen.getByRole('heading', { name: event.title })).toBeInTheDocument();
    expect(screen.queryByText('Reading this event…')).toBeNull();
    // Not "hidden by the filters": the window's events are simply not in yet.
    expect(screen.queryByText(/hidden/i)).toBeNull();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
  });

  it('says it is reading the event until it is read', () => {
    const event = renderPanel(null);
    expect(screen.getByRole('status')).toHaveTextContent('Reading this event…');
    expect(screen.queryByRole('heading', { name: event.title })).toBeNull();
  });
});
