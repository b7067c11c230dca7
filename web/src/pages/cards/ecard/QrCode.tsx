import { useMemo } from 'react';
import { QUIET_ZONE, qrModules, qrPath } from './qr-modules.ts';

/**
 * The QR code of `text` as an SVG drawn from the code's modules (no markup from a library, so
 * nothing the content-security policy has to allow), black on white whatever the page's colours.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { side, path } = useMemo(() => {
    const modules = qrModules(text);
    return { side: modules.size + 2 * QUIET_ZONE, path: qrPath(modules) };
  }, [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
