import { useEffect, useState } from 'react';
import { applyTheme, storedTheme, systemTheme, type Theme } from './theme';
import { useI18n } from '../i18n/i18n';

/** Dark or light; until the reader chooses, the system's setting decides (and changes with it). */
export function ThemeToggle() {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const effective = chosen ?? system;
  return (
    <button
      type="button"
      className="btn-quiet"
      aria-pressed={effective === 'dark'}
      onClick={() => {
        const next: Theme = effective === 'dark' ? 'light' : 'dark';
        // Choosing what the system already gives means following the system again.
        const choice = next === system ? null : next;
        applyTheme(choice);
        setChosen(choice);
      }}
    >
      <span aria-hidden="true">{effective === 'dark' ? '☾' : '☀'}</span>{' '}
      <span className="sr-only sm:not-sr-only">{t('header.darkTheme')}</span>
    </button>
  );
}
