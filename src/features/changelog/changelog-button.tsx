import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

// Its own chunk, with the list's format check: loaded when a reader asks what changed.
const ChangelogDialog = lazy(() => import('./changelog-dialog').then((module) => ({ default: module.ChangelogDialog })));

/** Opens the list of what changed in each dataset version. */
export function ChangelogButton({ version }: { version: string | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn-quiet whitespace-nowrap" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('changelog.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ChangelogDialog current={version} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
