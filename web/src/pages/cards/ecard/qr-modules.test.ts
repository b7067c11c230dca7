import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrModules, qrPath } from './qr-modules.ts';

/** The code drawn as a scanner sees it: black modules on white, `scale` pixels each. */
function pixels(text: string, scale = 4) {
  const modules = qrModules(text);
  const side = (modules.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - QUIET_ZONE;
      const my = Math.floor(y / scale) - QUIET_ZONE;
      const inside = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size;
      if (inside && modules.dark(mx, my)) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  return { data, side };
}

describe('the QR code of an e-card token', () => {
  it('reads back as the token it was drawn from', () => {
    const token = 'AQ3kYz2v-Kq0_' + 'x'.repeat(150);
    const { data, side } = pixels(token);
    expect(jsQR(data, side, side)?.data).toBe(token);
  });

  it('draws one unit square per dark module, inside the quiet zone', () => {
    const modules = qrModules('shebao');
    let dark = 0;
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++) if (modules.dark(x, y)) dark++;
    const path = qrPath(modules);
    expect(path.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern's corner module sits just inside the quiet zone.
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`)).toBe(true);
  });
});
