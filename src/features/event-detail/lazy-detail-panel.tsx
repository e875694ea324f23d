import { lazy, Suspense, useEffect } from 'react';
import { whenIdle } from '../../components/when-idle';
import { whenFirstScreenShown } from '../../data/first-screen';
import { useI18n } from '../../i18n/i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { parseView } from '../../state/url-codec';

let panelModule: Promise<typeof import('./detail-panel')> | null = null;

/** The panel (event body, sources, quote context, uncertainty) is its own chunk, fetched once; a failed fetch may be retried. */
function loadPanel() {
  panelModule ??= import('./detail-panel').catch((error: unknown) => {
    panelModule = null;
    throw error;
  });
  return panelModule;
}

// A link that names an event opens it with the first screen: its panel downloads beside the dataset.
if (typeof window !== 'undefined' && parseView(window.location.search).state.event) void loadPanel().catch(() => undefined);

const Panel = lazy(() => loadPanel().then((module) => ({ default: module.DetailPanel })));

/**
 * The open event's panel. Nothing shows while its chunk arrives (the area beside it is already laid out);
 * while the dataset is still its outline (no summary, no quotes yet), it says they are loading.
 */
export function DetailPanel() {
  const { t } = useI18n();
  if (useDatasetIndex().outline) {
    return (
      <aside aria-label={t('detail.label')} className="detail-panel">
        <p role="status" className="p-4 text-sm text-muted">
          {t('evidence.loading')}
        </p>
      </aside>
    );
  }
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  );
}

/** Fetches the panel's chunk once the page is idle after the first screen, so the first event opened opens at once. */
export function useWarmDetailPanel(): void {
  useEffect(() => whenFirstScreenShown(() => whenIdle(() => void loadPanel().catch(() => undefined))), []);
}
