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

const CURSOR_SHAPE =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The place after which a cursor's page starts, or null when the text is not a cursor this queue
 * could have given: the query schema refuses it then, before it reaches SQL (a month 57 would
 * otherwise be an invalid date there).
 */
export function parseCardQueueCursor(cursor: string): { requestedAt: Date; id: string } | null {
  const [, at = '', id = ''] = CURSOR_SHAPE.exec(cursor) ?? [];
  const requestedAt = new Date(at);
  if (Number.isNaN(requestedAt.getTime()) || requestedAt.toISOString() !== at) return null;
  return { requestedAt, id };
}

const afterOf = (cursor: string | undefined) =>
  cursor === undefined ? undefined : (parseCardQueueCursor(cursor) ?? undefined);

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
