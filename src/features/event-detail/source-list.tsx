import { publisherName } from '../../domain/actor-names';
import type { Source } from '../../domain/schema';
import { sourceLanguage } from '../../domain/localized-event';
import { formatPartialDate } from '../../domain/partial-date';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useViewActions } from '../../state/store-context';
import { QuoteContext } from './quote-context';

export function SourceList({ eventId, sources }: { eventId: string; sources: readonly Source[] }) {
  const { t, lang } = useI18n();
  const dataset = useDatasetIndex();
  const { actorOnly } = useViewActions();
  return (
    <section aria-labelledby="detail-sources-heading" className="mt-5">
      <h3 id="detail-sources-heading" className="detail-subheading">
        {sources.length === 1 ? t('sources.one') : t('sources.several', { count: sources.length })}
      </h3>
      <ol className="mt-2 space-y-4">
        {sources.map((source, index) => {
          const publisher = source.publisherActor ? dataset.actor(source.publisherActor) : undefined;
          const name = publisherName(source.publisher, publisher, lang, sourceLanguage(source));
          return (
            <li key={index} className="source-card">
              <p className="text-sm">
                {publisher ? (
                  <button
                    type="button"
                    className="link-button font-semibold"
                    title={t('sources.publisherEvents')}
                    lang={name.lang}
                    onClick={() => actorOnly(publisher.id)}
                  >
                    {name.text}
                  </button>
                ) : (
                  <span className="font-semibold" lang={name.lang}>
                    {name.text}
                  </span>
                )}
                {source.kind && <span className="text-muted"> · {t(`sourceKind.${source.kind}`)}</span>}
              </p>
              <p className="text-sm" lang={sourceLanguage(source)}>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer" className="link">
                    {source.headline}
                  </a>
                ) : (
                  <cite className="not-italic">{source.headline}</cite>
                )}
              </p>
              <p className="text-xs text-muted">
                {source.published ? t('sources.published', { date: formatPartialDate(source.published, lang) }) : t('sources.notDated')} ·{' '}
                <span className="font-mono">{source.document}</span>
              </p>
              <blockquote className="source-quote" lang={sourceLanguage(source)}>
                {source.quote}
              </blockquote>
              <QuoteContext eventId={eventId} sourceIndex={index} source={source} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
