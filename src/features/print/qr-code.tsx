import qrcode from 'qrcode-generator';
import { useI18n } from '../../i18n/i18n';

/** Blank modules around the code, as the QR standard asks, so a scanner finds its edges. */
const QUIET_ZONE = 4;

/**
 * The dark modules of a QR code for `text` as one SVG path (module = 1 unit), or null
 * when the text is too long for the largest code. Made here, with no network.
 */
export function qrPath(text: string): { size: number; path: string } | null {
  // The library writes each character as one byte, so hand it the UTF-8 bytes (a serialised URL is ASCII anyway).
  let bytes = '';
  for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte);
  const code = qrcode(0, 'M');
  try {
    code.addData(bytes, 'Byte');
    code.make();
  } catch {
    return null; // "code length overflow": more than version 40 holds
  }
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: count + 2 * QUIET_ZONE, path: parts.join('') };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const qr = qrPath(text);
  if (!qr) return <p className="chronology-note">{t('print.qrTooLong')}</p>;
  return (
    <svg className="chronology-qr" role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
