import type { SkippedRecord } from '../data/parse-dataset';
import type { FullDatasetState } from '../data/use-full-dataset';
import { useLoadProblem } from './load-states';
import { useNotices, useViewActions } from '../state/store-context';
import { useI18n } from '../i18n/i18n';

export function LinkNotices() {
  const { t } = useI18n();
  const notices = useNotices();
  const { noticesDismissed } = useViewActions();
  if (notices.length === 0) return null;
  return (
    <section className="notice mx-3 mt-2 flex items-start gap-3 text-sm" aria-label={t('notices.label')}>
      <ul className="flex-1 list-disc pl-4">
        {notices.map((notice) => (
          <li key={`${notice.key}:${JSON.stringify(notice.values ?? {})}`}>{t(notice.key, notice.values ?? {})}</li>
        ))}
      </ul>
      <button type="button" className="btn-quiet" onClick={noticesDismissed}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}

export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  const { t } = useI18n();
  if (skipped.length === 0) return null;
  return (
    <section aria-label={t('skipped.label')} className="mx-3 mt-2">
      <details className="notice text-sm">
        <summary>{t('skipped.summary', { count: skipped.length })}</summary>
        <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5">
          {skipped.slice(0, 100).map((item, i) => (
            // What the data check found, for whoever curates the file: in English, as the schema words it.
            <li key={i} lang="en">
              <span className="font-mono">{item.record}</span>: {item.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * events.json could not be read after the outline (src/data/use-full-dataset.ts): the first screen stays,
 * and the reader learns why events cannot be opened yet and can try again.
 */
export function FullDatasetNotice({ state }: { state: FullDatasetState }) {
  const { t } = useI18n();
  const problem = useLoadProblem(state.error);
  return (
    <section aria-label={t('evidence.label')} className="notice mx-3 mt-2 flex items-start gap-3 text-sm">
      <p className="flex-1" role="alert">
        {t('evidence.failed')} {problem}
      </p>
      <button type="button" className="btn-quiet" onClick={state.retry} disabled={state.retrying}>
        {state.retrying ? t('load.retrying') : t('load.retry')}
      </button>
    </section>
  );
}
