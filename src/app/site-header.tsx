import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { ChangelogButton } from '../features/changelog/changelog-button';
import { LanguageSwitcher } from '../components/language-switcher';
import { useI18n } from '../i18n/i18n';
import { useViewActions } from '../state/store-context';
import { ThemeToggle } from './theme-toggle';

function HeaderTools({ version }: { version: string | undefined }) {
  const { t, lang } = useI18n();
  const { languageChosen } = useViewActions();
  return (
    <>
      {/* Only where there is room beside the heading: the tools keep to one row from a tablet's width up. */}
      {version && <p className="hidden max-w-xs min-w-0 truncate text-xs text-muted xl:block">{t('header.dataset', { version })}</p>}
      <ChangelogButton version={version} />
      <LanguageSwitcher lang={lang} onChoose={languageChosen} />
      <ThemeToggle />
    </>
  );
}

/**
 * The page's heading. The built page carries it in its HTML (index.html), painted before any
 * script runs, in English: then only its tools (the dataset version, "What changed", the language
 * and theme switches) are drawn into it, and its words are put in the reader's language as text.
 * Elsewhere (tests, a page without it) the whole header is drawn here.
 */
export function SiteHeader({ version }: { version: string | undefined }) {
  const { t } = useI18n();
  const slot = typeof document === 'undefined' ? null : document.getElementById('header-tools');
  useEffect(() => {
    const heading = document.getElementById('site-heading');
    const tagline = document.getElementById('site-tagline');
    // Only where the words change (another language): rewriting the same words would paint the
    // heading anew, a later largest paint for nothing.
    for (const [element, text] of [
      [heading, t('site.heading')],
      [tagline, t('site.tagline')],
    ] as const) {
      if (element && element.textContent?.trim() !== text) element.textContent = text;
    }
  }, [t]);
  if (slot) return createPortal(<HeaderTools version={version} />, slot);
  return (
    <header className="app-header">
      <h1 className="app-heading">{t('site.heading')}</h1>
      <div className="app-header-tools">
        <HeaderTools version={version} />
      </div>
      <p className="app-tagline">{t('site.tagline')}</p>
    </header>
  );
}
