import { EVENT_TYPES } from '../src/domain/event-types';
import { eventAppPath, eventPagePath, SITE_TITLE as SITE } from '../src/domain/links';
import { formatRange } from '../src/domain/partial-date';
import type { Dataset, TimelineEvent } from '../src/domain/schema';

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

export function renderEventPage(event: TimelineEvent, dataset: Pick<Dataset, 'version'>, siteUrl?: string): string {
  const appLink = `../../${eventAppPath(event.id)}`;
  const date = formatRange(event.date, event.endDate);
  const type = EVENT_TYPES[event.type].label;
  const title = clip(event.title, 200);
  const description = clip(`${date} · ${type}. ${event.summary}`, 300);
  const absolute = siteUrl ? new URL(eventPagePath(event.id), siteRoot(siteUrl)).toString() : null;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `    <meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const sources = event.sources
    .map((s) => `      <li><strong>${escapeHtml(s.publisher)}</strong>, ${escapeHtml(s.headline)}<blockquote>${escapeHtml(clip(s.quote, 2000))}</blockquote></li>`)
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
