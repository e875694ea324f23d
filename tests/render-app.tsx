import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../src/app/app';
import { Providers } from '../src/app/providers';
import { createViewStore } from '../src/state/view-store';

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Renders the whole app with a fresh store and QueryClient, fetching `body` as the dataset and `files`
 * (by name under data/, e.g. context.json) as its side files; any other side file is not found (404).
 */
export function renderApp({
  url = '/',
  body,
  status = 200,
  files = {},
  before,
}: {
  url?: string;
  body: unknown;
  status?: number;
  files?: Record<string, unknown>;
  /** Awaited before each file is answered (by name under data/): a test holds one back, or fails it. */
  before?: (name: string) => Promise<Response | void>;
}) {
  window.history.replaceState(null, '', url);
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const name = String(input instanceof Request ? input.url : input).split('/data/')[1];
    const instead = before && name !== undefined ? await before(name) : undefined;
    if (instead) return instead;
    if (name === undefined || name === 'events.json') return new Response(asText(body), { status });
    return name in files ? new Response(asText(files[name])) : new Response('Not found', { status: 404 });
  });
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
