import { describe, expect, it } from 'vitest';
import { renderEventPage } from '../../scripts/event-pages';
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
