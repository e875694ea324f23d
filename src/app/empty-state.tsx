import { useViewActions } from '../state/store-context';
import { useI18n } from '../i18n/i18n';

export function NoMatches() {
  const { t } = useI18n();
  const { filtersReset } = useViewActions();
  return (
    <div className="empty-state" role="note" aria-label={t('empty.label')}>
      <p className="font-semibold">{t('empty.heading')}</p>
      <p className="mt-1 text-sm text-muted">{t('empty.hint')}</p>
      <button type="button" className="btn mt-3" onClick={filtersReset}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
