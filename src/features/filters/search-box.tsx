import { useI18n } from '../../i18n/i18n';
import { useSearchText, useViewActions } from '../../state/store-context';
import { QueryResolution } from './query-resolution';

export function SearchBox() {
  const { t } = useI18n();
  const q = useSearchText();
  const { queryChanged } = useViewActions();
  return (
    <div className="filter-group">
      <label htmlFor="search-input" className="filter-legend">
        {t('filters.search')}
      </label>
      <input
        id="search-input"
        type="search"
        className="input mt-1 w-full"
        placeholder={t('filters.searchPlaceholder')}
        value={q}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => queryChanged(e.target.value)}
      />
      <QueryResolution />
    </div>
  );
}
