import { useI18n } from '../i18n/i18n';
import type { LargeView } from '../state/large-view';

/** How many events pass the filters, of how many; for a large dataset, also the window's count and its query's state. */
export function StatusLine({ shown, total, large = null }: { shown: number; total: number; large?: LargeView | null }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <p role="status" className="text-sm text-muted">
        {t('status.showing', { shown, count: total })}
        {large?.inWindow != null && <> · {t('large.inWindow', { n: large.inWindow })}</>}
        {large?.loading && !large.error && <span className="ml-2">{t('large.reading')}</span>}
      </p>
      {large?.updated ? (
        <p role="alert" className="text-sm font-semibold">
          {t('large.updated')}{' '}
          <button type="button" className="btn-quiet" onClick={() => window.location.reload()}>
            {t('large.reload')}
          </button>
        </p>
      ) : (
        large?.error && (
          <p role="alert" className="text-sm font-semibold">
            {t('large.failed', { reason: large.error })}{' '}
            <button type="button" className="btn-quiet" onClick={large.retry}>
              {t('load.retry')}
            </button>
          </p>
        )
      )}
    </div>
  );
}
