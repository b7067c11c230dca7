import type { InsuranceScheme } from '../../../../../domain/schemes.ts';
import { idRangeOfReference } from '../../../../../domain/transfer/application-reference.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { getSetting } from '../../../platform/settings/index.ts';
import { findPersonNames } from '../../persons/index.ts';
import type { TransferDestinationRegistry } from '../../regions/index.ts';
import type { AgencyActor } from './agency-case-access.ts';
import {
  countQueue,
  selectQueuePage,
  type AgencyQueue,
  type QueueOrder,
  type QueueRecord,
} from './agency-queue.repository.ts';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor.ts';
import { deadlineStanding, deadlineStateBounds, type DeadlineState } from './deadline-standing.ts';
import { regionNamer, type NamedRegion } from './region-names.ts';

/** A case in a queue, before masking. */
export interface QueueEntry {
  record: QueueRecord;
  applicantName: string;
  fromRegion: NamedRegion;
  toRegion: NamedRegion;
  workingDaysLeft: number | null;
  deadlineState: DeadlineState | null;
  /** The deadline is provisional: its year's holiday arrangement is not loaded yet. */
  deadlineProvisional: boolean;
}

export interface QueueRequest {
  queue: AgencyQueue;
  scheme?: InsuranceScheme | undefined;
  deadlineState?: DeadlineState | undefined;
  /** An application reference, or the beginning of an id. */
  reference?: string | undefined;
  sort: QueueOrder['sort'];
  order: QueueOrder['order'];
  cursor?: string | undefined;
  limit: number;
}

/**
 * One page of an agency's work queue (to accept, to process, to confirm), sorted by legal
 * deadline or by submission, filtered by scheme, deadline standing and reference, with each
 * case's working days left. Only the agency's own side of each case is listed.
 */
export async function listAgencyQueue({
  db,
  registry,
  actor,
  request,
  today,
}: {
  db: Executor;
  registry: TransferDestinationRegistry;
  actor: AgencyActor;
  request: QueueRequest;
  today: string;
}): Promise<{ entries: QueueEntry[]; total: number; nextCursor: string | null }> {
  const { dueSoonWorkingDays } = await getSetting(db, 'deadlines');
  const idRange =
    request.reference === undefined ? undefined : idRangeOfReference(request.reference);
  if (request.reference !== undefined && !idRange)
    return { entries: [], total: 0, nextCursor: null };
  const filter = {
    agencyRegionCode: actor.agencyRegionCode,
    queue: request.queue,
    scheme: request.scheme,
    idRange,
    deadlineState: request.deadlineState && {
      state: request.deadlineState,
      ...deadlineStateBounds(today, dueSoonWorkingDays),
    },
  };
  const after =
    request.cursor === undefined ? undefined : decodeQueueCursor(request.cursor, request);
  const order: QueueOrder = {
    sort: request.sort,
    order: request.order,
    after,
    limit: request.limit,
  };
  const [records, total, names] = await Promise.all([
    selectQueuePage(db, filter, order),
    countQueue(db, filter),
    registry.directory().then(regionNamer),
  ]);
  const applicantNames = await findPersonNames({ db, personIds: records.map((r) => r.personId) });
  const entries = records.map((record) => ({
    record,
    applicantName: applicantNames.get(record.personId) ?? '',
    fromRegion: names(record.fromRegionCode),
    toRegion: names(record.toRegionCode),
    ...standing(deadlineStanding(today, record.nextDeadlineOn, dueSoonWorkingDays)),
  }));
  const last = records.at(-1);
  const nextCursor =
    last && records.length === request.limit
      ? encodeQueueCursor({
          sort: request.sort,
          order: request.order,
          ...keyOf(last, request.sort),
        })
      : null;
  return { entries, total, nextCursor };
}

const standing = ({
  workingDaysLeft,
  state,
  provisional,
}: ReturnType<typeof deadlineStanding>) => ({
  workingDaysLeft,
  deadlineState: state,
  deadlineProvisional: provisional,
});

function keyOf(record: QueueRecord, sort: QueueOrder['sort']): { key: string; id: string } {
  const key =
    sort === 'deadline'
      ? (record.nextDeadlineOn ?? '9999-12-31')
      : record.submittedAt.toISOString();
  return { key, id: record.id };
}
