import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ViewStoreProvider } from '../state/store-context';
import type { ViewStoreApi } from '../state/view-store';

export function Providers({ children, queryClient, store }: { children: ReactNode; queryClient?: QueryClient; store?: ViewStoreApi }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <ViewStoreProvider store={store}>{children}</ViewStoreProvider>
    </QueryClientProvider>
  );
}
