import { isIsoDate } from '../../../../../domain/calendar/iso-date.ts';
import { isYearMonth, periodsOverlap } from '../../../../../domain/transfer/months.ts';
import type { InsuredAs } from '../../../../../domain/transfer/types.ts';
import { transferInputIssues as issue } from '../../../../../domain/transfer/validation-messages.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError, type FieldProblem } from '../../../platform/errors/app-error.ts';
import { toPeriodRow } from '../period-row.ts';
import { insertPeriods, selectPeriods, selectRelationship } from '../persons.repository.ts';

/** Months paid on the same terms, as an agency's records show them. */
export interface NewContributionPeriod {
  from: string;
  to: string;
  monthlyBaseFen: number;
  employerRateBp: number;
  insuredAs: InsuredAs;
  deemed?: boolean;
  /** Where the months were paid; by default the region of the relationship. */
  regionCode?: string;
  backPaidOn?: string | null;
}

const MAX_RATE_BP = 10_000;

type Problem = { path: string; message: string; messageEn: string };

function fieldProblem(found: Problem): FieldProblem {
  return { path: found.path, location: 'body', message: found.message, messageEn: found.messageEn };
}

/** The problems of one period, in the calculator's words (domain/transfer). */
function checkPeriod(period: NewContributionPeriod, path: string): Problem[] {
  const found: Problem[] = [];
  for (const end of ['from', 'to'] as const)
    if (!isYearMonth(period[end])) found.push(issue.invalidMonth(`${path}.${end}`));
  if (isYearMonth(period.from) && isYearMonth(period.to) && period.to < period.from)
    found.push(issue.periodEndsBeforeStart(`${path}.to`));
  const base = period.monthlyBaseFen;
  if (!Number.isSafeInteger(base) || base < 0 || (base === 0 && !period.deemed))
    found.push(issue.invalidBase(`${path}.monthlyBaseFen`));
  const rate = period.employerRateBp;
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > MAX_RATE_BP)
    found.push(issue.employerRateOutOfRange(`${path}.employerRateBp`));
  if (!['employee', 'individual'].includes(period.insuredAs))
    found.push(issue.invalidChoice(`${path}.insuredAs`));
  if (period.regionCode !== undefined && !/^\d{6}$/.test(period.regionCode))
    found.push(issue.invalidRegionCode(`${path}.regionCode`));
  if (period.backPaidOn != null && !isIsoDate(period.backPaidOn))
    found.push({
      path: `${path}.backPaidOn`,
      message: '请填写正确的补缴日期，例如 2024-11-15',
      messageEn: 'Enter the real date of the back payment, for example 2024-11-15.',
    });
  return found;
}

/**
 * Records contribution periods of one relationship, as its agency's records show them. Months
 * already recorded in the relationship are refused (OVERLAPPING_PERIODS): one account pays a
 * month once. Months overlapping another region's relationship are kept — duplicate insurance
 * (多地参保) happens, and the transfer must resolve it. Audited.
 */
export async function recordContributionPeriods({
  tx,
  actor,
  personId,
  relationshipId,
  periods,
}: {
  tx: Tx;
  actor: Actor;
  personId: string;
  relationshipId: string;
  periods: readonly NewContributionPeriod[];
}): Promise<{ recorded: number }> {
  const relationship = await selectRelationship(tx, personId, relationshipId);
  if (!relationship) throw new AppError('INSURANCE_RELATIONSHIP_NOT_FOUND');
  const found: Problem[] = periods.flatMap((period, i) => checkPeriod(period, `periods.${i}`));
  if (found.length === 0) {
    const recorded = (await selectPeriods(tx, personId, relationshipId)).map((p) => ({
      from: p.fromMonth,
      to: p.toMonth,
    }));
    periods.forEach((period, i) => {
      const earlier = periods.findIndex((other, j) => j < i && periodsOverlap(other, period));
      if (earlier >= 0) found.push(issue.overlappingPeriods(`periods.${i}`, earlier));
      else if (recorded.some((other) => periodsOverlap(other, period)))
        found.push({
          path: `periods.${i}`,
          message: '这段时间的月份在这条参保关系里已经有缴费记录，同一个月只能记一次',
          messageEn:
            'Months of this period are already recorded in this relationship; a month is recorded once.',
        });
    });
  }
  if (found.length > 0)
    throw new AppError('VALIDATION_FAILED', { fields: found.map(fieldProblem) });

  const rows = periods.map((period) =>
    toPeriodRow(
      {
        personId,
        id: relationshipId,
        regionCode: relationship.regionCode,
        accountKind: relationship.accountKind,
      },
      period,
    ),
  );
  await insertPeriods(tx, rows);
  await recordAudit(tx, {
    actor,
    action: 'contribution-periods.recorded',
    subjectType: 'person',
    subjectId: personId,
    data: { relationshipId, periods: rows.length },
  });
  return { recorded: rows.length };
}
