import { describe, expect, it } from 'vitest';
import { fenBasisPoints, roundHalfUpToFen } from './rounding.ts';

describe('fenBasisPoints and roundHalfUpToFen', () => {
  it('keeps fractions of a fen until the end', () => {
    // 333 fen × 12% = 39.96 fen a month; 10 months = 399.6 → 400.
    expect(fenBasisPoints(10, 333, 1200)).toBe(3_996_000n);
    expect(roundHalfUpToFen(fenBasisPoints(10, 333, 1200))).toBe(400);
    // 333 fen × 8% = 26.64 fen a month; 10 months = 266.4 → 266 (rounding monthly would give 270).
    expect(roundHalfUpToFen(fenBasisPoints(10, 333, 800))).toBe(266);
  });

  it('rounds half a fen up and less than half down', () => {
    expect(roundHalfUpToFen(5_000n)).toBe(1); // 0.5 fen
    expect(roundHalfUpToFen(4_999n)).toBe(0);
    expect(roundHalfUpToFen(15_000n)).toBe(2); // 1.5 fen
    expect(roundHalfUpToFen(0n)).toBe(0);
  });

  it('stays exact beyond the range of double-precision products', () => {
    // 600 months × 2^40 fen × 100%: the product exceeds 2^53 but the result is still exact.
    const base = 2 ** 40;
    expect(roundHalfUpToFen(fenBasisPoints(600, base, 10_000))).toBe(600 * base);
  });

  it('refuses negative amounts and amounts beyond a safe integer', () => {
    expect(() => roundHalfUpToFen(-1n)).toThrow(RangeError);
    expect(() => roundHalfUpToFen(BigInt(Number.MAX_SAFE_INTEGER) * 10_001n)).toThrow(RangeError);
  });
});
