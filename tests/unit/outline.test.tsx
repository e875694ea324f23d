import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFullDataset } from '../../src/data/dataset-query';
import { checkRecords } from '../../src/data/parse-dataset';
import { quickActor, quickOutlineEvent } from '../../src/data/quick-check';
import { buildIndex } from '../../src/domain/dataset-index';
import { outlineOf, splitPublished } from '../../src/domain/published-files';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

/** The sample as the data build publishes it: events.json and its outline. */
function published() {
  const { core, outline } = splitPublished(sampleDataset());
  return { core, outline };
}

/** A promise the test settles when it chooses. */
function held() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('the outline (events.outline.json)', () => {
  it('keeps every record and what the first screen draws, and none of the evidence', () => {
    const { core, outline } = published();
    expect(outline.version).toBe(core.version);
    expect(outline.events.map((event) => event.id)).toEqual(core.events.map((event) => event.id));
    expect(JSON.stringify(outline)).not.toContain(core.events.find((event) => event.id === 'release-52')!.summary);
    for (const event of outline.events) {
      expect(event).not.toHaveProperty('summary');
      expect(event).not.toHaveProperty('note');
      for (const source of event.sources) expect(Object.keys(source).filter((key) => key === 'quote' || key === 'headline')).toEqual([]);
    }
    const release = outline.events.find((event) => event.id === 'release-52')!;
    expect(release.title).toBe('52 detainees released');
    expect(release.figures).toEqual(core.events.find((event) => event.id === 'release-52')!.figures);
    expect(release.sources[0]).toEqual({ document: 'doc.txt', publisher: 'Test Publisher', published: '2025-01-10' });
    expect(outline.actors.every((actor) => !('aliases' in actor))).toBe(true);
    expect(outlineOf(core)).toEqual(outline);
  });
});

describe('the first screen from the outline', () => {
  it('is drawn before events.json arrives; an opened event waits for its words, then shows them', async () => {
    const { core, outline } = published();
    const full = held();
    const { fetchMock } = renderApp({
      url: '/?event=release-52',
      body: core,
      files: { 'events.outline.json': outline },
      before: async (name) => {
        if (name === 'events.json') await full.promise;
      },
    });
    expect(await screen.findByText('Showing 5 of 5 events')).toBeInTheDocument();
    const panel = screen.getByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('status')).toHaveTextContent('Loading the events’ summaries and sources…');
    expect(screen.queryByText('52 detainees, including 40 political prisoners, were released')).not.toBeInTheDocument();
    // Nothing that would write or print the evidence works from the outline.
    expect(screen.getByRole('button', { name: 'Print chronology' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    // events.json is asked for once the first screen is painted, not before.
    await waitFor(() => expect(fetchMock.mock.calls.map(([url]) => String(url).split('/data/')[1])).toContain('events.json'));
    full.release();
    const opened = await screen.findByRole('heading', { name: '52 detainees released' });
    expect(within(opened.closest('aside')!).getByText('52 detainees, including 40 political prisoners, were released')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print chronology' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  it('stays when events.json fails, says why, and Retry reads it', async () => {
    const user = userEvent.setup();
    const { core, outline } = published();
    let failures = 1;
    renderApp({
      url: '/?event=release-52',
      body: core,
      files: { 'events.outline.json': outline },
      before: async (name) => (name === 'events.json' && failures-- > 0 ? new Response('boom', { status: 500 }) : undefined),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/summaries and sources could not be loaded/);
    expect(alert).toHaveTextContent(/server/i);
    expect(screen.getByText('Showing 5 of 5 events')).toBeInTheDocument();
    await user.click(within(screen.getByRole('region', { name: 'Summaries and sources' })).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('52 detainees, including 40 political prisoners, were released')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is passed over when it is unusable, and when the link searches', async () => {
    const { core } = published();
    const first = renderApp({ body: core, files: { 'events.outline.json': 'not json' } });
    expect(await screen.findByText('Showing 5 of 5 events')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    first.unmount();
    vi.unstubAllGlobals();

    const { outline } = published();
    const { fetchMock } = renderApp({ url: '/?q=lukasenka', body: core, files: { 'events.outline.json': outline } });
    expect(await screen.findByText('Showing 3 of 5 events')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url).split('/data/')[1])).not.toContain('events.outline.json');
  });
});

describe('events.json after the outline', () => {
  it('completes the outline’s own event objects, so no second copy of the events outlives the first screen', async () => {
    const { core, outline } = published();
    const outlineIndex = buildIndex(checkRecords(outline, { actor: quickActor, event: quickOutlineEvent }).dataset, { outline: true });
    const drawn = outlineIndex.event('release-52')!;
    expect(drawn.summary).toBe('');
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(core)));
    const { index } = await loadFullDataset(new AbortController().signal, outlineIndex);
    expect(index.outline).toBe(false);
    expect(index.event('release-52')).toBe(drawn);
    expect(drawn.summary).toBe(core.events.find((event) => event.id === 'release-52')!.summary);
    expect(drawn.sources[0]!.quote).toBe(core.events.find((event) => event.id === 'release-52')!.sources[0]!.quote);
    expect(index.events).toHaveLength(core.events.length);
  });
});
