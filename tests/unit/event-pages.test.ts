import { describe, expect, it } from 'vitest';
import { renderEventPage, renderOembed } from '../../scripts/event-pages';
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
    expect(html).toContain('<link rel="alternate" type="application/json+oembed" href="https://example.org/timeline/events/coale-meets-lukashenko/oembed.json"');
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
});
