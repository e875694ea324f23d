import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

type CopyState = 'idle' | 'copied' | 'manual';

interface CopyButtonProps {
  label: string;
  copiedMessage: string;
  getText: () => string;
}

/** Copies text to the clipboard; where the browser refuses, shows the text selected to copy by hand. */
export function CopyButton({ label, copiedMessage, getText }: CopyButtonProps) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const [text, setText] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (state === 'copied') {
      const timer = setTimeout(() => setState('idle'), 2500);
      return () => clearTimeout(timer);
    }
    if (state === 'manual') fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    const value = getText();
    setText(value);
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <button type="button" className="btn" onClick={copy}>
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {state === 'copied' ? copiedMessage : ''}
      </span>
      {state === 'manual' && (
        <>
          <label htmlFor={id} className="text-xs">
            {t('copy.blocked')}
          </label>
          <textarea id={id} ref={fieldRef} readOnly value={text} rows={3} className="input w-full" />
        </>
      )}
    </div>
  );
}
