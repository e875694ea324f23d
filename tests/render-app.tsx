import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';
import { createViewStore } from '../src/state/view-store';

/** Renders the whole app with a fresh store and QueryClient, fetching `body` as the dataset. */
export function renderApp({ url = '/', body, status = 200 }: { url?: string; body: unknown; status?: number }) {
  window.history.replaceState(null, '', url);
  const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const store = createViewStore(window.location.search);
  const utils = render(
    <Providers queryClient={queryClient} store={store}>
      <App />
    </Providers>,
  );
  return { ...utils, fetchMock, store };
}
