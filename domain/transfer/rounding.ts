// Rounding of transferred amounts — a project decision (DOMAIN.md §3 leaves it open):
// each period's amount is computed exactly as fen × basis points (units of 1/10,000 fen) in
// integer arithmetic, the periods are summed exactly, and the sum is rounded once, at the end,
// half up (四舍五入) to the fen. Rounding earlier would make the result depend on how a history
// is cut into periods or months: a base of 333 fen at 8% is 26.64 fen a month; ten months are
// 266.4 → 266 fen, but ten months rounded one by one would be 270. Amounts are never negative, so
// "half up" and "half away from zero" agree. bigint keeps the products exact at any size.

const BASIS_POINTS_PER_UNIT = 10_000n;

/** The exact amount of `months` months of `baseFen` at `rateBp` basis points, in fen × bp. */
export function fenBasisPoints(months: number, baseFen: number, rateBp: number): bigint {
  return BigInt(months) * BigInt(baseFen) * BigInt(rateBp);
}

/** An exact amount in fen × basis points, rounded half up to whole fen. */
export function roundHalfUpToFen(amount: bigint): number {
  if (amount < 0n) throw new RangeError(`A transferred amount cannot be negative: ${amount}`);
  const fen = (amount + BASIS_POINTS_PER_UNIT / 2n) / BASIS_POINTS_PER_UNIT;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`Amount too large to count in fen: ${fen}`);
  return Number(fen);
}
