// Lump-sum back payments (一次性补缴) on a transfer (DOMAIN.md §3 preconditions; 人社部规〔2016〕5号):
// months paid in one go for three years or more need the legal documents behind them (a court
// judgment, an arbitration award, a labour inspection decision) before the relationship moves.
import { monthsInclusive } from './months.ts';
import type { YearMonth } from './types.ts';

/** Three years, in months. */
export const BACK_PAYMENT_NEEDS_DOCUMENTS_MONTHS = 36;

/** A contribution period with the day its months were paid, when they were paid late in one go. */
export interface BackPaidPeriod {
  readonly from: YearMonth;
  readonly to: YearMonth;
  /** ISO date of the lump-sum payment; null when the months were paid on time. */
  readonly backPaidOn: string | null;
}

/** One lump-sum payment: the day, and how many months it paid for. */
export interface LumpSumBackPayment {
  readonly paidOn: string;
  readonly months: number;
  readonly needsDocuments: boolean;
}

/** The lump-sum payments among the periods, one per payment day, oldest first. */
export function lumpSumBackPayments(periods: readonly BackPaidPeriod[]): LumpSumBackPayment[] {
  const monthsByDay = new Map<string, number>();
  for (const period of periods) {
    if (period.backPaidOn === null) continue;
    const months = monthsInclusive(period.from, period.to);
    monthsByDay.set(period.backPaidOn, (monthsByDay.get(period.backPaidOn) ?? 0) + months);
  }
  return [...monthsByDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([paidOn, months]) => ({
      paidOn,
      months,
      needsDocuments: months >= BACK_PAYMENT_NEEDS_DOCUMENTS_MONTHS,
    }));
}
