import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

const KEY = 'dataset-version';

function lastSeenVersion(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private mode, policy): no notice, nothing else lost
  }
}

/**
 * "Updated to version …" when the dataset is newer than on this reader's last visit (the service
 * worker serves the page offline, but always asks the network for the dataset first).
 * The first visit says nothing.
 */
export function DatasetUpdateNotice({ version }: { version: string }) {
  const { t } = useI18n();
  const [previous] = useState(lastSeenVersion);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, version);
    } catch {
      // as above
    }
  }, [version]);
  if (previous === null || previous === version || dismissed) return null;
  return (
    <section className="notice mx-3 mt-2 flex items-center gap-3 text-sm" aria-label={t('update.label')}>
      <p className="flex-1" role="status">
        {t('update.before')} <span className="whitespace-nowrap">{version}</span> {t('update.middle')}{' '}
        <span className="whitespace-nowrap">{previous}</span>
        {t('update.after')}
      </p>
      <button type="button" className="btn-quiet" onClick={() => setDismissed(true)}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}
