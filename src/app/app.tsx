import { useDeferredValue } from 'react';
import { useDataset } from '../data/dataset-query';
import { EmbedBar } from '../features/embed/embed-bar';
import { usePresentation } from '../state/presentation-context';
import { useBackgroundValidation } from '../data/use-background-validation';
import { useRetryWhenOnline } from '../data/use-retry-when-online';
import { ErrorBoundary } from './error-boundary';
import { SiteHeader } from './site-header';
import { Explorer } from './explorer';
import { LoadErrorView, LoadingView } from './load-states';
import { LinkNotices } from './notices';
import { useLanguageSync } from './use-language';

export function App() {
  useLanguageSync();
  const query = useDataset();
  const { embedded } = usePresentation();
  // The explorer's first render is the page's largest piece of work: as a deferred value React
  // renders it in short slices (it yields to the browser every few milliseconds), so a phone
  // stays responsive while it appears, instead of freezing for one long task.
  const data = useDeferredValue(query.data);
  useRetryWhenOnline(query.isError, query.refetch);
  useBackgroundValidation(query.data);
  return (
    <>
      {embedded ? <EmbedBar /> : <SiteHeader version={data?.index.version} />}
      <LinkNotices />
      <ErrorBoundary>
        {query.isError ? (
          <LoadErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : data ? (
          <Explorer data={data} />
        ) : (
          <LoadingView />
        )}
      </ErrorBoundary>
    </>
  );
}
