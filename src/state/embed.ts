/**
 * How the page is presented, as opposed to what it shows: the embed view and its
 * options. These parameters are not part of the view state; the address bar keeps
 * them as they are when the view changes (see history.ts).
 *
 *   embed.html, or embed=1   the timeline and the detail panel, without the site header
 *   filters=1                show the filters (otherwise one "Filters" button opens them)
 *   theme=light|dark|auto    the embed's theme; auto (or none) follows the reader's system
 */
export const PRESENTATION_PARAMS = ['embed', 'filters', 'theme'] as const;

import type { Notice } from './notice';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface Presentation {
  embedded: boolean;
  /** Filters shown open (an embed hides them behind a button unless asked). */
  filters: boolean;
  theme: EmbedTheme;
  notices: Notice[];
}

/** The message an embed posts to its host page whenever its view or height changes. */
export interface EmbedViewMessage {
  type: 'timeline:view';
  url: string;
  height: number;
}

export function isEmbedPath(pathname: string): boolean {
  return /(^|\/)embed(\.html)?$/.test(pathname);
}

export function readPresentation(pathname: string, search: string): Presentation {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const embedParam = params.get('embed');
  const embedded = isEmbedPath(pathname) || embedParam === '1';
  if (embedParam !== null && embedParam !== '1' && embedParam !== '0') notices.push({ key: 'notice.badEmbed' });
  const filtersParam = params.get('filters');
  if (filtersParam !== null && filtersParam !== '1' && filtersParam !== '0') notices.push({ key: 'notice.badFilters' });
  const themeParam = params.get('theme');
  let theme: EmbedTheme = 'auto';
  if (themeParam === 'light' || themeParam === 'dark' || themeParam === 'auto') theme = themeParam;
  else if (themeParam !== null) notices.push({ key: 'notice.badTheme' });
  return { embedded, filters: !embedded || filtersParam === '1', theme, notices };
}

/** The same view in the full app: index.html (the folder) with the view's parameters, without the embed's. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  for (const name of PRESENTATION_PARAMS) url.searchParams.delete(name);
  url.pathname = url.pathname.replace(/embed(\.html)?$/, '');
  url.search = url.searchParams.toString().replace(/%2C/g, ',');
  return url.toString();
}
