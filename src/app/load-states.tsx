import { DatasetError } from '../data/parse-dataset';
import { useI18n } from '../i18n/i18n';

export function LoadingView() {
  const { t } = useI18n();
  return (
    <main className="flex flex-1 flex-col gap-3 p-4" aria-busy="true">
      <p role="status" className="text-sm text-muted">
        {t('load.loading')}
      </p>
      <div className="skeleton h-6 w-1/3" />
      <div className="skeleton h-full min-h-48 w-full" />
    </main>
  );
}

/** Why a dataset file could not be read, in the reader's language. */
export function useLoadProblem(error: unknown): string {
  const { t } = useI18n();
  return error instanceof DatasetError
    ? t(`errors.dataset.${error.reason}`, { ...error.details, count: error.details.seconds })
    : t('load.unexpected');
}

export function LoadErrorView({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useI18n();
  const reason = useLoadProblem(error);
  return (
    <main className="flex flex-1 items-start justify-center p-6">
      <div role="alert" className="error-box max-w-lg">
        <h2 className="text-lg font-semibold">{t('load.failed')}</h2>
        <p className="mt-2">{reason}</p>
        <p className="mt-2 text-sm">{t('load.nothingLost')}</p>
        <button type="button" className="btn btn-primary mt-4" onClick={onRetry} disabled={retrying}>
          {retrying ? t('load.retrying') : t('load.retry')}
        </button>
      </div>
    </main>
  );
}
