import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the explorer', () => {
  it('shows every event in the status line once loaded', async () => {
    renderApp({ body: sampleDataset() });
    expect(await screen.findByText('Showing 5 of 5 events')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('filters by type with counts and updates the URL', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset() });
    const meeting = await screen.findByRole('checkbox', { name: /^Meeting or call/ });
    expect(meeting).toHaveAccessibleName('Meeting or call, 1 event');
    await user.click(meeting);
    expect(screen.getByText('Showing 1 of 5 events')).toHaveAttribute('role', 'status');
    // The URL also carries the window the timeline opened on (from/to).
    expect(new URLSearchParams(window.location.search).get('types')).toBe('meeting');
  });

  it('searches without regard to case or diacritics', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset() });
    await user.type(await screen.findByRole('searchbox', { name: 'Search' }), 'lukasenka');
    expect(screen.getByText('Showing 3 of 5 events')).toBeInTheDocument();
  });

  it('picks an actor through an alias', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset() });
    await user.type(await screen.findByRole('combobox', { name: 'Actor' }), 'cichano');
    const option = screen.getByRole('option', { name: /Sviatlana Tsikhanouskaya/ });
    expect(option).toHaveTextContent('also “Cichanoŭskaja”');
    await user.click(option);
    expect(screen.getByText('Showing 1 of 5 events')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('actors')).toBe('sviatlana-tsikhanouskaya');
  });

  it('says when nothing matches and resets', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset(), url: '/?q=zzzz' });
    expect(await screen.findByText('No events match')).toBeInTheDocument();
    await user.click(within(screen.getByRole('note', { name: 'No results' })).getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByText('Showing 5 of 5 events')).toBeInTheDocument();
  });

  it('opens a deep-linked event with its date at its own precision, figures and source quote', async () => {
    renderApp({ body: sampleDataset(), url: '/?event=release-52' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: '52 detainees released' })).toBeInTheDocument();
    expect(within(panel).getByText('Sept 2025')).toBeInTheDocument();
    expect(within(panel).getByText('Released').nextSibling).toHaveTextContent('52');
    expect(within(panel).getByText('52 detainees, including 40 political prisoners, were released')).toBeInTheDocument();
    // The tab title is set after the panel is drawn (an effect, which React may run a moment later).
    await waitFor(() => expect(document.title).toContain('52 detainees released'));
  });

  it('shows a figure with the qualifier its source uses, and who counted it', async () => {
    const dataset = sampleDataset();
    const count = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
    count.figures = { politicalPrisoners: { value: 1300, qualifier: 'over' } };
    renderApp({ body: dataset, url: '/?event=viasna-count-2024-12-31' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByText('Political prisoners').nextSibling).toHaveTextContent(/^over 1,300$/);
    expect(within(panel).getByText('Counted by Human Rights Center "Viasna".')).toBeInTheDocument();
  });

  it('shows an old file whose figures are bare numbers, as the numbers', async () => {
    const dataset = sampleDataset() as unknown as { events: Record<string, unknown>[] };
    dataset.events[0]!.figures = { released: 52, politicalPrisoners: 40 };
    renderApp({ body: dataset, url: '/?event=release-52' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByText('Released').nextSibling).toHaveTextContent(/^52$/);
    expect(within(panel).getByText('Political prisoners').nextSibling).toHaveTextContent(/^40$/);
    expect(screen.queryByText(/skipped/)).not.toBeInTheDocument();
  });

  it('steps through filtered events with the buttons and arrow keys, and closes with Esc', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset(), url: '/?event=election-2025' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(panel).getByRole('button', { name: /Next/ }));
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('52 detainees released');
    await user.keyboard('{ArrowLeft}');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Presidential election');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).has('event')).toBe(false);
  });

  it('filters by an actor clicked in the panel', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset(), url: '/?event=coale-meets-lukashenko' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    await user.click(within(panel).getByRole('button', { name: 'John Coale' }));
    expect(screen.getByText('Showing 2 of 5 events')).toBeInTheDocument();
  });

  it('says "Event not found" for an unknown id and keeps the rest of the view', async () => {
    renderApp({ body: sampleDataset(), url: '/?event=no-such-event&types=meeting' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: 'Event not found' })).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 5 events')).toBeInTheDocument();
  });

  it('says why for a withdrawn id, with its last title, instead of "not found"', async () => {
    const withdrawn = [{ id: 'old-meeting', title: 'An old meeting', reason: 'It was reported twice.', withdrawn: '2026-11-26' }];
    renderApp({ body: { ...sampleDataset(), withdrawn }, url: '/?event=old-meeting' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: 'Event withdrawn' })).toBeInTheDocument();
    expect(within(panel).getByText('This event was withdrawn: It was reported twice.')).toBeInTheDocument();
    expect(within(panel).getByText('An old meeting')).toBeInTheDocument();
    expect(within(panel).queryByText('Event not found')).toBeNull();
    await waitFor(() => expect(document.title).toMatch(/^Withdrawn: An old meeting · /));
  });

  it('shows the reason of a failed load and retries', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderApp({ body: 'Not found', status: 404 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not found on the server (404)');
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(sampleDataset())));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Showing 5 of 5 events')).toBeInTheDocument();
  });

  it('reports an HTML page served instead of the data', async () => {
    renderApp({ body: '<!doctype html><title>Error</title>' });
    expect(await screen.findByRole('alert')).toHaveTextContent('web page instead of the dataset');
  });

  it('shows the valid records of a partly broken file and says what was skipped', async () => {
    const dataset = sampleDataset() as unknown as { events: unknown[] };
    dataset.events.push({ id: 'broken', date: '2025-02-30' }, { ...(dataset.events[0] as object), id: 'bad-actor', actors: ['ghost'] });
    renderApp({ body: dataset });
    expect(await screen.findByText('Showing 5 of 5 events')).toBeInTheDocument();
    expect(screen.getByText('2 records were skipped because they are invalid')).toBeInTheDocument();
  });

  it('restores the state from Back', async () => {
    const user = userEvent.setup();
    renderApp({ body: sampleDataset() });
    await user.click(await screen.findByRole('checkbox', { name: /^Statistic/ }));
    expect(screen.getByText('Showing 1 of 5 events')).toBeInTheDocument();
    window.history.back();
    await waitFor(() => expect(screen.getByText('Showing 5 of 5 events')).toBeInTheDocument());
  });
});
