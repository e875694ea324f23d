import { EVENT_TYPES } from '../src/domain/event-types';
import { codePointLength } from '../src/domain/code-points';
import { eventAppPath, eventPagePath, SITE_TITLE as SITE } from '../src/domain/links';
import { formatPartialDate, formatRange } from '../src/domain/partial-date';
import { CONTEXT_MAX, type Dataset, type Source, type SourceDocument, type TimelineEvent, type WithdrawnEvent } from '../src/domain/schema';

/**
 * Static pages, one per event, written by the build at events/<id>/index.html:
 * the event's title, date and summary in the page and in Open Graph and
 * Twitter tags, so a link pasted into a chat shows a real preview, and a
 * redirect that opens the app on the event. Every dataset string is escaped.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Where the site lives, with a trailing slash, so relative paths resolve under it. */
function siteRoot(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/**
 * The event's oEmbed answer (https://oembed.com, type "rich"): the embed view opened on the
 * event, for sites that turn a pasted link into an embedded timeline. Needs the site's address.
 */
export function renderOembed(event: TimelineEvent, siteUrl: string): string {
  const src = new URL(`embed.html${eventAppPath(event.id)}`, siteRoot(siteUrl)).toString();
  const attr = (text: string) => escapeHtml(text);
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: SITE,
      provider_url: siteRoot(siteUrl),
      title: event.title,
      width: 800,
      height: 640,
      html: `<iframe data-timeline-embed title="${attr(`Timeline: ${SITE}`)}" src="${attr(src)}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>`,
    },
    null,
    2,
  )}
`;
}

/** A hash may break between groups of 16 digits (it is only hex), so it fits a phone without styles. */
function wrappableHash(hash: string): string {
  return (hash.match(/.{1,16}/g) ?? []).map(escapeHtml).join('<wbr>');
}

/** The same as the app's "Show in context": a disclosure that works without script or styles. */
function quoteContext(source: Source, document: SourceDocument | undefined): string {
  if (!source.selector) return '<p>Context is not available for this dataset version.</p>';
  const [quote, position] = source.selector;
  const before = position.start > codePointLength(quote.prefix) ? '…' : '';
  const after = codePointLength(quote.suffix) >= CONTEXT_MAX ? '…' : '';
  const fact = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
  // The document's own line breaks, kept without a stylesheet.
  const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
  return `<details><summary>Show in context</summary>
        <p>${before}${lines(quote.prefix)}<mark>${lines(quote.exact)}</mark>${lines(quote.suffix)}${after}</p>
        <dl>${[
          fact('Document', escapeHtml(document?.title ?? 'Details not available for this dataset version')),
          document?.publisher ? fact('Publisher', escapeHtml(document.publisher)) : '',
          fact('Published', escapeHtml(document?.published ? formatPartialDate(document.published) : 'Not stated in the document')),
          fact('Document id', `<code>${escapeHtml(source.document)}</code>`),
          fact('SHA-256', `<code>${document ? wrappableHash(document.sha256) : 'not available'}</code>`),
          fact('Position', escapeHtml(`characters ${position.start}–${position.end}`)),
          fact('Quote checked', escapeHtml(source.checked ? formatPartialDate(source.checked) : 'Not recorded')),
        ].join('')}</dl>
      </details>`;
}

export function renderEventPage(event: TimelineEvent, dataset: Pick<Dataset, 'version' | 'documents'>, siteUrl?: string): string {
  const appLink = `../../${eventAppPath(event.id)}`;
  const date = formatRange(event.date, event.endDate);
  const type = EVENT_TYPES[event.type].label;
  const title = clip(event.title, 200);
  const description = clip(`${date} · ${type}. ${event.summary}`, 300);
  const absolute = siteUrl ? new URL(eventPagePath(event.id), siteRoot(siteUrl)).toString() : null;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `    <meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const documents = new Map((dataset.documents ?? []).map((document) => [document.id, document]));
  const sources = event.sources
    .map(
      (s) =>
        `      <li><strong>${escapeHtml(s.publisher)}</strong>, ${escapeHtml(s.headline)}<blockquote>${escapeHtml(clip(s.quote, 2000))}</blockquote>\n      ${quoteContext(s, documents.get(s.document))}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(appLink)}" />
    <title>${escapeHtml(title)} · ${escapeHtml(SITE)}</title>
${meta('name', 'description', description)}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', SITE)}
${meta('property', 'og:title', title)}
${meta('property', 'og:description', description)}
${absolute ? `${meta('property', 'og:url', absolute)}\n    <link rel="canonical" href="${escapeHtml(absolute)}" />\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${absolute}oembed.json`)}" title="${escapeHtml(title)}" />` : ''}
${meta('name', 'twitter:card', 'summary')}
${meta('name', 'twitter:title', title)}
${meta('name', 'twitter:description', description)}
  </head>
  <body>
    <main>
      <p>${escapeHtml(type)} · <time datetime="${escapeHtml(event.date)}">${escapeHtml(date)}</time></p>
      <h1>${escapeHtml(event.title)}</h1>
      <p>${escapeHtml(event.summary)}</p>
      <h2>Sources</h2>
      <ul>
${sources}
      </ul>
      <p><a href="${escapeHtml(appLink)}">Open this event in the timeline</a> · dataset ${escapeHtml(dataset.version)}</p>
    </main>
  </body>
</html>
`;
}

/**
 * The page of an event withdrawn since it was published: its old link keeps answering, with why it
 * went, and opens the app on the id, which says the same. Not for search engines.
 */
export function renderWithdrawnPage(entry: WithdrawnEvent, version: string): string {
  const appLink = `../../${eventAppPath(entry.id)}`;
  const title = clip(`Withdrawn: ${entry.title}`, 200);
  const description = clip(`This event was withdrawn: ${entry.reason}`, 300);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(appLink)}" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(title)} · ${escapeHtml(SITE)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <meta property="og:site_name" content="${escapeHtml(SITE)}" />
    <meta property="og:title" content="${escapeHtml(title)}" />
    <meta property="og:description" content="${escapeHtml(description)}" />
  </head>
  <body>
    <main>
      <h1>Event withdrawn</h1>
      <p>This event was withdrawn: ${escapeHtml(entry.reason)}</p>
      <p>Its last title was “${escapeHtml(entry.title)}”. Withdrawn on <time datetime="${escapeHtml(entry.withdrawn)}">${escapeHtml(formatPartialDate(entry.withdrawn))}</time>.</p>
      <p><a href="${escapeHtml(appLink)}">Open the timeline</a> · dataset ${escapeHtml(version)}</p>
    </main>
  </body>
</html>
`;
}
