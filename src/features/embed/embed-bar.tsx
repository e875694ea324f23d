import { fullViewUrl } from '../../state/embed';
import { useViewActions, useViewState } from '../../state/store-context';
import { serializeView } from '../../state/url-codec';
import { useEmbedMessages } from './use-embed-messages';
import { useI18n } from '../../i18n/i18n';
import { LanguageSwitcher } from '../../components/language-switcher';

/** The embed's own line: a way out to the full app, on the same view, in a new tab. */
export function EmbedBar() {
  const { t } = useI18n();
  const view = useViewState();
  const { lang: shown } = useI18n();
  const { languageChosen } = useViewActions();
  useEmbedMessages();
  const here = new URL(window.location.href);
  here.search = serializeView(view);
  return (
    <header className="embed-bar">
      {/* No visible site header in someone else's page; screen readers still get the page's name. */}
      <h1 className="sr-only">{t('site.title')}</h1>
      <LanguageSwitcher lang={shown} onChoose={languageChosen} />
      <a href={fullViewUrl(here.href)} target="_blank" rel="noopener" className="link text-xs">
        {t('embed.openFull')}
        <span className="sr-only"> {t('embed.newTab')}</span> <span aria-hidden="true">↗</span>
      </a>
    </header>
  );
}
