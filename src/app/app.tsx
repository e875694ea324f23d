import { useDataset } from '../data/dataset-query';
import { useBackgroundValidation } from '../data/use-background-validation';
import { useRetryWhenOnline } from './use-retry-when-online';
import { ErrorBoundary } from './error-boundary';
import { ThemeToggle } from './theme-toggle';
import { Explorer } from './explorer';
import { LoadErrorView, LoadingView } from './load-states';
import { LinkNotices } from './notices';

export function App() {
  const query = useDataset();
  useRetryWhenOnline(query.isError, query.refetch);
  useBackgroundValidation(query.data);
  return (
    <div className="app-shell">
      <header className="app-header">
        <div>
          <h1 className="text-lg leading-tight font-semibold md:text-xl">Belarus political prisoners</h1>
          <p className="text-xs text-muted md:text-sm">
            A sourced timeline of releases, pardons, sentences, talks and sanctions. Every event quotes its source.
          </p>
        </div>
        <div className="flex items-center gap-3">
          {query.data && <p className="max-w-xs truncate text-xs text-muted">Dataset {query.data.index.version}</p>}
          <ThemeToggle />
        </div>
      </header>
      <LinkNotices />
      <ErrorBoundary>
        {query.isPending ? (
          <LoadingView />
        ) : query.isError ? (
          <LoadErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <Explorer data={query.data} />
        )}
      </ErrorBoundary>
    </div>
  );
}
