import { and, asc, count, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database.ts';
import { cards, cardTasks, type CardTaskKind } from '../cards.tables.ts';

/** Which open tasks of an agency a queue page asks for. */
export interface CardQueueFilter {
  agencyRegionCode: string;
  kind?: CardTaskKind | undefined;
}

/** The order of the queue by age: `oldest` first (the default, fair to who waits longest) or `newest`. */
export interface CardQueueOrder {
  order: 'oldest' | 'newest';
  /** The last row of the previous page. */
  after?: { requestedAt: Date; id: string } | undefined;
  limit: number;
}

/** An open task with the card it is about. */
export interface CardQueueRecord {
  task: typeof cardTasks.$inferSelect;
  card: Pick<
    typeof cards.$inferSelect,
    'personId' | 'id' | 'status' | 'locked' | 'cardNumberEncrypted' | 'version'
  >;
}

const whereOf = (filter: CardQueueFilter): SQL =>
  and(
    eq(cardTasks.agencyRegionCode, filter.agencyRegionCode),
    eq(cardTasks.status, 'open'),
    filter.kind ? eq(cardTasks.kind, filter.kind) : undefined,
  )!;

/**
 * One page of an agency's open card tasks by age, with their cards, on the queue index
 * (agency, requested_at) where status is open. Keyset paging on (requested_at, id).
 */
export async function selectCardQueuePage(
  db: Executor,
  filter: CardQueueFilter,
  { order, after, limit }: CardQueueOrder,
): Promise<CardQueueRecord[]> {
  const past = order === 'oldest' ? gt : lt;
  const direction = order === 'oldest' ? asc : desc;
  const afterLast = after
    ? or(
        past(cardTasks.requestedAt, after.requestedAt),
        and(eq(cardTasks.requestedAt, after.requestedAt), past(cardTasks.id, after.id)),
      )
    : undefined;
  return db
    .select({
      task: cardTasks,
      card: {
        personId: cards.personId,
        id: cards.id,
        status: cards.status,
        locked: cards.locked,
        cardNumberEncrypted: cards.cardNumberEncrypted,
        version: cards.version,
      },
    })
    .from(cardTasks)
    .innerJoin(cards, and(eq(cards.personId, cardTasks.personId), eq(cards.id, cardTasks.cardId)))
    .where(and(whereOf(filter), afterLast))
    .orderBy(direction(cardTasks.requestedAt), direction(cardTasks.id))
    .limit(limit);
}

/** How many open tasks the filter matches. */
export async function countCardQueue(db: Executor, filter: CardQueueFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(cardTasks).where(whereOf(filter));
  return row?.total ?? 0;
}
