import { periodsOverlap } from '../../../../../domain/transfer/months.ts';
import { recordAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import type { PeriodRow } from '../insurance-record.ts';
import { selectPeriods, selectRelationship, updatePeriodsHolder } from '../persons.repository.ts';

const asMonths = (period: PeriodRow) => ({ from: period.fromMonth, to: period.toMonth });

/**
 * Merges the record of one relationship into another of the same scheme (合并参保缴费记录), as
 * the transfer-in agency does when a transfer completes: every period the first holds moves to
 * the second and keeps the region where it was paid, so the merged record still says where each
 * month was paid. A month already recorded in the receiving relationship is refused
 * (409 CONTRIBUTION_MONTHS_OVERLAP): a month counts once (duplicate insurance is resolved first).
 * Audited with `reason`.
 */
export async function mergeContributionPeriods({
  tx,
  actor,
  personId,
  fromRelationshipId,
  toRelationshipId,
  reason,
}: {
  tx: Tx;
  actor: Actor;
  personId: string;
  fromRelationshipId: string;
  toRelationshipId: string;
  /** Why the record moves, for the audit log, e.g. `transfer-completed:<application id>`. */
  reason: string;
}): Promise<{ periods: number }> {
  // One statement at a time: a transaction is one connection.
  const from = await selectRelationship(tx, personId, fromRelationshipId);
  const to = await selectRelationship(tx, personId, toRelationshipId);
  if (!from || !to || from.id === to.id || from.scheme !== to.scheme || to.status === 'terminated')
    throw new AppError('INSURANCE_RELATIONSHIP_NOT_FOUND');
  const moving = await selectPeriods(tx, personId, from.id);
  const held = await selectPeriods(tx, personId, to.id);
  const overlapping = moving.find((period) =>
    held.some((other) => periodsOverlap(asMonths(period), asMonths(other))),
  );
  if (overlapping)
    throw new AppError('CONTRIBUTION_MONTHS_OVERLAP', {
      details: { from: overlapping.fromMonth, to: overlapping.toMonth },
    });
  const periods = await updatePeriodsHolder(tx, {
    personId,
    fromRelationshipId: from.id,
    toRelationshipId: to.id,
  });
  await recordAudit(tx, {
    actor,
    action: 'contribution-periods.merged',
    subjectType: 'person',
    subjectId: personId,
    data: {
      fromRelationshipId: from.id,
      toRelationshipId: to.id,
      scheme: to.scheme,
      periods,
      reason,
    },
  });
  return { periods };
}
