import { describe, expect, it } from 'vitest';
import { renderEventPage, renderOembed, renderWithdrawnPage } from '../../scripts/event-pages';
import { hostileDataset, PAYLOADS } from '../fixtures/hostile-dataset';
import { sampleDataset } from '../fixtures/sample-dataset';

describe('static event pages', () => {
  it('carry title, date and summary in the page and in Open Graph and Twitter tags', () => {
    const dataset = sampleDataset();
    const html = renderEventPage(dataset.events[1]!, dataset, 'https://example.org/timeline');
    expect(html).toContain('<meta property="og:title" content="Coale meets Lukashenko in Minsk" />');
    expect(html).toContain('<meta name="twitter:title" content="Coale meets Lukashenko in Minsk" />');
    expect(html).toMatch(/<meta property="og:description" content="12 Dec 2025 · Meeting or call\. The US envoy/);
    expect(html).toContain('<meta property="og:url" content="https://example.org/timeline/events/coale-meets-lukashenko/" />');
    expect(html).toContain('<h1>Coale meets Lukashenko in Minsk</h1>');
    expect(html).toContain('url=../../?event=coale-meets-lukashenko');
  });

  it('announce an oEmbed answer that embeds the timeline on the event', () => {
    const dataset = sampleDataset();
    const event = dataset.events[1]!;
    const html = renderEventPage(event, dataset, 'https://example.org/timeline');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/timeline/events/coale-meets-lukashenko/oembed.json"',
    );
    expect(renderEventPage(event, dataset)).not.toContain('oembed');
    const oembed = JSON.parse(renderOembed(event, 'https://example.org/timeline'));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: 'Coale meets Lukashenko in Minsk', height: 640 });
    expect(oembed.html).toContain('src="https://example.org/timeline/embed.html?event=coale-meets-lukashenko"');
  });

  it('keep dataset text out of the oEmbed markup', () => {
    for (const event of hostileDataset().events) {
      const { html } = JSON.parse(renderOembed(event, 'https://example.org/'));
      expect(html.match(/</g)).toHaveLength(2); // the iframe's opening and closing tags, nothing else
    }
  });

  it('escape every dataset string', () => {
    const dataset = hostileDataset();
    for (const event of dataset.events) {
      const html = renderEventPage(event, dataset);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<iframe');
      expect(html).not.toContain('<svg');
      expect(html.match(/<script/g)).toBeNull();
    }
    expect(renderEventPage(dataset.events[0]!, dataset)).toContain('&lt;img src=&quot;https://tracker.invalid/pixel.gif&quot;');
    expect(PAYLOADS.img).toContain('<img');
  });

  it('show each quote in its context, with the document, its hash and the day the quote was checked', () => {
    const dataset = sampleDataset();
    const hash = 'c0ffee00'.repeat(8);
    dataset.documents = [{ id: 'doc.txt', title: 'Envoy & president', published: '2025-12-12', sha256: hash }];
    const event = dataset.events[1]!;
    event.sources[0]!.selector = [
      { type: 'TextQuoteSelector', exact: event.sources[0]!.quote, prefix: 'Before <b>it</b> ', suffix: ' after.' },
      { type: 'TextPositionSelector', start: 17, end: 17 + event.sources[0]!.quote.length },
    ];
    event.sources[0]!.checked = '2026-11-25';
    const html = renderEventPage(event, dataset);
    expect(html).toContain('<details><summary>Show in context</summary>');
    expect(html).toContain(`<p>Before &lt;b&gt;it&lt;/b&gt; <mark>${event.sources[0]!.quote}</mark> after.</p>`);
    expect(html).toContain('<dt>Document</dt><dd>Envoy &amp; president</dd>');
    expect(html).toContain('<dt>Published</dt><dd>12 Dec 2025</dd>');
    expect(html).toContain('<dt>Document id</dt><dd><code>doc.txt</code></dd>');
    expect(html.replace(/<wbr>/g, '')).toContain(`<dt>SHA-256</dt><dd><code>${hash}</code></dd>`);
    expect(html).toContain('<dt>Quote checked</dt><dd>25 Nov 2026</dd>');
  });

  it('have Belarusian and Russian versions, linked to each other by hreflang, with English text marked where untranslated', () => {
    const dataset = sampleDataset();
    const event = dataset.events[1]!;
    event.translations = {
      be: { title: 'Коўл сустракаецца з Лукашэнкам у Мінску', summary: 'Пасланнік ЗША сустрэўся з Лукашэнкам.', translatedFrom: 'en' },
    };
    const be = renderEventPage(event, dataset, 'https://example.org/timeline', 'be');
    expect(be).toContain('<html lang="be">');
    expect(be).toContain('<h1>Коўл сустракаецца з Лукашэнкам у Мінску</h1>');
    expect(be).toContain('<small>Пераклад з англійскай</small>');
    expect(be).toMatch(/<meta property="og:description" content="12 снежня 2025[^·]*· Сустрэча або размова\. Пасланнік/);
    expect(be).toContain('<link rel="canonical" href="https://example.org/timeline/events/coale-meets-lukashenko/be/" />');
    expect(be).toContain('url=../../../?event=coale-meets-lukashenko&amp;lang=be');
    expect(be).toMatch(/<blockquote lang="en">/);
    for (const [lang, path] of [
      ['be', 'be/'],
      ['ru', 'ru/'],
      ['en', ''],
      ['x-default', ''],
    ])
      expect(be).toContain(
        `<link rel="alternate" hreflang="${lang}" href="https://example.org/timeline/events/coale-meets-lukashenko/${path}" />`,
      );

    // No Russian translation: the English title, marked as English, on a Russian page.
    const ru = renderEventPage(event, dataset, undefined, 'ru');
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('<h1 lang="en">Coale meets Lukashenko in Minsk</h1>');
    expect(ru).not.toContain('Перевод с английского');
    expect(ru).toContain('<a href="../be/" hreflang="be" lang="be">Беларуская</a>');
    expect(ru).toContain('<a href="../" hreflang="en" lang="en">English</a>');
    expect(ru).toContain('Открыть это событие на шкале времени');
  });

  it('say when a dataset version has no context for a quote', () => {
    const dataset = sampleDataset();
    expect(renderEventPage(dataset.events[1]!, dataset)).toContain('<p>Context is not available for this dataset version.</p>');
  });

  it('say why a withdrawn event went, with its last title, escaped, and open the app on its id', () => {
    const entry = {
      id: 'old-event',
      title: 'Old <b>title</b>',
      reason: 'Reported twice: <img src=x onerror=alert(1)>',
      withdrawn: '2026-11-26',
    };
    const html = renderWithdrawnPage(entry, '2026-11-26.abc');
    expect(html).toContain('<p>This event was withdrawn: Reported twice: &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('Its last title was “Old &lt;b&gt;title&lt;/b&gt;”');
    expect(html).toContain('url=../../?event=old-event');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('<img');
  });
});
