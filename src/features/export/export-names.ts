import type { FormatLabel } from './formats';

export const LABELS: FormatLabel[] = ['CSV', 'JSON', 'iCalendar'];

/** The file's name: the site's and the day's. */
export const exportName = () => `belarus-political-prisoners-${new Date().toISOString().slice(0, 10)}`;
