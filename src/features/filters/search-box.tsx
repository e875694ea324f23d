import { useSearchText, useViewActions } from '../../state/store-context';
import { QueryResolution } from './query-resolution';

export function SearchBox() {
  const q = useSearchText();
  const { queryChanged } = useViewActions();
  return (
    <div className="filter-group">
      <label htmlFor="search-input" className="filter-legend">
        Search
      </label>
      <input
        id="search-input"
        type="search"
        className="input mt-1 w-full"
        placeholder="Names, places, words…"
        value={q}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => queryChanged(e.target.value)}
      />
      <QueryResolution />
    </div>
  );
}
