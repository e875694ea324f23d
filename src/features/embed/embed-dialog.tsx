import { useEffect, useId, useRef, useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../domain/languages';
import { useI18n } from '../../i18n/i18n';
import type { EmbedTheme } from '../../state/embed';
import { currentViewLink } from '../../state/links';
import { useChosenLanguage } from '../../state/store-context';
import { DEFAULT_CHOICES, embedSnippet, embedUrl, type EmbedChoices } from './embed-code';

const THEMES: EmbedTheme[] = ['auto', 'light', 'dark'];

/** The embed code for the current view, its options, and a live preview of the result. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const chosen = useChosenLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  // A language chosen in the link (or with the switcher) goes into the embed; otherwise each reader's browser decides.
  const [choices, setChoices] = useState<EmbedChoices>(() => ({ ...DEFAULT_CHOICES, lang: chosen ?? 'auto' }));
  const [view] = useState(currentViewLink);
  const id = useId();
  const set = (patch: Partial<EmbedChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const code = embedSnippet(view, choices, t('embed.frameTitle', { site: t('site.title') }));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="modal-dialog embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {t('embed.heading')}
        </h2>
        <button type="button" className="btn-icon" aria-label={t('embed.close')} onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <div className="embed-dialog-body">
        <form className="flex flex-col gap-3 text-sm" onSubmit={(event) => event.preventDefault()}>
          <p className="text-muted">{t('embed.intro')}</p>
          <label className="flex items-center gap-2">
            {t('embed.height')}
            <input
              type="number"
              className="input w-24"
              min={200}
              max={4000}
              step={20}
              value={choices.height}
              onChange={(event) => set({ height: Number(event.target.value) || DEFAULT_CHOICES.height })}
            />
            {t('embed.px')}
          </label>
          <label className="check-row">
            <input type="checkbox" checked={choices.autoHeight} onChange={(event) => set({ autoHeight: event.target.checked })} />
            {t('embed.autoHeight')}
          </label>
          <label className="check-row">
            <input type="checkbox" checked={choices.filters} onChange={(event) => set({ filters: event.target.checked })} />
            {t('embed.filters')}
          </label>
          <label className="flex flex-col gap-1">
            {t('embed.theme')}
            <select className="input" value={choices.theme} onChange={(event) => set({ theme: event.target.value as EmbedTheme })}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`embed.themes.${theme}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t('embed.language')}
            <select className="input" value={choices.lang} onChange={(event) => set({ lang: event.target.value as Language | 'auto' })}>
              <option value="auto">{t('embed.languageAuto')}</option>
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t('embed.code')}
            <textarea className="input font-mono text-xs" rows={5} readOnly value={code} onFocus={(event) => event.target.select()} />
          </label>
          <CopyButton label={t('embed.copy')} copiedMessage={t('embed.copied')} getText={() => code} />
        </form>
        <section aria-label={t('embed.preview')} className="flex min-w-0 flex-col gap-1">
          <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{t('embed.preview')}</h3>
          <iframe
            title={t('embed.previewTitle')}
            src={embedUrl(view, choices)}
            className="embed-preview"
            style={{ height: `${Math.max(200, Math.min(choices.height, 560))}px` }}
          />
        </section>
      </div>
    </dialog>
  );
}
