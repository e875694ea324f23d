import { formatPartialDate } from '../../domain/partial-date';
import type { WithdrawnEvent } from '../../domain/schema';
import { useI18n } from '../../i18n/i18n';

/** What a link to an id the dataset does not have shows: why it was withdrawn, or that it is not there. */
export function MissingEvent({ id, withdrawn }: { id: string; withdrawn: WithdrawnEvent | undefined }) {
  const { t, lang } = useI18n();
  if (withdrawn) {
    // The title is the curators' words, in English (the reason too, inside the sentence that gives it).
    return (
      <div className="p-1">
        <h2 className="text-lg font-semibold">{t('withdrawn.title')}</h2>
        <p className="mt-2">{t('withdrawn.reason', { reason: withdrawn.reason })}</p>
        <p className="mt-2 text-sm">
          {t('withdrawn.lastTitle')} <q lang={lang === 'en' ? undefined : 'en'}>{withdrawn.title}</q>. {t('withdrawn.onBefore')}{' '}
          <time dateTime={withdrawn.withdrawn}>{formatPartialDate(withdrawn.withdrawn, lang)}</time>
          {t('withdrawn.onAfter')}
        </p>
        <p className="mt-2 text-sm text-muted">
          {t('withdrawn.id')} <span className="font-mono break-all">{id}</span>. {t('withdrawn.rest')}
        </p>
      </div>
    );
  }
  return (
    <div className="p-1">
      <h2 className="text-lg font-semibold">{t('detail.notFound')}</h2>
      <p className="mt-2 text-sm">
        {t('detail.notFoundBefore')} (<span className="font-mono break-all">{id}</span>){t('detail.notFoundAfter')}
      </p>
    </div>
  );
}
