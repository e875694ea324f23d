import i18next, { type TFunction } from 'i18next';
import { codePointLength } from '../src/domain/code-points';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../src/domain/languages';
import { eventAppPath, eventPagePath, SITE_TITLE as SITE } from '../src/domain/links';
import { localizedText, sourceLanguage } from '../src/domain/localized-event';
import { formatPartialDate, formatRange } from '../src/domain/partial-date';
import be from '../src/i18n/locales/be.json' with { type: 'json' };
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import ru from '../src/i18n/locales/ru.json' with { type: 'json' };
import { CONTEXT_MAX, type Dataset, type Source, type SourceDocument, type TimelineEvent, type WithdrawnEvent } from '../src/domain/schema';

/**
 * Static pages, one per event and language, written by the build at events/<id>/index.html
 * (English), events/<id>/be/ and events/<id>/ru/: the event's title, date and summary in the
 * page and in Open Graph and Twitter tags, so a link pasted into a chat shows a real preview,
 * hreflang links between the three, and a redirect that opens the app on the event in that
 * language. The interface's own strings (src/i18n/locales) give the words. Every dataset
 * string is escaped.
 */
const strings = i18next.createInstance();
void strings.init({
  resources: { en: { translation: en }, be: { translation: be }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** A lang attribute for text in `text` on a page in `page`: none when they agree. */
function langAttr(text: Language, page: Language): string {
  return text === page ? '' : ` lang="${text}"`;
}
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
function quoteContext(source: Source, document: SourceDocument | undefined, t: TFunction, lang: Language): string {
  if (!source.selector) return `<p>${escapeHtml(t('context.unavailable'))}</p>`;
  const quoted = langAttr(sourceLanguage(source), lang);
  const [quote, position] = source.selector;
  const before = position.start > codePointLength(quote.prefix) ? '…' : '';
  const after = codePointLength(quote.suffix) >= CONTEXT_MAX ? '…' : '';
  const fact = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
  // The document's own line breaks, kept without a stylesheet.
  const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
  const term = (key: string) => escapeHtml(t(key));
  return `<details><summary>${term('context.show')}</summary>
        <p${quoted}>${before}${lines(quote.prefix)}<mark>${lines(quote.exact)}</mark>${lines(quote.suffix)}${after}</p>
        <dl>${[
          fact(
            term('context.document'),
            document
              ? quoted
                ? `<span${quoted}>${escapeHtml(document.title)}</span>`
                : escapeHtml(document.title)
              : term('context.noDetails'),
          ),
          document?.publisher ? fact(term('context.publisher'), escapeHtml(document.publisher)) : '',
          fact(
            term('context.published'),
            escapeHtml(document?.published ? formatPartialDate(document.published, lang) : t('context.notStated')),
          ),
          fact(term('context.documentId'), `<code>${escapeHtml(source.document)}</code>`),
          fact('SHA-256', `<code>${document ? wrappableHash(document.sha256) : term('context.notAvailable')}</code>`),
          fact(term('context.position'), escapeHtml(t('context.characters', { start: position.start, end: position.end, lng: lang }))),
          fact(term('context.checked'), escapeHtml(source.checked ? formatPartialDate(source.checked, lang) : t('context.notRecorded'))),
        ].join('')}</dl>
      </details>`;
}

/** The start of a static page, through its title: no script, no outside requests, and a redirect into the app. */
function pageHead(lang: string, appLink: string, title: string): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'" />
    <meta http-equiv="refresh" content="0; url=${escapeHtml(appLink)}" />
    <title>${escapeHtml(title)}</title>`;
}

/** The page's address: absolute where the site's is known, else relative to another event page of the same event. */
function pageHref(id: string, lang: Language, from: Language, siteUrl: string | undefined): string {
  if (siteUrl) return new URL(eventPagePath(id, lang), siteRoot(siteUrl)).toString();
  const up = from === 'en' ? '' : '../';
  return `${up}${lang === 'en' ? '' : `${lang}/`}` || './';
}

export function renderEventPage(
  event: TimelineEvent,
  dataset: Pick<Dataset, 'version' | 'documents'>,
  siteUrl?: string,
  lang: Language = 'en',
): string {
  const t = strings.getFixedT(lang);
  const text = localizedText(event, lang);
  const textLang = langAttr(text.lang, lang);
  const site = t('site.title');
  const root = lang === 'en' ? '../../' : '../../../';
  const appLink = `${root}${eventAppPath(event.id, lang === 'en' ? undefined : lang)}`;
  const date = formatRange(event.date, event.endDate, lang);
  const type = t(`type.${event.type}`);
  const title = clip(text.title, 200);
  const description = clip(`${date} · ${type}. ${text.summary}`, 300);
  const absolute = siteUrl ? new URL(eventPagePath(event.id, lang), siteRoot(siteUrl)).toString() : null;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `    <meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const documents = new Map((dataset.documents ?? []).map((document) => [document.id, document]));
  const sources = event.sources
    .map((s) => {
      const quoted = langAttr(sourceLanguage(s), lang);
      return `      <li><strong>${escapeHtml(s.publisher)}</strong>, <span${quoted}>${escapeHtml(s.headline)}</span><blockquote${quoted}>${escapeHtml(clip(s.quote, 2000))}</blockquote>\n      ${quoteContext(s, documents.get(s.document), t, lang)}</li>`;
    })
    .join('\n');
  const alternates = [...LANGUAGES, 'x-default' as const]
    .map((other) => {
      const target = other === 'x-default' ? 'en' : other;
      return `    <link rel="alternate" hreflang="${other}" href="${escapeHtml(pageHref(event.id, target, lang, siteUrl))}" />`;
    })
    .join('\n');
  const languages = LANGUAGES.map((other) =>
    other === lang
      ? `<strong lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</strong>`
      : `<a href="${escapeHtml(pageHref(event.id, other, lang, siteUrl))}" hreflang="${other}" lang="${other}">${escapeHtml(LANGUAGE_NAMES[other])}</a>`,
  ).join(' · ');
  return `${pageHead(lang, appLink, `${title} · ${site}`)}
${meta('name', 'description', description)}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', site)}
${meta('property', 'og:locale', { be: 'be_BY', ru: 'ru_RU', en: 'en_GB' }[lang])}
${meta('property', 'og:title', title)}
${meta('property', 'og:description', description)}
${absolute ? `${meta('property', 'og:url', absolute)}\n    <link rel="canonical" href="${escapeHtml(absolute)}" />\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${absolute}oembed.json`)}" title="${escapeHtml(title)}" />` : ''}
${alternates}
${meta('name', 'twitter:card', 'summary')}
${meta('name', 'twitter:title', title)}
${meta('name', 'twitter:description', description)}
  </head>
  <body>
    <main>
      <nav aria-label="${escapeHtml(t('language.label'))}"><p>${languages}</p></nav>
      <p>${escapeHtml(type)} · <time datetime="${escapeHtml(event.date)}">${escapeHtml(date)}</time></p>
      <h1${textLang}>${escapeHtml(text.title)}</h1>
      <p${textLang}>${escapeHtml(text.summary)}</p>${text.translated ? `\n      <p><small>${escapeHtml(t('detail.translatedFromEnglish'))}</small></p>` : ''}
      <h2>${escapeHtml(event.sources.length === 1 ? t('sources.one') : t('sources.several', { count: event.sources.length }))}</h2>
      <ul>
${sources}
      </ul>
      <p><a href="${escapeHtml(appLink)}">${escapeHtml(t('page.open'))}</a> · ${escapeHtml(t('page.dataset', { version: dataset.version }))}</p>
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
  return `${pageHead('en', appLink, `${title} · ${SITE}`)}
    <meta name="robots" content="noindex" />
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
