import type { Source } from '../../domain/schema';
import { SOURCE_KINDS } from '../../domain/corroboration';
import { formatPartialDate } from '../../domain/partial-date';
import { QuoteContext } from './quote-context';

export function SourceList({ eventId, sources }: { eventId: string; sources: readonly Source[] }) {
  return (
    <section aria-labelledby="detail-sources-heading" className="mt-5">
      <h3 id="detail-sources-heading" className="detail-subheading">
        {sources.length === 1 ? 'Source' : `Sources (${sources.length})`}
      </h3>
      <ol className="mt-2 space-y-4">
        {sources.map((source, index) => (
          <li key={index} className="source-card">
            <p className="text-sm">
              <span className="font-semibold">{source.publisher}</span>
              {source.kind && <span className="text-muted"> · {SOURCE_KINDS[source.kind]}</span>}
            </p>
            <p className="text-sm">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" className="link">
                  {source.headline}
                </a>
              ) : (
                <cite className="not-italic">{source.headline}</cite>
              )}
            </p>
            <p className="text-xs text-muted">
              {source.published ? `Published ${formatPartialDate(source.published)}` : 'Publication date not stated'} ·{' '}
              <span className="font-mono">{source.document}</span>
            </p>
            <blockquote className="source-quote">{source.quote}</blockquote>
            <QuoteContext eventId={eventId} sourceIndex={index} source={source} />
          </li>
        ))}
      </ol>
    </section>
  );
}
