import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Changelog } from '../../src/domain/changelog';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

const CHANGELOG: Changelog = [
  {
    version: '2026-11-20.first',
    date: '2026-11-20',
    events: 4,
    unrecorded: true,
    note: 'The first version recorded: changes before it were not recorded.',
    added: [],
    changed: [],
    removed: [],
  },
  {
    version: '2026-11-22.test',
    date: '2026-11-22',
    events: 5,
    added: [{ id: 'coale-meets-lukashenko', title: 'Coale meets Lukashenko in Minsk' }],
    changed: [{ id: 'release-52', title: '52 detainees released', fields: ['summary', 'sources', 'endDate'] }],
    removed: [{ id: 'old-meeting', title: 'An old meeting', reason: 'It was reported twice.' }],
    other: ['actors'],
  },
];

function renderWithChangelog(changelog: unknown = CHANGELOG) {
  const app = renderApp({ body: sampleDataset() });
  app.fetchMock.mockImplementation(
    (async (url: URL | string) =>
      new Response(JSON.stringify(String(url).endsWith('data/changelog.json') ? changelog : sampleDataset()))) as never,
  );
  return app;
}

afterEach(() => vi.unstubAllGlobals());

/** The app, the dialog's chunk and the list load in their own time: on a busy machine more than findBy's default second. */
const LOADED = { timeout: 15_000 };

describe('What changed', { timeout: 30_000 }, () => {
  it('lists the versions newest first, with what each added, changed and removed', async () => {
    const user = userEvent.setup();
    renderWithChangelog();
    await user.click(await screen.findByRole('button', { name: 'What changed' }, LOADED));
    const dialog = await screen.findByRole('dialog', { name: 'What changed' }, LOADED);
    // Opened before the dataset is in, the list marks the version shown once it is.
    const headings = () =>
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    await waitFor(() => expect(headings()).toEqual(['22 Nov 2026 the version shown', '20 Nov 2026']), LOADED);
    const versions = within(dialog).getAllByRole('article');
    const newest = versions[0]!;
    expect(
      within(within(newest).getByRole('region', { name: 'Added: 1' })).getByRole('link', { name: 'Coale meets Lukashenko in Minsk' }),
    ).toHaveAttribute('href', '?event=coale-meets-lukashenko');
    expect(within(newest).getByRole('region', { name: 'Changed: 1' })).toHaveTextContent(
      '52 detainees released (summary, sources, end date)',
    );
    expect(within(newest).getByRole('region', { name: 'Removed: 1' })).toHaveTextContent('An old meeting: It was reported twice.');
    expect(newest).toHaveTextContent('Also changed: people and bodies.');
    expect(versions[1]).toHaveTextContent('The first version recorded: changes before it were not recorded.');
  });

  it('opens an event from the list', async () => {
    const user = userEvent.setup();
    renderWithChangelog();
    await user.click(await screen.findByRole('button', { name: 'What changed' }, LOADED));
    const dialog = await screen.findByRole('dialog', { name: 'What changed' }, LOADED);
    await user.click(await within(dialog).findByRole('link', { name: 'Coale meets Lukashenko in Minsk' }));
    const panel = await screen.findByRole('complementary', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: 'Coale meets Lukashenko in Minsk' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'What changed' })).toBeNull());
    expect(window.location.search).toContain('event=coale-meets-lukashenko');
  });

  it('says so when the list cannot be read', async () => {
    const user = userEvent.setup();
    renderWithChangelog({ not: 'a list' });
    await user.click(await screen.findByRole('button', { name: 'What changed' }, LOADED));
    const dialog = await screen.findByRole('dialog', { name: 'What changed' }, LOADED);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The list of changes does not have the expected shape.');
  });
});
