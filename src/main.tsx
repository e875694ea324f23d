import { prefetchTranslations } from './data/translations-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { registerOfflineLater } from './app/register-offline';
import { applyTheme, storedTheme } from './app/theme';
import { browserLanguage } from './app/use-language';
import { switchLanguage } from './i18n/i18n';
import { warmFormats } from './domain/intl-formats';
import { warmIntlOffThread } from './app/intl-warm';
import { presentationOfPage } from './state/presentation-context';
import { parseView } from './state/url-codec';
import './styles.css';

// Before the first paint, so a dark-theme reader never sees a white flash. An embed takes its
// theme from its link (auto: the reader's system), and never changes the full app's stored choice.
const presentation = presentationOfPage();
if (presentation.embedded) {
  document.documentElement.classList.add('is-embed');
  applyTheme(presentation.theme === 'auto' ? null : presentation.theme, false);
} else {
  applyTheme(storedTheme());
}

// A Belarusian or Russian reader's strings load (one small chunk, beside the dataset) before
// the first render, so the page never flashes English words at them. English is bundled.
const lang = parseView(window.location.search).state.lang ?? browserLanguage();
prefetchTranslations(lang);
// The engine's locale data loads on a worker thread while the dataset downloads.
const intlWarm = warmIntlOffThread(lang);
const root = document.getElementById('root');
if (root) {
  const mount = root;
  void switchLanguage(lang)
    .catch(() => undefined)
    .then(() => {
      render(mount);
      // Once the worker has loaded the locale data, the page's own formatters take no time to make.
      void intlWarm.then(() => setTimeout(() => warmFormats(lang), 0));
    });
}

// As a transition, React renders the first screen in slices of a few milliseconds, yielding to the
// browser between them, rather than in one long task (the page's heading is already painted).
function render(root: HTMLElement) {
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <Providers presentation={presentation}>
          <App />
        </Providers>
      </StrictMode>,
    ),
  );
}

// Production only: the dev server has no service worker.
if (import.meta.env.PROD) registerOfflineLater();
