import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, embedSnippet, embedUrl } from './embed-code';

const view = 'https://site.example/timeline/?event=coale-meets&types=meeting,release&from=2025-11-01&to=2026-01-01';

describe('the embed code', () => {
  it('points the frame at embed.html with the current view and the chosen options', () => {
    expect(embedUrl(view, DEFAULT_CHOICES)).toBe(
      'https://site.example/timeline/embed.html?event=coale-meets&types=meeting,release&from=2025-11-01&to=2026-01-01',
    );
    expect(embedUrl(view, { ...DEFAULT_CHOICES, filters: true, theme: 'dark' })).toMatch(/embed\.html\?.*&filters=1&theme=dark$/);
  });

  it('puts the chosen language in the link, and leaves it to each reader’s browser on "auto"', () => {
    expect(embedUrl(view, { ...DEFAULT_CHOICES, lang: 'be' })).toMatch(/embed\.html\?event=coale-meets&.*&lang=be$/);
    expect(embedUrl(`${view}&lang=ru`, { ...DEFAULT_CHOICES, lang: 'auto' })).not.toContain('lang=');
    expect(embedUrl(`${view}&lang=ru`, { ...DEFAULT_CHOICES, lang: 'en' })).toMatch(/lang=en$/);
  });

  it('is a frame and the snippet, with the height kept within reason and the title escaped', () => {
    const code = embedSnippet(view, { ...DEFAULT_CHOICES, height: 99999 }, 'Timeline "A" <b>');
    expect(code).toContain('<iframe data-timeline-embed data-auto-height title="Timeline &quot;A&quot; &lt;b>"');
    expect(code).toContain('height:4000px');
    expect(code).toContain('<script src="https://site.example/timeline/embed.js" defer></script>');
    expect(embedSnippet(view, { ...DEFAULT_CHOICES, autoHeight: false }, 't')).not.toContain('data-auto-height');
  });
});
