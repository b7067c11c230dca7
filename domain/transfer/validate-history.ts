// Checks of a calculator request that the HTTP layer and the web form reuse: every problem is
// listed at once, each with the dotted path of its field, so a form can show an error summary.
// Overlapping periods are refused (DOMAIN.md "Duplicate insurance"): only one relationship is
// kept and no month counts twice, but which of two overlapping periods the agencies keep is
// decided case by case — the calculator cannot guess it, so it asks the person to enter the
// months that count once.
import { compareIsoDates, isIsoDate } from '../calendar/iso-date.ts';
import { compareYearMonths, isYearMonth, monthOfDate, periodsOverlap } from './months.ts';
import { isRegionCode, regionLabel, samePlace } from './place.ts';
import type { ContributionPeriod, TransferInput, TransferInputIssue } from './types.ts';
import { transferInputIssues as issue } from './validation-messages.ts';

const MAX_RATE_BP = 10_000;

function checkRegion(path: string, value: string, found: TransferInputIssue[]): void {
  if (!isRegionCode(value)) found.push(issue.invalidRegionCode(path));
}

function checkPeriodFields(
  period: ContributionPeriod,
  path: string,
  transferMonth: string | undefined,
  found: TransferInputIssue[],
): void {
  checkRegion(`${path}.region`, period.region, found);
  for (const end of ['from', 'to'] as const) {
    if (!isYearMonth(period[end])) found.push(issue.invalidMonth(`${path}.${end}`));
  }
  if (isYearMonth(period.from) && isYearMonth(period.to)) {
    if (compareYearMonths(period.to, period.from) < 0)
      found.push(issue.periodEndsBeforeStart(`${path}.to`));
    else if (transferMonth && compareYearMonths(period.to, transferMonth) > 0)
      found.push(issue.periodAfterTransferDate(`${path}.to`, transferMonth));
  }
  // A deemed month was never paid, so it may carry no base; a paid month needs one.
  const base = period.monthlyBaseFen;
  if (!Number.isSafeInteger(base) || base < 0 || (base === 0 && !period.deemed))
    found.push(issue.invalidBase(`${path}.monthlyBaseFen`));
  const rate = period.employerRateBp;
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > MAX_RATE_BP)
    found.push(issue.employerRateOutOfRange(`${path}.employerRateBp`));
  if (!['employee', 'individual'].includes(period.insuredAs))
    found.push(issue.invalidChoice(`${path}.insuredAs`));
  if (!['normal', 'temporary'].includes(period.accountKind))
    found.push(issue.invalidChoice(`${path}.accountKind`));
}

function hasValidMonths(period: ContributionPeriod): boolean {
  return (
    isYearMonth(period.from) &&
    isYearMonth(period.to) &&
    compareYearMonths(period.from, period.to) <= 0
  );
}

/** A problem when `history[j]` shares months with an earlier-listed period. */
function checkOverlap(
  history: readonly ContributionPeriod[],
  j: number,
  found: TransferInputIssue[],
): void {
  const later = history[j] as ContributionPeriod;
  if (!hasValidMonths(later)) return;
  const i = history.findIndex(
    (earlier, k) => k < j && hasValidMonths(earlier) && periodsOverlap(earlier, later),
  );
  if (i < 0) return;
  const earlier = history[i] as ContributionPeriod;
  found.push(
    earlier.region === later.region
      ? issue.overlappingPeriods(`history.${j}`, i)
      : issue.duplicateInsurance(`history.${j}`, i, regionLabel(earlier.region)),
  );
}

/** Every problem of a calculator request at once, in the order of the fields; empty when none. */
export function validateHistory(input: TransferInput): TransferInputIssue[] {
  const found: TransferInputIssue[] = [];
  const { person, transferDate, history } = input;
  if (!isIsoDate(person.birthDate)) found.push(issue.invalidBirthDate('person.birthDate'));
  else if (isIsoDate(transferDate) && compareIsoDates(person.birthDate, transferDate) >= 0)
    found.push(issue.birthDateNotBeforeTransfer('person.birthDate'));
  if (!['male', 'female'].includes(person.sex)) found.push(issue.invalidChoice('person.sex'));
  checkRegion('person.hukouRegion', person.hukouRegion, found);
  checkRegion('fromRegion', input.fromRegion, found);
  checkRegion('destinationRegion', input.destinationRegion, found);
  if (!isIsoDate(transferDate)) found.push(issue.invalidTransferDate('transferDate'));
  const transferMonth = isIsoDate(transferDate) ? monthOfDate(transferDate) : undefined;
  history.forEach((period, j) => {
    checkPeriodFields(period, `history.${j}`, transferMonth, found);
    checkOverlap(history, j, found);
  });
  if (
    isRegionCode(input.fromRegion) &&
    !history.some((p) => isRegionCode(p.region) && samePlace(p.region, input.fromRegion))
  )
    found.push(issue.noPeriodInFromRegion('history', regionLabel(input.fromRegion)));
  return found;
}
