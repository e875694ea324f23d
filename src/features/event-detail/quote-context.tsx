import { useId, useState } from 'react';
import { formatPartialDate } from '../../domain/partial-date';
import { CONTEXT_MAX, codePointLength } from '../../domain/code-points';
import type { Source } from '../../domain/schema';
import { anchorFor, anchorsOf } from '../../domain/published-files';
import { ContextError, useContextFile } from '../../data/context-query';
import { useDatasetIndex } from '../../state/dataset-context';
import { sourceLanguage } from '../../domain/localized-event';
import { useI18n } from '../../i18n/i18n';

interface QuoteContextProps {
  eventId: string;
  /** The source's place in the event's list, which the context file follows. */
  sourceIndex: number;
  source: Source;
}

/**
 * "Show in context": the quote highlighted between the words of its document that surround it, and
 * what is needed to check it (document, date, id, SHA-256, the day it was checked). A disclosure
 * button, so it works from the keyboard and is announced as expanded or collapsed. The anchors come
 * from the dataset's context file, fetched the first time a reader opens one.
 */
export function QuoteContext({ eventId, sourceIndex, source }: QuoteContextProps) {
  const { t, lang } = useI18n();
  const dataset = useDatasetIndex();
  const [open, setOpen] = useState(false);
  const id = useId();
  const file = source.selector ? undefined : dataset.parts.context;
  const context = useContextFile(file, dataset.version, open);
  if (!source.selector && !file) {
    return <p className="mt-2 text-xs text-muted">{t('context.unavailable')}</p>;
  }
  const anchor = anchorFor(source, anchorsOf(context.data, dataset.version, eventId)?.[sourceIndex]);
  const document = dataset.document(source.document) ?? context.data?.documents.find((entry) => entry.id === source.document);
  const [quote, position] = anchor?.selector ?? [];
  // A full-length prefix or suffix stops short of the document's edge: say so with an ellipsis.
  const cutBefore = quote && position ? position.start > codePointLength(quote.prefix) : false;
  const cutAfter = quote ? codePointLength(quote.suffix) >= CONTEXT_MAX : false;

  return (
    <div className="mt-2">
      <button type="button" className="btn-quiet text-sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('context.show')}
      </button>
      {open && !anchor && (
        <p id={id} role="status" className="mt-1 text-xs text-muted">
          {context.isPending
            ? t('context.finding')
            : context.error
              ? t('context.failed', {
                  reason:
                    context.error instanceof ContextError
                      ? t(`errors.context.${context.error.reason}`, context.error.details)
                      : t('context.unreadable'),
                })
              : t('context.notAnchored')}
        </p>
      )}
      {open && anchor && quote && position && (
        <div id={id} role="region" aria-label={t('context.region')} className="quote-context">
          <p className="quote-context-text" lang={sourceLanguage(source)}>
            {cutBefore && '…'}
            {quote.prefix}
            <mark>{quote.exact}</mark>
            {quote.suffix}
            {cutAfter && '…'}
          </p>
          <dl className="quote-context-facts">
            <dt>{t('context.document')}</dt>
            <dd>{document ? <span lang={sourceLanguage(source)}>{document.title}</span> : t('context.noDetails')}</dd>
            {document?.publisher && (
              <>
                <dt>{t('context.publisher')}</dt>
                <dd>{document.publisher}</dd>
              </>
            )}
            <dt>{t('context.published')}</dt>
            <dd>{document?.published ? formatPartialDate(document.published, lang) : t('context.notStated')}</dd>
            <dt>{t('context.documentId')}</dt>
            <dd className="font-mono">{source.document}</dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="hash">{document?.sha256 ?? t('context.notAvailable')}</code>
            </dd>
            <dt>{t('context.position')}</dt>
            <dd>{t('context.characters', { start: position.start, end: position.end })}</dd>
            <dt>{t('context.checked')}</dt>
            <dd>{anchor.checked ? formatPartialDate(anchor.checked, lang) : t('context.notRecorded')}</dd>
          </dl>
          {document?.note && (
            <p className="mt-2 text-xs text-muted" lang="en">
              {document.note}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
