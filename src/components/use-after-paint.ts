import { useEffect, useState } from 'react';

/**
 * The value as it was one painted frame ago: a change shows up only after the
 * browser has painted the frame that answered the input. For secondary content
 * (a profile beside filtered results) so it never delays the response itself.
 * The first value shows at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; the task it posts runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
