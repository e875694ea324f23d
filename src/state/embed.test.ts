import { describe, expect, it } from 'vitest';
import { fullViewUrl, readPresentation } from './embed';

describe('the embed view’s parameters', () => {
  it('is the embed at embed.html or with embed=1, with filters folded unless filters=1', () => {
    expect(readPresentation('/embed.html', '')).toMatchObject({ embedded: true, filters: false, theme: 'auto', notices: [] });
    expect(readPresentation('/sub/path/', '?embed=1&filters=1&theme=dark')).toMatchObject({ embedded: true, filters: true, theme: 'dark' });
    expect(readPresentation('/', '?event=x')).toMatchObject({ embedded: false, filters: true });
  });

  it('says what it could not honour, and falls back', () => {
    const { embedded, theme, notices } = readPresentation('/embed.html', '?theme=purple&filters=yes');
    expect(embedded).toBe(true);
    expect(theme).toBe('auto');
    expect(notices.map((notice) => notice.key)).toEqual(['notice.badFilters', 'notice.badTheme']);
  });

  it('opens the same view in the full app, without the embed’s own parameters', () => {
    expect(fullViewUrl('https://site.example/tl/embed.html?event=a-b&types=release,pardon&theme=dark&filters=1')).toBe(
      'https://site.example/tl/?event=a-b&types=release,pardon',
    );
    expect(fullViewUrl('https://site.example/?embed=1&q=minsk')).toBe('https://site.example/?q=minsk');
  });
});
