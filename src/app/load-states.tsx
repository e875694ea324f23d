import { DatasetError } from '../data/parse-dataset';

export function LoadingView() {
  return (
    <main className="flex flex-1 flex-col gap-3 p-4" aria-busy="true">
      <p role="status" className="text-sm text-muted">
        Loading the dataset…
      </p>
      <div className="skeleton h-6 w-1/3" />
      <div className="skeleton h-full min-h-48 w-full" />
    </main>
  );
}

export function LoadErrorView({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const reason = error instanceof DatasetError ? error.message : 'Something unexpected went wrong while loading the dataset.';
  return (
    <main className="flex flex-1 items-start justify-center p-6">
      <div role="alert" className="error-box max-w-lg">
        <h2 className="text-lg font-semibold">The timeline could not be loaded</h2>
        <p className="mt-2">{reason}</p>
        <p className="mt-2 text-sm">
          Nothing you chose is lost: the link still holds your filters and selection. The timeline tries again by itself when your
          connection comes back.
        </p>
        <button type="button" className="btn btn-primary mt-4" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    </main>
  );
}
