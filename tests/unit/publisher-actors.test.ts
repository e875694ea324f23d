import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_DIR, ROOT } from '../../scripts/data/paths';
import { readRecordDir } from '../../scripts/data/read-records';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('a source’s publisher as an actor', () => {
  it('is recorded on every curated source whose publisher is an actor by name or alias', () => {
    const names = new Map<string, string>();
    for (const { data } of readRecordDir(resolve(DATA_DIR, 'actors'), ROOT)) {
      const actor = data as { id: string; name: string; aliases?: string[] };
      for (const name of [actor.name, ...(actor.aliases ?? [])]) names.set(name.toLowerCase(), actor.id);
    }
    const missing = readRecordDir(resolve(DATA_DIR, 'events'), ROOT).flatMap(({ name, data }) =>
      (data as { sources: { publisher: string; publisherActor?: string }[] }).sources.flatMap((source, i) => {
        const id = names.get(source.publisher.toLowerCase());
        return id && source.publisherActor !== id ? [`${name}: sources[${i}] (${source.publisher}) should name ${id}`] : [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('opens the publisher’s events from the detail panel', async () => {
    const user = userEvent.setup();
    const dataset = sampleDataset();
    const event = dataset.events.find((e) => e.id === 'viasna-count-2024-12-31')!;
    event.sources[0] = { ...event.sources[0]!, publisher: 'Human Rights Center "Viasna"', publisherActor: 'viasna' };
    renderApp({ body: dataset, url: '/?event=viasna-count-2024-12-31' });
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    const sources = within(panel).getByRole('region', { name: 'Source' });
    const publisher = within(sources).getByRole('button', { name: 'Human Rights Center "Viasna"' });
    expect(publisher).toHaveAttribute('title', 'Show only the events that name this publisher');
    await user.click(publisher);
    await vi.waitFor(() => expect(new URLSearchParams(window.location.search).get('actors')).toBe('viasna'));
  });
});
