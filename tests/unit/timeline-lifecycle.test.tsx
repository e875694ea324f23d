import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createViewStore } from '../../src/state/view-store';
import { sampleDataset } from '../fixtures/sample-dataset';

afterEach(() => vi.unstubAllGlobals());

describe('timeline lifecycle', () => {
  it('leaves exactly one Timeline under StrictMode and destroys it on unmount', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(sampleDataset()))),
    );
    // A wide screen, where the timeline is on screen from the start (jsdom has no media queries).
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('min-width'),
      addEventListener() {},
      removeEventListener() {},
    }));
    const { unmount } = render(
      <StrictMode>
        <Providers queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} store={createViewStore('')}>
          <App />
        </Providers>
      </StrictMode>,
    );
    await screen.findByText('Showing 5 of 5 events');
    // The timeline's code loads on its own, after the first screen.
    await waitFor(() => expect(document.querySelectorAll('.vis-timeline')).toHaveLength(1), { timeout: 10_000 });
    unmount();
    expect(document.querySelectorAll('.vis-timeline')).toHaveLength(0);
  });
});
