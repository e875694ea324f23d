import type { Language } from '../../domain/languages';
import type { EmbedTheme } from '../../state/embed';
import { fullViewUrl } from '../../state/embed';

export interface EmbedChoices {
  /** Pixels; with auto-height the host snippet replaces it with the height the timeline asks for. */
  height: number;
  autoHeight: boolean;
  filters: boolean;
  theme: EmbedTheme;
  /** The embed's language; 'auto': each reader's browser decides (no lang= in the link). */
  lang: Language | 'auto';
}

export const DEFAULT_CHOICES: EmbedChoices = { height: 640, autoHeight: true, filters: false, theme: 'auto', lang: 'auto' };

/** The embed view's address for the view at `viewHref` (the app's current address) with these choices. */
export function embedUrl(viewHref: string, choices: EmbedChoices): string {
  const url = new URL(fullViewUrl(viewHref));
  url.pathname = `${url.pathname.replace(/[^/]*$/, '')}embed.html`;
  if (choices.filters) url.searchParams.set('filters', '1');
  if (choices.theme !== 'auto') url.searchParams.set('theme', choices.theme);
  if (choices.lang === 'auto') url.searchParams.delete('lang');
  else url.searchParams.set('lang', choices.lang);
  url.search = url.searchParams.toString().replace(/%2C/g, ',');
  return url.toString();
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML a site pastes into its article: the frame, and the snippet that mirrors it. */
export function embedSnippet(viewHref: string, choices: EmbedChoices, title: string): string {
  const src = embedUrl(viewHref, choices);
  const script = new URL('embed.js', src).toString();
  const height = Math.max(200, Math.min(4000, Math.round(choices.height)));
  return [
    `<iframe data-timeline-embed${choices.autoHeight ? ' data-auto-height' : ''} title="${escapeAttribute(title)}"`,
    `  src="${escapeAttribute(src)}"`,
    `  style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`,
    `<script src="${escapeAttribute(script)}" defer></script>`,
  ].join('\n');
}
