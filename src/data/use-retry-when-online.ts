import { useEffect } from 'react';

/**
 * A failed load tries again by itself when the browser comes back online.
 * TanStack Query's own reconnect refetch only fires after it saw an 'offline'
 * event, which a page that was offline from its first load never sends.
 */
export function useRetryWhenOnline(failed: boolean, retry: () => unknown) {
  useEffect(() => {
    if (!failed) return;
    const onOnline = () => void retry();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [failed, retry]);
}
