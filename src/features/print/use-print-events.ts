import { useEffect } from 'react';
import { useLatest } from '../../components/use-latest';
import { whenIdle } from '../../components/when-idle';
import { whenFirstScreenShown } from '../../data/first-screen';
import { loadChronology, loadedChronology } from './load-chronology';

/**
 * Makes the browser's own print produce the chronology too: the chunk is fetched once the
 * page is idle, `beforeprint` draws it (synchronously, as the browser lays out the pages
 * right after), `afterprint` removes it. Ctrl+P / Cmd+P pressed before the chunk has
 * arrived goes through `print` instead, which waits for it.
 */
export function usePrintEvents({ draw, clear, print }: { draw: () => void; clear: () => void; print: () => void }) {
  const latest = useLatest({ draw, clear, print });
  useEffect(() => {
    // The button says so if it still fails.
    const cancelWarm = whenFirstScreenShown(() => whenIdle(() => void loadChronology().catch(() => undefined)));
    const before = () => {
      if (loadedChronology()) latest.current.draw();
    };
    const after = () => latest.current.clear();
    const key = (event: KeyboardEvent) => {
      if (loadedChronology() || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p')
        return;
      event.preventDefault();
      latest.current.print();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    window.addEventListener('keydown', key);
    return () => {
      cancelWarm();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.removeEventListener('keydown', key);
    };
  }, [latest]);
}
