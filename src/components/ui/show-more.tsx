import { useI18n } from '../../i18n/i18n';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** Rows added per click. */
  page: number;
  /** What the rows are (keys showMore.<what>.*). */
  what: 'events' | 'sources' | 'rows';
  onMore: () => void;
  className?: string;
}

/** "Show N more" for a list drawn a page at a time; nothing once everything is shown. */
export function ShowMore({ shown, total, page, what, onMore, className = 'link mt-1 text-sm' }: ShowMoreProps) {
  const { t } = useI18n();
  if (shown >= total) return null;
  const left = total - shown;
  return (
    <button type="button" className={className} onClick={onMore}>
      {left <= page ? t(`showMore.${what}.rest`, { count: left }) : t(`showMore.${what}.page`, { count: page, left })}
    </button>
  );
}
