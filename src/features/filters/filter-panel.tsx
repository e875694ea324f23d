import { useI18n } from '../../i18n/i18n';
import { hasActiveFilters } from '../../domain/filters';
import { useFilters } from '../../state/derived';
import { useLargeView } from '../../state/large-view';
import { useViewActions } from '../../state/store-context';
import { ActorPicker } from './actor-picker';
import { CorroborationFilter } from './corroboration-filter';
import { SearchBox } from './search-box';
import { TypeFilter } from './type-filter';

export function FilterPanel() {
  const { t } = useI18n();
  const filters = useFilters();
  const { filtersReset } = useViewActions();
  const large = useLargeView();
  return (
    <div className="flex flex-col gap-4">
      <SearchBox />
      <ActorPicker />
      {/* A large dataset published before the corroboration column cannot filter by it. */}
      {(!large || large.levels) && <CorroborationFilter />}
      <TypeFilter />
      <button type="button" className="btn" disabled={!hasActiveFilters(filters)} onClick={filtersReset}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
