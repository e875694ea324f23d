import { useI18n } from '../i18n/i18n';

export function StatusLine({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  return (
    <p role="status" className="text-sm text-muted">
      {t('status.showing', { shown, count: total })}
    </p>
  );
}
