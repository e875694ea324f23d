import { useId, useState } from 'react';
import { formatPartialDate } from '../../domain/partial-date';
import { CONTEXT_MAX } from '../../domain/code-points';
import type { Source, SourceDocument } from '../../domain/schema';
import { codePointLength } from '../../domain/code-points';
import { sourceLanguage } from '../../domain/localized-event';
import { useI18n } from '../../i18n/i18n';

interface QuoteContextProps {
  source: Source;
  /** The cited document's facts, when the dataset carries them. */
  document: SourceDocument | undefined;
}

/**
 * "Show in context": the quote highlighted between the words of its document that surround it, and
 * what is needed to check it (document, date, id, SHA-256, the day it was checked). A disclosure
 * button, so it works from the keyboard and is announced as expanded or collapsed.
 */
export function QuoteContext({ source, document }: QuoteContextProps) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!source.selector) {
    return <p className="mt-2 text-xs text-muted">{t('context.unavailable')}</p>;
  }
  const [quote, position] = source.selector;
  // A full-length prefix or suffix stops short of the document's edge: say so with an ellipsis.
  const cutBefore = position.start > codePointLength(quote.prefix);
  const cutAfter = codePointLength(quote.suffix) >= CONTEXT_MAX;

  return (
    <div className="mt-2">
      <button type="button" className="btn-quiet text-sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('context.show')}
      </button>
      {open && (
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
            <dd>{source.checked ? formatPartialDate(source.checked, lang) : t('context.notRecorded')}</dd>
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
