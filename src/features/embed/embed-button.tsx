import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

// Its own chunk: loaded when a reader asks for the embed code.
const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })));

/** Opens the embed code for the current view. */
export function EmbedButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn-quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
