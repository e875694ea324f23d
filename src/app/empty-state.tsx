import { useViewActions } from '../state/store-context';

export function NoMatches() {
  const { filtersReset } = useViewActions();
  return (
    <div className="empty-state" role="note" aria-label="No results">
      <p className="font-semibold">No events match</p>
      <p className="mt-1 text-sm text-muted">Try fewer filters or another spelling.</p>
      <button type="button" className="btn mt-3" onClick={filtersReset}>
        Reset filters
      </button>
    </div>
  );
}
