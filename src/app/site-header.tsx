import { createPortal } from 'react-dom';
import { SITE_HEADING } from '../domain/links';
import { ChangelogButton } from '../features/changelog/changelog-button';
import { ThemeToggle } from './theme-toggle';

function HeaderTools({ version }: { version: string | undefined }) {
  return (
    <>
      {version && <p className="max-w-xs min-w-0 truncate text-xs text-muted">Dataset {version}</p>}
      <ChangelogButton version={version} />
      <ThemeToggle />
    </>
  );
}

/**
 * The page's heading. The built page carries it in its HTML (index.html), painted before any
 * script runs: then only its tools (the dataset version, "What changed", the theme toggle) are drawn into it.
 * Elsewhere (tests, a page without it) the whole header is drawn here.
 */
export function SiteHeader({ version }: { version: string | undefined }) {
  const slot = typeof document === 'undefined' ? null : document.getElementById('header-tools');
  if (slot) return createPortal(<HeaderTools version={version} />, slot);
  return (
    <header className="app-header">
      <div>
        <h1 className="text-lg leading-tight font-semibold md:text-xl">{SITE_HEADING}</h1>
        <p className="hidden text-xs text-muted sm:block md:text-sm">
          A sourced timeline of releases, pardons, sentences, talks and sanctions. Every event quotes its source.
        </p>
      </div>
      <div className="flex max-w-full min-w-0 items-center gap-3">
        <HeaderTools version={version} />
      </div>
    </header>
  );
}
