import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Presentation } from '../state/embed';
import { PresentationProvider, presentationOfPage } from '../state/presentation-context';
import { ViewStoreProvider } from '../state/store-context';
import type { ViewStoreApi } from '../state/view-store';

interface ProvidersProps {
  children: ReactNode;
  queryClient?: QueryClient;
  store?: ViewStoreApi;
  presentation?: Presentation;
}

export function Providers({ children, queryClient, store, presentation: given }: ProvidersProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  const [presentation] = useState(() => given ?? presentationOfPage());
  return (
    <QueryClientProvider client={client}>
      <PresentationProvider presentation={presentation}>
        <ViewStoreProvider store={store} notices={presentation.notices}>
          {children}
        </ViewStoreProvider>
      </PresentationProvider>
    </QueryClientProvider>
  );
}
