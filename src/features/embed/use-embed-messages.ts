import { useEffect } from 'react';
import type { EmbedViewMessage } from '../../state/embed';
import { flushHistory } from '../../state/history';
import { useActorFilter, useSearchText, useSelectedEventId, useTypeFilter, useViewWindow } from '../../state/store-context';

/**
 * Tells the host page where the embed is and how tall it wants to be, whenever either
 * changes: `{type: 'timeline:view', url, height}` and nothing else. The embed listens to no
 * message from the host. The data is what anyone can see in the frame, so any host may read it.
 */
export function useEmbedMessages(): void {
  const event = useSelectedEventId();
  const types = useTypeFilter();
  const actors = useActorFilter();
  const q = useSearchText();
  const view = useViewWindow();

  useEffect(() => {
    if (window.parent === window) return;
    const shell = document.querySelector('.app-shell') ?? document.body;
    let last = '';
    let frame = 0;
    const post = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        flushHistory();
        const message: EmbedViewMessage = {
          type: 'timeline:view',
          url: window.location.href,
          height: Math.ceil(shell.getBoundingClientRect().height),
        };
        const key = `${message.url} ${message.height}`;
        if (key === last) return;
        last = key;
        window.parent.postMessage(message, '*');
      });
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(shell);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [event, types, actors, q, view]);
}
