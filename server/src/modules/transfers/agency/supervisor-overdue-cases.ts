import { firstUncoveredDay } from '../../../../../domain/calendar/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { workingDaysLeft } from '../deadline.ts';
import type { AgencySide } from './agency-case-access.ts';
import { selectOverdueCases, type OverdueCaseRecord } from './supervisor.repository.ts';

/** An overdue case as a supervisor sees it: whose step is late, and by how much. */
export interface OverdueCase extends OverdueCaseRecord {
  /** The agency whose step it is (DOMAIN.md §3): transfer-in reviews and completes, transfer-out sends. */
  stepWith: AgencySide;
  /** Whether that agency is the supervisor's own. */
  stepIsOurs: boolean;
  /** Calendar days since the deadline. */
  daysOverdue: number;
  /** Working days since the deadline (provisionally counted if today's arrangement is not loaded). */
  workingDaysOverdue: number | null;
}

/**
 * Every open case of the supervisor's agency, on either side of the transfer, whose next step is
 * past its legal deadline on `today` — the longest overdue first (up to `limit`, with the total).
 */
export async function listOverdueCases({
  db,
  agencyRegionCode,
  today,
  limit,
}: {
  db: Executor;
  agencyRegionCode: string;
  today: string;
  limit: number;
}): Promise<{ cases: OverdueCase[]; total: number }> {
  const { cases, total } = await selectOverdueCases(db, {
    agencyRegionCode,
    today,
    provisionalFrom: firstUncoveredDay(),
    limit,
  });
  return {
    total,
    cases: cases.map((record) => {
      const stepWith: AgencySide = record.status === 'accepted' ? 'transfer-out' : 'transfer-in';
      const stepRegion = stepWith === 'transfer-in' ? record.toRegionCode : record.fromRegionCode;
      const workingDays = workingDaysLeft(record.nextDeadlineOn, today);
      return {
        ...record,
        stepWith,
        stepIsOurs: stepRegion === agencyRegionCode,
        daysOverdue: (Date.parse(today) - Date.parse(record.nextDeadlineOn)) / 86_400_000,
        workingDaysOverdue: workingDays,
      };
    }),
  };
}
