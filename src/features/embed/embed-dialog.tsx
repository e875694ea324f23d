import { useEffect, useId, useRef, useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { SITE_TITLE } from '../../domain/links';
import type { EmbedTheme } from '../../state/embed';
import { currentViewLink } from '../../state/links';
import { DEFAULT_CHOICES, embedSnippet, embedUrl, type EmbedChoices } from './embed-code';

const THEMES: { value: EmbedTheme; label: string }[] = [
  { value: 'auto', label: 'Follow the reader’s system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The embed code for the current view, its options, and a live preview of the result. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<EmbedChoices>(DEFAULT_CHOICES);
  const [view] = useState(currentViewLink);
  const id = useId();
  const set = (patch: Partial<EmbedChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const code = embedSnippet(view, choices, `Timeline: ${SITE_TITLE}`);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Embed this view
        </h2>
        <button type="button" className="btn-icon" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <div className="embed-dialog-body">
        <form className="flex flex-col gap-3 text-sm" onSubmit={(event) => event.preventDefault()}>
          <p className="text-muted">
            Paste this into your page. The frame opens on the current view (event, filters, window); readers can open the full app from it.
          </p>
          <label className="flex items-center gap-2">
            Height
            <input
              type="number"
              className="input w-24"
              min={200}
              max={4000}
              step={20}
              value={choices.height}
              onChange={(event) => set({ height: Number(event.target.value) || DEFAULT_CHOICES.height })}
            />
            px
          </label>
          <label className="check-row">
            <input type="checkbox" checked={choices.autoHeight} onChange={(event) => set({ autoHeight: event.target.checked })} />
            Grow to fit the timeline (needs the script line)
          </label>
          <label className="check-row">
            <input type="checkbox" checked={choices.filters} onChange={(event) => set({ filters: event.target.checked })} />
            Show the filters
          </label>
          <label className="flex flex-col gap-1">
            Theme
            <select className="input" value={choices.theme} onChange={(event) => set({ theme: event.target.value as EmbedTheme })}>
              {THEMES.map((theme) => (
                <option key={theme.value} value={theme.value}>
                  {theme.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Embed code
            <textarea className="input font-mono text-xs" rows={5} readOnly value={code} onFocus={(event) => event.target.select()} />
          </label>
          <CopyButton label="Copy embed code" copiedMessage="Embed code copied" getText={() => code} />
        </form>
        <section aria-label="Preview" className="flex min-w-0 flex-col gap-1">
          <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Preview</h3>
          <iframe
            title="Preview of the embedded timeline"
            src={embedUrl(view, choices)}
            className="embed-preview"
            style={{ height: `${Math.max(200, Math.min(choices.height, 560))}px` }}
          />
        </section>
      </div>
    </dialog>
  );
}
