import type { SkippedRecord } from '../data/parse-dataset';
import { useNotices, useViewActions } from '../state/store-context';

export function LinkNotices() {
  const notices = useNotices();
  const { noticesDismissed } = useViewActions();
  if (notices.length === 0) return null;
  return (
    <section className="notice mx-3 mt-2 flex items-start gap-3 text-sm" aria-label="About this link">
      <ul className="flex-1 list-disc pl-4">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="btn-quiet" onClick={noticesDismissed}>
        Dismiss
      </button>
    </section>
  );
}

export function SkippedNotice({ skipped }: { skipped: readonly SkippedRecord[] }) {
  if (skipped.length === 0) return null;
  return (
    <section aria-label="Skipped records" className="mx-3 mt-2">
      <details className="notice text-sm">
        <summary>
          {skipped.length} {skipped.length === 1 ? 'record was' : 'records were'} skipped because{' '}
          {skipped.length === 1 ? 'it is' : 'they are'} invalid
        </summary>
        <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5">
          {skipped.slice(0, 100).map((item, i) => (
            <li key={i}>
              <span className="font-mono">{item.record}</span>: {item.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
