export function StatusLine({ shown, total }: { shown: number; total: number }) {
  return (
    <p role="status" className="text-sm text-muted">
      Showing {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} events
    </p>
  );
}
