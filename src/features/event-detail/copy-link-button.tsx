import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copies the address bar, which always describes the current view. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), 2500);
      return () => clearTimeout(timer);
    }
    if (state === 'manual') fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    const href = window.location.href;
    setUrl(href);
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <button type="button" className="btn" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="text-xs text-muted">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' && (
        <label className="text-xs">
          Copying was blocked; copy this link:
          <input ref={fieldRef} readOnly value={url} className="input mt-1 w-full" />
        </label>
      )}
    </div>
  );
}
