import { useId, useState } from 'react';
import { formatPartialDate } from '../../domain/partial-date';
import { CONTEXT_MAX } from '../../domain/code-points';
import type { Source, SourceDocument } from '../../domain/schema';
import { codePointLength } from '../../domain/code-points';

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
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!source.selector) {
    return <p className="mt-2 text-xs text-muted">Context is not available for this dataset version.</p>;
  }
  const [quote, position] = source.selector;
  // A full-length prefix or suffix stops short of the document's edge: say so with an ellipsis.
  const cutBefore = position.start > codePointLength(quote.prefix);
  const cutAfter = codePointLength(quote.suffix) >= CONTEXT_MAX;

  return (
    <div className="mt-2">
      <button type="button" className="btn-quiet text-sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Show in context
      </button>
      {open && (
        <div id={id} role="region" aria-label="Quote in its document" className="quote-context">
          <p className="quote-context-text">
            {cutBefore && '…'}
            {quote.prefix}
            <mark>{quote.exact}</mark>
            {quote.suffix}
            {cutAfter && '…'}
          </p>
          <dl className="quote-context-facts">
            <dt>Document</dt>
            <dd>{document ? document.title : 'Details not available for this dataset version'}</dd>
            {document?.publisher && (
              <>
                <dt>Publisher</dt>
                <dd>{document.publisher}</dd>
              </>
            )}
            <dt>Published</dt>
            <dd>{document?.published ? formatPartialDate(document.published) : 'Not stated in the document'}</dd>
            <dt>Document id</dt>
            <dd className="font-mono">{source.document}</dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="hash">{document?.sha256 ?? 'not available'}</code>
            </dd>
            <dt>Position</dt>
            <dd>
              characters {position.start.toLocaleString('en-US')}–{position.end.toLocaleString('en-US')}
            </dd>
            <dt>Quote checked</dt>
            <dd>{source.checked ? formatPartialDate(source.checked) : 'Not recorded'}</dd>
          </dl>
          {document?.note && <p className="mt-2 text-xs text-muted">{document.note}</p>}
        </div>
      )}
    </div>
  );
}
