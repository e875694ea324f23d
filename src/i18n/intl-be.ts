import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import '@formatjs/intl-datetimeformat/locale-data/be.js';
import { provideDateTimeFormat } from '../domain/intl-formats';

/**
 * Belarusian dates for runtimes without Belarusian Intl data (Chromium): FormatJS's
 * Intl.DateTimeFormat with CLDR's Belarusian data, its own chunk, loaded only then. The data file
 * queues itself on a global when the native Intl cannot take it; it is handed over here. The
 * global Intl is left alone.
 */
const queued = (globalThis as { __FORMATJS_DATETIMEFORMAT_DATA__?: unknown[] }).__FORMATJS_DATETIMEFORMAT_DATA__ ?? [];
(DateTimeFormat as unknown as { __addLocaleData: (...data: unknown[]) => void }).__addLocaleData(...queued);
provideDateTimeFormat(
  'be',
  DateTimeFormat as unknown as new (locales: string | string[], options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat,
);
