import type { Executor } from '../../../platform/db/database.ts';
import { findPersonNames } from '../../persons/index.ts';
import type { CardTaskKind } from '../cards.tables.ts';
import {
  countCardQueue,
  selectCardQueuePage,
  type CardQueueOrder,
  type CardQueueRecord,
} from './agency-card-queue.repository.ts';
import type { CardStaff } from './agency-card-access.ts';

/** A task in the queue, before masking: the task, its card and the holder's name. */
export interface CardQueueEntry extends CardQueueRecord {
  holderName: string;
}

/** What a queue page asks for. */
export interface CardQueueRequest {
  kind?: CardTaskKind | undefined;
  order: CardQueueOrder['order'];
  cursor?: string | undefined;
  limit: number;
}

/** A page's cursor: the last row's request time and id, as the next page starts after it. */
export const cardQueueCursor = (record: CardQueueRecord) =>
  `${record.task.requestedAt.toISOString()}_${record.task.id}`;

/** The cursor's shape, for the query schema. */
export const CARD_QUEUE_CURSOR = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f-]{36}$/;

const afterOf = (cursor: string | undefined) => {
  if (cursor === undefined) return undefined;
  const [at = '', id = ''] = cursor.split('_');
  return { requestedAt: new Date(at), id };
};

/**
 * One page of the open card tasks of the staff member's agency (经办任务: cancellations that need
 * the counter, cards to issue, formal loss reports), by age, with each holder's name.
 */
export async function listAgencyCardQueue({
  db,
  staff,
  request,
}: {
  db: Executor;
  staff: CardStaff;
  request: CardQueueRequest;
}): Promise<{ entries: CardQueueEntry[]; total: number; nextCursor: string | null }> {
  const filter = { agencyRegionCode: staff.agencyRegionCode, kind: request.kind };
  const [records, total] = await Promise.all([
    selectCardQueuePage(db, filter, {
      order: request.order,
      after: afterOf(request.cursor),
      limit: request.limit,
    }),
    countCardQueue(db, filter),
  ]);
  const names = await findPersonNames({ db, personIds: records.map((r) => r.task.personId) });
  const last = records.at(-1);
  return {
    entries: records.map((record) => ({
      ...record,
      holderName: names.get(record.task.personId) ?? '',
    })),
    total,
    nextCursor: last && records.length === request.limit ? cardQueueCursor(last) : null,
  };
}
