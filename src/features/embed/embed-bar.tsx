import { SITE_TITLE } from '../../domain/links';
import { fullViewUrl } from '../../state/embed';
import {
  useActorFilter,
  useCorroborationFilter,
  useSearchText,
  useSelectedEventId,
  useTypeFilter,
  useViewWindow,
} from '../../state/store-context';
import { serializeView } from '../../state/url-codec';
import { useEmbedMessages } from './use-embed-messages';

/** The embed's own line: a way out to the full app, on the same view, in a new tab. */
export function EmbedBar() {
  const event = useSelectedEventId();
  const types = useTypeFilter();
  const actors = useActorFilter();
  const q = useSearchText();
  const corroboration = useCorroborationFilter();
  const window_ = useViewWindow();
  useEmbedMessages();
  const here = new URL(window.location.href);
  here.search = serializeView({ event, types, actors, q, corroboration, window: window_ });
  return (
    <header className="embed-bar">
      {/* No visible site header in someone else's page; screen readers still get the page's name. */}
      <h1 className="sr-only">{SITE_TITLE}</h1>
      <a href={fullViewUrl(here.href)} target="_blank" rel="noopener" className="link text-xs">
        Open full view<span className="sr-only"> (opens in a new tab)</span> <span aria-hidden="true">↗</span>
      </a>
    </header>
  );
}
