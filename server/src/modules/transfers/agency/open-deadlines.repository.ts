import { sql } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { TransferApplicationStatus } from '../../../../../domain/transfer/application-status.ts';
import type { Executor } from '../../../platform/db/database.ts';

/** Open steps of one kind that started on one China day: they share their deadline. */
export interface StepGroup {
  scheme: InsuranceScheme;
  status: TransferApplicationStatus;
  /** The China date of the step's action, from which its period is counted. */
  stepDay: string;
}

const OPEN = sql.raw(`('submitted', 'accepted', 'out-done')`);

// The open applications whose deadline is on or after `from` (or missing), each with the China
// day of its latest action — the step whose deadline it is. A case without actions (written
// directly by a test) has nothing to count from and is left out. China Standard Time is UTC+8
// all year.
const candidates = (from: string) => sql`
  select a.id, a.version, a.scheme, a.status, a.next_deadline_on,
    to_char((x.at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD') as step_day
  from transfer_applications a
  join lateral (
    select at from transfer_application_actions
    where application_id = a.id order by seq desc limit 1
  ) x on true
  where a.status in ${OPEN}
    and (a.next_deadline_on is null or a.next_deadline_on >= ${from}::date)`;

/** The distinct (scheme, status, step day) of the open steps whose deadline may need counting again. */
export async function selectStepGroups(db: Executor, from: string): Promise<StepGroup[]> {
  const { rows } = await db.execute<{
    scheme: InsuranceScheme;
    status: TransferApplicationStatus;
    step_day: string;
  }>(sql`select distinct scheme, status, step_day from (${candidates(from)}) c`);
  return rows.map((r) => ({ scheme: r.scheme, status: r.status, stepDay: r.step_day }));
}

/** An open step whose deadline a counting moved: the application and both dates. */
export interface MovedDeadline {
  applicationId: string;
  personId: string;
  scheme: InsuranceScheme;
  status: TransferApplicationStatus;
  version: number;
  /** The deadline it had (null: counted before there were provisional deadlines). */
  previousDeadlineOn: string | null;
  deadlineOn: string | null;
}

/**
 * Sets the deadline of every such open step to the one computed for its group, where it
 * differs, in one statement; the standing is left to the deadline watch. A step taken meanwhile
 * (another version) keeps the deadline it set. The version does not change: the case did not,
 * and a page open on it stays valid. Returns the deadlines that changed, with the ones they had.
 */
export async function updateStepDeadlines(
  db: Executor,
  from: string,
  deadlines: readonly (StepGroup & { deadlineOn: string | null })[],
): Promise<MovedDeadline[]> {
  if (deadlines.length === 0) return [];
  const values = sql.join(
    deadlines.map((d) => sql`(${d.scheme}, ${d.status}, ${d.stepDay}, ${d.deadlineOn}::date)`),
    sql`, `,
  );
  const { rows } = await db.execute<{
    id: string;
    person_id: string;
    scheme: InsuranceScheme;
    status: TransferApplicationStatus;
    version: number;
    previous_deadline_on: string | null;
    deadline_on: string | null;
  }>(sql`
    with computed (scheme, status, step_day, deadline_on) as (values ${values}),
    steps as (
      select c.id, c.version, c.next_deadline_on as previous_deadline_on, computed.deadline_on
      from (${candidates(from)}) c
      join computed on computed.scheme = c.scheme and computed.status = c.status
        and computed.step_day = c.step_day
      where c.next_deadline_on is distinct from computed.deadline_on
    )
    update transfer_applications t set next_deadline_on = steps.deadline_on
    from steps
    where t.id = steps.id and t.version = steps.version
      and t.next_deadline_on is distinct from steps.deadline_on
    returning t.id, t.person_id, t.scheme, t.status, t.version, steps.previous_deadline_on,
      t.next_deadline_on as deadline_on`);
  return rows.map((r) => ({
    applicationId: r.id,
    personId: r.person_id,
    scheme: r.scheme,
    status: r.status,
    version: r.version,
    previousDeadlineOn: r.previous_deadline_on,
    deadlineOn: r.deadline_on,
  }));
}
