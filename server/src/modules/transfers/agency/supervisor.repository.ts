import { sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { TransferApplicationStatus } from '../../../../../domain/transfer/application-status.ts';
import type { Executor } from '../../../platform/db/database.ts';

/** An open case whose step is past its legal deadline, as stored. */
export interface OverdueCaseRecord {
  id: string;
  scheme: InsuranceScheme;
  status: TransferApplicationStatus;
  fromRegionCode: string;
  toRegionCode: string;
  submittedAt: Date;
  nextDeadlineOn: string;
}

/**
 * The open cases of an agency — transfers into its region and out of it — whose next step's
 * deadline is before `today`, the longest overdue first, with how many there are in all.
 * Compared with the date itself, so the answer is right also before the day's watch has run. A
 * provisional deadline (on or after `provisionalFrom`) is never overdue (DECISIONS 39).
 */
export async function selectOverdueCases(
  db: Executor,
  query: { agencyRegionCode: string; today: string; provisionalFrom: string; limit: number },
): Promise<{ cases: OverdueCaseRecord[]; total: number }> {
  const { rows } = await db.execute<{
    id: string;
    scheme: InsuranceScheme;
    status: TransferApplicationStatus;
    from_region_code: string;
    to_region_code: string;
    submitted_at: string;
    next_deadline_on: string;
    total: number;
  }>(sql`
    select id, scheme, status, from_region_code, to_region_code, submitted_at, next_deadline_on,
      (count(*) over ())::int as total
    from transfer_applications
    where status in ('submitted', 'accepted', 'out-done')
      and next_deadline_on < ${query.today}::date
      and next_deadline_on < ${query.provisionalFrom}::date
      and (to_region_code = ${query.agencyRegionCode} or from_region_code = ${query.agencyRegionCode})
    order by next_deadline_on, id
    limit ${query.limit}`);
  return {
    total: rows[0]?.total ?? 0,
    cases: rows.map((row) => ({
      id: row.id,
      scheme: row.scheme,
      status: row.status,
      fromRegionCode: row.from_region_code,
      toRegionCode: row.to_region_code,
      submittedAt: new Date(row.submitted_at),
      nextDeadlineOn: row.next_deadline_on,
    })),
  };
}

/**
 * Steps an agency took, grouped by kind, the kind of the action before, and the China dates of the
 * two.
 */
export interface StepDurationGroup {
  step: string;
  /** The kind of the action before the step (a rejection after an acceptance is a refusal). */
  previousStep: string;
  fromDay: string;
  toDay: string;
  count: number;
  /** The sum of the elapsed seconds from the previous action to the step. */
  seconds: number;
}

/**
 * The steps the agency's staff took since `since`, each with the action before it on the same
 * application, grouped by the pair of China dates: few groups however many steps, so that the
 * working days between the dates are counted once per pair.
 */
export async function selectStepDurations(
  db: Executor,
  query: { agencyRegionCode: string; since: Date },
): Promise<StepDurationGroup[]> {
  // China Standard Time is UTC+8 all year (no daylight saving).
  const chinaDay = (column: string) =>
    sql.raw(`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`);
  const { rows } = await db.execute<{
    step: string;
    previous_step: string;
    from_day: string;
    to_day: string;
    n: number;
    seconds: number;
  }>(sql`
    select s.action as step, p.action as previous_step,
      ${chinaDay('p.at')} as from_day, ${chinaDay('s.at')} as to_day,
      count(*)::int as n, sum(extract(epoch from s.at - p.at))::float8 as seconds
    from transfer_application_actions s
    join transfer_application_actions p on p.application_id = s.application_id and p.seq = s.seq - 1
    where s.agency_region_code = ${query.agencyRegionCode}
      and s.actor_type = 'staff'
      and s.at >= ${query.since.toISOString()}::timestamptz
    group by 1, 2, 3, 4`);
  return rows.map((row) => ({
    step: row.step,
    previousStep: row.previous_step,
    fromDay: row.from_day,
    toDay: row.to_day,
    count: row.n,
    seconds: row.seconds,
  }));
}
