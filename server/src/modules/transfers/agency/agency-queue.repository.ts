import { and, asc, count, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { transferApplications } from '../transfers.tables.ts';
import type { DeadlineState, StandingBounds } from './deadline-standing.ts';

/**
 * The three work queues of an agency (DOMAIN.md §3): applications to accept and transfers to
 * confirm at the transfer-in agency, accepted transfers to process at the transfer-out agency.
 */
export const agencyQueues = ['to-accept', 'to-process', 'to-confirm'] as const;
export type AgencyQueue = (typeof agencyQueues)[number];

// Each queue is one (region column, status) pair: transfer_applications_to_region_idx and
// transfer_applications_from_region_idx answer it.
const queueDefinitions = {
  'to-accept': { region: transferApplications.toRegionCode, status: 'submitted' },
  'to-process': { region: transferApplications.fromRegionCode, status: 'accepted' },
  'to-confirm': { region: transferApplications.toRegionCode, status: 'out-done' },
} as const;

export interface QueueFilter {
  agencyRegionCode: string;
  queue: AgencyQueue;
  scheme?: InsuranceScheme | undefined;
  deadlineState?: ({ state: DeadlineState } & StandingBounds) | undefined;
  /** Ids beginning with a typed reference. */
  idRange?: { first: string; last: string } | undefined;
}

export interface QueueOrder {
  sort: 'deadline' | 'submitted';
  order: 'asc' | 'desc';
  /** Keyset paging: the sort key and id of the last row of the previous page. */
  after?: { key: string; id: string } | undefined;
  limit: number;
}

/** A queue row as stored. */
export type QueueRecord = Pick<
  typeof transferApplications.$inferSelect,
  | 'id'
  | 'personId'
  | 'scheme'
  | 'fromRegionCode'
  | 'toRegionCode'
  | 'status'
  | 'submittedAt'
  | 'nextDeadlineOn'
  | 'version'
>;

const t = transferApplications;
// A step without a deadline (the holiday calendar does not reach it yet) sorts last.
const deadlineKey = sql`coalesce(${t.nextDeadlineOn}, date '9999-12-31')`;

function conditions(filter: QueueFilter): SQL | undefined {
  const { region, status } = queueDefinitions[filter.queue];
  const deadline = filter.deadlineState;
  return and(
    eq(region, filter.agencyRegionCode),
    eq(t.status, status),
    filter.scheme ? eq(t.scheme, filter.scheme) : undefined,
    filter.idRange ? gte(t.id, filter.idRange.first) : undefined,
    filter.idRange ? lte(t.id, filter.idRange.last) : undefined,
    deadline ? deadlineCondition(deadline) : undefined,
  );
}

// The standings as deadlineStanding gives them (and the deadline watch stores them): overdue
// past a deadline that is not provisional; due soon before the first on-time day, which is after
// today, or past a provisional deadline; on time from then on (after 2100: from today).
function deadlineCondition({
  state,
  today,
  onTimeFrom,
  provisionalFrom,
}: NonNullable<QueueFilter['deadlineState']>): SQL | undefined {
  const overdue = and(lt(t.nextDeadlineOn, today), lt(t.nextDeadlineOn, provisionalFrom));
  const onTimeFromDay = onTimeFrom ?? today;
  if (state === 'overdue') return overdue;
  if (state === 'due-soon') return and(lt(t.nextDeadlineOn, onTimeFromDay), sql`not (${overdue})`);
  return gte(t.nextDeadlineOn, onTimeFromDay);
}

function keysetCondition(order: QueueOrder): SQL | undefined {
  if (!order.after) return undefined;
  const key =
    order.sort === 'deadline'
      ? sql`(${deadlineKey}, ${t.id}) ${sql.raw(order.order === 'asc' ? '>' : '<')} (${order.after.key}::date, ${order.after.id}::uuid)`
      : sql`(${t.submittedAt}, ${t.id}) ${sql.raw(order.order === 'asc' ? '>' : '<')} (${order.after.key}::timestamptz, ${order.after.id}::uuid)`;
  return key;
}

/** One page of a queue in the requested order (the id breaks ties). */
export async function selectQueuePage(
  db: Executor,
  filter: QueueFilter,
  order: QueueOrder,
): Promise<QueueRecord[]> {
  const direction = order.order === 'asc' ? asc : desc;
  const key = order.sort === 'deadline' ? deadlineKey : t.submittedAt;
  return db
    .select({
      id: t.id,
      personId: t.personId,
      scheme: t.scheme,
      fromRegionCode: t.fromRegionCode,
      toRegionCode: t.toRegionCode,
      status: t.status,
      submittedAt: t.submittedAt,
      nextDeadlineOn: t.nextDeadlineOn,
      version: t.version,
    })
    .from(t)
    .where(and(conditions(filter), keysetCondition(order)))
    .orderBy(direction(key), direction(t.id))
    .limit(order.limit);
}

/** How many cases the queue holds with these filters. */
export async function countQueue(db: Executor, filter: QueueFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(t).where(conditions(filter));
  return row?.n ?? 0;
}
