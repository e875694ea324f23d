interface ShowMoreProps {
  shown: number;
  total: number;
  /** Rows added per click. */
  page: number;
  /** What the rows are, plural: "events", "rows". */
  what: string;
  onMore: () => void;
  className?: string;
}

/** "Show N more" for a list drawn a page at a time; nothing once everything is shown. */
export function ShowMore({ shown, total, page, what, onMore, className = 'link mt-1 text-sm' }: ShowMoreProps) {
  if (shown >= total) return null;
  const left = total - shown;
  return (
    <button type="button" className={className} onClick={onMore}>
      {left <= page ? `Show the other ${left} ${what}` : `Show ${page} more ${what} (${left.toLocaleString('en-US')} not shown)`}
    </button>
  );
}
