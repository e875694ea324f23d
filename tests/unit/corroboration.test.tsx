import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

/** The sample with one event backed by two publishers and one by two articles of the same publisher. */
function withCorroboration(): Dataset {
  const dataset = sampleDataset();
  const meeting = dataset.events.find((event) => event.id === 'coale-meets-lukashenko')!;
  meeting.sources[0]!.kind = 'news';
  meeting.sources.push({ ...meeting.sources[0]!, publisher: 'Another Outlet', kind: 'aggregator' });
  const release = dataset.events.find((event) => event.id === 'release-52')!;
  release.sources.push({ ...release.sources[0]!, headline: 'A second article' });
  return dataset;
}

describe('corroboration', () => {
  it('filters by the level derived from the sources, with counts, and puts it in the URL', async () => {
    const user = userEvent.setup();
    renderApp({ body: withCorroboration() });
    const filters = await screen.findByRole('group', { name: 'Corroboration' });
    expect(within(filters).getByRole('checkbox', { name: 'One source, 3 events' })).toBeInTheDocument();
    expect(within(filters).getByRole('checkbox', { name: 'Several sources, one publisher, 1 event' })).toBeInTheDocument();
    await user.click(within(filters).getByRole('checkbox', { name: 'Several independent publishers, 1 event' }));
    expect(screen.getByText('Showing 1 of 5 events')).toHaveAttribute('role', 'status');
    expect(new URLSearchParams(window.location.search).get('corroboration')).toBe('independent');
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByText('Showing 5 of 5 events')).toBeInTheDocument();
  });

  it('opens from a link with corroboration= and shows the level and each source’s kind in the panel', async () => {
    renderApp({ body: withCorroboration(), url: '/?corroboration=independent&event=coale-meets-lukashenko' });
    expect(await screen.findByText('Showing 1 of 5 events')).toBeInTheDocument();
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByText('Several independent publishers')).toBeInTheDocument();
    expect(within(panel).getByText(/News report/)).toBeInTheDocument();
    expect(within(panel).getByText(/Aggregator/)).toBeInTheDocument();
  });
});
