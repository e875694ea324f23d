import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../fixtures/sample-dataset';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

// Loading the app (and the chronology's chunk) can take seconds on a busy machine.
const LOADED = { timeout: 10_000 };

describe('a new dataset version since the last visit', { timeout: 30_000 }, () => {
  it('says nothing on a first visit, and remembers the version', async () => {
    renderApp({ body: sampleDataset() });
    await screen.findByText('Showing 5 of 5 events', {}, LOADED);
    expect(screen.queryByRole('region', { name: 'Dataset updated' })).toBeNull();
    await waitFor(() => expect(localStorage.getItem('dataset-version')).toBe('2026-11-22.test'));
  });

  it('says "Updated to version …" once the version differs, until dismissed', async () => {
    const user = userEvent.setup();
    localStorage.setItem('dataset-version', '2026-10-01.old');
    renderApp({ body: sampleDataset() });
    const notice = await screen.findByRole('region', { name: 'Dataset updated' }, LOADED);
    expect(notice).toHaveTextContent('Updated to version 2026-11-22.test since your last visit (was 2026-10-01.old).');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Dataset updated' })).toBeNull();
    await waitFor(() => expect(localStorage.getItem('dataset-version')).toBe('2026-11-22.test'));
  });

  it('says nothing when the version is the one seen last time', async () => {
    localStorage.setItem('dataset-version', '2026-11-22.test');
    renderApp({ body: sampleDataset() });
    await screen.findByText('Showing 5 of 5 events', {}, LOADED);
    expect(screen.queryByRole('region', { name: 'Dataset updated' })).toBeNull();
  });
});
