import { codePointLength, firstCodePoints, lastCodePoints } from '../../src/domain/code-points';
import type { RecordProblem } from '../../src/domain/integrity';
import { CONTEXT_MAX, type QuoteAnchor, type Source, type SourceDocument, type TimelineEvent } from '../../src/domain/schema';

/** A source document as read from disk: its text (UTF-8) and the SHA-256 of its exact bytes. */
export interface DocumentFile {
  text: string;
  sha256: string;
}

/** The anchor of the quote at UTF-16 index `at` of `text`. */
function anchorAt(text: string, quote: string, at: number): QuoteAnchor {
  const before = text.slice(0, at);
  const start = codePointLength(before);
  return [
    {
      type: 'TextQuoteSelector',
      exact: quote,
      prefix: lastCodePoints(before, CONTEXT_MAX),
      suffix: firstCodePoints(text.slice(at + quote.length), CONTEXT_MAX),
    },
    { type: 'TextPositionSelector', start, end: start + codePointLength(quote) },
  ];
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** UTF-16 index of code point `points` in `text`, or -1 past the end. */
function unitIndex(text: string, points: number): number {
  let seen = 0;
  let i = 0;
  while (seen < points && i < text.length) {
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
    seen++;
  }
  return seen === points ? i : -1;
}

const sameAnchor = (a: QuoteAnchor, b: QuoteAnchor) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where the source's quote is in the document. A stored anchor that still fits is kept; a quote
 * found more than once (a feed repeats sentences across articles) is taken in the article the
 * source names, the first occurrence after its headline. Null when the quote is not in the text.
 */
export function computeAnchor(text: string, source: Pick<Source, 'quote' | 'headline' | 'selector'>): QuoteAnchor | null {
  const found = occurrences(text, source.quote);
  if (found.length === 0) return null;
  const candidates = found.map((at) => anchorAt(text, source.quote, at));
  const stored = source.selector;
  if (stored) {
    const same = candidates.find((candidate) => sameAnchor(candidate, stored));
    if (same) return same;
  }
  if (found.length === 1) return candidates[0]!;
  const headline = text.indexOf(source.headline);
  const after = found.findIndex((at) => at > headline);
  return candidates[headline >= 0 && after >= 0 ? after : 0]!;
}

const problem = (event: TimelineEvent, field: string, message: string): RecordProblem => ({ record: `event ${event.id}`, field, message });

/**
 * Checks that need only the record: the stored anchor describes this very quote. This is what a fresh
 * clone without the documents can check, so an edited quote is caught there too.
 */
function storedAnchorProblems(event: TimelineEvent, index: number, documents: ReadonlyMap<string, SourceDocument>): RecordProblem[] {
  const source = event.sources[index]!;
  const at = `sources[${index}]`;
  const problems: RecordProblem[] = [];
  if (!documents.has(source.document)) {
    problems.push(problem(event, `${at}.document`, `"${source.document}" is not in data/documents.json (add its title and run npm run data:anchor)`));
  }
  if (!source.selector) {
    problems.push(problem(event, `${at}.selector`, 'no quote anchor: run npm run data:anchor with the source documents present'));
    return problems;
  }
  if (!source.checked) problems.push(problem(event, `${at}.checked`, 'missing: run npm run data:anchor'));
  const [quote, position] = source.selector;
  if (quote.exact !== source.quote) {
    problems.push(problem(event, `${at}.selector[0].exact`, `does not match the quote (the quote or its anchor was edited): anchored "${quote.exact.slice(0, 60)}", quote "${source.quote.slice(0, 60)}"`));
  }
  if (position.end - position.start !== codePointLength(quote.exact)) {
    problems.push(problem(event, `${at}.selector[1].end`, `end - start is ${position.end - position.start}, but the anchored quote has ${codePointLength(quote.exact)} characters`));
  }
  const prefixLength = codePointLength(quote.prefix);
  if (prefixLength !== Math.min(CONTEXT_MAX, position.start)) {
    problems.push(problem(event, `${at}.selector[0].prefix`, `has ${prefixLength} characters; a quote starting at ${position.start} has ${Math.min(CONTEXT_MAX, position.start)}`));
  }
  return problems;
}

/** Checks against the document itself: its hash is the recorded one, and the anchor is where the quote is now. */
function documentAnchorProblems(event: TimelineEvent, index: number, file: DocumentFile | undefined, recorded: SourceDocument | undefined): RecordProblem[] {
  const source = event.sources[index]!;
  const at = `sources[${index}]`;
  if (!file) return [problem(event, `${at}.document`, `unknown document "${source.document}"`)];
  if (recorded && recorded.sha256 !== file.sha256) {
    return [
      problem(
        event,
        `${at}.document`,
        `${source.document} has changed since its quotes were anchored: data/documents.json has sha256 ${recorded.sha256}, the file's is ${file.sha256}. Re-read the quotes against it, then run npm run data:anchor`,
      ),
    ];
  }
  const computed = computeAnchor(file.text, source);
  if (!computed) return [problem(event, `${at}.quote`, `quote not found verbatim in ${source.document}: "${source.quote.slice(0, 80)}"`)];
  const stored = source.selector;
  if (!stored || stored[0].exact !== source.quote) return []; // already named by the stored-anchor check
  const [quote, position] = stored;
  const problems: RecordProblem[] = [];
  const startUnit = unitIndex(file.text, position.start);
  if (startUnit < 0 || !file.text.startsWith(quote.exact, startUnit)) {
    problems.push(problem(event, `${at}.selector[1].start`, `the quote is not at ${position.start} in ${source.document} (found at ${computed[1].start}): run npm run data:anchor`));
    return problems;
  }
  const fields = ['prefix', 'suffix'] as const;
  for (const field of fields) {
    if (quote[field] !== computed[0][field]) {
      problems.push(problem(event, `${at}.selector[0].${field}`, `does not match ${source.document} around the quote: stored "${quote[field]}", document "${computed[0][field]}"`));
    }
  }
  return problems;
}

/**
 * Every source's anchor checked: against the record always, and against the document's text and
 * hash when the documents are here (`files`); null means they are not.
 */
export function anchorProblems(
  events: readonly TimelineEvent[],
  documents: ReadonlyMap<string, SourceDocument>,
  files: ReadonlyMap<string, DocumentFile> | null,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const event of events) {
    event.sources.forEach((source, index) => {
      problems.push(...storedAnchorProblems(event, index, documents));
      if (files) problems.push(...documentAnchorProblems(event, index, files.get(source.document), documents.get(source.document)));
    });
  }
  return problems;
}
