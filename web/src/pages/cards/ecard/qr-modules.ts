import { create } from 'qrcode';

/** The dark and light modules of a QR code, row by row, without the quiet zone. */
export interface QrModules {
  size: number;
  dark: (x: number, y: number) => boolean;
}

/**
 * The modules of the QR code of `text`, at error correction level M: a phone screen held up to a
 * scanner loses a little to glare, and M keeps a ~200-character token at a size that still scans.
 */
export function qrModules(text: string): QrModules {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) !== 0 };
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/** One SVG path of every dark module (a unit square each), offset by the quiet zone. */
export function qrPath(modules: QrModules): string {
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++)
      if (modules.dark(x, y)) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
  return parts.join('');
}
